"""The check log: recording each person's check, the guard's manual decisions, today's
counts, the last checks, and the watchlist the station consults."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select

from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.i18n import QT_TRANSLATE_NOOP, GuardroomError
from app.keys import search_hash, secret_key
from app.services import audit_log
from app.services.accounts import require
from app.station.policy import Verdict
from db.station_models import Check, WatchlistEntry

MIN_OVERRIDE_REASON = 2


class CheckError(GuardroomError):
    pass


@dataclass(frozen=True)
class CheckRecord:
    """What the station knows about one person, ready to be logged."""

    verdict: str
    reasons: tuple[str, ...] = ()
    code_kind: str = ""
    code_status: str = ""
    code_text: str = ""
    code_reference: str = ""
    symbology: str = ""
    celsius: float | None = None
    policy_version: int = 1
    scanner: str = ""
    thermometer: str = ""
    post: str = ""
    guard: str = ""


@dataclass(frozen=True)
class CheckSummary:
    id: uuid.UUID
    at: datetime
    verdict: str
    reasons: tuple[str, ...]
    code_kind: str
    celsius: float | None
    overrides_id: uuid.UUID | None = None
    note: str = ""


def _summary(c: Check) -> CheckSummary:
    return CheckSummary(c.id, c.at, c.verdict, tuple(r for r in c.reasons.split(",") if r),
                        c.code_kind, c.celsius, c.overrides_id, c.note)


def record(ctx: AppContext, rec: CheckRecord) -> CheckSummary:
    """Log one check; committed before it returns (a reported verdict is never lost)."""
    with ctx.unit_of_work() as s:
        row = Check(at=ctx.now(), post=rec.post, guard=rec.guard, verdict=rec.verdict,
                    reasons=",".join(rec.reasons), code_kind=rec.code_kind,
                    code_status=rec.code_status, code_text=rec.code_text[:600],
                    code_reference=rec.code_reference[:100], symbology=rec.symbology or "",
                    celsius=rec.celsius, policy_version=rec.policy_version,
                    scanner=rec.scanner[:200], thermometer=rec.thermometer[:200])
        s.add(row)
        s.flush()
        return _summary(row)


def override(ctx: AppContext, actor: CurrentUser, check_id: uuid.UUID, verdict: Verdict,
             reason: str) -> Outcome:
    """The guard decides instead of the policy; a reason is mandatory and audited."""
    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    reason = reason.strip()
    if len(reason) < MIN_OVERRIDE_REASON:
        raise CheckError(QT_TRANSLATE_NOOP("Checks", "Give the reason for the manual decision."))
    if verdict not in (Verdict.PASS, Verdict.DENY):
        raise CheckError(QT_TRANSLATE_NOOP("Checks", "A manual decision is pass or deny."))
    with ctx.unit_of_work() as s:
        original = s.get(Check, check_id)
        if original is None:
            raise CheckError(QT_TRANSLATE_NOOP("Checks", "That check does not exist."))
        row = Check(at=ctx.now(), post=original.post, guard=actor.username,
                    verdict=verdict.value, reasons="manual_override",
                    code_kind=original.code_kind, code_status=original.code_status,
                    code_text=original.code_text, code_reference=original.code_reference,
                    symbology=original.symbology, celsius=original.celsius,
                    policy_version=original.policy_version, scanner=original.scanner,
                    thermometer=original.thermometer, overrides_id=original.id, note=reason)
        s.add(row)
        s.flush()
        audit_log.append(ctx, s, actor.username, "check.override", target_kind="check",
                         target_id=str(original.id),
                         detail={"from": original.verdict, "to": verdict.value,
                                 "reason": reason})
        return Outcome(_summary(row), Changes.of("check", "audit"))


def recent(ctx: AppContext, limit: int = 20) -> list[CheckSummary]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(Check).order_by(Check.at.desc(), Check.created_hlc.desc())
                         .limit(limit))
        return [_summary(c) for c in rows]


def counts_since(ctx: AppContext, since: datetime) -> dict[str, int]:
    """Checks per verdict since ``since`` (a manual decision counts instead of its original)."""
    with ctx.unit_of_work() as s:
        overridden = select(Check.overrides_id).where(Check.overrides_id.is_not(None))
        rows = s.execute(select(Check.verdict, func.count()).where(
            Check.at >= since, Check.id.not_in(overridden)).group_by(Check.verdict))
        return {verdict: n for verdict, n in rows}


def local_midnight(now: datetime) -> datetime:
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def today_counts(ctx: AppContext) -> dict[str, int]:
    return counts_since(ctx, local_midnight(ctx.now()))


def record_key(ctx: AppContext) -> bytes:
    return secret_key(ctx.paths.keys)


def watch_hash(key: bytes, value: str) -> str:
    return search_hash(key, value)


@dataclass(frozen=True)
class WatchlistItem:
    id: uuid.UUID
    label: str
    reason: str
    expires_on: str | None
    added_at: str


def add_to_watchlist(ctx: AppContext, actor: CurrentUser, value: str, label: str,
                     reason: str, expires_on: date | None = None) -> Outcome:
    """Leads and administrators put an identity number, plate or code on the watchlist
    (kept only as its keyed hash), optionally until a day."""
    require(actor, Role.LEAD, Role.ADMIN)
    if not value.strip():
        raise CheckError(QT_TRANSLATE_NOOP("Checks", "Give the code or number to watch for."))
    with ctx.unit_of_work() as s:
        entry = WatchlistEntry(match_hash=watch_hash(record_key(ctx), value), label=label.strip(),
                               reason=reason.strip(),
                               expires_on=expires_on.isoformat() if expires_on else None)
        s.add(entry)
        s.flush()
        audit_log.append(ctx, s, actor.username, "watchlist.add", target_kind="watchlist",
                         target_id=str(entry.id), detail={"label": label})
        return Outcome(entry.id, Changes.of("watchlist", "audit"))


def watchlist(ctx: AppContext, actor: CurrentUser) -> list[WatchlistItem]:
    require(actor, Role.LEAD, Role.ADMIN)
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(WatchlistEntry).where(
            WatchlistEntry.active.is_(True), WatchlistEntry.deleted.is_(False))
            .order_by(WatchlistEntry.created_hlc.desc()))
        return [WatchlistItem(e.id, e.label, e.reason, e.expires_on, e.created_hlc[:15])
                for e in rows]


def remove_from_watchlist(ctx: AppContext, actor: CurrentUser, entry_id: uuid.UUID) -> Outcome:
    require(actor, Role.LEAD, Role.ADMIN)
    with ctx.unit_of_work() as s:
        entry = s.get(WatchlistEntry, entry_id)
        if entry is None:
            raise CheckError(QT_TRANSLATE_NOOP("Checks", "That watchlist entry does not exist."))
        entry.active = False
        audit_log.append(ctx, s, actor.username, "watchlist.remove", target_kind="watchlist",
                         target_id=str(entry.id), detail={"label": entry.label})
        return Outcome(entry.id, Changes.of("watchlist", "audit"))


def is_watchlisted(ctx: AppContext, hashes: list[str]) -> bool:
    if not hashes:
        return False
    today = ctx.today().isoformat()
    with ctx.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(WatchlistEntry).where(
            WatchlistEntry.match_hash.in_(hashes), WatchlistEntry.active.is_(True),
            WatchlistEntry.deleted.is_(False),
            or_(WatchlistEntry.expires_on.is_(None), WatchlistEntry.expires_on >= today))) > 0


def page(ctx: AppContext, until: datetime | None = None,
         after: tuple[datetime, uuid.UUID] | None = None, limit: int = 500,
         verdict: str = "", since: datetime | None = None, post: str = "") -> list[CheckSummary]:
    """The check log a page at a time, newest first (keyset on time and id)."""
    from sqlalchemy import and_

    query = select(Check)
    if until is not None:
        query = query.where(Check.at <= until)
    if since is not None:
        query = query.where(Check.at >= since)
    if post:
        query = query.where(Check.post == post)
    if verdict:
        query = query.where(Check.verdict == verdict)
    if after is not None:
        at, last = after
        query = query.where(or_(Check.at < at, and_(Check.at == at, Check.id < last)))
    with ctx.unit_of_work() as s:
        rows = s.scalars(query.order_by(Check.at.desc(), Check.id.desc()).limit(limit))
        return [_summary(c) for c in rows]
