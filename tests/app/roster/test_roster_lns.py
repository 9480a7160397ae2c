"""The LNS neighbourhoods that trade a shift from where it is not needed to a short cover."""

import random

from app.roster.cpmodel import RosterModel
from app.roster.lns import Neighbourhoods, _costs
from app.roster.model import Contract, Cover, Guard, Problem, Roster, ShiftType
from app.roster.validator import Validator


def test_a_trade_frees_the_short_day_and_a_guard_who_can_fill_it():
    # B is the only one who can work L; L is short on day 3 and B's E on day 1 is surplus
    shifts = (ShiftType("E", 480), ShiftType("L", 480))
    guards = (Guard("A", contract=Contract(max_shifts={"L": 0})),
              Guard("B"), Guard("C", contract=Contract(max_shifts={"L": 0})))
    cover = (Cover(1, "E", 1), Cover(3, "L", 1))
    p = Problem(horizon=7, shifts=shifts, guards=guards, cover=cover)
    roster = Roster({"A": (None, "E", None, None, None, None, None),
                     "B": (None, "E", None, None, None, None, None),
                     "C": (None,) * 7})
    rm = RosterModel(p)
    costs = _costs(rm, Validator(p), rm.assignment(roster))
    assert costs.under == [(3, "L")] and costs.surplus[1] == [1] and costs.spare == [
        True, True, True]
    nbh = Neighbourhoods(rm, random.Random(3))
    for _ in range(10):
        free = nbh.propose("trade", costs).free
        assert (1, 3) in free and (1, 1) in free  # B on the short day and on its surplus day
        assert {(g, 3) for g in range(3)} <= free  # everyone on the short day


class _Clock:
    """A run whose clock the test sets (the restart policy reads only these)."""

    def __init__(self, seconds, deterministic=False):
        self.seconds, self.deterministic, self.now = seconds, deterministic, 0.0

    def elapsed(self):
        return self.now

    def remaining(self):
        return self.seconds - self.now


def test_a_search_stuck_for_12_percent_of_the_budget_starts_again_while_40_percent_is_left():
    from app.roster.lns import Restarts

    run, asked = _Clock(60.0), []
    restarts = Restarts(run, lambda k: asked.append(k) or ({}, 100))
    run.now = 10.0
    restarts.better(1500)
    run.now = 17.0
    assert restarts.fresh() is None  # 7 s without a better roster: not yet
    run.now = 17.5
    assert restarts.fresh() == ({}, 100) and asked == [1]
    run.now = 30.0
    restarts.better(90)
    run.now = 38.0  # stuck again, but only 22 s of 60 left: not worth a fresh start
    assert restarts.fresh() is None and asked == [1]
    det = _Clock(60.0, deterministic=True)  # timing must not change a deterministic run
    det.now = 30.0
    assert Restarts(det, lambda k: asked.append(k)).fresh() is None
    assert Restarts(run, None).fresh() is None


def test_gains_of_a_point_or_two_do_not_keep_a_stalled_search_from_starting_again():
    from app.roster.lns import Restarts

    run, asked = _Clock(60.0), []
    restarts = Restarts(run, lambda k: asked.append(k) or ({}, 9000))
    restarts.better(1500)
    for now, objective in ((3.0, 1495), (5.0, 1480), (7.0, 1479)):  # 21 points: under 2 %
        run.now = now
        restarts.better(objective)
        assert restarts.fresh() is None
    run.now = 7.5  # 7.5 s since 1,500: time for a fresh start
    assert restarts.fresh() == ({}, 9000) and asked == [1]
    run.now = 12.0
    restarts.better(8000)  # the fresh search gains 11 %: that counts
    run.now = 19.0
    assert restarts.fresh() is None
    run.now = 19.5
    assert restarts.fresh() == ({}, 9000) and asked == [1, 2]


def test_an_lns_that_starts_again_keeps_the_best_roster_of_all(instance):
    from concurrent.futures import ThreadPoolExecutor

    from app.roster.lns import improve
    from app.roster.portfolio import _first_solution
    from app.roster.solver import _Run

    p = instance(1)
    rm, validator = RosterModel(p), Validator(p)
    run = _Run(4.0, False, None, None)
    values, objective = _first_solution(run, rm, 0, 2)
    fresh_objectives = []

    def restart(k):
        fresh = _first_solution(run, rm, k, 1)
        fresh_objectives.append(fresh[1])
        return fresh

    with ThreadPoolExecutor(2) as pool:
        best, best_objective, _ = improve(run, rm, pool, values, objective, workers=2, seed=0,
                                          validator=validator, restart=restart)
    # instance 1's optimum (607) comes within a second; then nothing improves: fresh starts
    assert fresh_objectives
    roster = rm.roster_of(best)
    assert validator.report(roster).feasible
    assert validator.report(roster).objective == best_objective == 607


