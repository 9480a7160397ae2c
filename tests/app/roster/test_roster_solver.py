"""The CP-SAT solver: its objective is the validator's, pins hold, a seed repeats the
roster, cancelling keeps the best roster, and the model agrees with the validator."""

import random
import threading

from app.roster.model import (
    CarryOver,
    Contract,
    Cover,
    Guard,
    Pin,
    Problem,
    Request,
    Roster,
    ShiftType,
)
from app.roster.solver import CancelToken, solve
from app.roster.validator import Validator


def test_objective_equals_the_validator_on_instances_1_and_2(instance):
    for n, best_known in ((1, 607), (2, 828)):
        p = instance(n)
        result = solve(p, 3, workers=2, seed=0)
        assert result.roster is not None and result.report.feasible
        assert result.solver_objective == result.objective
        assert result.objective == Validator(p).report(result.roster).objective
        assert result.objective >= best_known  # proven optimal values: none can beat them
        assert result.bound is not None and result.bound <= best_known
    assert result.iterations >= 0


def test_instance1_is_solved_to_optimality(instance):
    result = solve(instance(1), 5, workers=2)
    assert result.status == "optimal" and result.objective == 607 == result.bound


def test_pins_are_kept(instance):
    p = instance(1)
    free = solve(p, 2, workers=2).roster
    # pin the opposite of what the unpinned optimum did on two cells
    worked = next(d for d in range(3, 10) if free.shift("B", d) == "D")
    idle = next(d for d in range(3, 10) if free.shift("C", d) is None
                and d not in p.guard_index["C"].days_off)
    pins = (Pin("B", worked, None), Pin("C", idle, "D"))
    result = solve(p, 3, workers=2, pins=pins)
    assert result.report.feasible
    assert result.roster.shift("B", worked) is None and result.roster.shift("C", idle) == "D"
    # the validator sees the pins too when they are part of the problem
    pinned = p.with_(pins=pins)
    assert Validator(pinned).report(result.roster).feasible
    assert not Validator(pinned).report(free).feasible


def test_a_pin_on_leave_is_infeasible(instance):
    p = instance(1)
    result = solve(p, 2, workers=2, pins=(Pin("A", 0, "D"),))
    assert result.status == "infeasible" and result.roster is None


def test_same_seed_same_roster(instance):
    p = instance(5)
    runs = [solve(p, 2.0, workers=2, seed=7, deterministic=True) for _ in range(2)]
    assert runs[0].roster is not None
    assert runs[0].roster == runs[1].roster and runs[0].objective == runs[1].objective
    assert runs[0].iterations == runs[1].iterations and runs[0].iterations > 0


def test_cancel_from_another_thread_keeps_the_best_roster(instance):
    p = instance(8)
    token = CancelToken()
    first = threading.Event()
    seen = []

    def progress(best, bound, elapsed):
        seen.append(best)
        if best is not None:
            first.set()

    out = {}
    worker = threading.Thread(target=lambda: out.update(r=solve(
        p, 120, workers=2, progress=progress, cancel=token)))
    worker.start()
    assert first.wait(60), "no solution reported"
    token.cancel()
    worker.join(30)
    assert not worker.is_alive(), "cancel did not stop the search"
    result = out["r"]
    assert result.cancelled and result.status == "feasible"
    assert result.report.feasible and result.objective == Validator(p).report(
        result.roster).objective
    assert result.objective <= min(b for b in seen if b is not None)


def test_a_plain_event_cancels_too(instance):
    event = threading.Event()
    event.set()
    result = solve(instance(3), 60, workers=2, cancel=event)
    assert result.cancelled and result.wall_time < 60


def test_progress_ends_with_the_result(instance):
    calls = []
    result = solve(instance(2), 2, workers=2, progress=lambda *a: calls.append(a))
    assert calls and calls[-1][0] == result.objective
    assert all(b is None or b <= result.objective for _, b, _ in calls)


def _random_problem(rng: random.Random) -> Problem:
    shifts = (ShiftType("E", 480), ShiftType("L", 480, forbidden_next=frozenset({"E"})),
              ShiftType("N", 600, forbidden_next=frozenset({"E", "L"}), is_night=True))
    guards = []
    carry = {}
    for i in range(4):
        contract = Contract(max_shifts={"N": rng.randint(0, 4)}, min_minutes=rng.choice((0, 2400)),
                            max_minutes=rng.choice((None, 4800)),
                            min_consecutive=rng.randint(1, 3), max_consecutive=rng.randint(3, 6),
                            min_days_off=rng.randint(1, 3), max_weekends=rng.randint(0, 2),
                            max_nights=rng.choice((None, 2)))
        guards.append(Guard(f"g{i}", contract=contract,
                            days_off=frozenset(rng.sample(range(14), rng.randint(0, 2)))))
        if rng.random() < 0.7:
            carry[f"g{i}"] = (CarryOver(worked_days=rng.randint(1, 4),
                                        last_shift=rng.choice("ELN"))
                              if rng.random() < 0.5 else CarryOver(days_off=rng.randint(1, 3)))
    cover = tuple(Cover(d, s, rng.randint(0, 2), rng.choice((10, 100)), rng.randint(0, 3))
                  for d in range(14) for s in "ELN")
    requests = tuple(Request(f"g{rng.randrange(4)}", rng.randrange(14), rng.random() < 0.5,
                             rng.randint(1, 3), rng.choice(("E", "N", None))) for _ in range(8))
    return Problem(horizon=14, shifts=shifts, guards=tuple(guards), cover=cover,
                   requests=requests, carry_over=carry, first_weekday=rng.randrange(7))


