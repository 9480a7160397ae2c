"""Vehicles at the gate: in and out paired per plate, who is on site, the staff whitelist,
overstays, and a plug-in point for an automatic plate reader (none is required).

A plate reader is any object with ``read(frame) -> PlateReading | None``; installed readers
are found through the ``guardroom.plate_readers`` entry point group. Readings under the
configured confidence are left to the guard.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from sqlalchemy import func, select

from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.i18n import QT_TRANSLATE_NOOP
from app.security import as_utc
from app.services import audit_log, checks
from app.services.accounts import require
from app.visitors import plates
from app.visitors.registry import VisitError, WatchlistHit
from db.visitor_models import StaffVehicle, VehicleStay

READER_GROUP = "guardroom.plate_readers"
MIN_CONFIDENCE = 0.85
VISITOR_VEHICLE_MINUTES = 120


@dataclass(frozen=True)
class PlateReading:
    text: str
    confidence: float


class PlateReader(Protocol):
    """What an automatic plate reader plug-in provides: a camera frame in, a plate out."""

    def read(self, frame) -> PlateReading | None: ...


def installed_readers() -> dict[str, type]:
    from importlib.metadata import entry_points

    return {ep.name: ep.load() for ep in entry_points(group=READER_GROUP)}


@dataclass(frozen=True)
class VehicleSummary:
    id: uuid.UUID
    plate: str
    plate_kind: str
    arrived_at: datetime | None
    left_at: datetime | None
    whitelisted: bool
    expected_minutes: int
    source: str
    stamp: str = ""  # the stay's clock stamp: the log's page cursor

    def overstaying(self, now: datetime) -> bool:
        return (not self.whitelisted and self.left_at is None and self.arrived_at is not None
                and as_utc(self.arrived_at) + timedelta(minutes=self.expected_minutes) < now)


def _summary(v: VehicleStay) -> VehicleSummary:
    return VehicleSummary(v.id, v.plate, v.plate_kind, v.arrived_at, v.left_at, v.whitelisted,
                          v.expected_minutes, v.source, v.created_hlc)


def _checked_plate(text: str) -> plates.PlateResult:
    result = plates.classify(text)
    if not result.ok:
        raise VisitError(result.problem)
    return result


def _whitelisted(s, plate: str, today: date) -> bool:
    return s.scalar(select(StaffVehicle.id).where(
        StaffVehicle.plate == plate, StaffVehicle.active.is_(True),
        StaffVehicle.deleted.is_(False), StaffVehicle.valid_from <= today.isoformat(),
        StaffVehicle.valid_to >= today.isoformat()).limit(1)) is not None


def vehicle_in(ctx: AppContext, actor: CurrentUser, plate_text: str, *, source: str = "guard",
               confidence: float | None = None) -> Outcome:
    """A vehicle enters: a watchlisted plate is stopped; one already inside is not doubled."""
    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    plate = _checked_plate(plate_text)
    if checks.is_watchlisted(ctx, [checks.watch_hash(checks.record_key(ctx), plate.plate)]):
        with ctx.unit_of_work() as s:
            audit_log.append(ctx, s, actor.username, "vehicle.watchlist_hit",
                             target_kind="vehicle", detail={"plate": plate.plate})
        raise WatchlistHit(QT_TRANSLATE_NOOP(
            "Visits", "STOP: this person or vehicle is on the watchlist. Call the lead."))
    with ctx.unit_of_work() as s:
        inside = s.scalar(select(VehicleStay).where(
            VehicleStay.plate == plate.plate, VehicleStay.left_at.is_(None),
            VehicleStay.arrived_at.is_not(None)).order_by(VehicleStay.arrived_at.desc()))
        if inside is not None:
            return Outcome(_summary(inside), Changes())
        stay = VehicleStay(plate=plate.plate, plate_kind=str(plate.kind), arrived_at=ctx.now(),
                           whitelisted=_whitelisted(s, plate.plate,
                                                    ctx.today()),
                           expected_minutes=VISITOR_VEHICLE_MINUTES, source=source,
                           confidence=confidence, post=ctx.settings.station.post,
                           guard=actor.username)
        s.add(stay)
        s.flush()
        return Outcome(_summary(stay), Changes.of("vehicle"))


def vehicle_out(ctx: AppContext, actor: CurrentUser, plate_text: str, *,
                source: str = "guard") -> Outcome:
    """A vehicle leaves: its open stay is closed; leaving without an entry is logged as such
    (``arrived_at`` empty) for the guard to look into."""
    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    plate = _checked_plate(plate_text)
    with ctx.unit_of_work() as s:
        stay = s.scalar(select(VehicleStay).where(
            VehicleStay.plate == plate.plate, VehicleStay.left_at.is_(None),
            VehicleStay.arrived_at.is_not(None)).order_by(VehicleStay.arrived_at.desc()))
        if stay is None:
            stay = VehicleStay(plate=plate.plate, plate_kind=str(plate.kind), arrived_at=None,
                               source=source, post=ctx.settings.station.post,
                               guard=actor.username)
            s.add(stay)
        stay.left_at = ctx.now()
        s.flush()
        return Outcome(_summary(stay), Changes.of("vehicle"))


def on_site(ctx: AppContext) -> list[VehicleSummary]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(VehicleStay).where(
            VehicleStay.left_at.is_(None), VehicleStay.arrived_at.is_not(None),
            VehicleStay.deleted.is_(False)).order_by(VehicleStay.arrived_at))
        return [_summary(v) for v in rows]


def overstaying(ctx: AppContext) -> list[VehicleSummary]:
    now = ctx.now()
    return [v for v in on_site(ctx) if v.overstaying(now)]


def whitelist(ctx: AppContext, actor: CurrentUser, plate_text: str, owner: str,
              department: str, valid_from: date, valid_to: date) -> Outcome:
    """Leads and administrators let a staff vehicle in without registration, for a period."""
    require(actor, Role.LEAD, Role.ADMIN)
    plate = _checked_plate(plate_text)
    if valid_to < valid_from:
        raise VisitError(QT_TRANSLATE_NOOP("Visits", "The end date is before the start date."))
    with ctx.unit_of_work() as s:
        row = StaffVehicle(plate=plate.plate, owner=owner.strip(), department=department.strip(),
                           valid_from=valid_from.isoformat(), valid_to=valid_to.isoformat())
        s.add(row)
        s.flush()
        audit_log.append(ctx, s, actor.username, "vehicle.whitelist", target_kind="vehicle",
                         target_id=str(row.id), detail={"plate": plate.plate})
        return Outcome(row.id, Changes.of("vehicle", "audit"))


def from_reader(ctx: AppContext, actor: CurrentUser, reader: PlateReader, frame,
                direction: str, min_confidence: float = MIN_CONFIDENCE) -> Outcome | None:
    """Feed one camera frame to a plate reader; a confident, valid plate is logged in or out.
    Anything less is left to the guard (None)."""
    reading = reader.read(frame)
    if reading is None or reading.confidence < min_confidence:
        return None
    if not plates.is_valid(reading.text):
        return None
    name = type(reader).__name__
    if direction == "in":
        return vehicle_in(ctx, actor, reading.text, source=f"reader:{name}",
                          confidence=reading.confidence)
    return vehicle_out(ctx, actor, reading.text, source=f"reader:{name}")


def page(ctx: AppContext, until: datetime | None = None, plate: str = "",
         after: str | None = None, limit: int = 500) -> list[VehicleSummary]:
    """Vehicle stays a page at a time, newest first (keyset on the stay's clock stamp, which
    also orders the exits nobody saw come in)."""
    query = select(VehicleStay).where(VehicleStay.deleted.is_(False))
    if until is not None:  # by when the vehicle came (or, unseen coming, left)
        query = query.where(func.coalesce(VehicleStay.arrived_at, VehicleStay.left_at) <= until)
    if plate:
        query = query.where(VehicleStay.plate == plates.normalise(plate))
    if after is not None:
        query = query.where(VehicleStay.created_hlc < after)
    with ctx.unit_of_work() as s:
        rows = s.scalars(query.order_by(VehicleStay.created_hlc.desc()).limit(limit))
        return [_summary(v) for v in rows]


@dataclass(frozen=True)
class StaffVehicleSummary:
    id: uuid.UUID
    plate: str
    owner: str
    department: str
    valid_from: str
    valid_to: str


def staff_vehicles(ctx: AppContext) -> list[StaffVehicleSummary]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(StaffVehicle).where(
            StaffVehicle.active.is_(True), StaffVehicle.deleted.is_(False))
            .order_by(StaffVehicle.plate))
        return [StaffVehicleSummary(r.id, r.plate, r.owner, r.department, r.valid_from,
                                    r.valid_to) for r in rows]
