"""Trends over a chosen range: entries, denials by reason, visitors by host department,
vehicles and incidents by type, per hour, day or month — counted in SQL with GROUP BY on
indexed timestamps, never by loading rows into Python.

A range is ``span`` (day, week, month or year) ending with the local day ``last``; its
buckets start at a local midnight, so a row at 23:59:59 and one at 00:00 fall on either
side of a day's boundary wherever the workstation is. Months are summed from days.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, literal, select

from app.cockpit.sql_time import DAY, HOUR, bucket, local_midnight, standing_checks
from app.context import AppContext
from app.station.policy import REASONS
from db.incident_models import WorkOrder
from db.station_models import Check
from db.visitor_models import VehicleStay, Visit

SPANS = ("day", "week", "month", "year")
STEPS = ("hour", "day", "month")
DEFAULT_STEP = {"day": "hour", "week": "hour", "month": "day", "year": "day"}
KINDS = ("entries", "denials", "visitors", "vehicles", "incidents")
TOP_DEPARTMENTS = 8
OTHER = "other"


@dataclass(frozen=True)
class Trend:
    """Counts per bucket: ``series`` maps a name (a verdict, a reason code, a department, a
    kind of incident) to one count per bucket; ``starts`` are the buckets' local starts."""

    kind: str
    span: str
    step: str
    starts: tuple[datetime, ...]
    series: dict[str, list[int]]

    def total(self, name: str | None = None) -> int:
        if name is not None:
            return sum(self.series.get(name, ()))
        return sum(sum(v) for v in self.series.values())

    def csv_rows(self) -> list[list[str]]:
        """The table behind the chart: one row per bucket, one column per series."""
        names = list(self.series)
        rows = [["start", *names]]
        for i, start in enumerate(self.starts):
            rows.append([start.isoformat(timespec="minutes"),
                         *(str(self.series[n][i]) for n in names)])
        return rows


def range_days(span: str, last: date) -> tuple[date, date]:
    """The first day and the day after the last of a ``span`` ending with ``last``."""
    if span == "day":
        first = last
    elif span == "week":
        first = last - timedelta(days=6)
    elif span == "month":
        first = _add_months(last, -1) + timedelta(days=1)
    elif span == "year":
        first = _add_months(last, -12) + timedelta(days=1)
    else:
        raise ValueError(f"unknown span {span!r}")
    return first, last + timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    month0 = day.year * 12 + day.month - 1 + months
    year, month = divmod(month0, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def trend(ctx: AppContext, kind: str, span: str, last: date, step: str | None = None) -> Trend:
    """The ``kind`` of trend over the ``span`` ending with the local day ``last``."""
    first, end = range_days(span, last)
    return replace(trend_between(ctx, kind, first, end - timedelta(days=1),
                                 step or DEFAULT_STEP[span]), span=span)


def trend_between(ctx: AppContext, kind: str, first: date, last: date, step: str) -> Trend:
    """The ``kind`` of trend from the local day ``first`` to ``last`` (both included)."""
    if kind not in KINDS:
        raise ValueError(f"unknown trend {kind!r}")
    if step not in STEPS:
        raise ValueError(f"unknown step {step!r}")
    end = last + timedelta(days=1)
    start = local_midnight(first)
    seconds = HOUR if step == "hour" else DAY
    count = (end - first).days * (24 if step == "hour" else 1)
    slot_of = bucket(_column(kind), start, seconds)
    with ctx.unit_of_work() as s:
        rows = list(_rows(s, kind, slot_of, start, local_midnight(end)))
    series: dict[str, list[int]] = {}
    for slot, name, n in rows:
        if 0 <= slot < count and n:
            series.setdefault(str(name), [0] * count)[slot] += int(n)
    if kind == "visitors":
        series = _top(series, TOP_DEPARTMENTS)
    starts = tuple((start + timedelta(seconds=seconds * i)).astimezone() for i in range(count))
    if step == "month":
        starts, series = _by_month(starts, series)
    return Trend(kind, "custom", step, starts,
                 dict(sorted(series.items(), key=_order(kind))))


def _column(kind: str):
    return {"entries": Check.at, "denials": Check.at, "visitors": Visit.arrived_at,
            "vehicles": VehicleStay.arrived_at, "incidents": WorkOrder.raised_at}[kind]


def _entries(slot, start, end):
    return (select(slot, Check.verdict, func.count())
            .where(Check.at >= start, Check.at < end,
                   standing_checks(start))
            .group_by(slot, Check.verdict))


def _denials(slot, start, end):
    """Denials per reason: a check with two reasons counts under each (one pass over the
    rows, one SUM per known reason)."""
    return (select(slot, *reason_sums())
            .where(Check.at >= start, Check.at < end, Check.verdict == "deny",
                   standing_checks(start))
            .group_by(slot))


def reason_sums() -> list:
    """One SUM per known reason code over ``Check.reasons`` (comma-separated codes)."""
    padded = literal(",") + Check.reasons + literal(",")
    return [func.sum(case((func.instr(padded, f",{code},") > 0, 1), else_=0)).label(code)
            for code in REASONS]


def _visitors(slot, start, end):
    return (select(slot, Visit.host_department, func.count())
            .where(Visit.arrived_at >= start, Visit.arrived_at < end, Visit.deleted.is_(False))
            .group_by(slot, Visit.host_department))


def _vehicles(slot, start, end):
    kind = case((VehicleStay.whitelisted.is_(True), "staff"), else_="visitor")
    return (select(slot, kind, func.count())
            .where(VehicleStay.arrived_at >= start, VehicleStay.arrived_at < end,
                   VehicleStay.deleted.is_(False))
            .group_by(slot, kind))


def _incidents(slot, start, end):
    return (select(slot, WorkOrder.category, func.count())
            .where(WorkOrder.raised_at >= start, WorkOrder.raised_at < end,
                   WorkOrder.deleted.is_(False))
            .group_by(slot, WorkOrder.category))


QUERIES = {"entries": _entries, "visitors": _visitors, "vehicles": _vehicles,
           "incidents": _incidents}


def _rows(s, kind: str, slot, start: datetime, end: datetime):
    """(bucket, series name, count) rows of one trend."""
    if kind == "denials":
        for row in s.execute(_denials(slot, start, end)):
            for code, n in zip(REASONS, row[1:]):
                yield row[0], code, n
    else:
        yield from s.execute(QUERIES[kind](slot, start, end))


def _order(kind: str):
    if kind == "entries":
        return lambda item: ("pass", "deny", "incomplete", "manual").index(item[0]) \
            if item[0] in ("pass", "deny", "incomplete", "manual") else 9
    return lambda item: (-sum(item[1]), item[0])


def _top(series: dict[str, list[int]], keep: int) -> dict[str, list[int]]:
    """The ``keep`` largest series by total; the rest summed under ``other``."""
    ranked = sorted(series.items(), key=lambda item: -sum(item[1]))
    out = {name: counts for name, counts in ranked[:keep] if name}
    for name, counts in ranked:
        if name in out:
            continue
        rest = out.setdefault(OTHER, [0] * len(counts))
        for i, n in enumerate(counts):
            rest[i] += n
    return out


def _by_month(starts, series):
    months: list[datetime] = []
    index: list[int] = []
    for s in starts:
        if not months or (s.year, s.month) != (months[-1].year, months[-1].month):
            months.append(s)
        index.append(len(months) - 1)
    out = {}
    for name, counts in series.items():
        summed = [0] * len(months)
        for i, n in enumerate(counts):
            summed[index[i]] += n
        out[name] = summed
    return tuple(months), out
