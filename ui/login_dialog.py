"""Signing in, and creating the first administrator on a new workstation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.context import AppContext
from app.domain import CurrentUser
from app.i18n import GuardroomError
from app.services import accounts
from app.services.demo import DEMO_PASSWORD
from ui.i18n import render
from ui.widgets import MessageLabel, TranslatedDialog
from ui.worker import ServiceRunner


class AccountDialog(TranslatedDialog):
    """Shared layout: a title, a form, an error line, OK/Cancel; the call runs off-thread."""

    signed_in = Signal(object)  # CurrentUser

    def __init__(self, ctx: AppContext, runner: ServiceRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.user: CurrentUser | None = None
        self.title = QLabel(objectName="dialogTitle")
        self.form = QFormLayout()
        self.error = MessageLabel("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _line(self, echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Normal) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(echo)
        edit.returnPressed.connect(self.submit)
        return edit

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def _run(self, fn, *args) -> None:
        self._busy(True)
        self.error.show_text("")
        self.runner.submit(fn, self.ctx, *args, on_done=self._succeeded, on_error=self._failed)

    def _succeeded(self, result) -> None:
        self._busy(False)
        self.user = result.value if hasattr(result, "value") else result
        self.signed_in.emit(self.user)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, GuardroomError):
            self.error.show_text(render(error.message))
        else:
            # A base class: self.tr() would look in the subclass's context.
            self.error.show_text(QCoreApplication.translate(
                "AccountDialog", "Unexpected error: {0}").format(error))
        self._after_failure()

    def _after_failure(self) -> None:
        pass

    def submit(self) -> None:
        raise NotImplementedError


class LoginDialog(AccountDialog):
    def __init__(self, ctx: AppContext, runner: ServiceRunner, parent: QWidget | None = None):
        super().__init__(ctx, runner, parent)
        self.username = self._line()
        self.password = self._line(QLineEdit.EchoMode.Password)
        self.username_label, self.password_label = QLabel(), QLabel()
        self.form.addRow(self.username_label, self.username)
        self.form.addRow(self.password_label, self.password)
        self.hint = MessageLabel("notice")
        self.layout().insertWidget(3, self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guardroom — sign in"))
        self.title.setText(self.tr("Guardroom · sign in"))
        self.username_label.setText(self.tr("User name"))
        self.password_label.setText(self.tr("Password"))
        if self.ctx.demo:
            self.hint.show_text(self.tr("Demo accounts: admin, lead, guard — password {0}")
                                .format(DEMO_PASSWORD))

    def submit(self) -> None:
        if not self.buttons.isEnabled():
            return
        self._run(accounts.login, self.username.text(), self.password.text())

    def _after_failure(self) -> None:
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)


class FirstAdminDialog(AccountDialog):
    """The first start of a workstation asks for the administrator account."""

    def __init__(self, ctx: AppContext, runner: ServiceRunner, parent: QWidget | None = None):
        super().__init__(ctx, runner, parent)
        self.intro = QLabel(wordWrap=True)
        self.layout().insertWidget(1, self.intro)
        self.username = self._line()
        self.display_name = self._line()
        self.password = self._line(QLineEdit.EchoMode.Password)
        self.confirm = self._line(QLineEdit.EchoMode.Password)
        self.labels = [QLabel() for _ in range(4)]
        for label, edit in zip(self.labels, (self.username, self.display_name, self.password,
                                             self.confirm)):
            self.form.addRow(label, edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guardroom — first start"))
        self.title.setText(self.tr("Create the administrator account"))
        self.intro.setText(self.tr("This workstation has no accounts yet. The administrator "
                                   "sets up devices, cameras and the other accounts."))
        for label, text in zip(self.labels, (self.tr("User name"), self.tr("Display name"),
                                             self.tr("Password"), self.tr("Repeat password"))):
            label.setText(text)

    def submit(self) -> None:
        if not self.buttons.isEnabled():
            return
        if self.password.text() != self.confirm.text():
            self.error.show_text(self.tr("The two passwords differ."))
            return
        self._run(accounts.create_first_admin, self.username.text(), self.display_name.text(),
                  self.password.text())
