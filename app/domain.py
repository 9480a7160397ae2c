"""Plain types the services hand to the views: never ORM objects, never a Session."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    GUARD = "guard"
    LEAD = "lead"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        """Source-language label; the UI translates it in context ``Role``."""
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.GUARD: QT_TRANSLATE_NOOP("Role", "Guard"),
    Role.LEAD: QT_TRANSLATE_NOOP("Role", "Security lead"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}


@dataclass(frozen=True)
class CurrentUser:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role

    def has_role(self, *roles: Role) -> bool:
        return self.role in roles


@dataclass(frozen=True)
class UserSummary:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


@dataclass(frozen=True)
class Changes:
    """Which kinds of rows a user action changed, so each view decides whether to refresh."""

    kinds: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *kinds: str) -> "Changes":
        return cls(frozenset(kinds))

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)


@dataclass(frozen=True)
class Outcome:
    """What a service method returns: its plain result and what it changed."""

    value: object = None
    changes: Changes = field(default_factory=Changes)
