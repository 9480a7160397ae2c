"""The shift handover log of a post.

At the end of a shift the outgoing guard writes a handover: notes, the state of each piece of
equipment, and new open items. The next guard acknowledges it (who and when).

Carry-over rule: an open item belongs to its post until someone closes it. Every handover
written at that post lists (carries) each of the post's items still open at the moment it is
written, so an item raised in one handover appears in every later one until it is closed; a
closed item is carried no more. Carried items are recorded per handover, so an old handover
still shows what was open then.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.i18n import QT_TRANSLATE_NOOP, GuardroomError
from app.services import audit_log
from app.services.accounts import require
from db.duty_models import Handover, HandoverCarry, HandoverItem

ANYONE = (Role.GUARD, Role.LEAD, Role.ADMIN)


class HandoverError(GuardroomError):
    pass


@dataclass(frozen=True)
class EquipmentCheck:
    name: str
    ok: bool
    note: str = ""


@dataclass(frozen=True)
class OpenItem:
    id: uuid.UUID
    post: str
    text: str
    raised_at: datetime
    raised_by: str
    closed_at: datetime | None
    closed_by: str
    close_note: str

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class HandoverView:
    id: uuid.UUID
    post: str
    shift: str
    written_at: datetime
    written_by: str
    notes: str
    equipment: tuple[EquipmentCheck, ...]
    acknowledged_at: datetime | None
    acknowledged_by: str
    new_items: tuple[OpenItem, ...]  # raised in this handover
    carried: tuple[OpenItem, ...]  # still open from earlier ones when it was written

    @property
    def faults(self) -> tuple[EquipmentCheck, ...]:
        return tuple(e for e in self.equipment if not e.ok)


def _item(i: HandoverItem) -> OpenItem:
    return OpenItem(i.id, i.post, i.text, i.raised_at, i.raised_by, i.closed_at, i.closed_by,
                    i.close_note)


def equipment_of(h: Handover) -> tuple[EquipmentCheck, ...]:
    return tuple(EquipmentCheck(e["name"], bool(e["ok"]), e.get("note", ""))
                 for e in json.loads(h.equipment or "[]"))


def _view(s, h: Handover) -> HandoverView:
    new = s.scalars(select(HandoverItem).where(HandoverItem.raised_in == h.id)
                    .order_by(HandoverItem.raised_at, HandoverItem.created_hlc)).all()
    carried = s.scalars(select(HandoverItem).join(
        HandoverCarry, HandoverCarry.item_id == HandoverItem.id)
        .where(HandoverCarry.handover_id == h.id)
        .order_by(HandoverItem.raised_at, HandoverItem.created_hlc)).all()
    return HandoverView(h.id, h.post, h.shift, h.written_at, h.written_by, h.notes,
                        equipment_of(h), h.acknowledged_at, h.acknowledged_by,
                        tuple(_item(i) for i in new), tuple(_item(i) for i in carried))


def _open_items(s, post: str) -> list[HandoverItem]:
    return list(s.scalars(select(HandoverItem).where(
        HandoverItem.post == post, HandoverItem.closed_at.is_(None),
        HandoverItem.deleted.is_(False))
        .order_by(HandoverItem.raised_at, HandoverItem.created_hlc)))


def write(ctx: AppContext, actor: CurrentUser, *, post: str | None = None, shift: str = "",
          notes: str = "", equipment: Sequence[EquipmentCheck] = (),
          new_items: Sequence[str] = ()) -> Outcome:
    """Write the end-of-shift handover; the post's still-open items are carried in."""
    require(actor, *ANYONE)
    post = (ctx.settings.station.post if post is None else post).strip()
    if not post:
        raise HandoverError(QT_TRANSLATE_NOOP("Handover", "Say which post this handover is for."))
    checks = list(equipment)
    names = [e.name.strip() for e in checks]
    if any(not n for n in names) or len(set(names)) != len(names):
        raise HandoverError(QT_TRANSLATE_NOOP(
            "Handover", "Each piece of equipment needs a name, once."))
    for e in checks:
        if not e.ok and not e.note.strip():
            raise HandoverError(QT_TRANSLATE_NOOP(
                "Handover", "Say what is wrong with: {name}").with_(name=e.name.strip()))
    items = [t.strip() for t in new_items if t.strip()]
    if not notes.strip() and not items and not checks:
        raise HandoverError(QT_TRANSLATE_NOOP(
            "Handover", "Write a note or check the equipment before handing over."))
    now = ctx.now()
    with ctx.unit_of_work() as s:
        still_open = _open_items(s, post)
        h = Handover(post=post, shift=shift.strip(), written_at=now, written_by=actor.username,
                     notes=notes.strip(), equipment=json.dumps(
                         [{"name": e.name.strip(), "ok": e.ok, "note": e.note.strip()}
                          for e in checks], ensure_ascii=False))
        s.add(h)
        s.flush()
        for item in still_open:
            s.add(HandoverCarry(handover_id=h.id, item_id=item.id))
        for text in items:
            s.add(HandoverItem(post=post, text=text, raised_in=h.id, raised_at=now,
                               raised_by=actor.username))
        s.flush()
        return Outcome(_view(s, h), Changes.of("handover"))


