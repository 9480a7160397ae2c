"""Checklists the administrator keeps: the items of each safety-inspection round and the
equipment list of the shift handover. Items are kept in order; a name is unique per purpose."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.i18n import QT_TRANSLATE_NOOP, GuardroomError
from app.services import audit_log
from app.services.accounts import require
from db.duty_models import Checklist

INSPECTION, EQUIPMENT = "inspection", "equipment"
PURPOSES = (INSPECTION, EQUIPMENT)
EQUIPMENT_NAME = "交接班设备"
DEFAULT_EQUIPMENT = ("对讲机", "测温仪", "扫码器", "监控", "道闸", "钥匙")
MAX_ITEMS = 60


class ChecklistError(GuardroomError):
    pass


@dataclass(frozen=True)
class ChecklistView:
    id: uuid.UUID
    purpose: str
    name: str
    items: tuple[str, ...]
    active: bool
    edited_at: datetime | None
    edited_by: str


def _view(c: Checklist) -> ChecklistView:
    return ChecklistView(c.id, c.purpose, c.name, tuple(json.loads(c.items or "[]")), c.active,
                         c.edited_at, c.edited_by)


def clean_items(items) -> tuple[str, ...]:
    """The items as typed, trimmed, blank lines dropped, each once, in order."""
    seen: list[str] = []
    for item in items:
        text = str(item).strip()
        if text and text not in seen:
            seen.append(text)
    return tuple(seen)


def save(ctx: AppContext, actor: CurrentUser, name: str, items, *,
         purpose: str = INSPECTION, checklist_id: uuid.UUID | None = None,
         active: bool = True) -> Outcome:
    """Create a checklist or replace an existing one's name and items (administrator only)."""
    require(actor, Role.ADMIN)
    if purpose not in PURPOSES:
        raise ChecklistError(QT_TRANSLATE_NOOP("Checklists", "Unknown kind of checklist."))
    name, cleaned = name.strip(), clean_items(items)
    if not name:
        raise ChecklistError(QT_TRANSLATE_NOOP("Checklists", "Give the checklist a name."))
    if not cleaned:
        raise ChecklistError(QT_TRANSLATE_NOOP(
            "Checklists", "A checklist needs at least one item."))
    if len(cleaned) > MAX_ITEMS:
        raise ChecklistError(QT_TRANSLATE_NOOP(
            "Checklists", "A checklist holds at most {n} items.").with_(n=MAX_ITEMS))
    if any(len(i) > 200 for i in cleaned):
        raise ChecklistError(QT_TRANSLATE_NOOP(
            "Checklists", "An item is longer than 200 characters."))
    now = ctx.now()
    with ctx.unit_of_work() as s:
        clash = s.scalar(select(Checklist.id).where(
            Checklist.purpose == purpose, Checklist.name == name,
            Checklist.deleted.is_(False), Checklist.id != checklist_id))
        if clash is not None:
            raise ChecklistError(QT_TRANSLATE_NOOP(
                "Checklists", "There is already a checklist called {name}.").with_(name=name))
        if checklist_id is None:
            row = Checklist(purpose=purpose, name=name)
            s.add(row)
        else:
            row = s.get(Checklist, checklist_id)
            if row is None or row.deleted:
                raise ChecklistError(QT_TRANSLATE_NOOP(
                    "Checklists", "That checklist does not exist."))
            row.name = name
        row.items = json.dumps(list(cleaned), ensure_ascii=False)
        row.active, row.edited_at, row.edited_by = active, now, actor.username
        s.flush()
        audit_log.append(ctx, s, actor.username, "checklist.save", target_kind="checklist",
                         target_id=str(row.id), detail={"name": name, "items": len(cleaned)})
        return Outcome(_view(row), Changes.of("checklist"))


def checklists(ctx: AppContext, purpose: str = INSPECTION,
               include_inactive: bool = False) -> list[ChecklistView]:
    with ctx.unit_of_work() as s:
        query = select(Checklist).where(Checklist.purpose == purpose,
                                        Checklist.deleted.is_(False))
        if not include_inactive:
            query = query.where(Checklist.active.is_(True))
        return [_view(c) for c in s.scalars(query.order_by(Checklist.name))]


def equipment_items(ctx: AppContext) -> tuple[str, ...]:
    """The handover's equipment list: the administrator's, else the usual gate kit."""
    lists = checklists(ctx, EQUIPMENT)
    return lists[0].items if lists else DEFAULT_EQUIPMENT
