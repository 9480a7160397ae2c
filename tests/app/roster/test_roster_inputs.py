"""What the lead tells the roster: guards' terms and leave from the database into the month's
draft; an event's extra cover and temporary guards; rotation templates as pins. Solves are
small (a few guards over a week, a couple of seconds)."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.roster import events, inputs, plans, rotation
from app.roster.demo_month import SHIFTS
from app.roster.model import Contract, Cover, Guard, Post, Problem, Request, Roster
from app.roster.validator import Validator

MONTH = "2026-12"


def small(guards: int = 6, days: int = 7) -> Problem:
    """One gate with a day and a night shift, one guard on each a day."""
    contract = Contract(max_consecutive=5, min_days_off=1)
    people = tuple(Guard(f"G{i}", f"守卫{i}", frozenset({"gate"}), contract)
                   for i in range(guards))
    cover = tuple(Cover(d, s, 1, post="gate", minimum=1) for d in range(days) for s in "AB")
    return Problem(horizon=days, shifts=SHIFTS, guards=people, cover=cover,
                   posts=(Post("gate", "大门", "gate", frozenset("AB")),))


def solved(problem: Problem):
    from app.roster.solver import solve

    result = solve(problem, 3, workers=1, seed=1)
    assert result.roster is not None, result.status
    return result


# --- guards and leave in the database ---------------------------------------------------


def test_a_contract_edited_for_a_guard_reaches_the_open_draft_and_its_rule_check(demo_ctx,
                                                                                 admin):
    plan = plans.open_draft(demo_ctx, admin, MONTH)
    first = inputs.guards(demo_ctx)[0]
    assert [g.id for g in plan.problem.guards][:1] == [first.employee_no]
    assert plan.problem.guard_index[first.employee_no].contract == inputs.STANDARD
    roster = plan.roster
    for day in range(3):  # three nights in a row
        roster = roster.with_cell(first.employee_no, day, "B", "gate")
    before = [v for v in Validator(plan.problem).report(roster).violations
              if v.guard == first.employee_no and v.rule == "max_nights"]
    assert before == []
    plans.save_draft(demo_ctx, admin, MONTH, plan.problem, roster)
    inputs.save_guard(demo_ctx, admin, first.id, first.qualifications | {"gate"},
                      replace(first.contract, max_nights=2))
    draft = plans.draft(demo_ctx, MONTH)
    assert draft.problem.guard_index[first.employee_no].contract.max_nights == 2
    broken = [v for v in Validator(draft.problem).report(draft.roster).violations
              if v.guard == first.employee_no and v.rule == "max_nights"]
    assert len(broken) == 1
    assert inputs.guards(demo_ctx)[0].contract.max_nights == 2  # kept with the guard


def test_a_contract_that_cannot_be_met_is_refused_and_guards_may_not_edit(demo_ctx, admin,
                                                                           guard):
    from app.services.accounts import PermissionDenied

    first = inputs.guards(demo_ctx)[0]
    with pytest.raises(inputs.InputError):
        inputs.save_guard(demo_ctx, admin, first.id, first.qualifications,
                          replace(first.contract, min_minutes=200 * 60, max_minutes=100 * 60))
    with pytest.raises(PermissionDenied):
        inputs.save_guard(demo_ctx, guard, first.id, first.qualifications, first.contract)
    assert inputs.guards(demo_ctx)[0].contract == inputs.STANDARD


def test_leave_across_the_month_end_is_a_hard_day_off_in_both_months(demo_ctx, admin):
    nobody = next(g for g in inputs.guards(demo_ctx)
                  if not any(lv.guard_id == g.id for lv in inputs.leave(demo_ctx)))
    december = plans.open_draft(demo_ctx, admin, MONTH)
    assert december.problem.guard_index[nobody.employee_no].days_off == frozenset()
    inputs.add_leave(demo_ctx, admin, nobody.id, date(2026, 12, 30), date(2027, 1, 2), "病假")
    mended = plans.draft(demo_ctx, MONTH).problem.guard_index[nobody.employee_no]
    assert mended.days_off == {29, 30}  # the open draft took it
    january = plans.open_draft(demo_ctx, admin, "2027-01")  # a new draft is built with it
    assert january.problem.guard_index[nobody.employee_no].days_off == {0, 1}
    with pytest.raises(inputs.InputError):
        inputs.add_leave(demo_ctx, admin, nobody.id, date(2027, 1, 5), date(2027, 1, 4))
    lv = next(lv for lv in inputs.leave(demo_ctx) if lv.guard_id == nobody.id)
    inputs.remove_leave(demo_ctx, admin, lv.id)
    assert plans.draft(demo_ctx, "2027-01").problem.guard_index[
        nobody.employee_no].days_off == frozenset()


def test_the_solver_honours_leave_over_a_strong_wish_to_work():
    problem = small()
    leave_days = frozenset({2, 3, 4})
    guards = tuple(replace(g, days_off=leave_days) if g.id == "G0" else g
                   for g in problem.guards)
    wishes = tuple(Request("G0", d, on=True, weight=500) for d in range(7))
    problem = problem.with_(guards=guards, requests=wishes)
    roster = solved(problem).roster
    assert all(roster.shift("G0", d) is None for d in leave_days)
    assert any(roster.shift("G0", d) is not None for d in (0, 1, 5, 6))
    assert Validator(problem).report(roster).feasible


# --- an event --------------------------------------------------------------------------


def test_an_event_override_is_staffed_and_a_shortfall_is_reported():
    problem = small(guards=5)
    before = solved(problem).roster
    event = events.raise_cover(problem, [3], "A", "gate", 2)
    event, temps = events.add_temporary_guards(event, ["临时甲", "临时乙", "临时丙"], [3],
                                               frozenset({"gate"}))
    assert len(temps) == 3
    # the roster made before the event now falls short on that day, and says so
    short = [v for v in Validator(event).report(Roster(
        dict(before.shifts) | {t: (None,) * 7 for t in temps}, dict(before.posts))).violations
        if v.rule == "cover_minimum"]
    assert [v.day for v in short] == [3]
    roster = solved(event).roster
    on_gate = [g for g in roster.shifts if roster.cell(g, 3) == ("A", "gate")]
    assert len(on_gate) >= 3
    assert Validator(event).report(roster).feasible
    for t in temps:  # temporary guards stand only on the event's day
        assert all(roster.shift(t, d) is None for d in range(7) if d != 3)


# --- rotation templates ----------------------------------------------------------------


def test_day_night_off_off_fills_the_draft_as_pins_and_passes_the_rule_check():
    problem = small(guards=4, days=8)
    rot = rotation.rotation("day_night_off_off")
    pinned, roster = rotation.apply(problem, Roster.empty(problem), ["G0", "G1", "G2", "G3"],
                                    rot, start=0, post="gate")
    assert [roster.shift("G0", d) for d in range(8)] == ["A", "B", None, None] * 2
    assert [roster.shift("G1", d) for d in range(4)] == ["B", None, None, "A"]
    assert len(pinned.pins) == 32
    report = Validator(pinned).report(roster)
    assert report.feasible, report.violations  # four guards staggered cover every shift
    assert solved(pinned).roster.shifts == roster.shifts  # the solver keeps the rhythm


def test_a_template_that_breaks_a_rule_is_flagged_and_leave_is_not_pinned_over():
    problem = small(guards=4, days=8)
    guards = tuple(replace(g, contract=replace(g.contract, max_nights=1)) if g.id == "G0"
                   else replace(g, days_off=frozenset({2})) if g.id == "G1" else g
                   for g in problem.guards)
    problem = problem.with_(guards=guards)
    three = rotation.rotation("three_shift")
    pinned, roster = rotation.apply(problem, Roster.empty(problem), ["G0"],
                                    rotation.rotation("day_night_off_off"), start=0, post="gate")
    rules = {(v.rule, v.guard) for v in Validator(pinned).report(roster).violations}
    assert ("max_nights", "G0") in rules
    pinned, roster = rotation.apply(pinned, roster, ["G1"], rotation.rotation("ab_days"),
                                    start=0, stagger=False)
    assert roster.shift("G1", 2) is None and not any(p.guard == "G1" and p.day == 2
                                                     for p in pinned.pins)
    assert three.cycle.count("N") == 2


def test_24_hour_duty_one_on_two_off_keeps_the_gate_by_three_guards_into_each_morning():
    import uuid
    from datetime import datetime, timezone

    contract = Contract(max_consecutive=5, min_days_off=1)
    people = tuple(Guard(f"G{i}", f"守卫{i}", frozenset({"gate"}), contract) for i in range(3))
    problem = Problem(horizon=9, shifts=SHIFTS, guards=people,
                      cover=tuple(Cover(d, "D", 1, post="gate", minimum=1) for d in range(9)),
                      posts=(Post("gate", "大门", "gate", frozenset("D")),))
    pinned, roster = rotation.apply(problem, Roster.empty(problem), ["G0", "G1", "G2"],
                                    rotation.rotation("duty24_two_off"), start=0, post="gate")
    assert [roster.shift("G0", d) for d in range(6)] == ["D", None, None] * 2
    assert all(sum(roster.shift(g, d) == "D" for g in ("G0", "G1", "G2")) == 1
               for d in range(9))  # staggered: one guard on duty every day
    report = Validator(pinned).report(roster)
    assert report.feasible and report.objective == 0, report.violations
    assert solved(pinned).roster.shifts == roster.shifts
    # no second 24 hours straight after the first
    twice = Roster.empty(problem).with_cell("G0", 0, "D", "gate").with_cell("G0", 1, "D", "gate")
    assert ("succession", "G0") in {(v.rule, v.guard)
                                    for v in Validator(problem).report(twice).violations}
    # the duty runs from 08:00 to 08:00 the next morning
    summary = plans.PlanSummary(uuid.uuid4(), MONTH, "published", 1, 0, 0,
                                datetime.now(timezone.utc), "lead")
    first = [d for d in plans._duties(plans.Plan(summary, pinned, roster), timezone.utc)
             if d.starts.date() == date(2026, 12, 1)]
    assert [(d.guards, d.starts.hour, d.ends - d.starts) for d in first] == [
        (("守卫0",), 8, timedelta(hours=24))]
