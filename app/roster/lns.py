"""Large-neighbourhood search over a :class:`RosterModel`: keep most of the incumbent
roster, free a neighbourhood of cells (a few guards, a window of days, guards over a
window, or the cells around a costly day), re-optimise it with a short CP-SAT subsolve
started from the incumbent, keep the result when it is no worse, repeat.

Subsolves use one worker each and a deterministic time limit; with ``workers`` > 1 a
batch of subsolves runs side by side and the best result of the batch is taken, so with
a fixed seed the sequence of incumbents does not depend on the machine's speed.
"""

from __future__ import annotations

import os
import random
from concurrent.futures import FIRST_COMPLETED, wait
from dataclasses import dataclass

from app.roster.cpmodel import RosterModel

DEBUG = bool(os.environ.get("ROSTER_DEBUG"))
DET_LIMIT = 0.5  # deterministic seconds per subsolve


@dataclass
class Move:
    kind: str
    free: frozenset[tuple[int, int]]
    seed: int


@dataclass
class MoveResult:
    move: Move
    values: dict[int, int] | None  # x proto index -> value, or None when nothing found
    objective: int | None
    optimal: bool
    deterministic_time: float


class Neighbourhoods:
    """Chooses what to free, adapting each kind's size to how the subsolves fare."""

    KINDS = ("guards", "window", "block", "costly")

    def __init__(self, rm: RosterModel, rng: random.Random):
        self.rm = rm
        self.rng = rng
        p = rm.problem
        self.G = len(p.guards)
        self.H = p.horizon
        # initial sizes (free cells): about three guards' months, adapted as we go
        target = min(3 * self.H, self.G * self.H / 2)
        self.size = {k: float(target) for k in self.KINDS}
        self.score = {k: 1.0 for k in self.KINDS}  # recent success, for choosing kinds

    def pick(self) -> str:
        return self.rng.choices(self.KINDS, weights=[self.score[k] for k in self.KINDS])[0]

    def _clip(self, kind: str) -> int:
        cells = self.G * self.H
        s = max(8.0, min(self.size[kind], float(cells)))
        self.size[kind] = s
        return int(s)

    def propose(self, kind: str, costs: list[tuple[int, int | None, int]]) -> Move:
        rng, G, H = self.rng, self.G, self.H
        n = self._clip(kind)
        free: set[tuple[int, int]] = set()
        if kind == "guards" or (kind == "costly" and not costs):
            k = max(1, min(G, round(n / H)))
            for g in rng.sample(range(G), k):
                free.update((g, d) for d in range(H))
        elif kind == "window":
            w = max(1, min(H, round(n / G)))
            start = rng.randrange(0, H - w + 1)
            free.update((g, d) for g in range(G) for d in range(start, start + w))
        elif kind == "block":
            w = max(2, min(H, rng.choice((H // 2, H // 3 + 1, 2 * H // 3))))
            k = max(1, min(G, round(n / w)))
            start = rng.randrange(0, H - w + 1)
            for g in rng.sample(range(G), k):
                free.update((g, d) for d in range(start, start + w))
        else:  # costly: around a penalised day (or a penalised guard's row)
            weights = [c for _, _, c in costs]
            day, guard, _ = rng.choices(costs, weights=weights)[0]
            k = max(2, min(G, round(n / 7)))
            w = max(3, min(H, round(n / k)))
            lo = max(0, min(day - w // 2, H - w))
            guards = set(rng.sample(range(G), k))
            if guard is not None:
                guards.add(guard)
            for g in guards:
                free.update((g, d) for d in range(lo, lo + w))
        return Move(kind, frozenset(free), rng.randrange(1 << 30))

    def feedback(self, result: MoveResult, improved: bool) -> None:
        kind = result.move.kind
        self.size[kind] *= 1.15 if result.optimal else 0.85
        # kinds that improve get chosen more often; none drops below a floor
        self.score[kind] = max(0.3, 0.9 * self.score[kind] + (1.0 if improved else 0.0))


def solve_move(rm: RosterModel, incumbent: dict[int, int], move: Move, det_limit: float,
               run=None) -> MoveResult:
    """Re-optimise the free cells of ``move`` with every other x fixed to the incumbent."""
    from ortools.sat.python import cp_model

    sub = rm.model.clone()
    variables = sub.proto.variables
    for cell, slots in rm.cells.items():
        if cell in move.free:
            continue
        for _, _, v in slots:
            i = v.Index()
            dom = variables[i].domain
            dom[0] = dom[1] = incumbent[i]
    sub.clear_hints()
    hint = sub.proto.solution_hint
    hint.vars.extend(list(incumbent))
    hint.values.extend(list(incumbent.values()))
    solver = cp_model.CpSolver()
    prm = solver.parameters
    prm.num_workers = 1
    prm.random_seed = move.seed
    prm.max_deterministic_time = det_limit
    prm.linearization_level = 2  # a strong LP proves small neighbourhoods optimal quickly
    prm.add_lp_constraints_lazily = False
    if run is not None:
        run.register(solver)
    try:
        status = solver.solve(sub)
    finally:
        if run is not None:
            run.unregister(solver)
    det = solver.deterministic_time
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return MoveResult(move, None, None, False, det)
    solution = solver.response_proto.solution
    values = {i: int(solution[i]) for i in incumbent}
    return MoveResult(move, values, round(solver.objective_value), status == cp_model.OPTIMAL,
                      det)


def _costs(rm: RosterModel, validator, values) -> list[tuple[int, int | None, int]]:
    """(day, guard index or None, cost) of every penalty of the roster ``values`` encode."""
    roster = rm.roster_from(lambda v: values.get(v.Index(), 0))
    out = []
    for p in validator.report(roster).penalties:
        gi = rm.gindex.get(p.guard) if p.guard is not None else None
        out.append((p.day if p.day is not None else 0, gi, p.cost))
    return out


def improve(run, rm: RosterModel, pool, values: dict[int, int], objective: int, *,
            workers: int, seed: int, validator, inbox=None, stop=None):
    """LNS from the incumbent ``values`` until the run's budget is spent (or ``stop()``);
    ``inbox()`` may offer better (values, objective) found elsewhere. Returns
    (values, objective, number of subsolves)."""
    rng = random.Random(seed)
    nbh = Neighbourhoods(rm, rng)
    state = {"values": values, "objective": objective, "costs": _costs(rm, validator, values),
             "iterations": 0}

    def done() -> bool:
        return (run.remaining() <= 0.05 or run.cancelled() or (stop is not None and stop())
                or (run.bound is not None and state["objective"] <= run.bound))

    def check_inbox() -> None:
        offer = inbox() if inbox is not None else None
        if offer is not None and offer[1] < state["objective"]:
            state["values"], state["objective"] = offer
            state["costs"] = _costs(rm, validator, offer[0])

    def submit(limit_by_wall: bool):
        det = DET_LIMIT
        if limit_by_wall:
            det = min(DET_LIMIT, max(0.05, run.remaining()))
        move = nbh.propose(nbh.pick(), state["costs"])
        return pool.submit(solve_move, rm, state["values"], move, det, run)

    def take(r: MoveResult, base_objective: int) -> None:
        state["iterations"] += 1
        nbh.feedback(r, r.values is not None and r.objective < state["objective"])
        if DEBUG:
            print(f"{run.elapsed():6.2f} {r.move.kind:7} n={len(r.move.free):4} "
                  f"opt={r.optimal:d} det={r.deterministic_time:.2f} obj={r.objective} "
                  f"cur={state['objective']}", flush=True)
        if r.values is None:
            return
        better = r.objective < state["objective"]
        if better or (r.objective == state["objective"] == base_objective):
            state["values"], state["objective"] = r.values, r.objective
            if better:
                state["costs"] = _costs(rm, validator, r.values)
                run.report(r.objective)

    if run.deterministic:
        # batches: every subsolve of a batch starts from the same incumbent, the best
        # result (first on ties) is taken, so the outcome does not depend on timing
        while not done():
            futures = [submit(False) for _ in range(max(1, workers))]
            run.wait(futures)
            results = [f.result() for f in futures]
            run.det_used += max(r.deterministic_time for r in results)
            base = state["objective"]
            for r in sorted(results, key=lambda r: (r.values is None, r.objective or 0)):
                take(r, base)
    else:
        # as soon as one subsolve ends the next starts, from the newest incumbent
        flying: dict = {}
        while True:
            check_inbox()
            width = workers() if callable(workers) else workers
            while len(flying) < max(1, width) and not done():
                flying[submit(True)] = state["objective"]
            if not flying:
                break
            finished, _ = wait(list(flying), timeout=0.05, return_when=FIRST_COMPLETED)
            if run.cancelled() or run.remaining() < -0.5:
                run.stop_all()
            for f in finished:
                take(f.result(), flying.pop(f))
    return state["values"], state["objective"], state["iterations"]
