"""Cockpit figures against hand-made data: hours, the midnight boundary, empty days,
overrides counted once, the weekday average, on site, work orders by age, temperatures."""

from datetime import datetime, timedelta

from app.cockpit import figures
from app.incidents import workorders
from app.services import checks
from app.station.policy import Verdict


def check_at(ctx, now, local: datetime, verdict="pass", celsius=36.5):
    now.value = local.astimezone()
    return checks.record(ctx, checks.CheckRecord(verdict=verdict, celsius=celsius, post="主门岗"))


def test_checks_per_hour_with_the_midnight_boundary_and_an_empty_day(ctx, now):
    day = datetime(2026, 11, 27)
    check_at(ctx, now, day.replace(hour=7, minute=59))
    check_at(ctx, now, day.replace(hour=8, minute=0))
    check_at(ctx, now, day.replace(hour=8, minute=30), "deny", 37.8)
    check_at(ctx, now, day.replace(hour=23, minute=59, second=59, microsecond=900000))
    check_at(ctx, now, datetime(2026, 11, 28, 0, 0))  # the next day
    hourly = figures.hourly_checks(ctx, day.date())
    assert hourly["pass"][7] == 1 and hourly["pass"][8] == 1 and hourly["deny"][8] == 1
    assert hourly["pass"][23] == 1 and sum(hourly["pass"]) == 3
    assert figures.hourly_checks(ctx, datetime(2026, 11, 28).date())["pass"][0] == 1
    empty = figures.hourly_checks(ctx, datetime(2026, 11, 26).date())
    assert all(sum(counts) == 0 for counts in empty.values())


def test_a_check_the_guard_overrode_counts_once_as_the_decision(demo_ctx, guard, now):
    day = datetime(2026, 11, 27, 9, 15)
    denied = check_at(demo_ctx, now, day, "deny")
    checks.override(demo_ctx, guard, denied.id, Verdict.PASS, "已电话核实")
    hourly = figures.hourly_checks(demo_ctx, day.date())
    assert (hourly["deny"][9], hourly["pass"][9]) == (0, 1)


def test_the_same_weekday_average_of_the_four_weeks_before(ctx, now):
    friday = datetime(2026, 11, 27, 10, 0)
    for weeks_back, n in ((1, 4), (2, 2), (3, 0), (4, 6)):
        for _ in range(n):
            check_at(ctx, now, friday - timedelta(days=7 * weeks_back))
    check_at(ctx, now, friday - timedelta(days=1))  # a Thursday: not compared
    average = figures.weekday_average(ctx, friday.date())
    assert average[10] == 3.0 and sum(average) == 3.0


def test_on_site_overstaying_work_orders_by_age_and_temperatures(demo_ctx, guard, now):
    from app.visitors import registry
    from app.visitors.id_numbers import check_digit

    now.value = datetime(2026, 11, 28, 8, 0).astimezone()
    for i, minutes in enumerate((30, 90)):
        first17 = f"11010519800101{i:03d}"
        registry.register(demo_ctx, guard, registry.WalkIn(
            f"访客{i}", "resident_id", first17 + check_digit(first17),
            expected_minutes=minutes))
    workorders.raise_camera_alert(demo_ctx, "东门", "围墙", None)
    now.advance(minutes=45)
    workorders.raise_camera_alert(demo_ctx, "东门", "围墙", None)
    site = figures.on_site(demo_ctx)
    assert (site.visitors, site.overstaying, site.vehicles) == (2, 1, 0)
    assert dict(figures.open_orders_by_age(demo_ctx)) == {
        "< 15 min": 1, "15-60 min": 1, "1-4 h": 0, "> 4 h": 0}
    for celsius in (36.4, 36.4, 36.5, 37.6):
        last = checks.record(demo_ctx, checks.CheckRecord(verdict="pass", celsius=celsius))
    checks.override(demo_ctx, guard, last.id, Verdict.DENY, "复测仍发热")  # one reading still
    assert figures.temperature_histogram(demo_ctx, now().astimezone().date()) == [
        (36.4, 2), (36.5, 1), (37.6, 1)]
