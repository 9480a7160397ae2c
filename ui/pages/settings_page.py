"""Settings: the interface language (anyone), the workstation's settings file (administrators),
the accounts (administrators and leads) and where things live."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.context import AppContext
from app.domain import CurrentUser, Role
from ui.pages.station_form import StationForm
from ui.pages.users_panel import UsersPanel
from ui.widgets import Retranslating
from ui.worker import ServiceRunner

LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))  # each in its own language


class SettingsPage(Retranslating, QWidget):
    language_chosen = Signal(str)
    changes_made = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_settings")
        self.ctx, self.user = ctx, user
        self.language_label = QLabel()
        self.language = QComboBox(objectName="languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.activated.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData()))
        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addStretch(1)

        self.tabs = QTabWidget(objectName="settingsTabs")
        self.station = StationForm(ctx, user, runner)
        self.station.changes_made.connect(self.changes_made)
        self.tabs.addTab(self.station, "")
        self.users: UsersPanel | None = None
        if user.has_role(Role.ADMIN, Role.LEAD):
            self.users = UsersPanel(ctx, user, runner)
            self.users.changes_made.connect(self.changes_made)
            self.tabs.addTab(self.users, "")
        self.about = QWidget()
        self.about_form = QFormLayout(self.about)
        self.about_labels = [QLabel() for _ in range(5)]
        values = (__version__, str(ctx.paths.root), str(ctx.database_path),
                  str(ctx.settings_path), ctx.node_id)
        for label, value in zip(self.about_labels, values):
            field = QLabel(value)
            field.setTextInteractionFlags(field.textInteractionFlags().TextSelectableByMouse)
            self.about_form.addRow(label, field)
        self.tabs.addTab(self.about, "")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("Language / 语言"))
        self.tabs.setTabText(0, self.tr("Workstation"))
        if self.users is not None:
            self.tabs.setTabText(1, self.tr("Accounts"))
        self.tabs.setTabText(self.tabs.indexOf(self.about), self.tr("About"))
        for label, text in zip(self.about_labels, (
                self.tr("Version"), self.tr("Data directory"), self.tr("Database"),
                self.tr("Settings file"), self.tr("Workstation id"))):
            label.setText(text)

    def on_changes(self, changes) -> None:
        if self.users is not None and changes.touches("user"):
            self.users.refresh()
