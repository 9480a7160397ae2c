"""The watchlist, for leads: add an identity number, plate or code (kept only as its keyed
hash) with a label, reason and optional last day; remove an entry. Every change is audited."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser
from app.services import checks
from ui.i18n import error_text
from ui.widgets import MessageLabel, Retranslating, read_only_table
from ui.worker import ServiceRunner


class WatchlistPanel(Retranslating, QWidget):
    changes_made = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.items: list[checks.WatchlistItem] = []
        self.value = QLineEdit(objectName="watchValue")
        self.value.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)  # not left on screen
        self.label = QLineEdit(objectName="watchLabel")
        self.reason = QLineEdit(objectName="watchReason")
        self.has_expiry = QCheckBox()
        self.expires = QDateEdit(QDate(self.ctx.today()).addDays(30), calendarPopup=True)
        self.expires.setDisplayFormat("yyyy-MM-dd")
        self.add_button = QPushButton(objectName="watchAdd")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(objectName="watchRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = MessageLabel("error")
        self.form = QFormLayout()
        self.form.addRow("", self.value)
        self.form.addRow("", self.label)
        self.form.addRow("", self.reason)
        self.form.addRow(self.has_expiry, self.expires)
        self.table = read_only_table(3, "watchlistTable")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.add_button)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self.runner.submit(checks.watchlist, self.ctx, self.user, on_done=self._show,
                           on_error=self._failed)

    def _show(self, items: list[checks.WatchlistItem]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for col, text in enumerate((item.label, item.reason,
                                        item.expires_on or self.tr("no end"))):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def add(self) -> None:
        self.message.show_text("")
        expires = self.expires.date().toPython() if self.has_expiry.isChecked() else None
        self.runner.submit(checks.add_to_watchlist, self.ctx, self.user, self.value.text(),
                           self.label.text(), self.reason.text(), expires,
                           on_done=self._changed, on_error=self._failed)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            self.runner.submit(checks.remove_from_watchlist, self.ctx, self.user,
                               self.items[row].id, on_done=self._changed,
                               on_error=self._failed)

    def _changed(self, outcome) -> None:
        for edit in (self.value, self.label, self.reason):
            edit.clear()
        self.changes_made.emit(outcome.changes)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.message.show_text(error_text(error))

    def retranslate(self) -> None:
        self.value.setPlaceholderText(self.tr("Identity number, plate or code to stop"))
        self.label.setPlaceholderText(self.tr("Who or what (shown to the guard)"))
        self.reason.setPlaceholderText(self.tr("Reason"))
        self.has_expiry.setText(self.tr("Until"))
        self.add_button.setText(self.tr("Add to the watchlist"))
        self.remove_button.setText(self.tr("Remove the selected entry"))
        self.table.setHorizontalHeaderLabels([self.tr("Who or what"), self.tr("Reason"),
                                              self.tr("Until")])
        self._show(self.items)
