"""The validator against small rosters whose violations and costs are counted by hand."""

from dataclasses import replace

import pytest

from app.roster.model import (
    CarryOver,
    Contract,
    Cover,
    Guard,
    Pin,
    Post,
    Problem,
    Request,
    Roster,
    ShiftType,
    forbid_short_rest,
)
from app.roster.validator import Validator

E = ShiftType("E", 480, start=7 * 60)
L = ShiftType("L", 480, start=14 * 60, forbidden_next=frozenset({"E"}))
N = ShiftType("N", 600, start=21 * 60, is_night=True)
LOOSE = Contract()  # no limits but blocks of at least one day


def problem(contract=LOOSE, horizon=7, **kw) -> Problem:
    guards = kw.pop("guards", None) or (Guard("g", contract=contract),)
    return Problem(horizon=horizon, shifts=(E, L, N), guards=guards, **kw)


def row(text: str) -> tuple:
    return tuple(None if c == "-" else c for c in text)


def broken(p: Problem, text: str, guard="g") -> list[tuple[str, int | None]]:
    report = Validator(p).report(Roster({guard: row(text)}))
    return sorted((v.rule, v.day) for v in report.violations)


def test_a_clean_roster_has_no_violations():
    assert broken(problem(), "EE-LLL-") == []


def test_max_shifts_per_type():
    p = problem(Contract(max_shifts={"L": 1}))
    assert broken(p, "L-L----") == [("max_shifts", None)]
    assert broken(p, "L-EE---") == []


def test_total_minutes():
    p = problem(Contract(min_minutes=3 * 480, max_minutes=4 * 480))
    assert broken(p, "EE-----") == [("min_minutes", None)]
    assert broken(p, "EEE----") == []
    assert broken(p, "EEEE-E-") == [("max_minutes", None)]


def test_max_consecutive_days():
    p = problem(Contract(max_consecutive=3))
    assert broken(p, "EEEE---") == [("max_consecutive", 3)]
    assert broken(p, "EEE-EEE") == []


def test_min_consecutive_days_not_enforced_at_the_horizon_edges():
    p = problem(Contract(min_consecutive=2))
    assert broken(p, "--E--EE") == [("min_consecutive", 2)]
    assert broken(p, "E--EE-E") == []  # the single days touch the start and the end


def test_min_days_off_not_enforced_at_the_horizon_edges():
    p = problem(Contract(min_days_off=2))
    assert broken(p, "EE-EE--") == [("min_days_off", 2)]
    assert broken(p, "-EE--E-") == []


def test_carry_over_makes_the_start_an_ordinary_day():
    p = problem(Contract(min_consecutive=2))
    assert broken(p, "E--EE--") == []
    after_rest = replace(p, carry_over={"g": CarryOver(days_off=3)})
    assert broken(after_rest, "E--EE--") == [("min_consecutive", 0)]
    # a block begun last month goes on: one carried-over day plus one is enough
    after_work = replace(p, carry_over={"g": CarryOver(worked_days=1, last_shift="E")})
    assert broken(after_work, "E--EE--") == []
    assert broken(after_work, "---EE--") == [("min_consecutive", 0)]


def test_carry_over_counts_towards_max_consecutive_and_days_off():
    p = problem(Contract(max_consecutive=5, min_days_off=2))
    assert broken(p, "EE--EE-") == []
    tail = replace(p, carry_over={"g": CarryOver(worked_days=4, last_shift="E")})
    assert broken(tail, "EE--EE-") == [("max_consecutive", 1)]
    rested = replace(p, carry_over={"g": CarryOver(days_off=1)})
    assert broken(rested, "EE--EE-") == [("min_days_off", 0)]


def test_forbidden_succession_also_from_last_month():
    p = problem()
    assert broken(p, "LE-----") == [("succession", 1)]
    assert broken(p, "EL-----") == []
    night = replace(p, carry_over={"g": CarryOver(worked_days=1, last_shift="L")})
    assert broken(night, "E------") == [("succession", 0)]


def test_min_rest_becomes_forbidden_successions():
    shifts = forbid_short_rest((E, L, N), 11 * 60)
    by_id = {s.id: s for s in shifts}
    assert by_id["N"].forbidden_next == {"E", "L"}  # 07:00 after 21:00-07:00: no rest
    assert by_id["L"].forbidden_next == {"E"}  # 22:00 to 07:00 is 9 hours
    assert by_id["E"].forbidden_next == frozenset()


def test_max_weekends_with_the_month_starting_midweek():
    p = problem(Contract(max_weekends=1), horizon=14)
    assert broken(p, "-----EE-------") == []  # Saturday and Sunday: one weekend
    assert broken(p, "-----E------E-") == [("max_weekends", 12)]
    wednesday = replace(p, first_weekday=2)
    assert wednesday.weekends() == [(3, 4), (10, 11)]
    assert broken(wednesday, "-----E------E-") == []


