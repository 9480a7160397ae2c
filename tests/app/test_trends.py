"""Trends against hand-made data: buckets by hour, day and month, the local midnight
boundary, empty days, denials split by reason, overrides counted once, departments."""

from datetime import date, datetime, timedelta

import pytest

from app.cockpit import trends
from app.services import checks
from app.station.policy import Verdict
from db.incident_models import WorkOrder
from db.visitor_models import VehicleStay, Visit


def check_at(ctx, now, local: datetime, verdict="pass", reasons=()):
    now.value = local.astimezone()
    return checks.record(ctx, checks.CheckRecord(verdict=verdict, reasons=reasons))


def add(ctx, *rows):
    with ctx.unit_of_work() as s:
        s.add_all(rows)


def visit(local: datetime, department: str) -> Visit:
    return Visit(arrived_at=local.astimezone(), name="访客", host_department=department)


def test_a_day_by_the_hour_keeps_the_midnight_boundary(ctx, now):
    day = datetime(2026, 11, 27)
    check_at(ctx, now, day.replace(hour=0))
    check_at(ctx, now, day.replace(hour=8, minute=59, second=59))
    check_at(ctx, now, day.replace(hour=23, minute=59, second=59, microsecond=900000))
    check_at(ctx, now, day + timedelta(days=1))  # 00:00 of the next day
    check_at(ctx, now, day - timedelta(microseconds=1))  # the evening before
    t = trends.trend(ctx, "entries", "day", day.date())
    assert (t.step, len(t.starts)) == ("hour", 24)
    assert t.starts[0] == day.astimezone() and t.starts[23].hour == 23
    assert t.series["pass"][0] == 1 and t.series["pass"][8] == 1 and t.series["pass"][23] == 1
    assert t.total() == 3


def test_a_week_by_day_has_its_empty_days_and_a_month_step_sums_the_days(ctx, now):
    last = date(2026, 11, 28)
    for back, n in ((0, 2), (3, 1), (6, 4), (7, 5)):  # 7 days back is outside the week
        for _ in range(n):
            check_at(ctx, now, datetime.combine(last - timedelta(days=back),
                                                datetime.min.time()).replace(hour=9))
    week = trends.trend(ctx, "entries", "week", last, "day")
    assert week.series["pass"] == [4, 0, 0, 1, 0, 0, 2]
    assert week.starts[0].date() == date(2026, 11, 22)
    year = trends.trend(ctx, "entries", "year", last, "month")
    assert len(year.starts) == 13  # 29 Nov 2025 … 28 Nov 2026 touches 13 calendar months
    assert year.series["pass"][-1] == 12 and sum(year.series["pass"]) == 12
    assert trends.trend(ctx, "entries", "day", date(2026, 11, 24)).series == {}


def test_denials_count_under_each_reason_and_an_override_is_the_guards_decision(
        demo_ctx, guard, now):
    at = datetime(2026, 11, 27, 10, 5)
    check_at(demo_ctx, now, at, "deny", ("fever", "code_yellow"))
    check_at(demo_ctx, now, at, "deny", ("fever",))
    overridden = check_at(demo_ctx, now, at, "deny", ("not_registered",))
    checks.override(demo_ctx, guard, overridden.id, Verdict.PASS, "已电话核实")
    t = trends.trend(demo_ctx, "denials", "day", at.date())
    assert {k: sum(v) for k, v in t.series.items()} == {"fever": 2, "code_yellow": 1}
    assert t.series["fever"][10] == 2
    entries = trends.trend(demo_ctx, "entries", "day", at.date())
    assert (entries.total("deny"), entries.total("pass")) == (2, 1)


def test_visitors_by_department_keep_the_largest_and_sum_the_rest(ctx, monkeypatch):
    monkeypatch.setattr(trends, "TOP_DEPARTMENTS", 2)
    at = datetime(2026, 11, 27, 9, 0)
    add(ctx, *(visit(at, "办公室") for _ in range(3)), *(visit(at, "财务科") for _ in range(2)),
        visit(at, "档案室"), visit(at, ""))
    t = trends.trend(ctx, "visitors", "day", at.date())
    assert {k: sum(v) for k, v in t.series.items()} == {"办公室": 3, "财务科": 2,
                                                        trends.OTHER: 2}
    assert list(t.series)[0] == "办公室"  # the largest first


def test_vehicles_and_incidents_by_type(ctx):
    at = datetime(2026, 11, 27, 14, 30).astimezone()
    add(ctx, VehicleStay(plate="京A12345", arrived_at=at, whitelisted=True),
        VehicleStay(plate="京B54321", arrived_at=at),
        VehicleStay(plate="京C00001", arrived_at=None),  # still expected, never arrived
        WorkOrder(kind="manual", category="medical", raised_at=at),
        WorkOrder(kind="manual", category="medical", raised_at=at),
        WorkOrder(kind="camera_motion", category="intrusion", raised_at=at + timedelta(days=1)))
    vehicles = trends.trend(ctx, "vehicles", "day", at.date())
    assert (vehicles.total("staff"), vehicles.total("visitor")) == (1, 1)
    incidents = trends.trend(ctx, "incidents", "week", at.date() + timedelta(days=1), "day")
    assert incidents.series == {"medical": [0, 0, 0, 0, 0, 2, 0],
                                "intrusion": [0, 0, 0, 0, 0, 0, 1]}


def test_csv_rows_and_bad_arguments(ctx, now):
    check_at(ctx, now, datetime(2026, 11, 27, 8, 0))
    rows = trends.trend(ctx, "entries", "day", date(2026, 11, 27)).csv_rows()
    assert rows[0] == ["start", "pass"] and len(rows) == 25 and rows[9][1] == "1"
    with pytest.raises(ValueError):
        trends.trend(ctx, "weather", "day", date(2026, 11, 27))
    with pytest.raises(ValueError):
        trends.range_days("decade", date(2026, 11, 27))
    assert trends.range_days("month", date(2026, 3, 31)) == (date(2026, 3, 1), date(2026, 4, 1))
