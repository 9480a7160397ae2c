"""The background sync of a workstation: a thread that exchanges with the hub every few
seconds, and soon after any local change, and reports a :class:`SyncStatus` through a
callback (called on its own thread: a GUI hands it on with a queued signal)."""

from __future__ import annotations

import logging
import threading
from typing import Callable

from sqlalchemy import event

from app.context import AppContext
from app.services import sync_review
from app.sync import exchange as exchange_mod
from app.sync.client import HubClient, HubRefused, HubUnreachable, UpgradeNeeded
from app.sync.status import OFFLINE, REFUSED, SYNCED, SYNCING, UPGRADE, SyncStatus

log = logging.getLogger(__name__)
DEBOUNCE_SECONDS = 0.5  # a burst of commits makes one exchange


class SyncAgent:
    def __init__(self, ctx: AppContext, client: HubClient, *, interval: float = 30.0,
                 on_status: Callable[[SyncStatus], None] | None = None,
                 batch: int = exchange_mod.PUSH_BATCH, page: int = exchange_mod.PULL_PAGE):
        self.ctx, self.client, self.interval = ctx, client, interval
        self.on_status = on_status or (lambda _s: None)
        self.batch, self.page = batch, page
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.status = SyncStatus(state=SYNCING)
        self.exchanges = 0

    def start(self) -> "SyncAgent":
        event.listen(self.ctx.sessions, "after_commit", self._committed)
        self._thread = threading.Thread(target=self._run, name="guardroom-sync", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        if event.contains(self.ctx.sessions, "after_commit", self._committed):
            event.remove(self.ctx.sessions, "after_commit", self._committed)
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self.client.close()

    def nudge(self) -> None:
        """Sync soon (a local change was committed)."""
        self._wake.set()

    def _committed(self, _session) -> None:
        self.nudge()

    def _report(self, status: SyncStatus) -> None:
        self.status = status
        try:
            self.on_status(status)
        except Exception:  # a listener's fault must not stop the sync
            log.exception("sync status listener failed")

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            self.run_once()
            woke = self._wake.wait(self.interval)
            if woke and not self._stop.is_set():
                self._stop.wait(DEBOUNCE_SECONDS)

    def run_once(self) -> SyncStatus:
        """One exchange, reported before and after."""
        before = self.status
        self._report(before.but(state=SYNCING))
        try:
            report = exchange_mod.exchange(self.ctx, self.client, batch=self.batch,
                                           page=self.page)
        except HubUnreachable as exc:
            since = before.offline_since if before.state == OFFLINE else self.ctx.now()
            status = before.but(state=OFFLINE, offline_since=since, detail=str(exc))
        except UpgradeNeeded as exc:
            status = before.but(state=UPGRADE, detail=exc.reason)
        except HubRefused as exc:
            status = before.but(state=REFUSED, detail=exc.reason)
        except Exception as exc:  # noqa: BLE001 - reported, retried at the next turn
            log.exception("sync failed")
            status = before.but(state=OFFLINE, offline_since=before.offline_since
                                or self.ctx.now(), detail=str(exc))
        else:
            self.exchanges += 1
            status = before.but(state=SYNCED, last_synced=self.ctx.now(), offline_since=None,
                                skew_ms=report.skew_ms, detail="")
        try:
            c = sync_review.counts(self.ctx)
            status = status.but(pending=c.pending, rejected=c.rejected, conflicts=c.conflicts)
        except Exception:  # noqa: BLE001 - the counts are a courtesy
            log.exception("sync counts failed")
        self._report(status)
        return status
