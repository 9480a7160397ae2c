"""Opening the gate by hand: the guard gives a reason, and the audit log keeps it."""

from __future__ import annotations

from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit_log
from app.services.accounts import require
from app.services.checks import MIN_OVERRIDE_REASON, CheckError


def manual_open(ctx: AppContext, actor: CurrentUser, reason: str) -> Outcome:
    """Record a manual opening before the gate is opened; no reason, no opening."""
    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    reason = reason.strip()
    if len(reason) < MIN_OVERRIDE_REASON:
        raise CheckError(QT_TRANSLATE_NOOP("Checks", "Give the reason for opening the gate."))
    with ctx.unit_of_work() as s:
        entry = audit_log.append(ctx, s, actor.username, "gate.manual_open", target_kind="gate",
                                 target_id=ctx.settings.station.post, detail={"reason": reason})
        return Outcome(entry.seq, Changes.of("audit"))