def test_a_trade_frees_the_whole_row_of_a_guard_with_a_capped_shift_to_spare():
    # nights are short on Saturday (day 5); A has used its one night, B has a night to spare
    # (its row is freed whole, so a night can move in and another shift out); C works
    # Sunday but not Saturday: working both costs it no other weekend, so its days round
    # the weekend are freed wide
    shifts = (ShiftType("D", 480), ShiftType("N", 480))
    guards = (Guard("A", contract=Contract(max_shifts={"N": 1}, max_weekends=1)),
              Guard("B", contract=Contract(max_shifts={"N": 2}, max_weekends=1)),
              Guard("C", contract=Contract(max_weekends=1)))
    cover = (Cover(5, "N", 2),)
    p = Problem(horizon=14, shifts=shifts, guards=guards, cover=cover)
    roster = Roster({"A": ("N",) + (None,) * 13,
                     "B": ("N",) + (None,) * 13,
                     "C": (None,) * 6 + ("D",) + (None,) * 7})
    rm = RosterModel(p)
    costs = _costs(rm, Validator(p), rm.assignment(roster))
    assert costs.under == [(5, "N")]
    assert costs.room == [frozenset(), frozenset({"N"}), frozenset()]
    nbh = Neighbourhoods(rm, random.Random(5))
    chosen = {1: 0, 2: 0}
    for _ in range(30):
        free = nbh.propose("trade", costs).free
        if (1, 0) in free or (1, 13) in free:
            assert {(1, d) for d in range(14)} <= free
            chosen[1] += 1
        if (2, 5) in free and (2, 11) in free:
            assert {(2, d) for d in range(12)} <= free
            chosen[2] += 1
    assert chosen[1] >= 10 and chosen[2] >= 10


def test_a_weekend_move_frees_who_works_half_a_weekend_and_guards_with_room_round_two_weekends(
        monkeypatch):
    from app.roster import lns

    small_model = lns.SMALL_MODEL
    monkeypatch.setattr("app.roster.lns.SMALL_MODEL", 0)  # weekend moves: large models only
    # 14 days from a Monday: weekends (5, 6) and (12, 13); Saturday 12 is short. A works
    # Sunday 6 only (half a weekend); B works a full weekend and its most minutes; C and D
    # have room for more
    shifts = (ShiftType("D", 480),)
    weekend = Contract(max_weekends=1)
    guards = (Guard("A", contract=weekend),
              Guard("B", contract=Contract(max_weekends=1, max_minutes=960)),
              Guard("C", contract=weekend), Guard("D", contract=weekend))
    cover = (Cover(12, "D", 3),)
    p = Problem(horizon=14, shifts=shifts, guards=guards, cover=cover)
    off = (None,) * 14
    roster = Roster({"A": off[:6] + ("D",) + off[7:], "B": off[:12] + ("D", "D"),
                     "C": off, "D": off})
    rm = RosterModel(p)
    costs = _costs(rm, Validator(p), rm.assignment(roster))
    assert costs.half == [frozenset({0}), frozenset(), frozenset(), frozenset()]
    nbh = Neighbourhoods(rm, random.Random(1))
    for _ in range(10):
        free = nbh.propose("weekend", costs).free
        # the short Saturday's weekend and the other one, four days each side: days 1-13
        assert {(0, d) for d in range(1, 14)} <= free  # A, half of the first weekend
        assert {(g, d) for g in (2, 3) for d in range(1, 14)} <= free  # room for more shifts
        assert not any(g == 1 or d == 0 for g, d in free)  # B has neither
    monkeypatch.setattr("app.roster.lns.SMALL_MODEL", small_model)
    assert "weekend" not in Neighbourhoods(rm, random.Random(1)).kinds


