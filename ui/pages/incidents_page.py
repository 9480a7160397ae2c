"""The Incidents page: every work order — camera alerts, denials escalated from the gate,
incidents reported by hand — with its state, history and snapshot, and the guard's next step:
acknowledge, start, close (saying what was done) or call it a false alarm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser
from app.incidents import workorders
from ui.i18n import error_text
from ui.widgets import MessageLabel, Retranslating, TranslatedDialog, read_only_table
from ui.worker import ServiceRunner


def kind_text(kind: str) -> str:
    label = workorders.KINDS.get(kind)
    return QCoreApplication.translate("WorkOrderKind", label.text) if label else kind


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
        for part in (self.title, self.facts, self.snapshot, self.history, self.note):
            detail.addWidget(part)
        detail.addLayout(steps)
        detail.addWidget(self.note_button)
        detail.addWidget(self.error)
        detail_box = QWidget()
        detail_box.setLayout(detail)
        detail_box.setFixedWidth(420)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 1)
        columns.addWidget(detail_box)
        self.retranslate()
        self.refresh()

    # --- the list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        query = workorders.open_orders if self.only_open.isChecked() else \
            workorders.recent_orders
        self.runner.submit(query, self.ctx, on_done=self._show)

    def on_changes(self, changes) -> None:
        if changes.touches("work_order"):
            self.refresh()

    def _show(self, orders) -> None:
        chosen = self.current()
        self.orders = list(orders)
        self.table.setRowCount(len(self.orders))
        for row, o in enumerate(self.orders):
            cells = (o.raised_at.astimezone().strftime("%m-%d %H:%M"), kind_text(o.kind),
                     o.title, state_text(o.state), o.assignee or "—",
                     self.tr("escalated") if o.escalated else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if o.escalated and o.state == "new":
                    item.setForeground(QColor("#c62828"))
                self.table.setItem(row, col, item)
        ids = [o.id for o in self.orders]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
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
        for state, button in self.buttons.items():
            button.setEnabled(order is not None and order.state in workorders.MOVES[state])
        self.note_button.setEnabled(order is not None)
        if order is None:
            self.title.setText(self.tr("No work order selected."))
            self.facts.setText("")
            return
        self.title.setText(f"<b>{kind_text(order.kind)}</b>：{order.title}")
        facts = [self.tr("State: {0}").format(state_text(order.state)),
                 self.tr("Raised: {0}").format(order.raised_at.astimezone()
                                               .strftime("%Y-%m-%d %H:%M:%S"))]
        if order.location:
            facts.append(self.tr("Where: {0}").format(order.location))
        if order.assignee:
            facts.append(self.tr("Assigned to: {0}").format(order.assignee))
        if order.escalated:
            facts.append(self.tr("Escalated to the lead: not acknowledged in time"))
        self.facts.setText("\n".join(facts))
        self.runner.submit(workorders.history, self.ctx, order.id, on_done=self._show_history)
        if order.has_snapshot:
            self.runner.submit(workorders.snapshot, self.ctx, self.user, order.id,
                               on_done=self._show_snapshot)

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
        if self.orders:
            self._show(self.orders)


class ReportDialog(TranslatedDialog):
    reported = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.kind = QComboBox(objectName="incidentKind")
        for kind in workorders.KINDS:
            if kind not in ("camera_motion", "check_denial"):
                self.kind.addItem(kind_text(kind), kind)
        self.what = QLineEdit(objectName="incidentTitle")
        self.where = QLineEdit(objectName="incidentLocation")
        self.people = QLineEdit(objectName="incidentPeople")
        self.note = QLineEdit(objectName="incidentNote")
        self.error = MessageLabel("error")
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.kind, self.what, self.where, self.people,
                                              self.note)):
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
                                             self.tr("Actions taken"))):
            label.setText(text)

    def submit(self) -> None:
        self.buttons.setEnabled(False)
        self.runner.submit(workorders.report, self.ctx, self.user, self.kind.currentData(),
                           self.what.text(), self.where.text(), self.people.text(),
                           self.note.text(), on_done=self._done, on_error=self._failed)

    def _done(self, outcome) -> None:
        self.reported.emit(outcome)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.show_text(error_text(error))
