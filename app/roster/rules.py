"""The validator's rule codes in the lead's words (the validator itself speaks in codes, so
it stays independent of the interface)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, Message

RULES: dict[str, Message] = {
    "cover_minimum": QT_TRANSLATE_NOOP("RosterRule", "too few guards on a shift"),
    "unknown_shift": QT_TRANSLATE_NOOP("RosterRule", "unknown shift"),
    "day_off": QT_TRANSLATE_NOOP("RosterRule", "works on leave or a day off"),
    "succession": QT_TRANSLATE_NOOP("RosterRule", "these two shifts may not follow"),
    "min_rest": QT_TRANSLATE_NOOP("RosterRule", "too little rest between two shifts"),
    "unknown_post": QT_TRANSLATE_NOOP("RosterRule", "post or shift not run there"),
    "qualification": QT_TRANSLATE_NOOP("RosterRule", "not qualified for the post"),
    "max_shifts": QT_TRANSLATE_NOOP("RosterRule", "too many shifts of one kind"),
    "min_minutes": QT_TRANSLATE_NOOP("RosterRule", "too few minutes of duty this month"),
    "max_minutes": QT_TRANSLATE_NOOP("RosterRule", "too many minutes of duty this month"),
    "max_nights": QT_TRANSLATE_NOOP("RosterRule", "too many night shifts"),
    "max_weekends": QT_TRANSLATE_NOOP("RosterRule", "too many weekends worked"),
    "pin": QT_TRANSLATE_NOOP("RosterRule", "a pinned cell was changed"),
    "min_consecutive": QT_TRANSLATE_NOOP("RosterRule", "working stretch too short"),
    "max_consecutive": QT_TRANSLATE_NOOP("RosterRule", "too many working days in a row"),
    "min_days_off": QT_TRANSLATE_NOOP("RosterRule", "too few days off in a row"),
    "cover_under": QT_TRANSLATE_NOOP("RosterRule", "below the preferred cover"),
    "cover_over": QT_TRANSLATE_NOOP("RosterRule", "above the preferred cover"),
    "request_on": QT_TRANSLATE_NOOP("RosterRule", "wish to work not granted"),
    "request_off": QT_TRANSLATE_NOOP("RosterRule", "wish for a day off not granted"),
}


def rule_name(code: str) -> Message:
    return RULES.get(code, QT_TRANSLATE_NOOP("RosterRule", "{code}").with_(code=code))
