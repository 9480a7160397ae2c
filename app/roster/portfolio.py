"""Two searches side by side on a wall-clock budget: CP-SAT on the whole model (one worker,
the full LP, each guard's runs of days also as an automaton, see
:meth:`RosterModel.strong`: it proves the small instances optimal) and, on the other
workers, a quick first solution followed by the LNS loop (it scales to the large ones).
The LNS adopts every better solution the whole-model search finds. When the whole-model
search stalls (with its bound far off), trails the LNS (more so once it no longer
improves) or has found no roster in a tenth of the budget, it stops and the LNS gets its
worker; a proof of optimality ends both. An LNS stuck for long starts again from another
first solution
(:class:`app.roster.lns.Restarts`)."""

from __future__ import annotations

import threading

from app.roster.cpmodel import RosterModel

LAG = 0.05  # the whole-model search stops when it trails the LNS by more than this share
LAG_IMPROVING = 0.25  # ... or by this share, when it improved within RECENT of the budget
RECENT = 0.1  # (until PATIENT of the budget)
PATIENT = 0.5
EMPTY = 0.1  # ... or when it has found no roster at all in this share of the budget (on
# Curtois 8 and 10 it finds none in 12 s, while the LNS could have had its worker; at 0.02
# rather than 0.1, 30 s searches of Curtois 8 that never start again ended within 10 % in
# 6 of 8 runs against 6 of 8, seeds 11-18 side by side)
STALL_WHOLE = 0.3  # ... or when it has not improved for this share of the budget, unless
NEAR = 0.2  # its bound is within this share of the best roster


def run_portfolio(run, rm: RosterModel, pool, *, workers: int, seed: int, hint, validator):
    """Returns (values or None, objective, bound, proven, LNS subsolves)."""
    from ortools.sat.python import cp_model

    from app.roster.lns import DEBUG, improve
    from app.roster.solver import _params, keep_hint

    lock = threading.Lock()
    best: dict = {"values": None, "objective": None, "fresh": False, "improved_at": 0.0}
    first = threading.Event()
    if hint is not None:
        rm.add_hint(hint)
    strong = rm.strong()
    solver = cp_model.CpSolver()
    _params(solver, workers=1, seed=seed, seconds=run.remaining(), deterministic=False)
    solver.best_bound_callback = lambda bound: run.report(bound=round(bound))
    indices = rm.x_indices

    class Watch(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self):
            sol = self.response_proto.solution
            values = {i: int(sol[i]) for i in indices}
            obj = round(self.objective_value)
            with lock:
                if best["objective"] is None or obj < best["objective"]:
                    best.update(values=values, objective=obj, fresh=True,
                                improved_at=run.elapsed())
            run.report(obj, round(self.best_objective_bound))
            first.set()

    def whole():
        run.register(solver)
        try:
            if run.cancelled():
                return None
            return solver.solve(strong, Watch())
        finally:
            run.unregister(solver)
            first.set()

    quick = pool.submit(_first_solution, run, rm, seed, workers)
    run.wait([quick])
    values, objective = keep_hint(rm, validator, hint, *quick.result())
    future = pool.submit(whole)  # from scratch: a hint of a poor roster misleads it
    with lock:
        if best["objective"] is not None and (objective is None
                                              or best["objective"] < objective):
            values, objective = best["values"], best["objective"]
        best["fresh"] = False
    iterations = 0
    least = max(min(run.seconds, 1.0), 0.2 * run.seconds)

    def whole_is_useful() -> bool:
        """Keeps the whole-model search while it improves on its own and keeps up with
        the LNS; otherwise stops it (its worker goes to the LNS)."""
        if future.done():
            return False
        t = run.elapsed()
        with lock:
            own, since = best["objective"], best["improved_at"]
        if t < least and (own is not None or t < EMPTY * run.seconds):
            return True
        # a search still improving may trail more for a while: on Curtois 5 the whole model
        # is at 1,454 after 12 s where the LNS sits in a hollow at 1,24x it never leaves,
        # then finds 1,16x and proves 1,143
        lag = LAG_IMPROVING if (t - since < RECENT * run.seconds
                                and t < PATIENT * run.seconds) else LAG
        lagging = own is None or (run.best is not None
                                  and own - run.best > lag * max(1, abs(run.best)))
        # nor does a stall stop it while its bound is in sight of the best roster
        near = run.bound is not None and run.best is not None and \
            run.best - run.bound <= NEAR * max(1, abs(run.best))
        stalled = t - since >= STALL_WHOLE * run.seconds and not near
        if stalled or lagging:
            if DEBUG:
                print(f"{t:6.2f} whole stops: own {own} best {run.best} bound {run.bound} "
                      f"since {since:.1f}", flush=True)
            solver.stop_search()
            return False
        return True

    if values is not None and not future.done():
        def inbox():
            with lock:
                if not best["fresh"]:
                    return None
                best["fresh"] = False
                return best["values"], best["objective"]

        def width() -> int:
            return workers - 1 if whole_is_useful() else workers

        def restart(k: int):
            fresh = _first_solution(run, rm, seed + k, workers)
            return fresh if fresh[0] is not None else None

        values, objective, iterations = improve(
            run, rm, pool, values, objective, workers=width, seed=seed,
            validator=validator, inbox=inbox, restart=restart,
            stop=lambda: future.done() and future.result() == cp_model.OPTIMAL)
    solver.stop_search()
    run.wait([future])
    status = future.result()
    proven = status == cp_model.OPTIMAL
    with lock:
        if best["objective"] is not None and (objective is None
                                              or best["objective"] <= objective):
            values, objective = best["values"], best["objective"]
    if status == cp_model.INFEASIBLE:
        return None, None, None, True, iterations
    bound = round(solver.best_objective_bound) if status in (cp_model.OPTIMAL,
                                                             cp_model.FEASIBLE) else run.bound
    if bound is not None and run.bound is not None:
        bound = max(bound, run.bound)
    return values, objective, bound, proven, iterations


def _first_solution(run, rm: RosterModel, seed: int, workers: int):
    """Any roster, fast: CP-SAT's first solution (with two workers or more its feasibility
    jump finds one in a fraction of a second where a single worker may not)."""
    from ortools.sat.python import cp_model

    solver = cp_model.CpSolver()
    prm = solver.parameters
    prm.num_workers = workers
    prm.random_seed = seed
    prm.max_time_in_seconds = max(0.05, run.remaining())
    prm.stop_after_first_solution = True
    run.register(solver)
    try:
        status = solver.solve(rm.model)
    finally:
        run.unregister(solver)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None, None
    sol = solver.response_proto.solution
    objective = round(solver.objective_value)
    run.report(objective)
    return {i: int(sol[i]) for i in rm.x_indices}, objective
