"""The visit log, read a page at a time: newest first, keyset-paginated on (arrival, id), so
opening it at any date and scrolling cost the same in year five as on day one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select

from app.context import AppContext
from app.visitors import id_numbers, plates
from app.visitors.registry import VisitSummary, summary_of, vault
from db.visitor_models import Visit

PAGE = 500
PREFIX_END = "\U0010ffff"  # after every character: name >= p AND name < p + this = prefix


@dataclass(frozen=True)
class LogFilter:
    until: datetime | None = None  # open the log at this moment (newest first from here)
    since: datetime | None = None
    name_prefix: str = ""
    document: str = ""
    plate: str = ""
    host_department: str = ""
    post: str = ""
    verdict: str = ""  # the check log only


Cursor = tuple[datetime, uuid.UUID]


def page(ctx: AppContext, flt: LogFilter, after: Cursor | None = None,
         limit: int = PAGE) -> list[VisitSummary]:
    """One page of visits matching ``flt``, older than ``after`` (the last row shown)."""
    query = select(Visit).where(Visit.deleted.is_(False))
    if flt.until is not None:
        query = query.where(Visit.arrived_at <= flt.until)
    if flt.since is not None:
        query = query.where(Visit.arrived_at >= flt.since)
    if flt.name_prefix:
        # A surname alone matches a large share of five years of visits: walking the time
        # index from the newest finds the first page at once, so the name index is kept out
        # of it ("name || ''"). A longer prefix is rare: its range on the name index wins.
        name = Visit.name.concat("") if len(flt.name_prefix) == 1 else Visit.name
        query = query.where(name >= flt.name_prefix, name < flt.name_prefix + PREFIX_END)
    if flt.document:
        query = query.where(Visit.document_hash == vault(ctx).search_hash(
            id_numbers.normalise(flt.document)))
    if flt.plate:
        query = query.where(Visit.plate == plates.normalise(flt.plate))
    if flt.host_department:
        query = query.where(Visit.host_department == flt.host_department)
    if flt.post:
        query = query.where(Visit.post == flt.post)
    if after is not None:
        at, last_id = after
        query = query.where(or_(Visit.arrived_at < at,
                                and_(Visit.arrived_at == at, Visit.id < last_id)))
    query = query.order_by(Visit.arrived_at.desc(), Visit.id.desc()).limit(limit)
    with ctx.unit_of_work() as s:
        return [summary_of(v) for v in s.scalars(query)]


def cursor_of(visit: VisitSummary) -> Cursor:
    return visit.arrived_at, visit.id
