"""What sync left for people to see: changes the hub refused, and concurrent writes that
lost to a newer one. Plain rows for the Sync panel and the status light."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.context import AppContext
from db.sync import local
from db.sync_models import ConflictRecord, RejectedChange


@dataclass(frozen=True)
class Counts:
    pending: int
    rejected: int
    conflicts: int


@dataclass(frozen=True)
class RejectedItem:
    at: datetime
    table: str
    row_id: str
    op: str
    reason: str
    data: str


@dataclass(frozen=True)
class ConflictItem:
    at: datetime
    table: str
    row_id: str
    field: str
    kept: str
    lost: str


def counts(ctx: AppContext) -> Counts:
    with ctx.unit_of_work() as s:
        rejected = s.scalar(select(func.count()).select_from(RejectedChange)) or 0
        conflicts = s.scalar(select(func.count()).select_from(ConflictRecord)) or 0
    return Counts(local.pending_count(ctx.engine), rejected, conflicts)


def rejected(ctx: AppContext, limit: int = 200) -> list[RejectedItem]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(RejectedChange).order_by(RejectedChange.id.desc()).limit(limit))
        return [RejectedItem(r.at, r.tbl, r.row_id, r.op, r.reason, r.data) for r in rows]


def conflicts(ctx: AppContext, limit: int = 200) -> list[ConflictItem]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(ConflictRecord).order_by(ConflictRecord.id.desc()).limit(limit))
        return [ConflictItem(r.at, r.tbl, r.row_id, r.field, r.kept_value, r.lost_value)
                for r in rows]
