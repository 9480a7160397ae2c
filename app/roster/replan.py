"""Minimal-change re-planning: when a guard calls in sick, a new feasible roster close to the
published one. Each changed cell costs ``change_cost`` points on top of the usual objective,
so a post left short (100 points in the demo month) is filled when a few changes can fill
it, and nothing else moves for a wish of a point or two. With ``change_cost=None``: the
fewest changes first, then the best roster with that many (lexicographic) -- which, where
only the hard minimum binds, leaves the sick guard's posts short (demo month: 4 -> 204).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from app.roster.cpmodel import FALSE, RosterModel
from app.roster.model import Problem, Roster

CHANGE_COST = 40  # points a changed cell costs: a gap of 100 is filled by at most two changes


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


FIX = {"fix_variables_to_their_hinted_value": True}  # a local solve: the rest as published


def solve_close(run, rm: RosterModel, pool, validator, reference: Roster, *, workers: int,
                seed: int, hint: Roster | None = None, change_cost: int | None = None):
    """A roster close to ``reference`` (see the module notes). Every solve runs first
    locally: every guard free on the days around the cells that must change, the rest of
    the month held as published, so it is small and quick (on the demo month a whole-model
    solve spends about 2 s in presolve alone); what time is left goes to the whole month."""
    changes = changed_cells_expr(rm, reference)
    local = _local_fixings(rm, reference)
    if change_cost is not None:
        return _weighed(run, rm, pool, validator, reference, changes, local, change_cost,
                        workers=workers, seed=seed, hint=hint)
    return _fewest_first(run, rm, pool, validator, reference, changes, local,
                         workers=workers, seed=seed, hint=hint)


def _weighed(run, rm: RosterModel, pool, validator, reference: Roster, changes, local,
             cost: int, *, workers: int, seed: int, hint: Roster | None):
    """The least of ``cost`` × changed cells + the objective: locally, then over the whole
    month from the local answer (or from the published roster)."""
    from app.roster.solver import _result, cp_solve

    rm.model.minimize(cost * changes + rm.objective)
    best = cost_of_best = None
    if local:
        _hint_local(rm, local)
        best, cost_of_best = cp_solve(run, rm, pool, workers=workers, seed=seed,
                                      seconds=run.remaining() * 0.5, track=False, extra=FIX)[:2]
    start = rm.roster_of(best) if best else hint or reference
    proven = False
    if run.remaining() > 0.05 or best is None:
        found = cp_solve(run, rm, pool, workers=workers, seed=seed,
                         seconds=max(0.05, run.remaining()), hint=start, track=False)
        if found[0] is not None and (best is None or found[1] <= cost_of_best):
            best, cost_of_best, proven = found[0], found[1], found[3]
        elif best is None:  # no roster at all: infeasible (proven) or out of time
            return _result(run, rm, validator, None, None, None, found[3], 0)
    # the solver's value is the weighed one; the result's objective is the validator's
    result = _result(run, rm, validator, best, cost_of_best, None, proven, 0)
    result.changed_cells = len(result.roster.changed_cells(reference))
    return result


def _fewest_first(run, rm: RosterModel, pool, validator, reference: Roster, changes, local,
                  *, workers: int, seed: int, hint: Roster | None):
    """Fewest changes, then the best roster with that many, each locally first; the whole
    month last, with the count of changes held: a better roster, never more changes."""
    from app.roster.solver import _result, cp_solve

    budget = run.remaining()
    values = fewest = None
    proven_a = False
    if local:
        rm.model.minimize(changes)
        _hint_local(rm, local)
        values, fewest, _, _ = cp_solve(run, rm, pool, workers=workers, seed=seed,
                                        seconds=budget * 0.4, track=False, extra=FIX)
    if values is None:  # nothing must change, or not locally: the whole month
        rm.model.minimize(changes)
        found = cp_solve(run, rm, pool, workers=workers, seed=seed,
                         seconds=max(0.05, budget * 0.6 - (budget - run.remaining())),
                         hint=hint or reference, track=False)
        values, fewest, proven_a = found[0], found[1], found[3]
        local = []
    if values is None:
        return _result(run, rm, validator, None, None, None, proven_a, 0)
    rm.model.add(changes <= fewest)
    rm.model.minimize(rm.objective)
    best = values
    if local:  # the best roster with that many changes, locally ...
        _hint_local(rm, local)
        better = cp_solve(run, rm, pool, workers=workers, seed=seed,
                          seconds=max(0.05, run.remaining() * 0.5), track=False, extra=FIX)[0]
        best = better or best
    obj, bound, proven_b = None, None, False
    if run.remaining() > 0.05:  # ... then over the whole month
        found = cp_solve(run, rm, pool, workers=workers, seed=seed, seconds=run.remaining(),
                         hint=rm.roster_of(best))
        if found[0] is not None:
            best, obj, bound, proven_b = found
    if obj is None:  # out of time: the roster in hand is still a valid answer
        obj = validator.report(rm.roster_of(best)).objective
    result = _result(run, rm, validator, best, obj, bound, proven_a and proven_b, 0)
    result.changed_cells = len(result.roster.changed_cells(reference))
    return result


def _hint_local(rm: RosterModel, local: list) -> None:
    rm.model.clear_hints()
    for v, value in local:
        rm.model.add_hint(v, value)


def _local_fixings(rm: RosterModel, reference: Roster, margin: int = 2) -> list:
    """(x variable, published value) for every cell outside the days around the cells the
    new problem no longer allows (none when every published cell is still allowed)."""
    posts = bool(rm.problem.posts)
    broken = set()
    for gi, gid in enumerate(rm.guard_ids):
        row = reference.shifts.get(gid)
        for d in range(rm.problem.horizon):
            s = row[d] if row else None
            if s is not None and (gi, d, s, reference.post(gid, d) if posts else None) \
                    not in rm.x:
                broken.add(d)
    if not broken:
        return []
    lo, hi = min(broken) - margin, max(broken) + margin
    out = []
    for (gi, d), slots in rm.cells.items():
        if lo <= d <= hi:
            continue
        gid = rm.guard_ids[gi]
        s, post = reference.shifts[gid][d], reference.post(gid, d)
        for ss, pp, v in slots:
            out.append((v, int(ss == s and (pp == post or not posts))))
    return out


def with_absence(problem: Problem, guard: str, days: Iterable[int]) -> Problem:
    """The problem with ``guard`` off (sick, on leave) on ``days``; their pins there go."""
    days = frozenset(days)
    guards = tuple(replace(g, days_off=g.days_off | days) if g.id == guard else g
                   for g in problem.guards)
    pins = tuple(p for p in problem.pins if not (p.guard == guard and p.day in days))
    return problem.with_(guards=guards, pins=pins)


def replan(problem: Problem, published: Roster, guard: str, days: Iterable[int],
           seconds: float = 5.0, change_cost: int | None = CHANGE_COST, **options):
    """Re-plan after ``guard`` fell sick on ``days``: returns the solver's result, whose
    ``changed_cells`` counts the cells that differ from ``published``."""
    from app.roster.solver import solve

    return solve(with_absence(problem, guard, days), seconds, keep_close_to=published,
                 change_cost=change_cost, **options)
