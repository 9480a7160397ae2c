"""Vehicles: type (or pick the province of) a plate, log it in or out; vehicles on site with
staff vehicles and overstays marked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
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
from app.domain import Changes, CurrentUser
from app.visitors import plates, vehicles
from ui.i18n import error_text
from ui.widgets import MessageLabel, Retranslating, read_only_table
from ui.worker import ServiceRunner

OVERSTAY_COLOUR = QColor("#fde2e1")


class VehiclesPanel(Retranslating, QWidget):
    changes_made = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.stays: list[vehicles.VehicleSummary] = []
        self.province = QComboBox(objectName="vehicleProvince")
        for char in plates.PROVINCES:
            self.province.addItem(char, char)
        self.plate = QLineEdit(objectName="vehiclePlate")
        self.plate.returnPressed.connect(lambda: self.log("in"))
        self.in_button = QPushButton(objectName="vehicleIn")
        self.out_button = QPushButton(objectName="vehicleOut")
        self.in_button.clicked.connect(lambda: self.log("in"))
        self.out_button.clicked.connect(lambda: self.log("out"))
        self.message = MessageLabel("error")
        self.title = QLabel()
        self.table = read_only_table(4, "vehiclesOnSite")
        entry = QHBoxLayout()
        for widget in (self.province, self.plate, self.in_button, self.out_button):
            entry.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.message)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.refresh()

    def typed_plate(self) -> str:
        text = plates.normalise(self.plate.text())
        if text and text[0] not in plates.PROVINCES and not text.startswith(("WJ", "使")) \
                and not text[:2].isalpha():
            text = self.province.currentData() + text  # the picker's province, if none typed
        return text

    def log(self, direction: str) -> None:
        self.message.show_text("")
        action = vehicles.vehicle_in if direction == "in" else vehicles.vehicle_out
        self.runner.submit(action, self.ctx, self.user, self.typed_plate(),
                           on_done=self._logged, on_error=self._failed)

    def _logged(self, outcome) -> None:
        self.plate.clear()
        self.plate.setFocus()
        self.changes_made.emit(outcome.changes or Changes.of("vehicle"))

    def _failed(self, error: BaseException) -> None:
        self.message.show_text(error_text(error))

    def refresh(self) -> None:
        self.runner.submit(vehicles.on_site, self.ctx, on_done=self._show)

    def _show(self, stays: list[vehicles.VehicleSummary]) -> None:
        self.stays = stays
        now = self.ctx.now()
        self.table.setRowCount(len(stays))
        for row, v in enumerate(stays):
            note = self.tr("staff vehicle") if v.whitelisted else (
                self.tr("overstayed") if v.overstaying(now) else "")
            cells = (v.arrived_at.astimezone().strftime("%H:%M"), v.plate, v.source, note)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if v.overstaying(now):
                    item.setBackground(QBrush(OVERSTAY_COLOUR))
                self.table.setItem(row, col, item)
        self.title.setText(self.tr("Vehicles on site now: {0}").format(len(stays)))

    def retranslate(self) -> None:
        self.plate.setPlaceholderText(self.tr("Plate, e.g. A12345 (Enter: in)"))
        self.in_button.setText(self.tr("In"))
        self.out_button.setText(self.tr("Out"))
        self.table.setHorizontalHeaderLabels([self.tr("Since"), self.tr("Plate"),
                                              self.tr("Logged by"), self.tr("Note")])
        self._show(self.stays)
