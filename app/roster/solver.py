"""Solve a rostering problem within a time budget, cancellable, with throttled progress.

With two workers or more (the default), :mod:`app.roster.portfolio` runs CP-SAT on the
whole model (with the full LP, CP-SAT's "max_lp": near-tight bounds on these models, it
proves the small ones optimal) side by side with large-neighbourhood search
(:mod:`app.roster.lns`, which scales to the large ones). With one worker, or with
``lns=False``, the whole-model search comes first and LNS follows. ``keep_close_to`` turns
the solve into a minimal-change re-plan (fewest changed cells first, then the objective).

Determinism: with ``deterministic=True`` every limit is CP-SAT's deterministic time
(``seconds`` then counts deterministic seconds, roughly wall seconds), the whole-model
search interleaves its workers (``interleave_search``), LNS runs in batches of subsolves
with one worker each and seeds drawn from ``seed``: the same input, seed and worker count
give the same roster on any machine. Without it, ``seconds`` is wall time and the result
depends on timing (faster, not reproducible).
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Callable, Iterable

from app.roster.cpmodel import RosterModel
from app.roster.model import Pin, Problem, Roster
from app.roster.validator import Report, Validator

Progress = Callable[[int | None, int | None, float], None]


class CancelToken:
    """A cancel flag (like ``threading.Event``) that also stops a running CP-SAT search
    at once instead of at the next check."""

    def __init__(self):
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._hooks: list[Callable[[], None]] = []

    def is_set(self) -> bool:
        return self._event.is_set()

    def set(self) -> None:
        self._event.set()
        with self._lock:
            hooks = list(self._hooks)
        for hook in hooks:
            hook()

    cancel = set

    def add_hook(self, hook: Callable[[], None]) -> None:
        with self._lock:
            self._hooks.append(hook)

    def remove_hook(self, hook: Callable[[], None]) -> None:
        with self._lock:
            if hook in self._hooks:
                self._hooks.remove(hook)


@dataclass
class SolveResult:
    roster: Roster | None
    status: str  # "optimal", "feasible", "infeasible", "unknown"
    objective: int | None  # the validator's score of ``roster``
    bound: int | None  # a proven lower bound on the objective (None: none known)
    wall_time: float
    cancelled: bool = False
    solver_objective: int | None = None  # CP-SAT's own value of the roster
    changed_cells: int | None = None  # with keep_close_to: cells that differ from it
    report: Report | None = None
    iterations: int = 0  # LNS subsolves


class _Run:
    """Book-keeping of one solve: clock, budget, cancel, stop hooks, progress."""

    def __init__(self, seconds, deterministic, cancel, progress):
        self.start = time.monotonic()
        self.seconds = seconds
        self.deterministic = deterministic
        self.cancel = cancel
        self.progress = progress
        self.det_used = 0.0
        self.best: int | None = None
        self.bound: int | None = None
        self._solvers: list = []
        self._lock = threading.Lock()
        self._last_progress = 0.0
        self.interrupted = False  # Ctrl-C while waiting: stop, keep the best so far
        self.improved_at = 0.0

    def elapsed(self) -> float:
        return time.monotonic() - self.start

    def remaining(self) -> float:
        used = self.det_used if self.deterministic else self.elapsed()
        return self.seconds - used

    def cancelled(self) -> bool:
        return self.interrupted or (self.cancel is not None and self.cancel.is_set())

    def register(self, solver) -> None:
        with self._lock:
            self._solvers.append(solver)
        if self.cancelled():
            solver.stop_search()

    def unregister(self, solver) -> None:
        with self._lock:
            if solver in self._solvers:
                self._solvers.remove(solver)

    def stop_all(self) -> None:
        with self._lock:
            for s in self._solvers:
                s.stop_search()

    def report(self, best: int | None = None, bound: int | None = None, force=False) -> None:
        with self._lock:
            if best is not None and (self.best is None or best < self.best):
                self.best = best
                self.improved_at = self.elapsed()
                force = force or self._last_progress == 0.0
            if bound is not None and (self.bound is None or bound > self.bound):
                self.bound = bound
            now = time.monotonic()
            if self.progress is None or not (force or now - self._last_progress >= 0.25):
                return
            self._last_progress = now
            best, bound = self.best, self.bound
        self.progress(best, bound, self.elapsed())

    def wait(self, futures, stop_when: Callable[[], bool] | None = None) -> None:
        """Wait for futures, stopping their searches on cancel, past the wall budget, or
        when ``stop_when()`` says so."""
        pending = set(futures)
        while pending:
            try:
                _, pending = wait(pending, timeout=0.05, return_when=FIRST_COMPLETED)
            except KeyboardInterrupt:
                self.interrupted = True
            if self.cancelled() or (not self.deterministic and self.remaining() < -0.5) or (
                    stop_when is not None and stop_when()):
                self.stop_all()


def _params(solver, *, workers: int, seed: int, seconds: float, deterministic: bool) -> None:
    prm = solver.parameters
    prm.num_workers = max(1, workers)
    prm.random_seed = seed
    # The LP with every Boolean constraint in it gives these models near-tight bounds
    # (CP-SAT's "max_lp"); with two workers the other one runs CP-SAT's own LNS.
    if workers > 1:
        prm.subsolvers.append("max_lp")
    else:
        prm.linearization_level = 2
        prm.add_lp_constraints_lazily = False
    if deterministic:
        prm.interleave_search = True
        prm.max_deterministic_time = max(0.01, seconds)
    else:
        prm.max_time_in_seconds = max(0.01, seconds)


def cp_solve(run: _Run, rm: RosterModel, pool, *, workers, seed, seconds, hint=None,
             track=True, stop_when=None, extra=None):
    """CP-SAT on the whole model; returns (x values or None, objective, bound, proven)."""
    from ortools.sat.python import cp_model

    if hint is not None:
        rm.add_hint(hint)
    solver = cp_model.CpSolver()
    _params(solver, workers=workers, seed=seed, seconds=seconds,
            deterministic=run.deterministic)
    for key, value in (extra or {}).items():
        setattr(solver.parameters, key, value)

    class Watch(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self):
            run.report(round(self.objective_value), round(self.best_objective_bound))

    def go():
        run.register(solver)
        if run.cancelled():
            return None
        return solver.solve(rm.model, Watch() if track else None)

    fut = pool.submit(go)
    run.wait([fut], stop_when)
    status = fut.result()
    run.unregister(solver)
    if status is None:
        return None, None, None, False
    run.det_used += solver.deterministic_time
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        sol = solver.response_proto.solution
        values = {i: int(sol[i]) for i in rm.x_indices}
        bound = round(solver.best_objective_bound)
        if track:
            run.report(round(solver.objective_value), bound, force=True)
        return values, round(solver.objective_value), bound, status == cp_model.OPTIMAL
    return None, None, None, status == cp_model.INFEASIBLE


PORTFOLIO_CELLS = 6000  # larger models: the whole-model LP is too slow to share a core with
QUICK_START = {"symmetry_level": 0}  # no symmetry search in presolve: on a model this large
# it costs a second before the first roster and no proof is in reach anyway
FIRST_PHASE = 0.05  # share of the budget the whole-model search has at least, before LNS
STALL = 0.1  # phase one goes on while it improves within this share of the budget
CLOSE = 0.2  # ... and while its bound is within this share of its best objective


def _start(run: _Run, rm: RosterModel, pool, *, workers, seed, hint, lns):
    """CP-SAT on the whole model until the first solution, then (after at least FIRST_PHASE
    of the budget) for as long as it keeps improving with a bound in sight; for the whole
    budget without LNS. On a large model (Curtois 12: 60 guards, 10 shifts) the whole-model
    search improves far slower than LNS: handing over after 3 s of 60 instead of 12 s
    took the gap from 12-14 % to 4.5-6.9 %."""
    if not lns:
        return cp_solve(run, rm, pool, workers=workers, seed=seed, seconds=run.seconds,
                        hint=hint)
    least = max(min(run.seconds, 1.0), FIRST_PHASE * run.seconds)
    if run.deterministic:  # a deterministic budget, doubled until a solution turns up
        budget = least
        while True:
            found = cp_solve(run, rm, pool, workers=workers, seed=seed, seconds=budget,
                             hint=hint)
            if found[0] is not None or found[3] or run.remaining() <= 0 or run.cancelled():
                return found
            budget = min(2 * budget, run.remaining())

    def enough() -> bool:
        t = run.elapsed()
        if run.best is None or t < least:
            return False
        if t - run.improved_at >= STALL * run.seconds:
            return True  # stalled
        # a far-off bound means the whole model is too big for a proof: LNS does better
        return run.bound is None or run.best - run.bound > CLOSE * max(1, abs(run.best))

    return cp_solve(run, rm, pool, workers=workers, seed=seed, seconds=run.remaining(),
                    hint=hint, stop_when=enough, extra=QUICK_START)


def solve(problem: Problem, seconds: float = 10.0, *, workers: int = 2, seed: int = 0,
          progress: Progress | None = None, cancel=None, hint: Roster | None = None,
          pins: Iterable[Pin] = (), keep_close_to: Roster | None = None,
          deterministic: bool = False, lns: bool = True,
          change_cost: int | None = None) -> SolveResult:
    """The best roster found within ``seconds`` (see the module notes on determinism).

    ``progress(best, bound, elapsed)`` is called from a worker thread, at most four times
    a second. ``cancel`` (a :class:`CancelToken` or a ``threading.Event``) stops the search
    and keeps the best roster found so far. ``pins`` are added to the problem's pins.
    With ``keep_close_to``, ``change_cost`` is what a changed cell costs (see
    :mod:`app.roster.replan`).
    """
    pins = tuple(pins)
    if pins:
        problem = problem.with_(pins=problem.pins + pins)
    run = _Run(seconds, deterministic, cancel, progress)
    hook = run.stop_all
    if hasattr(cancel, "add_hook"):
        cancel.add_hook(hook)
    rm = RosterModel(problem)
    validator = Validator(problem)
    try:
        with ThreadPoolExecutor(max_workers=max(1, workers),
                                thread_name_prefix="roster-solve") as pool:
            if keep_close_to is not None:
                from app.roster.replan import solve_close

                return solve_close(run, rm, pool, validator, keep_close_to, workers=workers,
                                   seed=seed, hint=hint, change_cost=change_cost)
            if lns and workers > 1 and not deterministic and len(rm.x) <= PORTFOLIO_CELLS:
                from app.roster.portfolio import run_portfolio

                values, obj, bound, proven, iterations = run_portfolio(
                    run, rm, pool, workers=workers, seed=seed, hint=hint, validator=validator)
                return _result(run, rm, validator, values, obj, bound, proven, iterations)
            values, obj, bound, proven = _start(run, rm, pool, workers=workers, seed=seed,
                                                hint=hint, lns=lns)
            if not proven:
                values, obj = keep_hint(rm, validator, hint, values, obj)
            iterations = 0
            if values is not None and lns and not proven:
                from app.roster.lns import improve

                values, obj, iterations = improve(run, rm, pool, values, obj, workers=workers,
                                                  seed=seed, validator=validator)
    finally:
        if hasattr(cancel, "remove_hook"):
            cancel.remove_hook(hook)
    return _result(run, rm, validator, values, obj, bound, proven, iterations)


def keep_hint(rm: RosterModel, validator: Validator, hint: Roster | None, values, objective):
    """The hint itself, when it is a whole valid roster better than the one found: a lead who
    solves again from the roster on screen never gets a worse one back (CP-SAT takes a hint
    as a guide, and on Curtois 12 a minute's search from a roster of 4,515 ended at 5,056)."""
    if hint is None or any(g not in hint.shifts for g in rm.guard_ids):
        return values, objective
    report = validator.report(hint)
    if not report.feasible or (objective is not None and report.objective >= objective):
        return values, objective
    return rm.assignment(hint), report.objective


def _result(run, rm, validator, values, obj, bound, proven, iterations, changed=None):
    if values is None:
        status = "infeasible" if proven else "unknown"
        run.report(force=True)
        return SolveResult(None, status, None, None, run.elapsed(), run.cancelled(),
                           iterations=iterations)
    roster = rm.roster_of(values)
    report = validator.report(roster)
    optimal = proven or (bound is not None and obj <= bound)
    run.report(report.objective, bound, force=True)
    return SolveResult(roster, "optimal" if optimal else "feasible", report.objective,
                       bound, run.elapsed(), run.cancelled(), obj, changed, report, iterations)
