"""The status bar's sync light: a coloured dot and a few words (synced, syncing, offline
since …, N pending, conflicts, rejected, clock off). Clicking it opens the Sync panel.

The agent reports on its own thread; :class:`SyncLight` takes the report through a queued
signal, so widgets are touched only on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.context import AppContext
from app.sync.status import STANDALONE, SyncStatus
from ui.i18n import render
from ui.widgets import Retranslating

COLOURS = {"green": "#1b873f", "amber": "#c77700", "red": "#c62828", "grey": "#7a8699"}


class SyncLight(Retranslating, QPushButton):
    reported = Signal(object)  # SyncStatus, from any thread
    open_panel = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent, objectName="statusSync", flat=True)
        self.ctx = ctx
        self.status = SyncStatus(state=STANDALONE)
        self.agent = None
        self.reported.connect(self.show_status, Qt.ConnectionType.QueuedConnection)
        self.clicked.connect(self.open_panel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.retranslate()

    def start_agent(self) -> None:
        """Sync in the background when this workstation has a hub and a token."""
        s = self.ctx.settings.sync
        if self.agent is not None or not (s.hub_url and s.token):
            return
        from app.sync.agent import SyncAgent
        from app.sync.client import HubClient

        client = HubClient(s.hub_url, s.token, ca_file=s.ca_file or None)
        self.agent = SyncAgent(self.ctx, client, interval=s.interval_seconds,
                               on_status=self.reported.emit).start()

    def stop_agent(self) -> None:
        if self.agent is not None:
            self.agent.stop()
            self.agent = None

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        self.retranslate()

    @property
    def light(self) -> str:
        return self.status.light

    def retranslate(self) -> None:
        words = [render(m) for m in self.status.parts()]
        self.setText("● " + " · ".join(words))
        self.setStyleSheet(f"QPushButton {{ color: {COLOURS[self.light]}; border: none; "
                           "padding: 0 10px; text-align: left; }")
        self.setToolTip(self.status.detail or self.tr("Show rejected changes and conflicts"))
