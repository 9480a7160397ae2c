"""Minimal-change re-planning: when a guard calls in sick, a new feasible roster that
changes as few cells of the published one as possible, and among those the best by the
usual objective (lexicographic: the second search is bound to the first's count).
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
    """Fewest changes, then the best roster with that many. Both first locally: every guard
    free on the days around the cells that must change, the rest of the month held as
    published, so each solve is small and quick (on the demo month a whole-model solve
    spends about 2 s in presolve alone). What time is left goes to the whole month with the
    count of changes held: a better roster, never more changes."""
    from app.roster.solver import _result, cp_solve

    changes = changed_cells_expr(rm, reference)
    budget = run.remaining()
    local = _local_fixings(rm, reference)
    fix = {"fix_variables_to_their_hinted_value": True}
    values = fewest = None
    proven_a = False
    if local:
        rm.model.minimize(changes)
        _hint_local(rm, local)
        values, fewest, _, _ = cp_solve(run, rm, pool, workers=workers, seed=seed,
                                        seconds=budget * 0.4, track=False, extra=fix)
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
                          seconds=max(0.05, run.remaining() * 0.5), track=False, extra=fix)[0]
        best = better or best
    obj, bound, proven_b = None, None, False
    if run.remaining() > 0.05:  # ... then over the whole month
        found = cp_solve(run, rm, pool, workers=workers, seed=seed, seconds=run.remaining(),
                         hint=rm.roster_from(lambda v: best.get(v.Index(), 0)))
        if found[0] is not None:
            best, obj, bound, proven_b = found
    if obj is None:  # out of time: the roster in hand is still a valid answer
        obj = validator.report(rm.roster_from(lambda v: best.get(v.Index(), 0))).objective
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
           seconds: float = 5.0, **options):
    """Re-plan after ``guard`` fell sick on ``days``: returns the solver's result, whose
    ``changed_cells`` counts the cells that differ from ``published``."""
    from app.roster.solver import solve

    return solve(with_absence(problem, guard, days), seconds, keep_close_to=published,
                 **options)
