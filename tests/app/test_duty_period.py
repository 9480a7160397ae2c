"""The daily report's queries over [start, end): hand-counted data with records exactly at
both ends of the day, one the day before, and an empty day."""

from datetime import datetime, timedelta, timezone

import pytest

from app.duty import checklists, handover, hazards, inspections, period
from app.duty.common import PeriodError
from app.duty.inspections import ItemCheck
from app.incidents import counts, workorders
from app.services import accounts
from app.services.demo import DEMO_PASSWORD

UTC = timezone.utc
START = datetime(2026, 11, 28, tzinfo=UTC)
END = START + timedelta(days=1)


def at(now, when):
    now.value = when


@pytest.fixture
def day(demo_ctx, admin, guard, now):
    """Records around the day 2026-11-28 (UTC); returns their ids by name."""
    ctx, ids = demo_ctx, {}
    lead = accounts.login(ctx, "lead", DEMO_PASSWORD)
    checklist = checklists.save(ctx, admin, "消防安全巡查", ["灭火器"]).value
    at(now, START - timedelta(hours=14))
    ids["H1"] = hazards.report(ctx, guard, "H1", deadline=START + timedelta(hours=12)).value.id
    ids["H5"] = hazards.report(ctx, guard, "H5", deadline=START + timedelta(hours=6)).value.id
    workorders.report(ctx, guard, "medical", "前一天")
    at(now, START)
    workorders.report(ctx, guard, "medical", "A")
    ids["H2"] = hazards.report(ctx, guard, "H2", deadline=END).value.id
    r1 = inspections.start_round(ctx, guard, checklist.id).value
    inspections.finish_round(ctx, guard, r1.id, [ItemCheck(True)])
    ids["R1"] = r1.id
    ids["HO1"] = handover.write(ctx, guard, post="主门岗", notes="1", new_items=["x"]).value.id
    at(now, START + timedelta(hours=12))
    b = workorders.report(ctx, guard, "medical", "B").value
    at(now, START + timedelta(hours=13))
    workorders.move(ctx, guard, b.id, "acknowledged")
    workorders.move(ctx, guard, b.id, "closed", "送医")
    at(now, START + timedelta(hours=18))
    hazards.move(ctx, lead, ids["H1"], "fixed", "修好")
    at(now, START + timedelta(hours=20))
    ids["HO2"] = handover.write(ctx, lead, post="主门岗", notes="2").value.id
    at(now, START + timedelta(hours=23))
    ids["H3"] = hazards.report(ctx, guard, "H3").value.id
    at(now, END - timedelta(seconds=1))
    f = workorders.report(ctx, guard, "fire_alarm", "F").value
    at(now, END)  # the next day begins: none of this counts for the day
    workorders.move(ctx, guard, f.id, "acknowledged")
    workorders.move(ctx, guard, f.id, "closed", "误报")
    hazards.move(ctx, lead, ids["H3"], "fixed", "修好")
    hazards.report(ctx, guard, "H4")
    workorders.raise_camera_alert(ctx, "东门", "围墙", None)
    inspections.start_round(ctx, guard, checklist.id)
    handover.write(ctx, guard, post="主门岗", notes="3")
    return ids


def test_the_day_as_counted_by_hand(demo_ctx, day):
    assert counts.incidents_by_type_between(demo_ctx, START, END) == [
        counts.IncidentTypeCount("medical", 2, 1), counts.IncidentTypeCount("fire_alarm", 1, 1)]
    assert [r.id for r in period.inspections_between(demo_ctx, START, END)] == [day["R1"]]
    found = period.hazards_between(demo_ctx, START, END)
    assert [h.description for h in found.found] == ["H2", "H3"]
    assert [(h.description, h.overdue_at_end) for h in found.open_at_end] == [
        ("H5", True), ("H2", False), ("H3", False)]
    handovers = period.handovers_between(demo_ctx, START, END)
    assert [(h.id, h.new_items, h.carried_items) for h in handovers] == [
        (day["HO1"], 1, 0), (day["HO2"], 0, 1)]
    assert (handovers[1].written_by, handovers[1].acknowledged_at) == ("lead", None)


def test_one_session_for_the_whole_report_and_an_empty_day(demo_ctx, day):
    empty = (START - timedelta(days=8), START - timedelta(days=7))
    with demo_ctx.unit_of_work() as s:
        assert counts.incidents_by_type_between(s, *empty) == []
        assert period.inspections_between(s, *empty) == []
        assert period.hazards_between(s, *empty) == period.HazardsOfPeriod((), ())
        assert period.handovers_between(s, *empty) == []
        assert len(period.handovers_between(s, START, END)) == 2


def test_a_period_needs_aware_times_in_order(demo_ctx):
    with pytest.raises(PeriodError):
        period.inspections_between(demo_ctx, START.replace(tzinfo=None), END)
    with pytest.raises(PeriodError):
        counts.incidents_by_type_between(demo_ctx, END, START)
