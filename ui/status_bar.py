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
        self.duty_label = QLabel(objectName="statusDuty")
        self._duty = None
        for label in (self.user_label, self.post_label, self.duty_label, self.devices_label,
                      self.cameras_label, self.sync_light):
            self.addWidget(label)
        self.addPermanentWidget(self.db_label)
        self.retranslate()

    def show_duty(self, duty) -> None:
        """Who stands which post now (from the published roster); the next shift as a tip."""
        self._duty = duty
        if duty is None or not (duty.now or duty.next):
            self.duty_label.setText(self.tr("Roster: none published"))
            self.duty_label.setToolTip("")
            return
        here = self.ctx.settings.station.post
        mine = [d for d in duty.now if d.post and d.post in here] or list(duty.now)
        people = "、".join(name for d in mine for name in d.guards[:3])
        self.duty_label.setText(self.tr("On duty now: {0}").format(people or "—"))
        lines = [f"{d.post} {d.shift}：{'、'.join(d.guards)}" for d in duty.now]
        if duty.next:
            lines.append(self.tr("Next shift at {0}:").format(
                duty.next[0].starts.strftime("%H:%M")))
            lines += [f"{d.post} {d.shift}：{'、'.join(d.guards)}" for d in duty.next]
        self.duty_label.setToolTip("\n".join(lines))

    def retranslate(self) -> None:
        if self._duty is not None:
            self.show_duty(self._duty)
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
