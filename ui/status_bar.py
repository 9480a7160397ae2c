"""The status bar: who is signed in, the duty post, the database, devices, cameras, sync."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.context import AppContext
from app.domain import CurrentUser
from ui.sync_light import SyncLight
from ui.widgets import Retranslating


class StationStatusBar(Retranslating, QStatusBar):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.user_label = QLabel(objectName="statusUser")
        self.post_label = QLabel(objectName="statusPost")
        self.devices_label = QLabel(objectName="statusDevices")
        self.cameras_label = QLabel(objectName="statusCameras")
        self.sync_light = SyncLight(ctx)
        self.db_label = QLabel(objectName="statusDatabase")
        for label in (self.user_label, self.post_label, self.devices_label, self.cameras_label,
                      self.sync_light):
            self.addWidget(label)
        self.addPermanentWidget(self.db_label)
        self.retranslate()

    def retranslate(self) -> None:
        s = self.ctx.settings
        role = QCoreApplication.translate("Role", self.user.role.label.text)
        self.user_label.setText(self.tr("On duty: {0} ({1})").format(self.user.display_name, role))
        self.post_label.setText(self.tr("Post: {0}").format(s.station.post))
        d = s.devices
        devices = [u for u in (d.scanner.url, d.thermometer.url, d.card_reader.url, d.gate.url) if u]
        self.devices_label.setText(self.tr("Devices: {0} configured").format(len(devices))
                                   if devices else self.tr("Devices: not configured"))
        self.cameras_label.setText(self.tr("Cameras: {0} configured").format(len(s.cameras))
                                   if s.cameras else self.tr("Cameras: not configured"))
        path = str(self.ctx.database_path)
        shown = path if len(path) <= 48 else f"{path[:16]}…{path[-30:]}"
        self.db_label.setText(self.tr("Database: {0}").format(shown))
        self.db_label.setToolTip(str(self.ctx.database_path))
