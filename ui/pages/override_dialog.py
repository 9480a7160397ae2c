"""The guard decides instead of the policy: pass or deny, with a reason that is required."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser
from app.services import checks
from app.station.policy import Verdict
from ui.i18n import error_text
from ui.widgets import MessageLabel, TranslatedDialog
from ui.worker import ServiceRunner


class OverrideDialog(TranslatedDialog):
    decided = Signal(object)  # Outcome

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 check: checks.CheckSummary, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner, self.check = ctx, user, runner, check
        self.intro = QLabel(wordWrap=True)
        self.allow = QRadioButton()
        self.deny = QRadioButton()
        (self.deny if check.verdict == "pass" else self.allow).setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.allow)
        group.addButton(self.deny)
        choice = QHBoxLayout()
        choice.addWidget(self.allow)
        choice.addWidget(self.deny)
        self.reason_label = QLabel()
        self.reason = QLineEdit(objectName="overrideReason")
        self.error = MessageLabel("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (self.intro, choice, self.reason_label, self.reason, self.error,
                     self.buttons):
            (layout.addLayout if isinstance(part, QHBoxLayout) else layout.addWidget)(part)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guard's decision"))
        self.intro.setText(self.tr("The last check was decided by the rules. Decide it "
                                   "yourself only with a reason; it is logged and audited."))
        self.allow.setText(self.tr("Let in"))
        self.deny.setText(self.tr("Turn away"))
        self.reason_label.setText(self.tr("Reason (required)"))

    def submit(self) -> None:
        verdict = Verdict.PASS if self.allow.isChecked() else Verdict.DENY
        self.buttons.setEnabled(False)
        self.runner.submit(checks.override, self.ctx, self.user, self.check.id, verdict,
                           self.reason.text(), on_done=self._done, on_error=self._failed)

    def _done(self, outcome) -> None:
        self.decided.emit(outcome)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.show_text(error_text(error))