def acknowledge(ctx: AppContext, actor: CurrentUser, handover_id: uuid.UUID) -> Outcome:
    """The incoming guard confirms having read the handover (who and when are kept)."""
    require(actor, *ANYONE)
    with ctx.unit_of_work() as s:
        h = _get(s, handover_id)
        if h.acknowledged_at is not None:
            raise HandoverError(QT_TRANSLATE_NOOP(
                "Handover", "{who} already acknowledged this handover.").with_(
                who=h.acknowledged_by))
        if h.written_by == actor.username:
            raise HandoverError(QT_TRANSLATE_NOOP(
                "Handover", "The next guard acknowledges a handover, not the one who wrote it."))
        h.acknowledged_at, h.acknowledged_by = ctx.now(), actor.username
        audit_log.append(ctx, s, actor.username, "handover.acknowledge",
                         target_kind="handover", target_id=str(h.id))
        return Outcome(_view(s, h), Changes.of("handover"))


def close_item(ctx: AppContext, actor: CurrentUser, item_id: uuid.UUID,
               note: str = "") -> Outcome:
    """Close an open item: it is carried into no later handover."""
    require(actor, *ANYONE)
    with ctx.unit_of_work() as s:
        item = s.get(HandoverItem, item_id)
        if item is None or item.deleted:
            raise HandoverError(QT_TRANSLATE_NOOP("Handover", "That open item does not exist."))
        if item.closed_at is not None:
            raise HandoverError(QT_TRANSLATE_NOOP(
                "Handover", "{who} already closed this item.").with_(who=item.closed_by))
        item.closed_at, item.closed_by = ctx.now(), actor.username
        item.close_note = note.strip()
        return Outcome(_item(item), Changes.of("handover"))


def open_items(ctx: AppContext, post: str | None = None) -> list[OpenItem]:
    """The post's items still open: what the next handover will carry."""
    post = ctx.settings.station.post if post is None else post
    with ctx.unit_of_work() as s:
        return [_item(i) for i in _open_items(s, post)]


def pending(ctx: AppContext, post: str | None = None) -> HandoverView | None:
    """The post's latest handover if nobody has acknowledged it yet."""
    post = ctx.settings.station.post if post is None else post
    with ctx.unit_of_work() as s:
        h = s.scalars(select(Handover).where(Handover.post == post,
                                             Handover.deleted.is_(False))
                      .order_by(Handover.written_at.desc(), Handover.created_hlc.desc())
                      .limit(1)).first()
        return _view(s, h) if h is not None and h.acknowledged_at is None else None


def recent(ctx: AppContext, post: str | None = None, limit: int = 100) -> list[HandoverView]:
    """Handovers newest first (one post, or all posts when ``post`` is empty)."""
    post = ctx.settings.station.post if post is None else post
    with ctx.unit_of_work() as s:
        query = select(Handover).where(Handover.deleted.is_(False))
        if post:
            query = query.where(Handover.post == post)
        rows = s.scalars(query.order_by(Handover.written_at.desc()).limit(limit)).all()
        return [_view(s, h) for h in rows]


def _get(s, handover_id: uuid.UUID) -> Handover:
    h = s.get(Handover, handover_id)
    if h is None or h.deleted:
        raise HandoverError(QT_TRANSLATE_NOOP("Handover", "That handover does not exist."))
    return h
