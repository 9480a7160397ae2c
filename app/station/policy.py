"""The entry policy: pass only with a green code, a temperature under the fever line and no
watchlist match; otherwise deny with every reason. Versioned: each check keeps the version."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP
from app.station.codes import ClassifiedCode


class Verdict(StrEnum):
    PASS = "pass"
    DENY = "deny"
    MANUAL = "manual"  # the code could not be verified: the guard decides
    INCOMPLETE = "incomplete"  # no temperature (or no code) in time


REASONS = {
    "fever": QT_TRANSLATE_NOOP("Reason", "temperature at or above the fever line"),
    "code_red": QT_TRANSLATE_NOOP("Reason", "red health code"),
    "code_yellow": QT_TRANSLATE_NOOP("Reason", "yellow health code"),
    "code_unverified": QT_TRANSLATE_NOOP("Reason", "health code could not be verified"),
    "watchlist": QT_TRANSLATE_NOOP("Reason", "on the watchlist"),
    "unknown_code": QT_TRANSLATE_NOOP("Reason", "unrecognised code"),
    "pass_forged": QT_TRANSLATE_NOOP("Reason", "pass signature is not valid"),
    "pass_malformed": QT_TRANSLATE_NOOP("Reason", "damaged pass"),
    "pass_expired": QT_TRANSLATE_NOOP("Reason", "pass has expired"),
    "pass_not_yet_valid": QT_TRANSLATE_NOOP("Reason", "pass is not valid yet"),
    "no_temperature": QT_TRANSLATE_NOOP("Reason", "no temperature taken in time"),
    "card_expired": QT_TRANSLATE_NOOP("Reason", "ID card has expired"),
    "not_registered": QT_TRANSLATE_NOOP("Reason", "no visit booked or registered: "
                                                  "send to the visitor desk"),
    "manual_override": QT_TRANSLATE_NOOP("Reason", "decided by the guard"),
}


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Policy:
    version: int = 1
    fever_celsius: float = 37.3

    def judge(self, code: ClassifiedCode, celsius: float, watchlisted: bool) -> Judgement:
        reasons: list[str] = []
        if round(celsius, 2) >= round(self.fever_celsius, 2):
            reasons.append("fever")
        if code.status in ("red", "yellow"):
            reasons.append(f"code_{code.status}")
        elif code.status == "invalid":
            reasons.append(code.reason or "unknown_code")
        if watchlisted:
            reasons.append("watchlist")
        if reasons:
            return Judgement(Verdict.DENY, tuple(reasons))
        if code.status == "unverified":
            return Judgement(Verdict.MANUAL, ("code_unverified",))
        return Judgement(Verdict.PASS)
