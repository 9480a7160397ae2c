"""The Incidents page: every work order — camera alerts, denials escalated from the gate,
incidents reported by hand — with its type, state, history, snapshot and photos, and the
guard's next step: acknowledge, start, record what was done, close (saying what was done) or
call it a false alarm. Its other tabs hold the safety inspections and the shift handover."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser, Outcome
from app.duty.common import check_photo
from app.incidents import photos, workorders
from ui.i18n import error_text, render
from ui.widgets import MessageLabel, Retranslating, TranslatedDialog, read_only_table
from ui.worker import ServiceRunner


def kind_text(kind: str) -> str:
    label = workorders.KINDS.get(kind)
    return render(label) if label else kind


def state_text(state: str) -> str:
    label = workorders.STATE_LABELS.get(state)
    return QCoreApplication.translate("WorkOrderState", label.text) if label else state


class IncidentsPage(Retranslating, QWidget):
    changes_made = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_incidents")
        self.ctx, self.user, self.runner = ctx, user, runner
        self.photos = QListWidget(objectName="orderPhotos")
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(96, 96))
        self.photos.setFixedHeight(120)
        self.photo_button = QPushButton(objectName="addPhoto")
        self.photo_button.clicked.connect(self.choose_photo)
        self.actions_button = QPushButton(objectName="recordActions")
        self.actions_button.clicked.connect(self.record_actions)
        self.orders: list[workorders.WorkOrderSummary] = []
        self.table = read_only_table(6, "workOrders")
        self.table.itemSelectionChanged.connect(self._selected)
        self.only_open = QCheckBox(objectName="onlyOpen", checked=True)
        self.only_open.toggled.connect(lambda _on: self.refresh())
        self.report_button = QPushButton(objectName="reportIncident")
        self.report_button.clicked.connect(self.open_report)
        self.title = QLabel(objectName="orderTitle", wordWrap=True)
        self.facts = QLabel(objectName="orderFacts", wordWrap=True)
        self.snapshot = QLabel(objectName="orderSnapshot")
        self.history = QListWidget(objectName="orderHistory")
        self.note = QLineEdit(objectName="orderNote")
        self.buttons = {state: QPushButton(objectName=f"move_{state}")
                        for state in ("acknowledged", "in_progress", "closed", "false_alarm")}
        for state, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, s=state: self.move(s))
        self.note_button = QPushButton(objectName="addNote")
        self.note_button.clicked.connect(self.add_note)
        self.error = MessageLabel("error")
        top = QHBoxLayout()
        top.addWidget(self.only_open)
        top.addStretch(1)
        top.addWidget(self.report_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        steps = QHBoxLayout()
        for button in self.buttons.values():
            steps.addWidget(button)
        detail = QVBoxLayout()
        for part in (self.title, self.facts, self.snapshot, self.photos, self.history,
                     self.note):
            detail.addWidget(part)
        detail.addLayout(steps)
        extra = QHBoxLayout()
        for button in (self.note_button, self.actions_button, self.photo_button):
            extra.addWidget(button)
        detail.addLayout(extra)
        detail.addWidget(self.error)
        detail_box = QWidget()
        detail_box.setLayout(detail)
        detail_box.setFixedWidth(420)
        orders = QWidget(objectName="workOrdersTab")
        columns = QHBoxLayout(orders)
        columns.addLayout(left, 1)
        columns.addWidget(detail_box)
        from ui.pages.handover_panel import HandoverPanel
        from ui.pages.inspections_panel import InspectionsPanel

        self.inspections = InspectionsPanel(ctx, user, runner)
        self.handover = HandoverPanel(ctx, user, runner)
        self.tabs = QTabWidget(objectName="incidentTabs")
        for tab in (orders, self.inspections, self.handover):
            self.tabs.addTab(tab, "")
        for panel in (self.inspections, self.handover):
            panel.changes_made.connect(self.changes_made)
        QVBoxLayout(self).addWidget(self.tabs)
        self.retranslate()
        self.refresh()

    # --- the list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        query = workorders.open_orders if self.only_open.isChecked() else \
            workorders.recent_orders
        self.runner.submit(query, self.ctx, on_done=self._refreshed)

    def _refreshed(self, orders) -> None:
        self._show(orders, reload_detail=True)

    def on_changes(self, changes) -> None:
        if changes.touches("work_order"):
            self.refresh()
        self.inspections.on_changes(changes)
        self.handover.on_changes(changes)

    def _show(self, orders, reload_detail: bool = False) -> None:
        chosen = self.current()
        self.orders = list(orders)
        self.table.setRowCount(len(self.orders))
        for row, o in enumerate(self.orders):
            cells = (o.raised_at.astimezone().strftime("%m-%d %H:%M"), kind_text(o.category),
                     o.title, state_text(o.state), o.assignee or "—",
                     self.tr("escalated") if o.escalated else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if o.escalated and o.state == "new":
                    item.setForeground(QColor("#c62828"))
                self.table.setItem(row, col, item)
        ids = [o.id for o in self.orders]
        if chosen is not None and chosen.id in ids:
            row = ids.index(chosen.id)
            if self.table.currentRow() == row:
                if reload_detail:  # still chosen: show what changed in it
                    self._show_detail(self.orders[row])
            else:
                self.table.selectRow(row)
        elif self.orders:
            self.table.selectRow(0)
        else:
            self._show_detail(None)

    def current(self) -> workorders.WorkOrderSummary | None:
        row = self.table.currentRow()
        return self.orders[row] if 0 <= row < len(self.orders) else None

    def select(self, order_id) -> None:
        for row, o in enumerate(self.orders):
            if o.id == order_id:
                self.table.selectRow(row)

    def _selected(self) -> None:
        self._show_detail(self.current())

    # --- one work order ------------------------------------------------------------------------

    def _show_detail(self, order) -> None:
        self.error.show_text("")
        self.snapshot.clear()
        self.history.clear()
        self.photos.clear()
        self.photos.hide()
        for state, button in self.buttons.items():
            button.setEnabled(order is not None and order.state in workorders.MOVES[state])
        for button in (self.note_button, self.actions_button, self.photo_button):
            button.setEnabled(order is not None)
        if order is None:
            self.title.setText(self.tr("No work order selected."))
            self.facts.setText("")
            return
        self.title.setText(f"<b>{kind_text(order.category)}</b>：{order.title}")
        facts = [self.tr("State: {0}").format(state_text(order.state)),
                 self.tr("Raised: {0}").format(order.raised_at.astimezone()
                                               .strftime("%Y-%m-%d %H:%M:%S"))]
        if order.kind in ("camera_motion", "check_denial"):
            facts.append(self.tr("Source: {0}").format(kind_text(order.kind)))
        if order.location:
            facts.append(self.tr("Where: {0}").format(order.location))
        if order.people:
            facts.append(self.tr("People involved: {0}").format(order.people))
        if order.actions:
            facts.append(self.tr("Actions taken:\n{0}").format(order.actions))
        if order.assignee:
            facts.append(self.tr("Assigned to: {0}").format(order.assignee))
        if order.escalated:
            facts.append(self.tr("Escalated to the lead: not acknowledged in time"))
        self.facts.setText("\n".join(facts))
        self.runner.submit(workorders.history, self.ctx, order.id, on_done=self._show_history)
        if order.has_snapshot:
            self.runner.submit(workorders.snapshot, self.ctx, self.user, order.id,
                               on_done=self._show_snapshot)
        self.runner.submit(photos.photos, self.ctx, self.user, order.id,
                           on_done=self._show_photos)

    def _show_photos(self, shown) -> None:
        self.photos.clear()
        self.photos.setVisible(bool(shown))
        for p in shown:
            pixmap = QPixmap()
            if pixmap.loadFromData(p.image):
                entry = QListWidgetItem(QIcon(pixmap), p.caption or f"{p.at.astimezone():%H:%M}")
                entry.setToolTip(f"{p.at.astimezone():%Y-%m-%d %H:%M} {p.author}")
                self.photos.addItem(entry)

    def _show_history(self, notes) -> None:
        self.history.clear()
        for n in notes:
            step = f"{state_text(n.state_from)} → {state_text(n.state_to)}  " \
                if n.state_to else ""
            self.history.addItem(f"{n.at.astimezone():%H:%M:%S}  {n.author}  {step}{n.text}")

    def _show_snapshot(self, jpeg) -> None:
        pixmap = QPixmap()
        if jpeg and pixmap.loadFromData(jpeg):
            self.snapshot.setPixmap(pixmap.scaledToWidth(400, Qt.TransformationMode.
                                                         SmoothTransformation))

    def move(self, state: str) -> None:
        order = self.current()
        if order is None:
            return
        self.runner.submit(workorders.move, self.ctx, self.user, order.id, state,
                           self.note.text(), on_done=self._done, on_error=self._failed)

    def add_note(self) -> None:
        order = self.current()
        if order is not None:
            self.runner.submit(workorders.add_note, self.ctx, self.user, order.id,
                               self.note.text(), on_done=self._done, on_error=self._failed)

    def record_actions(self) -> None:
        order = self.current()
        if order is not None:
            self.runner.submit(workorders.record_actions, self.ctx, self.user, order.id,
                               self.note.text(), on_done=self._done, on_error=self._failed)

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a photo"), "",
                                              self.tr("Pictures (*.jpg *.jpeg *.png *.bmp)"))
        if path:
            self.add_photo_file(Path(path))

    def add_photo_file(self, path: Path) -> None:
        order = self.current()
        if order is None:
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.error.show_text(self.tr("Could not read {0}: {1}").format(path.name, exc))
            return
        self.runner.submit(photos.add_photo, self.ctx, self.user, order.id, data,
                           self.note.text(), on_done=self._done, on_error=self._failed)

    def _done(self, outcome) -> None:
        self.note.clear()
        self.error.show_text("")
        self.changes_made.emit(outcome.changes)

    def _failed(self, error: BaseException) -> None:
        self.error.show_text(error_text(error))

    def open_report(self) -> "ReportDialog":
        dialog = ReportDialog(self.ctx, self.user, self.runner, self)
        dialog.reported.connect(lambda outcome: self.changes_made.emit(outcome.changes))
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Raised"), self.tr("Kind"), self.tr("What"), self.tr("State"),
            self.tr("Assigned"), self.tr("Escalation")])
        self.only_open.setText(self.tr("Open only"))
        self.report_button.setText(self.tr("Report an incident"))
        self.note.setPlaceholderText(self.tr("What was done, or a note"))
        texts = {"acknowledged": self.tr("Acknowledge"), "in_progress": self.tr("Start"),
                 "closed": self.tr("Close"), "false_alarm": self.tr("False alarm")}
        for state, button in self.buttons.items():
            button.setText(texts[state])
        self.note_button.setText(self.tr("Add the note"))
        self.actions_button.setText(self.tr("Record as action taken"))
        self.photo_button.setText(self.tr("Add a photo…"))
        for index, text in enumerate((self.tr("Work orders"), self.tr("Safety inspections"),
                                      self.tr("Shift handover"))):
            self.tabs.setTabText(index, text)
        if self.orders:
            self._show(self.orders)


class ReportDialog(TranslatedDialog):
    reported = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.kind = QComboBox(objectName="incidentKind")
        for category in workorders.CATEGORIES:
            if category != "access_denied":
                self.kind.addItem(kind_text(category), category)
        self.what = QLineEdit(objectName="incidentTitle")
        self.where = QLineEdit(objectName="incidentLocation")
        self.people = QLineEdit(objectName="incidentPeople")
        self.note = QLineEdit(objectName="incidentNote")  # the actions taken so far
        self.photo_path: Path | None = None
        self.photo_button = QPushButton(objectName="incidentPhoto")
        self.photo_button.clicked.connect(self.choose_photo)
        self.error = MessageLabel("error")
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.kind, self.what, self.where, self.people,
                                              self.note, self.photo_button)):
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report an incident"))
        for label, text in zip(self.labels, (self.tr("Kind"), self.tr("What happened"),
                                             self.tr("Where"), self.tr("People involved"),
                                             self.tr("Actions taken"), self.tr("Photo"))):
            label.setText(text)
        self.photo_button.setText(self.photo_path.name if self.photo_path
                                  else self.tr("Choose a photo (optional)…"))

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a photo"), "",
                                              self.tr("Pictures (*.jpg *.jpeg *.png *.bmp)"))
        if path:
            self.set_photo(Path(path))

    def set_photo(self, path: Path) -> None:
        self.photo_path = path
        self.retranslate()

    def submit(self) -> None:
        image = None
        if self.photo_path is not None:
            try:
                image = self.photo_path.read_bytes()
            except OSError as exc:
                self.error.show_text(self.tr("Could not read {0}: {1}").format(
                    self.photo_path.name, exc))
                return
        self.buttons.setEnabled(False)
        self.runner.submit(report_with_photo, self.ctx, self.user, self.kind.currentData(),
                           self.what.text(), self.where.text(), self.people.text(),
                           self.note.text(), image, on_done=self._done, on_error=self._failed)

    def _done(self, outcome) -> None:
        self.reported.emit(outcome)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.show_text(error_text(error))


def report_with_photo(ctx, user, category, what, where, people, actions, image):
    """Report the incident, then attach its photo (checked first, so a bad file loses
    nothing: the report is refused with the form still filled in)."""
    if image is not None:
        check_photo(image)
    outcome = workorders.report(ctx, user, category, what, where, people, actions=actions)
    if image is not None:
        added = photos.add_photo(ctx, user, outcome.value.id, image)
        outcome = Outcome(outcome.value, outcome.changes | added.changes)
    return outcome
