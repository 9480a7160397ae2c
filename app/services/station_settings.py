"""Reading and saving this workstation's settings file (administrators only)."""

from __future__ import annotations

import dataclasses

from app import settings as settings_mod
from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.services import audit_log
from app.services.accounts import require


def current(ctx: AppContext) -> settings_mod.Settings:
    return ctx.settings


def _changed_keys(old: dict, new: dict, prefix: str = "") -> list[str]:
    keys = []
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name), new.get(name)
        full = f"{prefix}{name}"
        if isinstance(a, dict) and isinstance(b, dict):
            keys += _changed_keys(a, b, full + ".")
        elif a != b:
            keys.append(full)
    return keys


# Settings that change who passes: a change to any of them is a new policy version.
POLICY_KEYS = ("thresholds.fever_celsius", "thresholds.temperature_min_celsius",
               "thresholds.temperature_max_celsius", "check.staff_card_pattern")


def save(ctx: AppContext, actor: CurrentUser, new: settings_mod.Settings) -> Outcome:
    """Validate and write the file; raises SettingsError naming each bad key. A change to
    the entry policy raises its version, so every check says which rules judged it."""
    require(actor, Role.ADMIN)
    changed = _changed_keys(settings_mod.to_dict(ctx.settings), settings_mod.to_dict(new))
    if any(key in POLICY_KEYS for key in changed):
        new = dataclasses.replace(new, check=dataclasses.replace(
            new.check, policy_version=ctx.settings.check.policy_version + 1))
        changed.append("check.policy_version")
    settings_mod.save(ctx.settings_path, new)
    ctx.settings = new
    with ctx.unit_of_work() as s:
        audit_log.append(ctx, s, actor.username, "settings.save", target_kind="settings",
                         target_id=ctx.settings_path.name, detail={"changed": changed})
    return Outcome(new, Changes.of("settings", "audit"))


def with_values(base: settings_mod.Settings, **sections: dict) -> settings_mod.Settings:
    """Copy ``base`` replacing fields section by section, e.g. ``station={"post": "东门"}``."""
    out = base
    for section, values in sections.items():
        out = dataclasses.replace(out, **{section: dataclasses.replace(getattr(out, section),
                                                                        **values)})
    return out
