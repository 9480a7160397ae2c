"""The gate on the Check station page: its state as the relay last acknowledged it, and the
guard's manual opening (F9), which needs a reason and is audited before the gate opens."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser
from app.services import gate_log
from ui.i18n import error_text
from ui.widgets import MessageLabel, Retranslating, TranslatedDialog
from ui.worker import ServiceRunner

STATE_COLOURS = {"open": "#1b873f", "closed": "#56647a", "unknown": "#c62828"}


class GatePanel(Retranslating, QWidget):
    """Shows "open / closed / unknown"; ``opened_by_hand`` after an audited manual opening."""

    opened_by_hand = Signal()

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.state = ""  # "" while no relay is configured or it has not answered yet
        self.detail = ""
        self.label = QLabel(objectName="gateState")
        self.open_button = QPushButton(objectName="openGate")
        self.open_button.clicked.connect(self.ask_to_open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        self.retranslate()

    @property
    def configured(self) -> bool:
        return bool(self.ctx.settings.devices.gate.url)

    def show_state(self, state: str, detail: str = "") -> None:
        self.state, self.detail = state, detail
        self._show()

    def ask_to_open(self) -> None:
        if not self.configured:
            return
        dialog = ManualOpenDialog(self.ctx, self.user, self.runner, self)
        dialog.recorded.connect(self.opened_by_hand)
        dialog.open()

    def _show(self) -> None:
        words = {"open": self.tr("open"), "closed": self.tr("closed"),
                 "unknown": self.tr("UNKNOWN — check the gate")}
        if not self.configured:
            text, colour = self.tr("no gate relay"), "#9aa5b4"
        elif not self.state:
            text, colour = self.tr("connecting…"), "#9aa5b4"
        else:
            text, colour = words[self.state], STATE_COLOURS[self.state]
            if self.state == "unknown" and self.detail:
                text += f"（{self.detail}）"
        self.label.setText(f"<span style='color:{colour}; font-size:16pt'>■</span> "
                           + self.tr("Gate: {0}").format(text))
        self.open_button.setEnabled(self.configured)

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open the gate (F9)"))
        self._show()


class ManualOpenDialog(TranslatedDialog):
    recorded = Signal()

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.intro = QLabel(wordWrap=True)
        self.reason = QComboBox(objectName="gateReason", editable=True)
        self.error = MessageLabel("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (self.intro, self.reason, self.error, self.buttons):
            layout.addWidget(part)
        self.retranslate()
        self.reason.setCurrentText("")
        self.reason.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open the gate by hand"))
        self.intro.setText(self.tr("Say why the gate is opened without a pass. The opening "
                                   "is written to the audit log with your name."))
        typed = self.reason.currentText()
        self.reason.clear()
        self.reason.addItems([self.tr("Official vehicle"), self.tr("Emergency services"),
                              self.tr("Delivery escorted by a guard"),
                              self.tr("Device fault: checked by hand")])
        self.reason.setCurrentText(typed)

    def submit(self) -> None:
        self.buttons.setEnabled(False)
        self.runner.submit(gate_log.manual_open, self.ctx, self.user, self.reason.currentText(),
                           on_done=self._done, on_error=self._failed)

    def _done(self, _outcome) -> None:
        self.recorded.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.show_text(error_text(error))