def test_a_subsolve_changes_only_its_free_cells_and_its_objective_is_the_validators():
    from app.roster.subsolve import Move, Subproblems

    shifts = (ShiftType("D", 480), ShiftType("N", 480, forbidden_next=frozenset({"D"})))
    guards = tuple(Guard(g) for g in "ABC")
    cover = tuple(Cover(d, s, 1) for d in range(7) for s in ("D", "N"))
    p = Problem(horizon=7, shifts=shifts, guards=guards, cover=cover)
    roster = Roster({"A": ("D",) * 7, "B": (None,) * 7, "C": ("N",) * 7})
    rm, validator = RosterModel(p), Validator(p)
    incumbent = rm.assignment(roster)
    subproblems = Subproblems(rm)
    # a night guard and an idle one, days 2-4: B can take C's nights, nothing else moves
    move = Move("test", frozenset((g, d) for g in (1, 2) for d in (2, 3, 4)), 0)
    first = subproblems.solve(incumbent, move, 5.0)
    changed = rm.roster_of(first.values)
    assert first.optimal and changed.shifts["A"] == roster.shifts["A"]
    for g in "BC":
        assert [changed.shifts[g][d] for d in (0, 1, 5, 6)] == [roster.shifts[g][d]
                                                                for d in (0, 1, 5, 6)]
    assert first.objective == validator.report(changed).objective
    # the same worker's model, another move: nothing of the first move is left fixed
    whole = Move("test", frozenset((g, d) for g in range(3) for d in range(7)), 1)
    second = subproblems.solve(first.values, whole, 5.0)
    best = rm.roster_of(second.values)
    assert second.optimal and second.objective == validator.report(best).objective
    assert second.objective <= first.objective


def test_a_wish_move_frees_the_guard_with_an_unmet_request_and_who_it_would_trade_with():
    from app.roster.model import Request

    # A works E on day 5 but asks for L, which only B works that day; C works E on day 3 but
    # asks for the day off, and only D is off then; day 10 is short (a penalty of no guard)
    shifts = (ShiftType("E", 480), ShiftType("L", 480))
    guards = tuple(Guard(g) for g in "ABCDEF")
    cover = (Cover(10, "E", 6),)
    requests = (Request("A", 5, True, 2, "L"), Request("C", 3, False, 1))
    p = Problem(horizon=14, shifts=shifts, guards=guards, cover=cover, requests=requests)
    off = (None,) * 14

    def row(*cells):
        r = list(off)
        for d, s in cells:
            r[d] = s
        return tuple(r)

    busy = [(3, "E"), (5, "E")]
    roster = Roster({"A": row((3, "E"), (5, "E")), "B": row((3, "E"), (5, "L")),
                     "C": row(*busy), "D": row((5, "E")), "E": row(*busy), "F": row(*busy)})
    rm = RosterModel(p)
    costs = _costs(rm, Validator(p), rm.assignment(roster))
    nbh = Neighbourhoods(rm, random.Random(2))
    seen = set()
    for _ in range(20):
        nbh.size["wish"] = 14  # two guards, a week
        free = nbh.propose("wish", costs).free
        guards_freed = {g for g, _ in free}
        days = {d for _, d in free}
        assert len(days) == 7 and all(len({g for g, dd in free if dd == d}) == 2 for d in days)
        if guards_freed == {0, 1}:  # A, and B who works the L it asks for
            assert 5 in days
        else:  # C, and D who is off that day and could take its E
            assert guards_freed == {2, 3} and 3 in days
        seen.add(frozenset(guards_freed))
    assert len(seen) == 2  # both requests are looked at, never the short day alone


def weekends_to_plan(names: str):
    """Three weeks from a Monday: weekends (5, 6), (12, 13), (19, 20); a weekend limit. The
    problem, its model and the costs of an empty roster."""
    guards = tuple(Guard(g, contract=Contract(max_weekends=2)) for g in names)
    p = Problem(horizon=21, shifts=(ShiftType("D", 480),), guards=guards,
                cover=(Cover(5, "D", 3),))
    rm = RosterModel(p)
    costs = _costs(rm, Validator(p), rm.assignment(Roster({g.id: (None,) * 21 for g in guards})))
    return p, rm, costs


def test_an_every_weekend_move_frees_every_weekend_and_some_weekdays_for_many_guards(
        monkeypatch):
    p, rm, costs = weekends_to_plan("ABCDEFGH")
    nbh = Neighbourhoods(rm, random.Random(4))

    def band(margin):
        return {d for sat in (5, 12, 19) for d in range(sat - margin, min(21, sat + 2 + margin))}

    margins, stretches = set(), set()
    for _ in range(40):
        nbh.size["every_weekend"] = 4 * 12  # four guards' weekends with a day each side
        free = nbh.propose("every_weekend", costs).free
        days = {d for _, d in free}
        margin = max(m for m in (0, 1, 2) if band(m) <= days)
        weekdays = days - band(margin)  # and a stretch of up to four days somewhere
        assert not weekdays or max(weekdays) - min(weekdays) < 4
        chosen = {g for g, _ in free}
        assert free == {(g, d) for g in chosen for d in days}  # whole weekends, same days
        assert len(chosen) == round(48 / len(days))
        margins.add(margin)
        stretches.add(len(weekdays) > 0)
    assert margins == {0, 1} and stretches == {False, True}
    # without weekend limits, who works which weekend is no matter: no such move
    free_p = p.with_(guards=tuple(Guard(g) for g in "ABCDEFGH"))
    assert "every_weekend" not in Neighbourhoods(RosterModel(free_p), random.Random(4)).kinds
    monkeypatch.setattr("app.roster.lns.SMALL_MODEL", 0)  # small models only
    assert "every_weekend" not in Neighbourhoods(rm, random.Random(4)).kinds


