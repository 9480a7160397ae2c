"""The duty records of a period, for the daily report: every function takes a half-open UTC
interval [start, end), either a context or the report's own Session, and returns plain data.

- :func:`inspections_between`: rounds started in the period.
- :func:`hazards_between`: hazards found in the period, and those still not fixed at its end.
- :func:`handovers_between`: handovers written in the period.
(Incidents per type: :func:`app.incidents.counts.incidents_by_type_between`.)
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.duty.common import check_period, session_for
from app.duty.handover import EquipmentCheck, equipment_of
from app.duty.inspections import RoundView, round_view
from db.duty_models import Handover, HandoverCarry, HandoverItem, Hazard, InspectionRound


@dataclass(frozen=True)
class HazardRecord:
    id: uuid.UUID
    description: str
    location: str
    found_at: datetime
    found_by: str
    owner: str
    deadline: datetime | None
    fixed_at: datetime | None
    overdue_at_end: bool  # not fixed by the period's end and its deadline passed before it


@dataclass(frozen=True)
class HazardsOfPeriod:
    found: tuple[HazardRecord, ...]  # found in [start, end)
    open_at_end: tuple[HazardRecord, ...]  # found before end, not fixed before end


@dataclass(frozen=True)
class HandoverRecord:
    id: uuid.UUID
    post: str
    shift: str
    written_at: datetime
    written_by: str
    acknowledged_at: datetime | None
    acknowledged_by: str
    notes: str
    faults: tuple[EquipmentCheck, ...]
    new_items: int
    carried_items: int


def inspections_between(ctx_or_session: AppContext | Session, start: datetime,
                        end: datetime) -> list[RoundView]:
    check_period(start, end)
    with session_for(ctx_or_session) as s:
        rows = s.scalars(select(InspectionRound).where(
            InspectionRound.started_at >= start, InspectionRound.started_at < end,
            InspectionRound.deleted.is_(False)).order_by(InspectionRound.started_at))
        return [round_view(r) for r in rows]


def _hazard(h: Hazard, end: datetime) -> HazardRecord:
    fixed_by_end = h.fixed_at is not None and h.fixed_at < end
    overdue = not fixed_by_end and h.deadline is not None and h.deadline < end
    return HazardRecord(h.id, h.description, h.location, h.found_at, h.found_by, h.owner,
                        h.deadline, h.fixed_at, overdue)


def hazards_between(ctx_or_session: AppContext | Session, start: datetime,
                    end: datetime) -> HazardsOfPeriod:
    check_period(start, end)
    live = Hazard.deleted.is_(False)
    with session_for(ctx_or_session) as s:
        found = s.scalars(select(Hazard).where(
            Hazard.found_at >= start, Hazard.found_at < end, live).order_by(Hazard.found_at))
        still = s.scalars(select(Hazard).where(
            Hazard.found_at < end, (Hazard.fixed_at.is_(None)) | (Hazard.fixed_at >= end),
            live).order_by(Hazard.found_at))
        return HazardsOfPeriod(tuple(_hazard(h, end) for h in found),
                               tuple(_hazard(h, end) for h in still))


def handovers_between(ctx_or_session: AppContext | Session, start: datetime,
                      end: datetime) -> list[HandoverRecord]:
    check_period(start, end)
    new = (select(func.count()).where(HandoverItem.raised_in == Handover.id)
           .correlate(Handover).scalar_subquery())
    carried = (select(func.count()).where(HandoverCarry.handover_id == Handover.id)
               .correlate(Handover).scalar_subquery())
    with session_for(ctx_or_session) as s:
        rows = s.execute(select(Handover, new, carried).where(
            Handover.written_at >= start, Handover.written_at < end,
            Handover.deleted.is_(False)).order_by(Handover.written_at)).all()
        return [HandoverRecord(h.id, h.post, h.shift, h.written_at, h.written_by,
                               h.acknowledged_at, h.acknowledged_by, h.notes,
                               tuple(e for e in equipment_of(h) if not e.ok), n, c)
                for h, n, c in rows]

