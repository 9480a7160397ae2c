"""The visitor register: walk-in registration, check-out, who is on site, finding a visit,
unmasking an identity number (audited), and the retention purge (PIPL)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.i18n import QT_TRANSLATE_NOOP, GuardroomError
from app.privacy import Vault
from app.security import as_utc
from app.services import audit_log, checks
from app.services.accounts import require
from app.visitors import id_numbers, plates
from db.visitor_models import Visit

DOCUMENT = "visit.document"
PHONE = "visit.phone"
ADDRESS = "visit.address"
WATCHLIST_STOP = QT_TRANSLATE_NOOP(
    "Visits", "STOP: this person or vehicle is on the watchlist. Call the lead.")


class VisitError(GuardroomError):
    pass


class WatchlistHit(VisitError):
    """The person or vehicle is on the watchlist: the entry stops and the guard is alerted."""


@dataclass(frozen=True)
class WalkIn:
    """What the guard typed on the walk-in form."""

    name: str
    document_kind: str
    document_number: str
    phone: str = ""
    host_name: str = ""
    host_department: str = ""
    purpose: str = ""
    expected_minutes: int = 60
    companions: int = 0
    plate: str = ""
    gender: str = ""  # "male" | "female", from a read ID card
    address: str = ""  # from a read ID card, only where the admin lets the card fill it


@dataclass(frozen=True)
class VisitSummary:
    """A visit as a view shows it: the identity number only masked."""

    id: uuid.UUID
    name: str
    document_kind: str
    document_masked: str
    host_name: str
    host_department: str
    purpose: str
    plate: str
    arrived_at: datetime
    left_at: datetime | None
    expected_minutes: int
    purged: bool

    def overstaying(self, now: datetime) -> bool:
        return (self.left_at is None
                and as_utc(self.arrived_at) + timedelta(minutes=self.expected_minutes) < now)


def summary_of(v: Visit) -> VisitSummary:
    return VisitSummary(v.id, v.name, v.document_kind, v.document_masked, v.host_name,
                        v.host_department, v.purpose, v.plate, v.arrived_at, v.left_at,
                        v.expected_minutes, v.purged_at is not None)


def vault(ctx: AppContext) -> Vault:
    return Vault.for_folder(ctx.paths.keys)


def register(ctx: AppContext, actor: CurrentUser, form: WalkIn) -> Outcome:
    """Check the form, stop a watchlisted person or vehicle, then log the arrival."""
    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    name = form.name.strip()
    if not name:
        raise VisitError(QT_TRANSLATE_NOOP("Visits", "Enter the visitor's name."))
    kind = id_numbers.DocumentKind(form.document_kind)
    number = id_numbers.normalise_document(kind, form.document_number)
    problem = id_numbers.validate_document(kind, number)
    if problem is not None:
        raise VisitError(problem.message)
    plate = ""
    if form.plate.strip():
        checked = plates.classify(form.plate)
        if not checked.ok:
            raise VisitError(checked.problem)
        plate = checked.plate
    if not 1 <= form.expected_minutes <= 24 * 60:
        raise VisitError(QT_TRANSLATE_NOOP(
            "Visits", "The expected stay is between 1 minute and 24 hours."))
    v = vault(ctx)
    number_hash = v.search_hash(number)
    if checks.is_watchlisted(ctx, [number_hash] + ([v.search_hash(plate)] if plate else [])):
        with ctx.unit_of_work() as s:
            audit_log.append(ctx, s, actor.username, "visit.watchlist_hit",
                             target_kind="visit", detail={"document": id_numbers.mask(number)})
        raise WatchlistHit(WATCHLIST_STOP)
    with ctx.unit_of_work() as s:
        visit = Visit(
            arrived_at=ctx.now(), name=name, document_kind=form.document_kind,
            document_sealed=v.seal(number, DOCUMENT), document_hash=number_hash,
            document_masked=id_numbers.mask(number),
            phone_sealed=v.seal(form.phone.strip(), PHONE) if form.phone.strip() else "",
            gender=form.gender if form.gender in ("male", "female") else "",
            address_sealed=v.seal(form.address.strip(), ADDRESS) if form.address.strip() else "",
            host_name=form.host_name.strip(), host_department=form.host_department.strip(),
            purpose=form.purpose.strip(), expected_minutes=form.expected_minutes,
            companions=form.companions, plate=plate, post=ctx.settings.station.post,
            guard=actor.username)
        s.add(visit)
        s.flush()
        return Outcome(summary_of(visit), Changes.of("visit"))


def check_out(ctx: AppContext, actor: CurrentUser, visit_id: uuid.UUID) -> Outcome:
    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    with ctx.unit_of_work() as s:
        visit = s.get(Visit, visit_id)
        if visit is None:
            raise VisitError(QT_TRANSLATE_NOOP("Visits", "No such visit."))
        if visit.left_at is None:
            visit.left_at = ctx.now()
        return Outcome(summary_of(visit), Changes.of("visit"))


def auto_sign_out(ctx: AppContext) -> int:
    """After the configured hour, sign out whoever is still registered as inside from an
    earlier hour of the day or before, flagged so the guard can check the list."""
    hour = ctx.settings.visitors.auto_sign_out_hour
    now = ctx.now()
    local = now.astimezone()
    if hour < 0 or local.hour < hour:
        return 0
    cutoff = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    with ctx.unit_of_work() as s:
        result = s.execute(
            update(Visit).where(Visit.left_at.is_(None), Visit.arrived_at < cutoff)
            .values(left_at=now, signed_out_automatically=True, updated_hlc=ctx.clock.now()))
        count = result.rowcount or 0
        if count:
            audit_log.append(ctx, s, audit_log.SYSTEM_ACTOR, "visit.auto_sign_out",
                             target_kind="visit", detail={"visits": count, "hour": hour})
        return count


def on_site(ctx: AppContext) -> list[VisitSummary]:
    """Who is inside now, longest first (the evacuation list)."""
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(Visit).where(Visit.left_at.is_(None), Visit.deleted.is_(False))
                         .order_by(Visit.arrived_at))
        return [summary_of(v) for v in rows]


def overstaying(ctx: AppContext) -> list[VisitSummary]:
    now = ctx.now()
    return [v for v in on_site(ctx) if v.overstaying(now)]


def find(ctx: AppContext, *, document: str = "", name_prefix: str = "", plate: str = "",
         limit: int = 50) -> list[VisitSummary]:
    """Exact identity number (by its keyed hash), name prefix or plate; newest first."""
    from app.visitors.log import LogFilter, page

    return page(ctx, LogFilter(document=document, name_prefix=name_prefix, plate=plate),
                limit=limit)


def unmask(ctx: AppContext, actor: CurrentUser, visit_id: uuid.UUID, reason: str) -> str:
    """The full identity number, for a lead with a stated reason — audited."""
    require(actor, Role.LEAD, Role.ADMIN)
    if len(reason.strip()) < 2:
        raise VisitError(QT_TRANSLATE_NOOP("Visits", "State why the full number is needed."))
    with ctx.unit_of_work() as s:
        visit = s.get(Visit, visit_id)
        if visit is None or not visit.document_sealed:
            raise VisitError(QT_TRANSLATE_NOOP("Visits", "Nothing to unmask for this visit."))
        number = vault(ctx).open(visit.document_sealed, DOCUMENT)
        audit_log.append(ctx, s, actor.username, "visit.unmask", target_kind="visit",
                         target_id=str(visit.id), detail={"reason": reason.strip()})
        return number


def screen_document(ctx: AppContext, number: str) -> bool:
    """True when an identity number (read from a card) is on the watchlist."""
    return checks.is_watchlisted(ctx, [vault(ctx).search_hash(number)])


def purge_expired(ctx: AppContext, retention_days: int | None = None) -> int:
    """Clear the personal data of visits that ended before the retention period; the rows
    stay (times, host department, post) so the counts do not change."""
    days = retention_days if retention_days is not None else ctx.settings.privacy.retention_days
    cutoff = ctx.now() - timedelta(days=days)
    with ctx.unit_of_work() as s:
        result = s.execute(
            update(Visit).where(Visit.left_at.is_not(None), Visit.left_at < cutoff,
                                Visit.purged_at.is_(None))
            .values(name="", document_sealed="", document_hash="", document_masked="",
                    phone_sealed="", gender="", address_sealed="", host_name="", plate="",
                    purged_at=ctx.now(),
                    updated_hlc=ctx.clock.now()))
        purged = result.rowcount or 0
        if purged:
            from db.visitor_models import VisitPhoto

            s.execute(update(VisitPhoto).where(VisitPhoto.visit_id.in_(
                select(Visit.id).where(Visit.purged_at.is_not(None))))
                .values(sealed="", deleted=True, updated_hlc=ctx.clock.now()))
            audit_log.append(ctx, s, audit_log.SYSTEM_ACTOR, "visit.purge",
                             target_kind="visit", detail={"visits": purged, "days": days})
        return purged


def count_since(ctx: AppContext, since: datetime) -> int:
    """Visits that began since ``since`` — purged ones included."""
    with ctx.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(Visit).where(
            Visit.arrived_at >= since)) or 0


def visit_pass(ctx: AppContext, visit: VisitSummary) -> str:
    """The signed QR text printed on a walk-in visitor's slip, valid for the day of the visit."""
    from app import passes

    day = visit.arrived_at.astimezone().date()
    return passes.issue(passes.PassKeys(ctx.paths.keys).private_key(), str(visit.id), day, day)