def test_the_every_weekend_move_starts_with_most_guards():
    """It gets out of its hollows only when large (from 9 rosters where Curtois 8 had
    stalled, 23 of 36 searches of 20 s did, against 11 of 36 starting at the usual size):
    its first move frees half of all cells, on every weekend, where another kind's first
    move frees about three guards' months."""
    _, rm, costs = weekends_to_plan("ABCDEFGHIJKLMNOPQRST")
    for seed in range(10):
        nbh = Neighbourhoods(rm, random.Random(seed))
        free = nbh.propose("every_weekend", costs).free
        days = {d for _, d in free}
        assert len({g for g, _ in free}) == min(20, round(20 * 21 / 2 / len(days))) >= 10
        assert len(nbh.propose("guards", costs).free) == 3 * 21


def test_a_subsolves_gain_is_grafted_onto_an_incumbent_that_moved_on_while_it_ran():
    from app.roster.subsolve import Move, Subproblems

    # days 1 and 5 are short; two subsolves start from the same roster, one frees A around
    # day 1, the other B around day 5: each fills its day, and the second's gain is added to
    # the first's instead of being compared with it
    shifts = (ShiftType("D", 480),)
    guards = (Guard("A"), Guard("B", contract=Contract(max_minutes=480)))
    cover = (Cover(1, "D", 1), Cover(5, "D", 1))
    p = Problem(horizon=7, shifts=shifts, guards=guards, cover=cover)
    rm, validator = RosterModel(p), Validator(p)
    base = rm.assignment(Roster({"A": (None,) * 7, "B": (None,) * 7}))
    subproblems = Subproblems(rm)
    first = subproblems.solve(base, Move("t", frozenset((0, d) for d in (0, 1, 2)), 0), 5.0)
    second = subproblems.solve(base, Move("t", frozenset((1, d) for d in (4, 5, 6)), 0), 5.0)
    assert first.objective == second.objective == 100  # each filled one of the two days
    values, objective, report = subproblems.graft(first.values, second, validator)
    both = rm.roster_of(values)
    assert both.shifts["A"][1] == "D" and both.shifts["B"][5] == "D"
    assert objective == validator.report(both).objective == 0
    assert report.feasible and report.objective == objective  # the search adopts it as is
    # grafted where it breaks a rule (B may work one shift): nothing
    around_one = subproblems.solve(base, Move("t", frozenset((1, d) for d in (0, 1, 2)), 0),
                                   5.0)
    assert around_one.objective == 100
    assert subproblems.graft(second.values, around_one, validator) is None
    # nothing to graft when the subsolve left its cells as the incumbent has them
    assert subproblems.graft(first.values, first, validator) is None


def test_a_subsolve_starts_from_the_whole_incumbent_so_even_a_short_one_returns_a_roster(
        instance):
    from ortools.sat.python import cp_model

    from app.roster.subsolve import Move, Subproblems

    p = instance(4)
    rm = RosterModel(p)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 2
    solver.parameters.stop_after_first_solution = True
    assert solver.solve(rm.model) in (cp_model.FEASIBLE, cp_model.OPTIMAL)
    solution = solver.response_proto.solution
    incumbent = {i: int(solution[i]) for i in rm.x_indices}
    # the days worked, weekends worked and shortfalls, worked out from the x alone
    helpers = rm.helper_values(incumbent)
    assert len(helpers) > len(p.guards) and all(
        value == solution[i] for i, value in helpers.items())
    objective = round(solver.objective_value)
    subproblems = Subproblems(rm)
    G = len(p.guards)
    for seed in range(5):
        rng = random.Random(seed)
        free = frozenset((g, d) for g in rng.sample(range(G), G // 2) for d in range(p.horizon))
        # hinted with the x alone, such a subsolve found no roster in 0.01 s
        result = subproblems.solve(incumbent, Move("test", free, seed), 0.01)
        assert result.values is not None and result.objective <= objective
