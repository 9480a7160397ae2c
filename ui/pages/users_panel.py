"""Accounts: the list of users, adding one, unlocking a locked one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import security
from app.context import AppContext
from app.domain import CurrentUser, Role, UserSummary
from app.services import accounts
from ui.i18n import error_text
from ui.widgets import MessageLabel, Retranslating, read_only_table
from ui.worker import ServiceRunner


class UsersPanel(Retranslating, QWidget):
    changes_made = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self._rows: list[UserSummary] = []
        self.table = read_only_table(4, "usersTable")
        self.unlock_button = QPushButton()
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.unlock_button.setVisible(user.has_role(Role.ADMIN))

        self.add_box = QGroupBox()
        self.username = QLineEdit(objectName="newUsername")
        self.display_name = QLineEdit(objectName="newDisplayName")
        self.role = QComboBox(objectName="newRole")
        allowed = list(Role) if user.has_role(Role.ADMIN) else [Role.GUARD]
        for role in allowed:
            self.role.addItem("", role.value)
        self.password = QLineEdit(objectName="newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(objectName="addUser")
        self.add_button.clicked.connect(self.add_user)
        self.form = QFormLayout(self.add_box)
        self.form_labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.form_labels, (self.username, self.display_name, self.role,
                                                    self.password)):
            self.form.addRow(label, widget)
        self.form.addRow(self.add_button)
        self.message = MessageLabel("error")

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.add_box)
        layout.addWidget(self.message)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self.runner.submit(accounts.list_users, self.ctx, self.user, on_done=self._show,
                           on_error=self._failed)

    def _show(self, rows: list[UserSummary]) -> None:
        self._rows = rows
        self.table.setRowCount(len(rows))
        now = self.ctx.now()
        for r, u in enumerate(rows):
            if security.is_locked(u.locked_until, now):
                state = self.tr("locked")
            else:
                state = self.tr("active") if u.active else self.tr("disabled")
            cells = (u.username, u.display_name,
                     QCoreApplication.translate("Role", u.role.label.text), state)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def add_user(self) -> None:
        self.message.show_text("")
        self.runner.submit(accounts.create_user, self.ctx, self.user, self.username.text(),
                           self.display_name.text(), Role(self.role.currentData()),
                           self.password.text(), on_done=self._added, on_error=self._failed)

    def _added(self, outcome) -> None:
        for edit in (self.username, self.display_name, self.password):
            edit.clear()
        self.changes_made.emit(outcome.changes)

    def unlock_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            self.runner.submit(accounts.unlock, self.ctx, self.user, self._rows[row].username,
                               on_done=lambda o: self.changes_made.emit(o.changes),
                               on_error=self._failed, receiver=self)

    def _failed(self, error: BaseException) -> None:
        text = error_text(error)
        self.message.show_text(text)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Name"),
                                              self.tr("Role"), self.tr("State")])
        self.unlock_button.setText(self.tr("Unlock selected account"))
        self.add_box.setTitle(self.tr("New account"))
        labels = (self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Password"))
        for label, text in zip(self.form_labels, labels):
            label.setText(text)
        for i in range(self.role.count()):
            role = Role(self.role.itemData(i))
            self.role.setItemText(i, QCoreApplication.translate("Role", role.label.text))
        self.add_button.setText(self.tr("Add account"))
        if self._rows:
            self._show(self._rows)
