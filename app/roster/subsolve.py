"""An LNS subsolve: the whole roster model with every x fixed to the incumbent but those of
a move's free cells, re-optimised by a short CP-SAT run (see :class:`Subproblems`), and
the graft of a subsolve's free cells onto a newer incumbent."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from app.roster.cpmodel import RosterModel


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


class Subproblems:
    """The subsolves' models: each worker thread keeps its own copy of the whole model (its
    constraints never change) and, for each move, only replaces its variables: every x
    fixed to the incumbent but those of the free cells, from prototypes built once.
    Copying the model and fixing 10,000 domains one at a time took 50 ms a move on
    Curtois 12, more than a small subsolve itself; this takes 3 ms.

    The helpers (days and weekends worked, shortfalls) that no free cell is part of are
    fixed as well, and the hint gives every free variable, helpers included, its value in
    the incumbent, so the incumbent is a whole solution of the subsolve. Hinted with the
    free x alone, CP-SAT had to complete the hint by search: in a 60 s run of Curtois 12,
    31 of 206 subsolves ended with no roster at all (each one 0.2 deterministic s for
    nothing) and weekend moves were proved optimal in 9 of 20 tries; with the whole hint,
    none of 209 and 21 of 26."""

    def __init__(self, rm: RosterModel):
        from ortools.sat.python import cp_model_helper as helper

        self.rm = rm
        self.free_like: list = []  # each variable as the whole model has it, unnamed
        for var in rm.model.proto.variables:
            proto = helper.IntegerVariableProto()
            proto.domain.extend(list(var.domain))
            self.free_like.append(proto)
        self.fixed = []  # a variable fixed to each value an x or a helper can take
        top = max([1] + [max(self.free_like[i].domain) for i in rm.defined])
        for value in range(top + 1):
            proto = helper.IntegerVariableProto()
            proto.domain.extend([value, value])
            self.fixed.append(proto)
        self.indices = {cell: [i for _, _, i in slots] for cell, slots in rm.slots.items()}
        # the helpers (days, weekends worked, shortfalls) each x is part of, in turn
        made_of: dict[int, list[int]] = {}
        for made, (_, parts, *_) in rm.defined.items():
            for i in parts:
                made_of.setdefault(i, []).append(made)
        self.helpers = {}
        for cell, xs in self.indices.items():
            found, todo = set(), list(xs)
            while todo:
                for made in made_of.get(todo.pop(), ()):
                    if made not in found:
                        found.add(made)
                        todo.append(made)
            self.helpers[cell] = found
        self.local = threading.local()
        self.last = (None, None)  # (incumbent, its helpers' values)

    def _helper_values(self, incumbent: dict[int, int]) -> dict[int, int]:
        last, got = self.last
        if last is not incumbent:
            got = self.rm.helper_values(incumbent)
            self.last = (incumbent, got)
        return got

    def _model(self):
        model = getattr(self.local, "model", None)
        if model is None:
            from ortools.sat.python import cp_model

            model = cp_model.CpModel()
            model.proto.copy_from(self.rm.model.proto)
            self.local.model = model
        return model

    def solve(self, incumbent: dict[int, int], move: Move, det_limit: float,
              run=None) -> MoveResult:
        """Re-optimise the free cells of ``move`` with every other x fixed to the incumbent."""
        from ortools.sat.python import cp_model

        variables = list(self.free_like)
        fixed = self.fixed
        for i, value in incumbent.items():
            variables[i] = fixed[value]
        helpers = self._helper_values(incumbent)
        for i, value in helpers.items():
            variables[i] = fixed[value]
        free = [i for cell in move.free for i in self.indices[cell]]
        free_helpers = sorted({h for cell in move.free for h in self.helpers[cell]})
        for i in free + free_helpers:
            variables[i] = self.free_like[i]
        sub = self._model()
        proto = sub.proto
        proto.variables.clear()
        proto.variables.extend(variables)
        proto.clear_solution_hint()
        proto.solution_hint.vars.extend(free + free_helpers)
        proto.solution_hint.values.extend([incumbent[i] for i in free]
                                          + [helpers[i] for i in free_helpers])
        solver = cp_model.CpSolver()
        prm = solver.parameters
        prm.num_workers = 1
        prm.random_seed = move.seed
        prm.max_deterministic_time = det_limit
        prm.linearization_level = 2  # a strong LP proves small neighbourhoods optimal quickly
        prm.add_lp_constraints_lazily = False
        # with CG and MIR cuts off, Curtois 8's subsolves took a sixth less wall time for
        # as many gains, but 25 s runs ended within 10 % in 5 of 10 against 6 of 10: kept
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
        values = dict(incumbent)
        for i in free:
            values[i] = int(solution[i])
        return MoveResult(move, values, round(solver.objective_value),
                          status == cp_model.OPTIMAL, det)

    def graft(self, incumbent: dict[int, int], result: MoveResult, validator):
        """(values, objective, validator's report) of ``incumbent`` with the cells
        ``result`` freed as it left them, when that changes something and is a valid
        roster; else None. Two subsolves run side by side from one incumbent: the one that
        ends second need not be better than the first's roster to be worth having, its gain
        may add to the first's (on Curtois 12, 7 grafts of 26 in a run's first 25 s gave a
        roster better than both)."""
        values = dict(incumbent)
        changed = False
        for cell in result.move.free:
            for i in self.indices[cell]:
                changed |= values[i] != result.values[i]
                values[i] = result.values[i]
        if not changed:
            return None
        report = validator.report(self.rm.roster_of(values))
        return (values, report.objective, report) if report.feasible else None
