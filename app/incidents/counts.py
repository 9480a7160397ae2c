"""Incidents of a period for the daily report: how many of each type, counted in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.duty.common import check_period, session_for
from db.incident_models import WorkOrder


@dataclass(frozen=True)
class IncidentTypeCount:
    category: str  # a key of workorders.CATEGORIES
    raised: int  # raised in the period
    still_open: int  # of those, not closed (nor called a false alarm) by the period's end


def incidents_by_type_between(ctx_or_session: AppContext | Session, start: datetime,
                              end: datetime) -> list[IncidentTypeCount]:
    """Work orders raised in [start, end) per category, most frequent first (then by name)."""
    check_period(start, end)
    open_at_end = (WorkOrder.closed_at.is_(None)) | (WorkOrder.closed_at >= end)
    raised = func.count()
    still_open = func.sum(case((open_at_end, 1), else_=0))
    with session_for(ctx_or_session) as s:
        rows = s.execute(
            select(WorkOrder.category, raised, still_open)
            .where(WorkOrder.raised_at >= start, WorkOrder.raised_at < end,
                   WorkOrder.deleted.is_(False))
            .group_by(WorkOrder.category)
            .order_by(raised.desc(), WorkOrder.category)).all()
        return [IncidentTypeCount(c or "other", n, int(o or 0)) for c, n, o in rows]
