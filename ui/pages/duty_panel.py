"""Beside the gate's check list: who stands each post in the shift running now, and who comes
on at the next change of shift — from the published roster, refreshed every minute and
whenever a roster is published."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from app.context import AppContext
from app.roster import plans
from ui.widgets import Retranslating
from ui.worker import ServiceRunner

REFRESH_MS = 60_000


class DutyPanel(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, runner: ServiceRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dutyPanel")
        self.ctx, self.runner = ctx, runner
        self.duty: plans.OnDuty | None = None
        self.now_title = QLabel(objectName="dutyNowTitle")
        self.now_list = QListWidget(objectName="dutyNow")
        self.next_title = QLabel(objectName="dutyNextTitle")
        self.next_list = QListWidget(objectName="dutyNext")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (self.now_title, self.now_list, self.next_title, self.next_list):
            layout.addWidget(part)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self.runner.submit(plans.on_duty, self.ctx, on_done=self.show_duty)

    def show_duty(self, duty: plans.OnDuty) -> None:
        self.duty = duty
        for target, duties in ((self.now_list, duty.now), (self.next_list, duty.next)):
            target.clear()
            for d in sorted(duties, key=lambda d: (d.post, d.shift)):
                target.addItem(f"{d.post} {d.shift}：{'、'.join(d.guards)}")
        if not duty.now:
            self.now_list.addItem(self.tr("Nobody on the published roster"))
        self._titles()

    def _titles(self) -> None:
        self.now_title.setText(self.tr("On duty now"))
        following = self.duty.next if self.duty else ()
        self.next_title.setText(self.tr("Next shift at {0}").format(
            following[0].starts.strftime("%m-%d %H:%M")) if following
            else self.tr("Next shift: none published"))

    def stop(self) -> None:
        self.timer.stop()

    def retranslate(self) -> None:
        if self.duty is not None:
            self.show_duty(self.duty)
        else:
            self._titles()
