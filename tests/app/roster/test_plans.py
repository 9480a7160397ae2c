"""Drafts, published versions with their difference, and who is on duty at the gate."""

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from app.roster import plans
from app.roster.model import Roster
from app.roster.validator import Validator
from db.models import AuditEntry

MONTH = "2026-11"


def fill_legally(problem):
    """A small legal roster by hand: almost nobody works — legal only without hard cover
    minimums and minimum hours, so drop them; one guard on the main gate's day shift on the
    28th."""
    from dataclasses import replace

    cover = tuple(replace(c, minimum=0) for c in problem.cover)
    guards = tuple(replace(g, contract=replace(g.contract, min_minutes=0))
                   for g in problem.guards)
    problem = problem.with_(cover=cover, guards=guards)
    roster = Roster.empty(problem)
    guard = next(g for g in problem.guards if "gate" in g.qualifications
                 and 27 not in g.days_off)
    return problem, roster.with_cell(guard.id, 27, "A", "gate"), guard


def test_a_draft_is_opened_saved_and_scored_by_the_validator(demo_ctx, admin):
    plan = plans.open_draft(demo_ctx, admin, MONTH)
    assert plan.problem.horizon == 30 and plan.problem.first_weekday == 6  # 1 Nov is a Sunday
    assert plan.summary.state == "draft" and plan.summary.violations > 0  # empty: under cover
    problem, roster, _ = fill_legally(plan.problem)
    saved = plans.save_draft(demo_ctx, admin, MONTH, problem, roster).value
    report = Validator(problem).report(roster)
    assert (saved.objective, saved.violations) == (report.objective, len(report.violations))
    again = plans.draft(demo_ctx, MONTH)
    assert again.roster == roster and again.problem.cover == problem.cover


def test_guards_cannot_plan(demo_ctx, guard):
    from app.services.accounts import PermissionDenied

    with pytest.raises(PermissionDenied):
        plans.open_draft(demo_ctx, guard, MONTH)


def test_publishing_refuses_hard_violations_then_numbers_versions_with_their_diff(demo_ctx,
                                                                                 admin):
    plan = plans.open_draft(demo_ctx, admin, MONTH)
    with pytest.raises(plans.PlanError):
        plans.publish(demo_ctx, admin, MONTH)
    problem, roster, guard = fill_legally(plan.problem)
    plans.save_draft(demo_ctx, admin, MONTH, problem, roster)
    first = plans.publish(demo_ctx, admin, MONTH).value
    assert first.summary.version == 1 and first.changed == ((guard.id, 27),)
    plans.save_draft(demo_ctx, admin, MONTH, problem, roster.with_cell(guard.id, 28, "A", "gate"))
    second = plans.publish(demo_ctx, admin, MONTH).value
    assert (second.summary.version, second.previous_version) == (2, 1)
    assert second.changed == ((guard.id, 28),)
    assert plans.latest_published(demo_ctx, MONTH).summary.version == 2
    with demo_ctx.unit_of_work() as s:
        assert len(s.scalars(select(AuditEntry).where(
            AuditEntry.action == "roster.publish")).all()) == 2


def test_on_duty_now_and_next_from_the_published_roster(demo_ctx, admin):
    plan = plans.open_draft(demo_ctx, admin, MONTH)
    problem, roster, guard = fill_legally(plan.problem)
    plans.save_draft(demo_ctx, admin, MONTH, problem, roster)
    plans.publish(demo_ctx, admin, MONTH)
    local = datetime(2026, 11, 28, 9, 30).astimezone()  # the day shift runs 07:00-19:00
    duty = plans.on_duty(demo_ctx, local)
    assert [(d.post, d.shift, d.guards) for d in duty.now] == [("大门", "白班", (guard.name,))]
    before = plans.on_duty(demo_ctx, datetime(2026, 11, 28, 6, 0).astimezone())
    assert before.now == () and before.next[0].guards == (guard.name,)
    assert plans.on_duty(demo_ctx, datetime(2026, 11, 29, 9, 0, tzinfo=timezone.utc)).now == ()


def test_duties_of_a_day_and_the_cockpits_coverage_of_the_next_24_hours(demo_ctx, admin, now):
    from app.cockpit import figures

    plan = plans.open_draft(demo_ctx, admin, MONTH)
    problem, roster, guard = fill_legally(plan.problem)
    plans.save_draft(demo_ctx, admin, MONTH, problem, roster)
    plans.publish(demo_ctx, admin, MONTH)
    day = datetime(2026, 11, 28).astimezone()
    duties = plans.duties_between(demo_ctx, day, day.replace(hour=23, minute=59))
    assert [(d.post, d.starts.hour, d.ends.hour, d.guards) for d in duties] == [
        ("大门", 7, 19, (guard.name,))]
    assert plans.duties_between(demo_ctx, day.replace(hour=19), day.replace(hour=23)) == []
    now.value = datetime(2026, 11, 28, 6, 0).astimezone()
    early = figures.coverage(demo_ctx)
    assert [(c.post, len(c.shifts), c.gap_from) for c in early] == [("大门", 1, now.value)]
    now.value = datetime(2026, 11, 28, 9, 30).astimezone()
    (cover,) = figures.coverage(demo_ctx)
    assert cover.shifts[0][2] == 1 and cover.gap_from == day.replace(hour=19)
