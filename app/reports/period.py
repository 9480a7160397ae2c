"""What the database holds for a period [start, end): the figures every report is made of,
each counted in SQL over indexed timestamps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select

from app.cockpit.sql_time import standing_checks
from app.cockpit.trends import OTHER, reason_sums
from app.context import AppContext
from app.incidents.counts import incidents_by_type_between
from app.station.policy import REASONS
from db.incident_models import WorkOrder
from db.station_models import Check
from db.visitor_models import VehicleStay, Visit


@dataclass(frozen=True)
class Incident:
    raised_at: datetime
    category: str
    title: str
    location: str
    state: str
    assignee: str


@dataclass(frozen=True)
class PeriodFigures:
    start: datetime
    end: datetime
    verdicts: dict[str, int]  # pass / deny / incomplete / manual, overrides counted once
    reasons: dict[str, int]  # denials per reason (a check with two reasons counts under each)
    fevers: int  # readings at or above the fever line
    visitors: int  # arrivals in the period
    visitors_left: int  # of them, signed out
    departments: dict[str, int]  # arrivals per host department, largest first
    vehicles: int
    staff_vehicles: int
    incidents_by_type: dict[str, int]  # per category, most frequent first
    incidents_open: int  # raised in the period and not closed by its end

    @property
    def checks(self) -> int:
        return sum(self.verdicts.values())


def figures(ctx: AppContext, start: datetime, end: datetime) -> PeriodFigures:
    fever = ctx.settings.thresholds.fever_celsius
    with ctx.unit_of_work() as s:
        in_range = (Check.at >= start, Check.at < end,
                    standing_checks(start))
        fever_rows = func.sum(case((Check.celsius >= fever, 1), else_=0))
        by_verdict = s.execute(select(Check.verdict, func.count(), fever_rows)
                               .where(*in_range).group_by(Check.verdict)).all()
        verdicts = {verdict: n for verdict, n, _ in by_verdict}
        fevers = sum(int(f or 0) for *_, f in by_verdict)
        sums = s.execute(select(*reason_sums()).where(*in_range, Check.verdict == "deny")).one()
        reasons = {code: int(n) for code, n in zip(REASONS, sums) if n}
        visit_range = (Visit.arrived_at >= start, Visit.arrived_at < end,
                       Visit.deleted.is_(False))
        visitors, left = s.execute(select(
            func.count(), func.sum(case((Visit.left_at.is_not(None) & (Visit.left_at < end), 1),
                                        else_=0))).where(*visit_range)).one()
        departments = s.execute(select(Visit.host_department, func.count())
                                .where(*visit_range).group_by(Visit.host_department)
                                .order_by(func.count().desc())).all()
        vehicles, staff = s.execute(select(
            func.count(), func.sum(case((VehicleStay.whitelisted.is_(True), 1), else_=0)))
            .where(VehicleStay.arrived_at >= start, VehicleStay.arrived_at < end,
                   VehicleStay.deleted.is_(False))).one()
        types = incidents_by_type_between(s, start, end)
    by_department: dict[str, int] = {}
    for name, n in departments:
        by_department[name or OTHER] = by_department.get(name or OTHER, 0) + n
    return PeriodFigures(start, end, verdicts, reasons, fevers, visitors, int(left or 0),
                         by_department, vehicles, int(staff or 0),
                         {t.category: t.raised for t in types},
                         sum(t.still_open for t in types))


def incidents(ctx: AppContext, start: datetime, end: datetime, limit: int = 200) -> list[Incident]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(WorkOrder).where(
            WorkOrder.raised_at >= start, WorkOrder.raised_at < end,
            WorkOrder.deleted.is_(False)).order_by(WorkOrder.raised_at).limit(limit))
        return [Incident(w.raised_at, w.category, w.title, w.location, w.state, w.assignee)
                for w in rows]
