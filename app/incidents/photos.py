"""An incident's photos: several per work order, sealed at rest (they may show faces), and
every opening of them written to the audit log."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.duty.common import open_photo, seal_photo
from app.incidents.workorders import _get
from app.services import audit_log
from app.services.accounts import require
from db.duty_models import WorkOrderPhoto


@dataclass(frozen=True)
class IncidentPhoto:
    id: uuid.UUID
    at: datetime
    author: str
    caption: str
    image: bytes


@dataclass(frozen=True)
class PhotoAdded:
    id: uuid.UUID
    work_order_id: uuid.UUID
    at: datetime


def add_photo(ctx: AppContext, actor: CurrentUser, order_id: uuid.UUID, image: bytes,
              caption: str = "") -> Outcome:
    """Attach one more photo (JPEG/PNG/BMP) to the work order."""
    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    sealed = seal_photo(ctx, image)
    now = ctx.now()
    with ctx.unit_of_work() as s:
        order = _get(s, order_id)
        photo = WorkOrderPhoto(work_order_id=order.id, at=now, author=actor.username,
                               caption=caption.strip()[:200], photo_sealed=sealed)
        s.add(photo)
        s.flush()
        audit_log.append(ctx, s, actor.username, "work_order.photo_add",
                         target_kind="work_order", target_id=str(order.id))
        return Outcome(PhotoAdded(photo.id, order.id, now), Changes.of("work_order"))


def photo_count(ctx: AppContext, order_id: uuid.UUID) -> int:
    from sqlalchemy import func

    with ctx.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(WorkOrderPhoto).where(
            WorkOrderPhoto.work_order_id == order_id, WorkOrderPhoto.deleted.is_(False))) or 0


def photos(ctx: AppContext, actor: CurrentUser, order_id: uuid.UUID) -> list[IncidentPhoto]:
    """The order's photos, opened for the person looking at them (one audit entry)."""
    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(WorkOrderPhoto).where(
            WorkOrderPhoto.work_order_id == order_id, WorkOrderPhoto.deleted.is_(False))
            .order_by(WorkOrderPhoto.at, WorkOrderPhoto.created_hlc)).all()
        if not rows:
            return []
        audit_log.append(ctx, s, actor.username, "work_order.photo_view",
                         target_kind="work_order", target_id=str(order_id),
                         detail={"photos": len(rows)})
        return [IncidentPhoto(p.id, p.at, p.author, p.caption, open_photo(ctx, p.photo_sealed))
                for p in rows]