def check_out_by_pass(ctx: AppContext, actor: CurrentUser, text: str) -> Outcome:
    """Check out the visitor whose slip or pre-registered pass was scanned (the signature is
    checked; the date window is not — a visitor may leave after midnight)."""
    from app import passes
    from db.visitor_models import VisitorPass

    check = passes.verify(passes.PassKeys(ctx.paths.keys).public_key(), text.strip(),
                          ctx.today())
    if check.reason in ("pass_forged", "pass_malformed") or not check.visit_id:
        raise VisitError(QT_TRANSLATE_NOOP("Visits", "This is not a pass this compound issued."))
    try:
        reference = uuid.UUID(check.visit_id)
    except ValueError:
        raise VisitError(QT_TRANSLATE_NOOP("Visits", "No such visit.")) from None
    with ctx.unit_of_work() as s:
        pre = s.get(VisitorPass, reference)
        visit_id = pre.visit_id if pre is not None else reference
    if visit_id is None:
        raise VisitError(QT_TRANSLATE_NOOP("Visits", "This visitor has not come in yet."))
    return check_out(ctx, actor, visit_id)


PHOTO = "visit.photo"


def attach_photo(ctx: AppContext, actor: CurrentUser, visit_id: uuid.UUID, jpeg: bytes,
                 consent: bool) -> Outcome:
    """Keep a visitor's photo — only when the guard confirms the visitor agreed."""
    import base64

    from db.visitor_models import VisitPhoto

    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    if not consent:
        raise VisitError(QT_TRANSLATE_NOOP(
            "Visits", "A photo is taken only when the visitor agrees to it."))
    sealed = vault(ctx).seal(base64.b64encode(jpeg).decode("ascii"), PHOTO)
    with ctx.unit_of_work() as s:
        s.add(VisitPhoto(visit_id=visit_id, sealed=sealed, consent_by=actor.username))
        audit_log.append(ctx, s, actor.username, "visit.photo", target_kind="visit",
                         target_id=str(visit_id), detail={"consent": True})
    return Outcome(visit_id, Changes.of("visit"))


def photo(ctx: AppContext, visit_id: uuid.UUID) -> bytes | None:
    import base64

    from db.visitor_models import VisitPhoto

    with ctx.unit_of_work() as s:
        sealed = s.scalar(select(VisitPhoto.sealed).where(
            VisitPhoto.visit_id == visit_id, VisitPhoto.deleted.is_(False))
            .order_by(VisitPhoto.created_hlc.desc()).limit(1))
    return base64.b64decode(vault(ctx).open(sealed, PHOTO)) if sealed else None
