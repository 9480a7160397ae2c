"""The safety-inspection tab: start a round on a checklist, the recent rounds, and the hazards
still to be fixed (overdue ones in red) with their follow-up; administrators edit the
checklists."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser, Role
from app.duty import checklists, hazards, inspections
from ui.i18n import error_text
from ui.pages.inspection_dialogs import (
    OVERDUE,
    ChecklistEditor,
    HazardDialog,
    RoundDialog,
    hazard_state_text,
    local,
)
from ui.widgets import MessageLabel, Retranslating, read_only_table
from ui.worker import ServiceRunner


class InspectionsPanel(Retranslating, QWidget):
    changes_made = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inspectionsPanel")
        self.ctx, self.user, self.runner = ctx, user, runner
        self.rounds: list[inspections.RoundView] = []
        self.hazards: list[hazards.HazardView] = []
        self.checklist = QComboBox(objectName="roundChecklist")
        self.checklist.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.location = QLineEdit(objectName="roundLocation")
        self.start_button = QPushButton(objectName="startRound")
        self.start_button.clicked.connect(self.start_round)
        self.edit_button = QPushButton(objectName="editChecklists")
        self.edit_button.clicked.connect(self.open_editor)
        self.edit_button.setVisible(user.has_role(Role.ADMIN))
        self.rounds_title, self.hazards_title = QLabel(), QLabel()
        self.round_table = read_only_table(5, "rounds")
        self.round_table.cellDoubleClicked.connect(lambda row, _c: self.continue_round(row))
        self.hazard_table = read_only_table(6, "hazards")
        self.hazard_table.cellDoubleClicked.connect(lambda row, _c: self.open_hazard(row))
        self.only_open = QCheckBox(objectName="hazardsOpenOnly", checked=True)
        self.only_open.toggled.connect(lambda _on: self.refresh_hazards())
        self.follow_button = QPushButton(objectName="followUpHazard")
        self.follow_button.clicked.connect(lambda: self.open_hazard(
            self.hazard_table.currentRow()))
        self.error = MessageLabel("error")
        top = QHBoxLayout()
        for w in (self.checklist, self.location, self.start_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        hazard_bar = QHBoxLayout()
        hazard_bar.addWidget(self.hazards_title)
        hazard_bar.addStretch(1)
        hazard_bar.addWidget(self.only_open)
        hazard_bar.addWidget(self.follow_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.rounds_title)
        layout.addWidget(self.round_table, 1)
        layout.addLayout(hazard_bar)
        layout.addWidget(self.hazard_table, 1)
        self.retranslate()
        self.refresh()

    # --- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.runner.submit(checklists.checklists, self.ctx, on_done=self._show_checklists)
        self.runner.submit(inspections.rounds, self.ctx, on_done=self._show_rounds)
        self.refresh_hazards()

    def refresh_hazards(self) -> None:
        self.runner.submit(hazards.hazards, self.ctx, self.only_open.isChecked(),
                           on_done=self._show_hazards)

    def on_changes(self, changes) -> None:
        if changes.touches("checklist", "inspection", "hazard"):
            self.refresh()

    def _show_checklists(self, lists) -> None:
        chosen = self.checklist.currentData()
        self.checklist.clear()
        for c in lists:
            self.checklist.addItem(c.name, c.id)
        self.checklist.setCurrentIndex(max(self.checklist.findData(chosen), 0))
        self.start_button.setEnabled(bool(lists))

    def _show_rounds(self, rounds) -> None:
        self.rounds = list(rounds)
        self.round_table.setRowCount(len(self.rounds))
        for row, r in enumerate(self.rounds):
            result = self.tr("under way") if r.finished_at is None else (
                self.tr("all ok") if r.not_ok == 0 else self.tr("{0} not ok").format(r.not_ok))
            for col, text in enumerate((local(r.started_at), r.checklist_name,
                                        r.location or r.post, r.started_by, result)):
                item = QTableWidgetItem(text)
                if col == 4 and r.finished_at is not None and r.not_ok:
                    item.setForeground(OVERDUE)
                self.round_table.setItem(row, col, item)

    def _show_hazards(self, found) -> None:
        self.hazards = list(found)
        self.hazard_table.setRowCount(len(self.hazards))
        late = self.tr("overdue")
        for row, h in enumerate(self.hazards):
            deadline = local(h.deadline) + (f"  {late}" if h.overdue else "")
            for col, text in enumerate((local(h.found_at), h.description, h.location or h.post,
                                        h.owner or "—", deadline, hazard_state_text(h.state))):
                item = QTableWidgetItem(text)
                if h.overdue:
                    item.setForeground(OVERDUE)
                self.hazard_table.setItem(row, col, item)
        self.follow_button.setEnabled(bool(self.hazards))

    # --- actions ------------------------------------------------------------------------------

    def start_round(self) -> None:
        if self.checklist.currentData() is None:
            return
        self.runner.submit(inspections.start_round, self.ctx, self.user,
                           self.checklist.currentData(), self.location.text(),
                           on_done=self._started, on_error=self._failed)

    def _started(self, outcome) -> None:
        self.error.show_text("")
        self.changes_made.emit(outcome.changes)
        self.open_round(outcome.value)

    def continue_round(self, row: int) -> None:
        if 0 <= row < len(self.rounds) and self.rounds[row].finished_at is None:
            self.open_round(self.rounds[row])

    def open_round(self, round_) -> RoundDialog:
        dialog = RoundDialog(self.ctx, self.user, self.runner, round_, self)
        dialog.recorded.connect(lambda outcome: self.changes_made.emit(outcome.changes))
        dialog.open()
        self.round_dialog = dialog
        return dialog

    def open_hazard(self, row: int) -> HazardDialog | None:
        if not 0 <= row < len(self.hazards):
            return None
        dialog = HazardDialog(self.ctx, self.user, self.runner, self.hazards[row], self)
        dialog.changed.connect(lambda outcome: self.changes_made.emit(outcome.changes))
        dialog.open()
        self.hazard_dialog = dialog
        return dialog

    def open_editor(self) -> ChecklistEditor:
        dialog = ChecklistEditor(self.ctx, self.user, self.runner, self)
        dialog.saved.connect(lambda outcome: self.changes_made.emit(outcome.changes))
        dialog.open()
        self.editor = dialog
        return dialog

    def _failed(self, error: BaseException) -> None:
        self.error.show_text(error_text(error))

    def retranslate(self) -> None:
        self.location.setPlaceholderText(self.tr("Where (optional)"))
        self.start_button.setText(self.tr("Start a round"))
        self.edit_button.setText(self.tr("Edit checklists…"))
        rounds, found = self.tr("Inspection rounds"), self.tr("Hazards")
        self.rounds_title.setText(f"<b>{rounds}</b>")
        self.hazards_title.setText(f"<b>{found}</b>")
        self.only_open.setText(self.tr("Not fixed only"))
        self.follow_button.setText(self.tr("Follow up…"))
        self.round_table.setHorizontalHeaderLabels([
            self.tr("Started"), self.tr("Checklist"), self.tr("Where"), self.tr("By"),
            self.tr("Result")])
        self.hazard_table.setHorizontalHeaderLabels([
            self.tr("Found"), self.tr("Hazard"), self.tr("Where"), self.tr("Owner"),
            self.tr("Deadline"), self.tr("State")])
        if self.rounds:
            self._show_rounds(self.rounds)
        if self.hazards:
            self._show_hazards(self.hazards)
