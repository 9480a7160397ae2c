"""The staff vehicle whitelist, for leads: plate, owner, department and the valid days."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser
from app.visitors import vehicles
from ui.i18n import error_text
from ui.widgets import MessageLabel, Retranslating, read_only_table
from ui.worker import ServiceRunner


class StaffVehiclesPanel(Retranslating, QWidget):
    changes_made = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.plate = QLineEdit(objectName="staffPlate")
        self.owner = QLineEdit(objectName="staffOwner")
        self.department = QLineEdit(objectName="staffDepartment")
        today = QDate(ctx.today())  # the compound's clock, not the desk's
        self.start = QDateEdit(today, calendarPopup=True)
        self.end = QDateEdit(today.addYears(1), calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.add_button = QPushButton(objectName="staffAdd")
        self.add_button.clicked.connect(self.add)
        self.message = MessageLabel("error")
        self.table = read_only_table(4, "staffVehicles")
        row = QHBoxLayout()
        for widget in (self.plate, self.owner, self.department, self.start, self.end,
                       self.add_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.rows: list[vehicles.StaffVehicleSummary] = []
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self.runner.submit(vehicles.staff_vehicles, self.ctx, on_done=self._show)

    def _show(self, rows: list[vehicles.StaffVehicleSummary]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, v in enumerate(rows):
            for c, text in enumerate((v.plate, v.owner, v.department,
                                      f"{v.valid_from} – {v.valid_to}")):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def add(self) -> None:
        self.message.show_text("")
        self.runner.submit(vehicles.whitelist, self.ctx, self.user, self.plate.text(),
                           self.owner.text(), self.department.text(),
                           self.start.date().toPython(), self.end.date().toPython(),
                           on_done=self._added, on_error=self._failed)

    def _added(self, outcome) -> None:
        for edit in (self.plate, self.owner, self.department):
            edit.clear()
        self.changes_made.emit(outcome.changes)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.message.show_text(error_text(error))

    def retranslate(self) -> None:
        self.plate.setPlaceholderText(self.tr("Plate"))
        self.owner.setPlaceholderText(self.tr("Owner"))
        self.department.setPlaceholderText(self.tr("Department"))
        self.add_button.setText(self.tr("Add staff vehicle"))
        self.table.setHorizontalHeaderLabels([self.tr("Plate"), self.tr("Owner"),
                                              self.tr("Department"), self.tr("Valid")])