def test_max_nights_days_off_and_pins():
    p = problem(Contract(max_nights=1))
    assert broken(p, "N-N----") == [("max_nights", None)]
    leave = problem(guards=(Guard("g", days_off=frozenset({2})),))
    assert broken(leave, "--E----") == [("day_off", 2)]
    pinned = problem(pins=(Pin("g", 1, "L"), Pin("g", 3, None)))
    assert broken(pinned, "-L-----") == []
    assert broken(pinned, "-E-E---") == [("pin", 1), ("pin", 3)]


def test_posts_qualification_and_minimum_cover():
    posts = (Post("gate", qualification="gate", shifts=frozenset("E")), Post("lobby"))
    guards = (Guard("a", qualifications=frozenset({"gate"})), Guard("b"))
    p = problem(guards=guards, posts=posts, horizon=2,
                cover=(Cover(0, "E", 1, post="gate", minimum=1),))
    ok = Roster({"a": ("E", None), "b": ("E", None)}, {"a": ("gate", None), "b": ("lobby", None)})
    assert Validator(p).report(ok).violations == []
    swapped = Roster(ok.shifts, {"a": ("lobby", None), "b": ("gate", None)})
    rules = sorted((v.rule, v.guard, v.day) for v in Validator(p).report(swapped).violations)
    assert rules == [("qualification", "b", 0)]
    empty_gate = Roster({"a": ("E", None), "b": (None, None)}, {"a": ("lobby", None)})
    assert [(v.rule, v.day) for v in Validator(p).report(empty_gate).violations] == [
        ("cover_minimum", 0)]
    wrong_shift = Roster({"a": ("L", None), "b": (None, None)}, {"a": ("gate", None)})
    assert {v.rule for v in Validator(p).report(wrong_shift).violations} == {
        "unknown_post", "cover_minimum"}


def test_curtois_objective_by_hand():
    guards = (Guard("a"), Guard("b"), Guard("c"))
    p = problem(guards=guards, horizon=2,
                cover=(Cover(0, "E", 2, 100, 1), Cover(1, "E", 1, 100, 1), Cover(1, "L", 1, 50, 7)),
                requests=(Request("a", 0, True, 4, "L"), Request("b", 1, False, 3, "E"),
                          Request("c", 1, False, 2), Request("c", 0, True, 9)))
    roster = Roster({"a": ("E", "E"), "b": (None, "E"), "c": (None, "E")})
    report = Validator(p).report(roster)
    # day 0 E: 1 of 2 -> 100; day 1 E: 3 for 1 -> 2 x 1; day 1 L: 0 of 1 -> 50
    # a wanted L on day 0 (4), b works the E it wanted off (3), c works a day it
    # wanted off (2) and is off on a day it wanted on (9)
    assert report.objective == 100 + 2 + 50 + 4 + 3 + 2 + 9
    assert sorted(p.rule for p in report.penalties) == [
        "cover_over", "cover_under", "cover_under", "request_off", "request_off",
        "request_on", "request_on"]


def test_explain_a_cell():
    p = problem(requests=(Request("g", 1, False, 3, "E"),), pins=(Pin("g", 1, "E"),),
                cover=(Cover(1, "E", 2),))
    v = Validator(p)
    roster = Roster({"g": row("LE-----")})
    why = v.explain(roster, "g", 1)
    assert [x.rule for x in why.violations] == ["succession"]
    assert sorted(x.rule for x in why.penalties) == ["cover_under", "request_off"]
    assert any("pinned" in n for n in why.notes)
    assert v.explain(roster, "g", 4).violations == ()


def test_guard_report_matches_the_full_report():
    p = problem(Contract(max_consecutive=2), guards=(Guard("a", contract=Contract(
        max_consecutive=2)), Guard("b")), requests=(Request("b", 0, True, 5),))
    roster = Roster({"a": row("EEE----"), "b": row("-------")})
    v = Validator(p)
    assert [x.rule for x in v.guard_report(roster, "a").violations] == ["max_consecutive"]
    assert v.guard_report(roster, "b").objective == 5


@pytest.mark.parametrize("text", ["X------"])
def test_unknown_shift(text):
    assert broken(problem(), text) == [("unknown_shift", 0)]


def test_a_guards_own_minimum_rest_between_shifts_also_across_the_month_boundary():
    # N ends 07:00; L starts 14:00 the next day (7 h later), E at 07:00 (0 h), N at 21:00 (14 h)
    p = problem(Contract(min_rest_minutes=12 * 60))
    assert broken(p, "NL-----") == [("min_rest", 1)]
    assert broken(p, "NN-----") == []
    assert broken(p, "N-L----") == []
    assert broken(p, "NE-----") == [("min_rest", 1)]
    assert broken(problem(), "NL-----") == []  # without the contract's rest: allowed
    carried = problem(Contract(min_rest_minutes=12 * 60), carry_over={
        "g": CarryOver(last_shift="N", worked_days=1)})
    assert broken(carried, "L------") == [("min_rest", 0)]
    assert broken(carried, "-L-----") == []
