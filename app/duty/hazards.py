"""Hazards found on safety inspections (or reported on their own) and their follow-up.

States: open → fixing → fixed. Fixing is started by whoever takes it on; "fixed" is recorded
by the person who verified the repair, with what was done. Every step is a note in the
hazard's history. A hazard is overdue once its deadline has passed and it is not fixed: at
the deadline itself it is still in time.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.duty.common import open_photo, seal_photo
from app.i18n import QT_TRANSLATE_NOOP, GuardroomError
from app.services import audit_log
from app.services.accounts import require
from db.duty_models import Hazard, HazardNote

STATES = ("open", "fixing", "fixed")
OPEN_STATES = ("open", "fixing")
MOVES = {"fixing": ("open",), "fixed": ("open", "fixing")}
STATE_LABELS = {
    "open": QT_TRANSLATE_NOOP("HazardState", "open"),
    "fixing": QT_TRANSLATE_NOOP("HazardState", "being fixed"),
    "fixed": QT_TRANSLATE_NOOP("HazardState", "fixed"),
}
ANYONE = (Role.GUARD, Role.LEAD, Role.ADMIN)


class HazardError(GuardroomError):
    pass


@dataclass(frozen=True)
class HazardView:
    id: uuid.UUID
    description: str
    item: str
    post: str
    location: str
    found_at: datetime
    found_by: str
    owner: str
    deadline: datetime | None
    state: str
    fixed_at: datetime | None
    verified_by: str
    has_photo: bool
    overdue: bool  # as of when it was read
    round_id: uuid.UUID | None = None


@dataclass(frozen=True)
class HazardStep:
    at: datetime
    author: str
    state_from: str
    state_to: str
    text: str


def is_overdue(deadline: datetime | None, state: str, at: datetime) -> bool:
    """Not fixed and the deadline has passed (strictly: at the deadline it is in time)."""
    return state != "fixed" and deadline is not None and at > deadline


def view(h: Hazard, now: datetime) -> HazardView:
    return HazardView(h.id, h.description, h.item, h.post, h.location, h.found_at, h.found_by,
                      h.owner, h.deadline, h.state, h.fixed_at, h.verified_by,
                      bool(h.photo_sealed), is_overdue(h.deadline, h.state, now), h.round_id)


def new_hazard(ctx: AppContext, actor: CurrentUser, description: str, *, location: str = "",
               owner: str = "", deadline: datetime | None = None, photo: bytes | None = None,
               item: str = "", round_id: uuid.UUID | None = None, post: str | None = None,
               session=None) -> Hazard:
    """Check and build a hazard row (added to ``session`` when given)."""
    if not description.strip():
        raise HazardError(QT_TRANSLATE_NOOP("Hazards", "Describe the hazard."))
    if deadline is not None and deadline.tzinfo is None:
        raise HazardError(QT_TRANSLATE_NOOP("Hazards", "The deadline needs a time zone."))
    now = ctx.now()
    if deadline is not None and deadline <= now:
        raise HazardError(QT_TRANSLATE_NOOP("Hazards", "The deadline must be in the future."))
    hazard = Hazard(description=description.strip(), item=item, location=location.strip(),
                    post=ctx.settings.station.post if post is None else post,
                    found_at=now, found_by=actor.username, owner=owner.strip(),
                    deadline=deadline, state="open", round_id=round_id,
                    photo_sealed=seal_photo(ctx, photo) if photo else "")
    if session is not None:
        session.add(hazard)
        session.flush()
        session.add(HazardNote(hazard_id=hazard.id, at=now, author=actor.username,
                               state_to="open", text=description.strip()))
    return hazard


def report(ctx: AppContext, actor: CurrentUser, description: str, *, location: str = "",
           owner: str = "", deadline: datetime | None = None,
           photo: bytes | None = None) -> Outcome:
    """A hazard seen outside a round (a blocked exit on the way to the gate…)."""
    require(actor, *ANYONE)
    with ctx.unit_of_work() as s:
        hazard = new_hazard(ctx, actor, description, location=location, owner=owner,
                            deadline=deadline, photo=photo, session=s)
        return Outcome(view(hazard, ctx.now()), Changes.of("hazard"))


def move(ctx: AppContext, actor: CurrentUser, hazard_id: uuid.UUID, state: str,
         note: str = "", *, owner: str | None = None,
         deadline: datetime | None = None) -> Outcome:
    """Start fixing (optionally naming the owner and deadline) or record it fixed, verified
    by ``actor`` with what was done."""
    require(actor, *ANYONE)
    if state not in MOVES:
        raise HazardError(QT_TRANSLATE_NOOP("Hazards", "Unknown hazard state."))
    if state == "fixed" and not note.strip():
        raise HazardError(QT_TRANSLATE_NOOP(
            "Hazards", "Say what was done and that you checked it before marking it fixed."))
    now = ctx.now()
    with ctx.unit_of_work() as s:
        hazard = _get(s, hazard_id)
        if hazard.state not in MOVES[state]:
            raise HazardError(QT_TRANSLATE_NOOP(
                "Hazards", "This hazard is {state} and cannot go there.").with_(
                state=hazard.state))
        before, hazard.state = hazard.state, state
        if owner is not None:
            hazard.owner = owner.strip()
        if deadline is not None:
            hazard.deadline = deadline
        if state == "fixed":
            hazard.fixed_at, hazard.verified_by = now, actor.username
        s.add(HazardNote(hazard_id=hazard.id, at=now, author=actor.username,
                         state_from=before, state_to=state, text=note.strip()))
        if state == "fixed":
            audit_log.append(ctx, s, actor.username, "hazard.fixed", target_kind="hazard",
                             target_id=str(hazard.id))
        return Outcome(view(hazard, now), Changes.of("hazard"))


def follow_up(ctx: AppContext, actor: CurrentUser, hazard_id: uuid.UUID, text: str, *,
              owner: str | None = None, deadline: datetime | None = None) -> Outcome:
    """A note on the way (called the contractor…), optionally a new owner or deadline."""
    require(actor, *ANYONE)
    if not text.strip():
        raise HazardError(QT_TRANSLATE_NOOP("Hazards", "The note is empty."))
    now = ctx.now()
    with ctx.unit_of_work() as s:
        hazard = _get(s, hazard_id)
        if owner is not None:
            hazard.owner = owner.strip()
        if deadline is not None:
            hazard.deadline = deadline
        s.add(HazardNote(hazard_id=hazard.id, at=now, author=actor.username, text=text.strip()))
        return Outcome(view(hazard, now), Changes.of("hazard"))


def attach_photo(ctx: AppContext, actor: CurrentUser, hazard_id: uuid.UUID,
                 photo: bytes) -> Outcome:
    require(actor, *ANYONE)
    sealed = seal_photo(ctx, photo)
    with ctx.unit_of_work() as s:
        hazard = _get(s, hazard_id)
        hazard.photo_sealed = sealed
        s.add(HazardNote(hazard_id=hazard.id, at=ctx.now(), author=actor.username,
                         text="photo"))
        return Outcome(view(hazard, ctx.now()), Changes.of("hazard"))


def hazards(ctx: AppContext, open_only: bool = True, limit: int = 300) -> list[HazardView]:
    """Hazards, overdue ones first, then by deadline (none last), then newest found."""
    now = ctx.now()
    with ctx.unit_of_work() as s:
        query = select(Hazard).where(Hazard.deleted.is_(False))
        if open_only:
            query = query.where(Hazard.state.in_(OPEN_STATES))
        rows = s.scalars(query.order_by(Hazard.found_at.desc()).limit(limit)).all()
        found = [view(h, now) for h in rows]
    far = datetime.max.replace(tzinfo=now.tzinfo)
    return sorted(found, key=lambda h: (not h.overdue, h.state == "fixed", h.deadline or far))


def overdue(ctx: AppContext) -> list[HazardView]:
    """Not fixed, deadline passed (selected in SQL)."""
    now = ctx.now()
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(Hazard).where(
            Hazard.state.in_(OPEN_STATES), Hazard.deadline < now, Hazard.deleted.is_(False))
            .order_by(Hazard.deadline))
        return [view(h, now) for h in rows]


def history(ctx: AppContext, hazard_id: uuid.UUID) -> list[HazardStep]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(HazardNote).where(HazardNote.hazard_id == hazard_id)
                         .order_by(HazardNote.at, HazardNote.created_hlc))
        return [HazardStep(n.at, n.author, n.state_from, n.state_to, n.text) for n in rows]


def photo(ctx: AppContext, actor: CurrentUser, hazard_id: uuid.UUID) -> bytes | None:
    require(actor, *ANYONE)
    with ctx.unit_of_work() as s:
        hazard = _get(s, hazard_id)
        if not hazard.photo_sealed:
            return None
        audit_log.append(ctx, s, actor.username, "hazard.photo_view", target_kind="hazard",
                         target_id=str(hazard.id))
        return open_photo(ctx, hazard.photo_sealed)


def _get(s, hazard_id: uuid.UUID) -> Hazard:
    hazard = s.get(Hazard, hazard_id)
    if hazard is None or hazard.deleted:
        raise HazardError(QT_TRANSLATE_NOOP("Hazards", "That hazard does not exist."))
    return hazard
