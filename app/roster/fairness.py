"""How evenly the roster shares the burden: nights, weekends and hours per guard, and the
spread of each (the lead compares guards, not only the total penalty)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from app.roster.model import Problem, Roster


@dataclass(frozen=True)
class GuardLoad:
    guard: str
    name: str
    hours: float
    nights: int
    weekends: int  # weekends with a Saturday or Sunday worked
    shifts: int


@dataclass(frozen=True)
class Spread:
    minimum: float
    maximum: float
    mean: float
    stdev: float


def loads(problem: Problem, roster: Roster) -> list[GuardLoad]:
    shifts = problem.shift_index
    weekends = problem.weekends()
    out = []
    for g in problem.guards:
        row = roster.shifts.get(g.id, (None,) * problem.horizon)
        worked = [s for s in row if s is not None]
        out.append(GuardLoad(
            g.id, g.name, round(sum(shifts[s].minutes for s in worked) / 60, 1),
            sum(1 for s in worked if shifts[s].is_night),
            sum(1 for days in weekends if any(row[d] is not None for d in days)), len(worked)))
    return out


def spread(values: list[float]) -> Spread:
    if not values:
        return Spread(0, 0, 0, 0)
    return Spread(min(values), max(values), round(statistics.fmean(values), 2),
                  round(statistics.pstdev(values), 2))


def export_xlsx(problem: Problem, roster: Roster, path, month: str) -> None:
    """The roster (guards × days, with the post) and the fairness table as a workbook."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, PatternFill

    colours = {"A": "FFF4C2", "B": "C9D7F2", "E": "DFF2D8", "M": "FDE2C8", "N": "D9CDEE"}
    posts = {q.id: q.name for q in problem.posts}
    book = Workbook()
    sheet = book.active
    sheet.title = f"排班 {month}"
    weekdays = "一二三四五六日"
    sheet.append(["工号", "姓名"] + [f"{d + 1}（{weekdays[(problem.first_weekday + d) % 7]}）"
                                    for d in range(problem.horizon)])
    for g in problem.guards:
        row = [g.id, g.name]
        for d in range(problem.horizon):
            shift, post = roster.cell(g.id, d)
            row.append(f"{shift} {posts.get(post, '')}".strip() if shift else
                       ("假" if d in g.days_off else ""))
        sheet.append(row)
        for d in range(problem.horizon):
            shift = roster.shift(g.id, d)
            cell = sheet.cell(row=sheet.max_row, column=3 + d)
            cell.alignment = Alignment(horizontal="center")
            if shift in colours:
                cell.fill = PatternFill("solid", fgColor=colours[shift])
    fair = book.create_sheet("公平性")
    fair.append(["工号", "姓名", "工时", "夜班", "周末", "班次"])
    for load in loads(problem, roster):
        fair.append([load.guard, load.name, load.hours, load.nights, load.weekends,
                     load.shifts])
    book.save(path)
