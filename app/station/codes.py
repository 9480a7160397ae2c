"""What a scanned code is, and its status: pluggable kinds tried in order.

- visitor pass: a QR Guardroom issued, verified offline by its signature and date window;
- staff card: a code matching the compound's staff-card pattern;
- health code: an opaque token whose status the verification service gives (green / yellow /
  red); one that cannot be verified in time is ``unverified`` — a manual check, never a pass.
Health-code tokens are stored only as a keyed hash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Callable, Protocol

from app import passes
from app.i18n import QT_TRANSLATE_NOOP

KIND_LABELS = {
    "visitor_pass": QT_TRANSLATE_NOOP("CodeKind", "visitor pass"),
    "staff_card": QT_TRANSLATE_NOOP("CodeKind", "staff card"),
    "health_code": QT_TRANSLATE_NOOP("CodeKind", "health code"),
    "id_card": QT_TRANSLATE_NOOP("CodeKind", "ID card"),
    "unknown": QT_TRANSLATE_NOOP("CodeKind", "unrecognised"),
}
HEALTH_TOKEN = re.compile(r"^[A-Za-z0-9_\-+/=.:]{8,512}$")


@dataclass(frozen=True)
class ClassifiedCode:
    kind: str  # visitor_pass | staff_card | health_code | id_card | unknown
    status: str  # green | yellow | red | unverified | invalid
    reason: str = ""  # why invalid, e.g. pass_expired
    stored_text: str = ""  # what the check log keeps: the text, or a token's keyed hash
    reference: str = ""  # the visit id of a pass, the staff number of a card


def id_card_code(number_hash: str, expired: bool, pass_id: str, on_site: bool) -> ClassifiedCode:
    """A resident ID card read at the gate: known when a pass is valid today for it or its
    holder was registered and is on site; an expired card is never valid."""
    if expired:
        return ClassifiedCode("id_card", "invalid", "card_expired", number_hash, pass_id)
    if pass_id or on_site:
        return ClassifiedCode("id_card", "green", "", number_hash, pass_id)
    return ClassifiedCode("id_card", "invalid", "not_registered", number_hash)


class CodeKind(Protocol):
    name: str

    def matches(self, text: str) -> bool: ...

    def classify(self, text: str) -> ClassifiedCode: ...

    def stored(self, text: str) -> str: ...


class _KeepsText:
    def stored(self, text: str) -> str:
        return text


class VisitorPassKind(_KeepsText):
    name = "visitor_pass"

    def __init__(self, public_key, today: Callable[[], date]):
        self.public_key, self.today = public_key, today

    def matches(self, text: str) -> bool:
        return passes.looks_like_pass(text)

    def classify(self, text: str) -> ClassifiedCode:
        check = passes.verify(self.public_key, text, self.today())
        status = "green" if check.valid else "invalid"
        return ClassifiedCode(self.name, status, check.reason, text, check.visit_id)


class StaffCardKind(_KeepsText):
    name = "staff_card"

    def __init__(self, pattern: str):
        self.pattern = re.compile(pattern)

    def matches(self, text: str) -> bool:
        return bool(self.pattern.match(text))

    def classify(self, text: str) -> ClassifiedCode:
        return ClassifiedCode(self.name, "green", "", text, text)


class HealthCodeKind:
    name = "health_code"

    def __init__(self, verify: Callable[[str], object] | None, digest: Callable[[str], str]):
        self.verify, self.digest = verify, digest

    def matches(self, text: str) -> bool:
        return bool(HEALTH_TOKEN.match(text))

    def stored(self, text: str) -> str:
        return self.digest(text)

    def classify(self, text: str) -> ClassifiedCode:
        if self.verify is None:
            return ClassifiedCode(self.name, "unverified", "no_service", self.stored(text))
        result = self.verify(text)
        status = str(getattr(result, "status", "unverified"))
        if status not in ("green", "yellow", "red"):
            return ClassifiedCode(self.name, "unverified", "service_unavailable",
                                  self.stored(text))
        return ClassifiedCode(self.name, status, "", self.stored(text))


class CodeClassifier:
    def __init__(self, kinds: list[CodeKind]):
        self.kinds = kinds

    def classify(self, text: str) -> ClassifiedCode:
        text = text.strip()
        kind = self._kind(text)
        if kind is None:
            return ClassifiedCode("unknown", "invalid", "unknown_code", text[:256])
        return kind.classify(text)

    def stored_form(self, text: str) -> str:
        """What the log may keep of ``text`` without judging it (tokens only hashed)."""
        text = text.strip()
        kind = self._kind(text)
        return kind.stored(text) if kind is not None else text[:256]

    def _kind(self, text: str) -> CodeKind | None:
        return next((kind for kind in self.kinds if kind.matches(text)), None)