def _pinned_rosters(seed: int):
    """(problem, roster, the validator's report, pins of every cell) for rosters that come
    from solutions of random problems, mutated one cell; at least 5 feasible and 5 not."""
    rng = random.Random(seed)
    checked = {True: 0, False: 0}
    for _ in range(12):
        p = _random_problem(rng)
        base = solve(p, 1.0, workers=1, lns=False)
        if base.roster is None:
            continue
        for _ in range(4):
            g = rng.choice(p.guards).id
            d = rng.randrange(p.horizon)
            roster = base.roster.with_cell(g, d, rng.choice(("E", "L", "N", None)))
            truth = Validator(p).report(roster)
            pins = tuple(Pin(gid, day, roster.shift(gid, day)) for gid in roster.shifts
                         for day in range(p.horizon))
            yield p, roster, truth, pins
            checked[truth.feasible] += 1
    assert checked[True] >= 5 and checked[False] >= 5, checked


def test_model_and_validator_agree_cell_by_cell():
    """Pinning every cell to a roster: CP-SAT finds it feasible exactly when the validator
    does, at the validator's cost."""
    for p, roster, truth, pins in _pinned_rosters(3):
        got = solve(p, 1.0, workers=1, pins=pins, lns=False)
        assert (got.roster is not None) == truth.feasible, truth.violations
        if truth.feasible:
            assert got.roster == roster and got.solver_objective == truth.objective


def test_the_strong_model_with_its_automata_agrees_with_the_validator():
    """The whole-model search solves a copy with each guard's runs of days as an automaton
    as well: with every cell pinned it is feasible exactly when the validator says the
    roster is (carry-over from last month included), at the validator's cost, and it has
    the same variables as the plain model."""
    from ortools.sat.python import cp_model

    from app.roster.cpmodel import RosterModel

    for p, _, truth, pins in _pinned_rosters(5):
        rm = RosterModel(p.with_(pins=pins))
        strong = rm.strong()
        assert len(strong.proto.variables) == len(rm.model.proto.variables)
        assert len(strong.proto.constraints) > len(rm.model.proto.constraints)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        status = solver.solve(strong)
        assert (status in (cp_model.OPTIMAL, cp_model.FEASIBLE)) == truth.feasible, \
            truth.violations
        if truth.feasible:
            assert round(solver.objective_value) == truth.objective


def test_empty_roster_helpers():
    p = Problem(horizon=3, shifts=(ShiftType("D", 60),), guards=(Guard("a"),))
    r = Roster.empty(p).with_cell("a", 1, "D")
    assert r.shifts == {"a": (None, "D", None)} and r.changed_cells(Roster.empty(p)) == [("a", 1)]


def test_a_guards_minimum_rest_is_kept_by_the_solver_also_after_last_month():
    night = ShiftType("N", 600, start=21 * 60, is_night=True)
    late = ShiftType("L", 480, start=14 * 60)  # 7 h after a night shift ends
    rested = Contract(min_rest_minutes=12 * 60, min_days_off=1)
    guards = (Guard("tired", contract=rested), Guard("keen", contract=Contract()))
    cover = (Cover(0, "N", 1, minimum=1), Cover(1, "L", 1, minimum=1))
    # "keen" would rather not work day 1: without the rest rule "tired" takes the late shift
    wish = (Request("keen", 1, False, weight=50), Request("tired", 0, True, 500, "N"))
    p = Problem(horizon=2, shifts=(night, late), guards=guards, cover=cover, requests=wish)
    free = solve(p.with_(guards=(Guard("tired"), guards[1])), 2, workers=1)
    assert free.roster.shift("tired", 1) == "L"
    result = solve(p, 2, workers=1)
    assert result.report.feasible and result.objective == Validator(p).report(result.roster).objective
    assert (result.roster.shift("tired", 0), result.roster.shift("tired", 1)) == ("N", None)
    assert result.roster.shift("keen", 1) == "L"
    # a night at the end of last month forbids the late shift on day 0 as well
    carried = p.with_(cover=(Cover(0, "L", 1, minimum=1),), requests=(
        Request("keen", 0, False, weight=50),),
        carry_over={"tired": CarryOver(worked_days=1, last_shift="N")})
    assert solve(carried, 2, workers=1).roster.shift("keen", 0) == "L"


def test_solving_again_from_a_roster_never_returns_a_worse_one(instance):
    p = instance(2)
    good = solve(p, 4.0, workers=2, seed=0)
    # a budget too short to find as good a roster from scratch
    again = solve(p, 0.2, workers=2, seed=1, hint=good.roster)
    assert again.report.feasible and again.objective <= good.objective
    fresh = solve(p, 0.2, workers=2, seed=1)
    assert fresh.objective > good.objective  # so the hint is what kept it
