"""Minimal-change re-planning after a guard calls in sick, and the demo month."""

from app.roster.demo_month import month
from app.roster.model import Contract, Cover, Guard, Problem, Roster, ShiftType
from app.roster.replan import replan, with_absence
from app.roster.solver import solve
from app.roster.validator import Validator


def small(minimum: int = 1) -> tuple[Problem, Roster]:
    """Three guards, one shift a day to staff (at least ``minimum``); c is the spare."""
    loose = Contract(max_consecutive=7)
    p = Problem(horizon=14, shifts=(ShiftType("D", 480),),
                guards=(Guard("a", contract=loose), Guard("b", contract=loose),
                        Guard("c", contract=loose)),
                cover=tuple(Cover(d, "D", 1, 100, 10, minimum=minimum) for d in range(14)))
    published = Roster({"a": ("D",) * 7 + (None,) * 7, "b": (None,) * 7 + ("D",) * 7,
                        "c": (None,) * 14})
    assert Validator(p).report(published).feasible
    return p, published


def test_replan_changes_only_what_it_must():
    p, published = small()
    result = replan(p, published, "a", [2, 3], seconds=3, workers=2)
    assert result.report.feasible and result.status == "optimal"
    changed = sorted(result.roster.changed_cells(published))
    # a's two sick days, and one other guard (b or the spare c) takes exactly those days
    assert result.changed_cells == 4 and changed[:2] == [("a", 2), ("a", 3)]
    stand_in = changed[2][0]
    assert stand_in in "bc" and changed[2:] == [(stand_in, 2), (stand_in, 3)]
    assert result.roster.shift(stand_in, 2) == "D" and result.roster.shift("a", 2) is None


def test_a_gap_is_filled_when_a_few_changes_pay_for_it():
    """No hard minimum: the day shift short costs 100. At 40 points a changed cell, the
    spare takes the sick guard's two days (4 changes, 160 < 200); at 150 a stand-in costs
    more than the gap, and so does the fewest-changes-first re-plan: only a's days change."""
    p, published = small(minimum=0)
    before = Validator(p).report(published).objective
    filled = replan(p, published, "a", [2, 3], seconds=3, workers=2, change_cost=40)
    assert filled.report.feasible and filled.changed_cells == 4
    assert filled.report.objective == before
    assert {filled.roster.shift(g, 2) for g in "bc"} == {"D", None}
    for cost in (150, None):
        left = replan(p, published, "a", [2, 3], seconds=3, workers=2, change_cost=cost)
        assert left.report.feasible and left.changed_cells == 2, cost
        assert left.report.objective == before + 200, cost


def test_with_absence_marks_leave_and_drops_pins():
    from app.roster.model import Pin

    p, _ = small()
    p = p.with_(pins=(Pin("a", 2, "D"), Pin("a", 5, "D")))
    sick = with_absence(p, "a", [2, 3])
    assert sick.guard_index["a"].days_off == {2, 3}
    assert [(x.guard, x.day) for x in sick.pins] == [("a", 5)]


def test_demo_month_solves_and_replans_with_few_changes():
    p = month()
    assert len(p.guards) == 80 and p.horizon == 31 and len(p.posts) == 5
    # deterministic time: the same search on a busy machine as on a quiet one
    first = solve(p, 4, workers=2, deterministic=True)
    assert first.roster is not None and first.report.feasible, first.report.violations[:3]
    sick = next(g.id for g in p.guards
                if sum(first.roster.shift(g.id, d) is not None for d in (10, 11, 12)) >= 2)
    result = replan(p, first.roster, sick, [10, 11, 12], seconds=4, workers=2,
                    deterministic=True)
    assert result.report.feasible, result.report.violations[:3]
    assert all(result.roster.shift(sick, d) is None for d in (10, 11, 12))
    worked = sum(first.roster.shift(sick, d) is not None for d in (10, 11, 12))
    assert worked <= result.changed_cells <= 10
    # every post the sick guard left keeps its hard minimum (the validator checked it),
    # and nobody else's cells change outside the sick days' neighbourhood of rules
    assert result.changed_cells == len(result.roster.changed_cells(first.roster))
