"""Time in the cockpit's SQL: local days as UTC ranges, and rows put in whole-step buckets.

Times are stored in UTC; a local day is the UTC range from its local midnight. A row's
bucket is the whole number of steps (an hour, a day) since the start of the range, counted
in SQL with ``julianday`` so grouping happens in the database, not in Python.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from sqlalchemy import Integer, cast, func, literal_column, select
from sqlalchemy.orm import aliased

from db.station_models import Check

HOUR = 3600
DAY = 86400


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def bucket(column, start: datetime, step_seconds: int):
    """Whole ``step_seconds`` from ``start`` to ``column`` (a UTC timestamp), as an SQL
    expression. julianday differences carry ~0.1 ms of float error: a millisecond's nudge
    keeps 10:00:00 in hour 10, and truncation keeps 23:59:59.9 in hour 23."""
    seconds = cast((func.julianday(column) - func.julianday(naive_utc(start))) * 86400
                   + 0.001, Integer)
    return seconds.op("/")(step_seconds)  # whole steps: SQLite divides integers exactly


def standing_checks(since: datetime):
    """Checks no later row overrides (an override counts as the guard's decision, not twice),
    for checks made ``since`` or later. Written as ``rowid NOT IN`` the few overridden
    originals: the covering index on (at, verdict, celsius) carries the rowid, so counting a
    year of checks never reads the table. (The check log is append-only — a trigger refuses
    updates and deletes — so no check is ever a tombstone and the queries need no
    ``deleted`` filter, which would have to read the table.)"""
    later, original = aliased(Check, name="later"), aliased(Check, name="original")
    overridden = (select(literal_column("original.rowid")).select_from(later)
                  .join(original, original.id == later.overrides_id)
                  .where(later.overrides_id.is_not(None), later.at >= since))
    return literal_column("checks.rowid").not_in(overridden)
