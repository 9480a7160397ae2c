"""An honest page for an area that is not built yet: it says so and shows nothing fake."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.widgets import Retranslating

# What each area will do, shown on its page until it is built (translated when shown).
PLANNED = {
    "check": QT_TRANSLATE_NOOP(
        "NotYetPage", "Scan the visitor's code, take the temperature and show a large "
        "green or red verdict, logged for every person."),
    "visitors": QT_TRANSLATE_NOOP(
        "NotYetPage", "Register walk-in visitors and vehicles, check pre-registered passes, "
        "see who is on site and search years of records."),
    "cameras": QT_TRANSLATE_NOOP(
        "NotYetPage", "Live tiles of the compound's cameras, frozen-stream alarms and motion "
        "zones whose alerts become work orders."),
    "roster": QT_TRANSLATE_NOOP(
        "NotYetPage", "Plan the month's duty for every post and shift, with rule checks "
        "and printing; see who is on duty now."),
    "incidents": QT_TRANSLATE_NOOP(
        "NotYetPage", "Record incidents and work orders, safety inspections and the shift "
        "handover."),
    "dashboard": QT_TRANSLATE_NOOP(
        "NotYetPage", "Charts of today's traffic, denials, visitors and duty coverage, and "
        "the daily report."),
}


class NotYetPage(Retranslating, QWidget):
    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"page_{key}")
        self.heading = QLabel(objectName="notYetHeading", alignment=Qt.AlignmentFlag.AlignCenter)
        self.body = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.body.setObjectName("notYetBody")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(3)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Not yet available"))
        self.body.setText(QCoreApplication.translate("NotYetPage", PLANNED[self.key]))
