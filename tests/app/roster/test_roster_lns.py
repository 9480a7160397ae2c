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
