"""What the status bar's sync light says: a plain value the agent reports after each try."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from app.i18n import QT_TRANSLATE_NOOP, Message

STANDALONE, SYNCING, SYNCED, OFFLINE, UPGRADE, REFUSED = (
    "standalone", "syncing", "synced", "offline", "upgrade", "refused")
CLOCK_TOLERANCE_MS = 2000


@dataclass(frozen=True)
class SyncStatus:
    state: str = STANDALONE
    pending: int = 0
    rejected: int = 0
    conflicts: int = 0
    last_synced: datetime | None = None
    offline_since: datetime | None = None
    skew_ms: int | None = None  # the hub's clock minus ours
    detail: str = ""

    def but(self, **changes) -> "SyncStatus":
        return replace(self, **changes)

    @property
    def clock_off(self) -> bool:
        return self.skew_ms is not None and abs(self.skew_ms) > CLOCK_TOLERANCE_MS

    @property
    def light(self) -> str:
        """green: all synced; amber: working or something to look at; red: cut off."""
        if self.state == STANDALONE:
            return "grey"
        if self.state in (OFFLINE, UPGRADE, REFUSED):
            return "red"
        if self.state == SYNCING or self.pending or self.rejected or self.conflicts \
                or self.clock_off:
            return "amber"
        return "green"

    def parts(self) -> list[Message]:
        """The light's words, most important first."""
        def at(t: datetime | None) -> str:
            return t.astimezone().strftime("%H:%M") if t else "—"

        head = {
            STANDALONE: QT_TRANSLATE_NOOP("Sync", "Sync: stand-alone"),
            SYNCING: QT_TRANSLATE_NOOP("Sync", "Syncing…"),
            SYNCED: QT_TRANSLATE_NOOP("Sync", "Synced {time}").with_(time=at(self.last_synced)),
            OFFLINE: QT_TRANSLATE_NOOP("Sync", "Offline since {time}").with_(
                time=at(self.offline_since)),
            UPGRADE: QT_TRANSLATE_NOOP("Sync", "Upgrade needed: the hub runs a newer version"),
            REFUSED: QT_TRANSLATE_NOOP("Sync", "The hub refused this workstation ({reason})"
                                       ).with_(reason=self.detail),
        }[self.state]
        out = [head]
        if self.pending:
            out.append(QT_TRANSLATE_NOOP("Sync", "{n} pending").with_(n=self.pending))
        if self.conflicts:
            out.append(QT_TRANSLATE_NOOP("Sync", "{n} conflicts").with_(n=self.conflicts))
        if self.rejected:
            out.append(QT_TRANSLATE_NOOP("Sync", "{n} rejected").with_(n=self.rejected))
        if self.clock_off:
            out.append(QT_TRANSLATE_NOOP("Sync", "clock {s} s off the hub's").with_(
                s=round(-self.skew_ms / 1000)))
        return out
