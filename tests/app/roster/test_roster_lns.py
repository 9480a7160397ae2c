"""The model's forbidden successions as cliques, and the LNS neighbourhoods that trade a
shift from where it is not needed to a short cover."""

import random
from itertools import product

from app.roster.cpmodel import RosterModel, succession_cliques
from app.roster.lns import Neighbourhoods, _costs
from app.roster.model import Contract, Cover, Guard, Problem, Roster, ShiftType
from app.roster.validator import Validator


def _pairs(shifts):
    return {(s.id, t) for s in shifts for t in s.forbidden_next}


def test_cliques_hold_every_forbidden_pair_and_nothing_else(instance):
    for n in (5, 8, 12):
        shifts = instance(n).shifts
        forbidden = _pairs(shifts)
        cliques = succession_cliques(shifts)
        covered = {pair for today, tomorrow in cliques for pair in product(today, tomorrow)}
        # every pair of a clique is forbidden (the constraint cuts off no allowed roster)
        # and every forbidden pair is in some clique (none is lost)
        assert covered == forbidden
    # instance 12: the night forbids nine shifts; the cliques are far fewer than the pairs
    shifts = instance(12).shifts
    assert len(succession_cliques(shifts)) == 3 < len(_pairs(shifts)) == 36


def test_cliques_of_shifts_without_a_common_structure():
    shifts = (ShiftType("A", 480, forbidden_next=frozenset({"B"})),
              ShiftType("B", 480, forbidden_next=frozenset({"C"})),
              ShiftType("C", 480, forbidden_next=frozenset({"A"})))
    cliques = succession_cliques(shifts)
    assert {pair for a, b in cliques for pair in product(a, b)} == _pairs(shifts)
    assert succession_cliques((ShiftType("D", 480),)) == []


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
