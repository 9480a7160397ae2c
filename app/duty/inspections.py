"""Safety-inspection rounds: a guard walks a checklist at a post or place, marks each item ok
or not (with a note), and a failed item may raise a hazard to be followed up."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.duty import hazards as hazards_mod
from app.duty.checklists import INSPECTION
from app.i18n import QT_TRANSLATE_NOOP, GuardroomError
from app.services.accounts import require
from db.duty_models import Checklist, InspectionResult, InspectionRound

ANYONE = (Role.GUARD, Role.LEAD, Role.ADMIN)


class InspectionError(GuardroomError):
    pass


@dataclass(frozen=True)
class ItemCheck:
    """The guard's finding on one checklist item; a failed item may raise a hazard."""

    ok: bool
    note: str = ""
    raise_hazard: bool = False
    owner: str = ""
    deadline: datetime | None = None
    photo: bytes | None = None


@dataclass(frozen=True)
class RoundView:
    id: uuid.UUID
    checklist_name: str
    items: tuple[str, ...]
    post: str
    location: str
    started_at: datetime
    started_by: str
    finished_at: datetime | None
    not_ok: int


@dataclass(frozen=True)
class ItemResult:
    position: int
    item: str
    ok: bool
    note: str


@dataclass(frozen=True)
class FinishedRound:
    round: RoundView
    results: tuple[ItemResult, ...]
    hazards: tuple[hazards_mod.HazardView, ...] = field(default_factory=tuple)


def _items(r: InspectionRound) -> tuple[str, ...]:
    """The checklist's items as they were when the round began (later edits do not count)."""
    return tuple(json.loads(r.items or "[]"))


def round_view(r: InspectionRound) -> RoundView:
    return _view(r, _items(r))


def _view(r: InspectionRound, items: tuple[str, ...]) -> RoundView:
    return RoundView(r.id, r.checklist_name, items, r.post, r.location, r.started_at,
                     r.started_by, r.finished_at, r.not_ok)


def start_round(ctx: AppContext, actor: CurrentUser, checklist_id: uuid.UUID,
                location: str = "") -> Outcome:
    """Begin a round against a checklist at this post (or a named place on it)."""
    require(actor, *ANYONE)
    with ctx.unit_of_work() as s:
        checklist = s.get(Checklist, checklist_id)
        if checklist is None or checklist.deleted or checklist.purpose != INSPECTION \
                or not checklist.active:
            raise InspectionError(QT_TRANSLATE_NOOP(
                "Inspections", "Choose an inspection checklist."))
        row = InspectionRound(checklist_id=checklist.id, checklist_name=checklist.name,
                              items=checklist.items,
                              post=ctx.settings.station.post, location=location.strip(),
                              started_at=ctx.now(), started_by=actor.username)
        s.add(row)
        s.flush()
        return Outcome(_view(row, tuple(json.loads(checklist.items))), Changes.of("inspection"))


def finish_round(ctx: AppContext, actor: CurrentUser, round_id: uuid.UUID,
                 checks: list[ItemCheck]) -> Outcome:
    """Record every item's finding at once; failed items need a note saying what is wrong."""
    require(actor, *ANYONE)
    with ctx.unit_of_work() as s:
        row = s.get(InspectionRound, round_id)
        if row is None or row.deleted:
            raise InspectionError(QT_TRANSLATE_NOOP("Inspections", "That round does not exist."))
        if row.finished_at is not None:
            raise InspectionError(QT_TRANSLATE_NOOP(
                "Inspections", "This round was already finished."))
        items = _items(row)
        if len(checks) != len(items):
            raise InspectionError(QT_TRANSLATE_NOOP(
                "Inspections", "Mark every item of the checklist: {n} expected.").with_(
                n=len(items)))
        for item, check in zip(items, checks):
            if not check.ok and not check.note.strip():
                raise InspectionError(QT_TRANSLATE_NOOP(
                    "Inspections", "Say what is wrong with: {item}").with_(item=item))
            if check.ok and check.raise_hazard:
                raise InspectionError(QT_TRANSLATE_NOOP(
                    "Inspections", "Only an item that is not ok raises a hazard: {item}").with_(
                    item=item))
        results, raised = [], []
        for position, (item, check) in enumerate(zip(items, checks)):
            s.add(InspectionResult(round_id=row.id, position=position, item=item,
                                   ok=check.ok, note=check.note.strip()))
            results.append(ItemResult(position, item, check.ok, check.note.strip()))
            if check.raise_hazard:
                place = row.location or row.post
                raised.append(hazards_mod.new_hazard(
                    ctx, actor, f"{item}：{check.note.strip()}", location=place,
                    owner=check.owner, deadline=check.deadline, photo=check.photo, item=item,
                    round_id=row.id, post=row.post, session=s))
        row.finished_at = ctx.now()
        row.not_ok = sum(1 for c in checks if not c.ok)
        now = ctx.now()
        return Outcome(FinishedRound(_view(row, items), tuple(results),
                                     tuple(hazards_mod.view(h, now) for h in raised)),
                       Changes.of("inspection", "hazard") if raised
                       else Changes.of("inspection"))


def rounds(ctx: AppContext, limit: int = 200) -> list[RoundView]:
    """Recent rounds, newest first (unfinished ones included)."""
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(InspectionRound).where(InspectionRound.deleted.is_(False))
                         .order_by(InspectionRound.started_at.desc()).limit(limit)).all()
        return [_view(r, _items(r)) for r in rows]


def results(ctx: AppContext, round_id: uuid.UUID) -> list[ItemResult]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(InspectionResult).where(InspectionResult.round_id == round_id)
                         .order_by(InspectionResult.position))
        return [ItemResult(r.position, r.item, r.ok, r.note) for r in rows]
