"""The big answer the guard and the visitor read from three metres: colour, sign and words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

# state: (sign, words, style name)
STATES = {
    "idle": ("", QT_TRANSLATE_NOOP("VerdictPanel", "Scan the code and take the temperature"),
             "idle"),
    "pass": ("✔", QT_TRANSLATE_NOOP("VerdictPanel", "PASS"), "pass"),
    "deny": ("✖", QT_TRANSLATE_NOOP("VerdictPanel", "NO ENTRY"), "deny"),
    "manual": ("?", QT_TRANSLATE_NOOP("VerdictPanel", "MANUAL CHECK"), "wait"),
    "incomplete": ("!", QT_TRANSLATE_NOOP("VerdictPanel", "NOT COMPLETED"), "idle"),
    "measure": ("℃", QT_TRANSLATE_NOOP("VerdictPanel", "TAKE TEMPERATURE"), "wait"),
    "remeasure": ("↻", QT_TRANSLATE_NOOP("VerdictPanel", "MEASURE AGAIN"), "wait"),
    "scan": ("▣", QT_TRANSLATE_NOOP("VerdictPanel", "SCAN THE CODE"), "wait"),
}
COLOURS = {"idle": ("#e9edf2", "#56647a"), "pass": ("#1b873f", "#ffffff"),
           "deny": ("#c62828", "#ffffff"), "wait": ("#f2a900", "#1d1d1d")}


class VerdictPanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verdictPanel")
        self.sign = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="verdictSign")
        self.words = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="verdictWords")
        self.detail = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="verdictDetail")
        self.words.setWordWrap(True)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.sign, self.words, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)
        self.state = ""
        self._detail = ""
        self.show_state("idle")

    def show_state(self, state: str, detail: str = "") -> None:
        self.state, self._detail = state, detail
        sign, _words, style = STATES[state]
        background, foreground = COLOURS[style]
        self.setStyleSheet(f"QFrame#verdictPanel {{ background: {background}; "
                           f"border-radius: 12px; }} QLabel {{ color: {foreground}; }}")
        self.sign.setText(sign)
        self.sign.setVisible(bool(sign))
        self.retranslate()

    def retranslate(self) -> None:
        self.words.setText(QCoreApplication.translate("VerdictPanel", STATES[self.state][1]))
        self.detail.setText(self._detail)

    @property
    def words_text(self) -> str:
        return self.words.text()
