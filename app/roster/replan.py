"""Minimal-change re-planning: when a guard calls in sick, a new feasible roster that
changes as few cells of the published one as possible, and among those the best by the
usual objective (lexicographic: two CP-SAT solves, the second bound to the first's count).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from app.roster.cpmodel import FALSE, RosterModel
from app.roster.model import Problem, Roster


def changed_cells_expr(rm: RosterModel, reference: Roster):
    """A linear expression: the number of cells that differ from ``reference``."""
    terms, const = [], 0
    posts = bool(rm.problem.posts)
    for gi, gid in enumerate(rm.guard_ids):
        row = reference.shifts.get(gid)
        for d in range(rm.problem.horizon):
            s = row[d] if row else None
            if s is None:
                w = rm.work[gi, d]
                if w is not FALSE:
                    terms.append(w)
                continue
            v = rm.x.get((gi, d, s, reference.post(gid, d) if posts else None))
            if v is None:
                const += 1
            else:
                terms.append(1 - v)
    return sum(terms) + const


def solve_close(run, rm: RosterModel, pool, validator, reference: Roster, *, workers: int,
                seed: int, hint: Roster | None = None):
    from app.roster.solver import _result, cp_solve

    changes = changed_cells_expr(rm, reference)
    rm.model.minimize(changes)
    budget = run.remaining()
    values, fewest, _, proven_a = cp_solve(run, rm, pool, workers=workers, seed=seed,
                                           seconds=budget * 0.5, hint=hint or reference,
                                           track=False)
    if values is None:
        return _result(run, rm, validator, None, None, None, proven_a, 0)
    first = rm.roster_from(lambda v: values.get(v.Index(), 0))
    rm.model.add(changes <= fewest)
    rm.model.minimize(rm.objective)
    second, obj, bound, proven_b = cp_solve(run, rm, pool, workers=workers, seed=seed,
                                            seconds=max(0.05, run.remaining()), hint=first)
    if second is None:  # out of time: the fewest-changes roster is still a valid answer
        second, obj, bound, proven_b = values, None, None, False
        obj = validator.report(first).objective
    result = _result(run, rm, validator, second, obj, bound, proven_a and proven_b, 0)
    result.changed_cells = len(result.roster.changed_cells(reference))
    return result


def with_absence(problem: Problem, guard: str, days: Iterable[int]) -> Problem:
    """The problem with ``guard`` off (sick, on leave) on ``days``; their pins there go."""
    days = frozenset(days)
    guards = tuple(replace(g, days_off=g.days_off | days) if g.id == guard else g
                   for g in problem.guards)
    pins = tuple(p for p in problem.pins if not (p.guard == guard and p.day in days))
    return problem.with_(guards=guards, pins=pins)


def replan(problem: Problem, published: Roster, guard: str, days: Iterable[int],
           seconds: float = 5.0, **options):
    """Re-plan after ``guard`` fell sick on ``days``: returns the solver's result, whose
    ``changed_cells`` counts the cells that differ from ``published``."""
    from app.roster.solver import solve

    return solve(with_absence(problem, guard, days), seconds, keep_close_to=published,
                 **options)
