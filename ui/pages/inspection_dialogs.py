"""Dialogs of the safety-inspection tab: the round's checklist form, a hazard's follow-up and
the administrator's checklist editor."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser
from app.duty import checklists, hazards, inspections
from app.duty.inspections import ItemCheck
from ui.i18n import error_text, render
from ui.widgets import MessageLabel, TranslatedDialog
from ui.worker import ServiceRunner


def hazard_state_text(state: str) -> str:
    label = hazards.STATE_LABELS.get(state)
    return render(label) if label else state


def local(when) -> str:
    return when.astimezone().strftime("%m-%d %H:%M") if when else "—"


class RoundDialog(TranslatedDialog):
    """The checklist of a round under way: each item ok or not, a note, maybe a hazard."""

    recorded = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 round_: inspections.RoundView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roundDialog")
        self.ctx, self.user, self.runner, self.round = ctx, user, runner, round_
        grid = QGridLayout()
        self.heads = [QLabel() for _ in range(6)]
        for col, head in enumerate(self.heads):
            grid.addWidget(head, 0, col)
        self.rows = []
        self.photo_buttons: list[QPushButton] = []
        self.photo_paths: dict[int, Path] = {}
        for i, item in enumerate(round_.items, start=1):
            ok = QCheckBox(item, objectName=f"ok_{i - 1}", checked=True)
            note = QLineEdit(objectName=f"note_{i - 1}")
            hazard = QCheckBox(objectName=f"hazard_{i - 1}")
            owner = QLineEdit(objectName=f"owner_{i - 1}")
            days = QSpinBox(objectName=f"days_{i - 1}", minimum=1, maximum=90, value=3)
            photo = QPushButton("…", objectName=f"photo_{i - 1}")
            photo.clicked.connect(lambda _c=False, row=i - 1: self.choose_photo(row))
            hazard.setEnabled(False)
            ok.toggled.connect(lambda on, h=hazard: (h.setEnabled(not on),
                                                     h.setChecked(h.isChecked() and not on)))
            for col, widget in enumerate((ok, note, hazard, owner, days, photo)):
                grid.addWidget(widget, i, col)
            self.rows.append((ok, note, hazard, owner, days))
            self.photo_buttons.append(photo)
        self.error = MessageLabel("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        grid.setColumnStretch(1, 2)
        self.setMinimumWidth(820)
        layout = QVBoxLayout(self)
        self.where = QLabel(wordWrap=True)
        layout.addWidget(self.where)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inspection round: {0}").format(self.round.checklist_name))
        self.where.setText(self.tr("Started {0} at {1}").format(
            local(self.round.started_at), self.round.location or self.round.post))
        for head, text in zip(self.heads, (self.tr("Item (ticked: ok)"), self.tr("Note"),
                                           self.tr("Raise a hazard"), self.tr("Owner"),
                                           self.tr("Days to fix"),
                                           self.tr("Hazard photo"))):
            head.setText(f"<b>{text}</b>")

    def choose_photo(self, row: int) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Hazard photo"), "",
                                              self.tr("Pictures (*.jpg *.jpeg *.png *.bmp)"))
        if path:
            self.set_photo(row, Path(path))

    def set_photo(self, row: int, path: Path) -> None:
        self.photo_paths[row] = path
        self.photo_buttons[row].setText(path.name)

    def checks(self) -> list[ItemCheck]:
        """The form's findings; a hazard's photo file is read here (OSError if it cannot)."""
        now = self.ctx.now()
        found = []
        for row, (ok, note, hazard, owner, days) in enumerate(self.rows):
            raised = hazard.isChecked()
            path = self.photo_paths.get(row) if raised else None
            found.append(ItemCheck(ok.isChecked(), note.text(), raised, owner.text(),
                                   now + timedelta(days=days.value()) if raised else None,
                                   path.read_bytes() if path else None))
        return found

    def submit(self) -> None:
        try:
            checks = self.checks()
        except OSError as exc:
            self.error.show_text(self.tr("Could not read the photo: {0}").format(exc))
            return
        self.buttons.setEnabled(False)
        self.runner.submit(inspections.finish_round, self.ctx, self.user, self.round.id,
                           checks, on_done=self._done, on_error=self._failed)

    def _done(self, outcome) -> None:
        self.recorded.emit(outcome)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.show_text(error_text(error))


class HazardDialog(TranslatedDialog):
    """One hazard: its photo and history; start fixing, note the follow-up, record it fixed."""

    changed = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 hazard: hazards.HazardView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hazardDialog")
        self.ctx, self.user, self.runner, self.hazard = ctx, user, runner, hazard
        self.facts = QLabel(wordWrap=True, objectName="hazardFacts")
        self.photo = QLabel(objectName="hazardPhoto")
        self.history = QListWidget(objectName="hazardHistory")
        self.note = QLineEdit(objectName="hazardNote")
        self.owner = QLineEdit(hazard.owner, objectName="hazardOwner")
        self.fixing = QPushButton(objectName="hazardFixing")
        self.fixed = QPushButton(objectName="hazardFixed")
        self.add_note = QPushButton(objectName="hazardAddNote")
        self.attach = QPushButton(objectName="hazardAttachPhoto")
        self.fixing.clicked.connect(lambda: self._move("fixing"))
        self.fixed.clicked.connect(lambda: self._move("fixed"))
        self.add_note.clicked.connect(self._note)
        self.attach.clicked.connect(self.choose_photo)
        self.error = MessageLabel("error")
        self.owner_label = QLabel()
        form = QFormLayout()
        form.addRow(self.owner_label, self.owner)
        steps = QHBoxLayout()
        for button in (self.fixing, self.fixed, self.add_note, self.attach):
            steps.addWidget(button)
        layout = QVBoxLayout(self)
        for part in (self.facts, self.photo, self.history, self.note):
            layout.addWidget(part)
        layout.addLayout(form)
        layout.addLayout(steps)
        layout.addWidget(self.error)
        self.retranslate()
        self.show_hazard(hazard)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hazard follow-up"))
        self.note.setPlaceholderText(self.tr("What was done, or a note"))
        self.owner_label.setText(self.tr("Owner"))
        self.fixing.setText(self.tr("Start fixing"))
        self.fixed.setText(self.tr("Fixed (checked)"))
        self.add_note.setText(self.tr("Add the note"))
        self.attach.setText(self.tr("Attach a photo…"))

    def show_hazard(self, h: hazards.HazardView) -> None:
        self.hazard = h
        lines = [f"<b>{h.description}</b>",
                 self.tr("Where: {0}").format(h.location or h.post),
                 self.tr("Found {0} by {1}").format(local(h.found_at), h.found_by),
                 self.tr("State: {0}").format(hazard_state_text(h.state)),
                 self.tr("Deadline: {0}").format(local(h.deadline))]
        if h.overdue:
            overdue = self.tr("Overdue")
            lines.append(f"<span style='color:#c62828'>{overdue}</span>")
        if h.state == "fixed":
            lines.append(self.tr("Fixed {0}, checked by {1}").format(local(h.fixed_at),
                                                                     h.verified_by))
        self.facts.setText("<br>".join(lines))
        self.fixing.setEnabled(h.state in hazards.MOVES["fixing"])
        self.fixed.setEnabled(h.state in hazards.MOVES["fixed"])
        self.runner.submit(hazards.history, self.ctx, h.id, on_done=self._show_history)
        if h.has_photo:
            self.runner.submit(hazards.photo, self.ctx, self.user, h.id,
                               on_done=self._show_photo)

    def _show_history(self, steps) -> None:
        self.history.clear()
        for st in steps:
            move = f"{hazard_state_text(st.state_from)} → {hazard_state_text(st.state_to)}  " \
                if st.state_from else ""
            self.history.addItem(f"{local(st.at)}  {st.author}  {move}{st.text}")

    def _show_photo(self, data) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo.setPixmap(pixmap.scaledToWidth(
                360, Qt.TransformationMode.SmoothTransformation))

    def _owner(self) -> str | None:
        owner = self.owner.text().strip()
        return owner if owner != self.hazard.owner else None

    def _move(self, state: str) -> None:
        self.runner.submit(hazards.move, self.ctx, self.user, self.hazard.id, state,
                           self.note.text(), owner=self._owner(), on_done=self._done,
                           on_error=self._failed)

    def _note(self) -> None:
        self.runner.submit(hazards.follow_up, self.ctx, self.user, self.hazard.id,
                           self.note.text(), owner=self._owner(), on_done=self._done,
                           on_error=self._failed)

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a photo"), "",
                                              self.tr("Pictures (*.jpg *.jpeg *.png *.bmp)"))
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.error.show_text(self.tr("Could not read {0}: {1}").format(path.name, exc))
            return
        self.runner.submit(hazards.attach_photo, self.ctx, self.user, self.hazard.id, data,
                           on_done=self._done, on_error=self._failed)

    def _done(self, outcome) -> None:
        self.note.clear()
        self.error.show_text("")
        self.show_hazard(outcome.value)
        self.changed.emit(outcome)

    def _failed(self, error: BaseException) -> None:
        self.error.show_text(error_text(error))


class ChecklistEditor(TranslatedDialog):
    """The administrator's editor: pick a checklist (or a new one), its name, one item a line."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checklistEditor")
        self.ctx, self.user, self.runner = ctx, user, runner
        self.lists: list[checklists.ChecklistView] = []
        self.choice = QComboBox(objectName="checklistChoice")
        self.choice.currentIndexChanged.connect(self._chosen)
        self.purpose = QComboBox(objectName="checklistPurpose")
        self.name = QLineEdit(objectName="checklistName")
        self.items = QPlainTextEdit(objectName="checklistItems")
        self.active = QCheckBox(objectName="checklistActive", checked=True)
        self.error = MessageLabel("error")
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.choice, self.purpose, self.name, self.items)):
            form.addRow(label, field)
        form.addRow("", self.active)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Checklists"))
        for label, text in zip(self.labels, (self.tr("Checklist"), self.tr("Used for"),
                                             self.tr("Name"), self.tr("Items, one a line"))):
            label.setText(text)
        self.active.setText(self.tr("In use"))
        self.purpose.clear()
        self.purpose.addItem(self.tr("Safety inspection"), checklists.INSPECTION)
        self.purpose.addItem(self.tr("Handover equipment"), checklists.EQUIPMENT)

    def reload(self, chosen=None) -> None:
        def both(ctx):
            return [c for p in checklists.PURPOSES
                    for c in checklists.checklists(ctx, p, include_inactive=True)]
        self.runner.submit(both, self.ctx, on_done=lambda lists: self._show(lists, chosen),
                           receiver=self)

    def _show(self, lists, chosen) -> None:
        self.lists = list(lists)
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("(a new checklist)"), None)
        for c in self.lists:
            self.choice.addItem(c.name, c.id)
        self.choice.blockSignals(False)
        index = self.choice.findData(chosen) if chosen is not None else 0
        self.choice.setCurrentIndex(max(index, 0))
        self._chosen()

    def _chosen(self, _index: int = 0) -> None:
        found = [c for c in self.lists if c.id == self.choice.currentData()]
        c = found[0] if found else None
        self.name.setText(c.name if c else "")
        self.items.setPlainText("\n".join(c.items) if c else "")
        self.active.setChecked(c.active if c else True)
        self.purpose.setCurrentIndex(max(self.purpose.findData(
            c.purpose if c else checklists.INSPECTION), 0))
        self.purpose.setEnabled(c is None)

    def submit(self) -> None:
        self.runner.submit(checklists.save, self.ctx, self.user, self.name.text(),
                           self.items.toPlainText().splitlines(),
                           purpose=self.purpose.currentData(),
                           checklist_id=self.choice.currentData(),
                           active=self.active.isChecked(), on_done=self._done,
                           on_error=self._failed)

    def _done(self, outcome) -> None:
        self.error.show_text("")
        self.saved.emit(outcome)
        self.reload(outcome.value.id)

    def _failed(self, error: BaseException) -> None:
        self.error.show_text(error_text(error))


OVERDUE = QColor("#c62828")
