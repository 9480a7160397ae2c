"""The cockpit's figures, counted in SQL (indexed columns, GROUP BY), never by loading rows.

Times are stored in UTC; a local day is the UTC range from its local midnight, and an hour of
it is the whole hours since that midnight, so a check at 23:59 and one at 00:00 fall on
either side of the boundary wherever the workstation is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from app.cockpit.sql_time import HOUR, bucket, local_midnight, naive_utc, standing_checks
from app.context import AppContext
from app.services import device_log
from db.incident_models import WorkOrder
from db.station_models import Check
from db.visitor_models import VehicleStay, Visit

VERDICTS = ("pass", "deny", "incomplete", "manual")
AGE_BUCKETS = ((15, "< 15 min"), (60, "15-60 min"), (240, "1-4 h"), (None, "> 4 h"))
WEEKS_COMPARED = 4


def hourly_checks(ctx: AppContext, day: date) -> dict[str, list[int]]:
    """Checks per verdict for each hour 0-23 of the local ``day`` (overrides count as the
    guard's decision, not twice: only the checks that no later row overrides)."""
    start = local_midnight(day)
    end = local_midnight(day + timedelta(days=1))
    hour = bucket(Check.at, start, HOUR)
    out = {v: [0] * 24 for v in VERDICTS}
    with ctx.unit_of_work() as s:
        rows = s.execute(select(hour, Check.verdict, func.count())
                         .where(Check.at >= start, Check.at < end,
                                standing_checks(start))
                         .group_by(hour, Check.verdict))
        for h, verdict, n in rows:
            if verdict in out and 0 <= h < 24:
                out[verdict][h] += n
    return out


def weekday_average(ctx: AppContext, day: date, weeks: int = WEEKS_COMPARED) -> list[float]:
    """All checks per hour on the same weekday of the ``weeks`` weeks before, averaged."""
    totals = [0] * 24
    for back in range(1, weeks + 1):
        counts = hourly_checks(ctx, day - timedelta(days=7 * back))
        for h in range(24):
            totals[h] += sum(counts[v][h] for v in VERDICTS)
    return [round(t / weeks, 2) for t in totals]


@dataclass(frozen=True)
class OnSite:
    visitors: int
    overstaying: int
    vehicles: int


def on_site(ctx: AppContext) -> OnSite:
    now = ctx.now()
    with ctx.unit_of_work() as s:
        inside = select(func.count()).select_from(Visit).where(
            Visit.left_at.is_(None), Visit.deleted.is_(False))
        visitors = s.scalar(inside)
        late = s.scalar(inside.where(
            func.julianday(Visit.arrived_at) + Visit.expected_minutes / 1440.0
            < func.julianday(naive_utc(now))))
        vehicles = s.scalar(select(func.count()).select_from(VehicleStay).where(
            VehicleStay.left_at.is_(None), VehicleStay.deleted.is_(False)))
    return OnSite(visitors, late, vehicles)


def open_orders_by_age(ctx: AppContext) -> list[tuple[str, int]]:
    """Open work orders by how long they have been open."""
    now = naive_utc(ctx.now())
    minutes = (func.julianday(now) - func.julianday(WorkOrder.raised_at)) * 1440
    out = []
    with ctx.unit_of_work() as s:
        base = select(func.count()).select_from(WorkOrder).where(
            WorkOrder.state.in_(("new", "acknowledged", "in_progress")),
            WorkOrder.deleted.is_(False))
        low = 0
        for high, label in AGE_BUCKETS:
            query = base.where(minutes >= low)
            if high is not None:
                query = query.where(minutes < high)
            out.append((label, s.scalar(query)))
            low = high or low
    return out


@dataclass(frozen=True)
class Cockpit:
    day: date
    hourly: dict[str, list[int]]
    average: list[float]
    on_site: OnSite
    orders: list[tuple[str, int]]
    temperatures: list[tuple[float, int]]
    health: list[device_log.Health]
    coverage: list[Cover]


def temperature_histogram(ctx: AppContext, day: date) -> list[tuple[float, int]]:
    """Readings of the local ``day`` in 0.1 °C steps (a manual decision carries its check's
    reading, so the standing checks count each reading once)."""
    start, end = local_midnight(day), local_midnight(day + timedelta(days=1))
    bucket = func.round(Check.celsius, 1)
    with ctx.unit_of_work() as s:
        rows = s.execute(select(bucket, func.count()).where(
            Check.at >= start, Check.at < end, Check.celsius.is_not(None),
            standing_checks(start)).group_by(bucket)
            .order_by(bucket))
        return [(float(c), n) for c, n in rows]


@dataclass(frozen=True)
class Cover:
    """One post's published duties over the next 24 hours, and the first hour nobody
    stands it (None: covered all the way)."""

    post: str
    shifts: tuple[tuple[datetime, datetime, int], ...]  # start, end, guards
    gap_from: datetime | None


def coverage(ctx: AppContext, hours: int = 24) -> list[Cover]:
    """Roster coverage from now over the next ``hours``, per post, from published rosters."""
    from app.roster import plans

    start = ctx.now().astimezone()
    end = start + timedelta(hours=hours)
    by_post: dict[str, list] = {}
    for d in plans.duties_between(ctx, start, end):
        by_post.setdefault(d.post, []).append((d.starts, d.ends, len(d.guards)))
    out = []
    for post, shifts in sorted(by_post.items()):
        covered_until, gap = start, None
        for begins, ends, _ in sorted(shifts):
            if begins > covered_until:
                gap = covered_until
                break
            covered_until = max(covered_until, ends)
        if gap is None and covered_until < end:
            gap = covered_until
        out.append(Cover(post, tuple(sorted(shifts)), gap))
    return out


def refresh(ctx: AppContext) -> Cockpit:
    """Everything the cockpit shows, in one call off the GUI thread."""
    today = ctx.today()
    return Cockpit(today, hourly_checks(ctx, today), weekday_average(ctx, today), on_site(ctx),
                   open_orders_by_age(ctx), temperature_histogram(ctx, today),
                   device_log.latest(ctx), coverage(ctx))
