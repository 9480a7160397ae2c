"""Fairness figures per guard and the XLSX export of a roster."""

from openpyxl import load_workbook

from app.roster import demo_month, fairness
from app.roster.model import Roster


def small():
    problem = demo_month.month(guards=6, days=7, first_weekday=0, seed=3)
    roster = Roster.empty(problem)
    g0, g1 = problem.guards[0].id, problem.guards[1].id
    roster = roster.with_cell(g0, 0, "A", "gate").with_cell(g0, 5, "B", "gate")  # Sat night
    roster = roster.with_cell(g1, 6, "N", "patrol").with_cell(g1, 2, "E", "lobby")
    return problem, roster, g0, g1


def test_hours_nights_and_weekends_per_guard():
    problem, roster, g0, g1 = small()
    by_guard = {load.guard: load for load in fairness.loads(problem, roster)}
    assert (by_guard[g0].hours, by_guard[g0].nights, by_guard[g0].weekends) == (24.0, 1, 1)
    assert (by_guard[g1].hours, by_guard[g1].nights, by_guard[g1].weekends) == (16.0, 1, 1)
    idle = problem.guards[2].id
    assert (by_guard[idle].hours, by_guard[idle].shifts) == (0.0, 0)
    s = fairness.spread([load.hours for load in by_guard.values()])
    assert (s.minimum, s.maximum, s.mean) == (0.0, 24.0, round(40 / 6, 2))


def test_the_workbook_has_the_grid_and_the_fairness_table(tmp_path):
    problem, roster, g0, g1 = small()
    path = tmp_path / "roster.xlsx"
    fairness.export_xlsx(problem, roster, path, "2026-12")
    book = load_workbook(path)
    grid = book["排班 2026-12"]
    assert grid["C1"].value == "1（一）" and grid["A2"].value == g0
    assert grid["C2"].value == "A 大门" and grid["H2"].value == "B 大门"
    fair = book["公平性"]
    assert [c.value for c in fair[2]][:5] == [g0, problem.guards[0].name, 24.0, 1, 1]
