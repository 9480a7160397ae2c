"""The CP-SAT formulation of a :class:`Problem` (OR-Tools imported lazily).

Variables: ``x[g, d, s, p]`` (guard g works shift s at post p on day d; only for cells
that can be worked: not on leave, shift allowed by the contract, post by qualification),
``work[g, d]`` (the sum of a day's x), one weekend literal per guard and weekend, and one
shortfall variable per cover entry (``under = max(0, preferred - count)``, the excess is
then linear), so the objective is exactly the validator's.

Consecutive-day rules are clauses that forbid short blocks (a sliding-window pattern)
and windows of ``max + 1`` days that sum to at most ``max``; the previous month's tail
(:class:`CarryOver`) enters as constant days before day 0. :meth:`RosterModel.strong` states
them once more as an automaton per guard, for a tighter LP.
"""

from __future__ import annotations

from app.roster.model import Problem, Roster, short_rest_pairs

FALSE = 0
TRUE = 1


class RosterModel:
    def __init__(self, problem: Problem, *, pins: bool = True):
        from ortools.sat.python import cp_model

        self.problem = problem
        self.model = m = cp_model.CpModel()
        self.x: dict[tuple[int, int, str, str | None], object] = {}
        self.work: dict[tuple[int, int], object] = {}  # var, or the constant FALSE
        self.cells: dict[tuple[int, int], list] = {}  # (g, d) -> [(shift, post, var)]
        self.terms: list[tuple[int, object]] = []
        self.automata: list[tuple] = []  # each guard's runs of days, see _runs and strong()
        # helper variable index -> how the x fix it, in an order where each helper comes
        # after those it is made of: ("sum", xs) a day worked, ("or", days) a weekend
        # worked, ("under", preferred, xs) a cover's shortfall (see helper_values)
        self.defined: dict[int, tuple] = {}
        self.offset = 0
        p = problem
        self.guard_ids = [g.id for g in p.guards]
        self.gindex = {g.id: i for i, g in enumerate(p.guards)}
        shifts = p.shift_index
        post_shifts = {q.id: q.shifts for q in p.posts}
        pinned = {(pin.guard, pin.day): pin for pin in p.pins} if pins else {}
        for gi, g in enumerate(p.guards):
            posts = p.allowed_posts(g)
            allowed = [s.id for s in p.shifts if g.contract.max_shifts.get(s.id, 1) > 0]
            for d in range(p.horizon):
                pin = pinned.get((g.id, d))
                slots = []
                if d not in g.days_off and not (pin and pin.shift is None):
                    for s in allowed:
                        if pin and pin.shift != s:
                            continue
                        for post in posts:
                            if post is not None and post_shifts[post] and \
                                    s not in post_shifts[post]:
                                continue
                            if pin and pin.post is not None and post != pin.post:
                                continue
                            v = m.new_bool_var(f"x_{g.id}_{d}_{s}_{post or ''}")
                            self.x[gi, d, s, post] = v
                            slots.append((s, post, v))
                self.cells[gi, d] = slots
                if not slots:
                    self.work[gi, d] = FALSE
                elif len(slots) == 1:
                    self.work[gi, d] = slots[0][2]
                else:
                    w = m.new_bool_var(f"w_{g.id}_{d}")
                    m.add(sum(v for _, _, v in slots) == w)
                    self.work[gi, d] = w
                    self.defined[w.Index()] = ("sum", tuple(v.Index() for _, _, v in slots))
                if pin and pin.shift is not None:
                    if not slots:
                        m.add_bool_or([])  # a pin on leave or a forbidden shift: infeasible
                    else:
                        m.add(self.work[gi, d] == 1)
            self._contract(gi, g, shifts)
        self._cover()
        self._requests()
        self.objective = sum(c * v for c, v in self.terms) + self.offset
        m.minimize(self.objective)
        self.x_indices = [v.Index() for v in self.x.values()]
        # (g, d) -> [(shift, post, x proto index)]: a solution's values read by index
        self.slots = {cell: [(s, post, v.Index()) for s, post, v in slots]
                      for cell, slots in self.cells.items()}
        # the shifts each guard can work on some day
        self.can = [frozenset(s for d in range(p.horizon) for s, _, _ in self.cells[gi, d])
                    for gi in range(len(p.guards))]

    # -- helpers ---------------------------------------------------------------------------
    def shift_expr(self, gi: int, d: int, s: str):
        vs = [v for ss, _, v in self.cells[gi, d] if ss == s]
        return sum(vs) if vs else 0

    def _lit(self, gi: int, d: int, carry_work: int | None):
        """work on day d; before day 0 the carried-over value (None: unknown)."""
        if d < 0:
            return carry_work
        return self.work[gi, d]

    def _forbid(self, pattern: list[tuple[object, bool]]) -> None:
        """Forbid the conjunction of (literal is value) pairs; constants simplify."""
        clause = []
        for lit, value in pattern:
            if lit is None:
                return  # unknown (before the horizon): no rule
            if isinstance(lit, int):
                if bool(lit) != value:
                    return  # the pattern cannot occur
                continue
            clause.append(lit.Not() if value else lit)
        self.model.add_bool_or(clause)

    # -- the contract ----------------------------------------------------------------------
    def _contract(self, gi: int, g, shifts) -> None:
        m, p, c, H = self.model, self.problem, g.contract, self.problem.horizon
        works = [self.work[gi, d] for d in range(H)]
        for s in p.shifts:
            limit = c.max_shifts.get(s.id)
            if limit is not None and limit < H:
                m.add(sum(self.shift_expr(gi, d, s.id) for d in range(H)) <= limit)
        minutes = sum(shifts[s].minutes * v for d in range(H) for s, _, v in self.cells[gi, d])
        if c.min_minutes > 0:
            m.add(minutes >= c.min_minutes)
        if c.max_minutes is not None:
            m.add(minutes <= c.max_minutes)
        if c.max_nights is not None:
            m.add(sum(v for d in range(H) for s, _, v in self.cells[gi, d]
                      if shifts[s].is_night) <= c.max_nights)
        carry = p.carry_over.get(g.id)
        pre_work = carry.worked_days if carry else 0
        pre_off = carry.days_off if carry else 0
        before = TRUE if pre_work else FALSE if pre_off else None
        # what may not follow what: the shifts' own rules, and the guard's minimum rest
        after = {s.id: set(s.forbidden_next) for s in p.shifts}
        for first, then in short_rest_pairs(p.shifts, c.min_rest_minutes):
            after[first].add(then)
        if carry and carry.last_shift in shifts:
            for t in after[carry.last_shift]:
                for _, _, v in (x for x in self.cells[gi, 0] if x[0] == t):
                    m.add(v == 0)
        # shifts with the same forbidden successors share one constraint per day: at most
        # one of them today or of those successors tomorrow (a guard works one shift a day,
        # so this forbids exactly the pairs); a tenth of the constraints of one per pair
        # (Curtois 12), each subsolve's presolve has that much less to read
        groups: dict[frozenset[str], list[str]] = {}
        for s in p.shifts:
            if after[s.id]:
                groups.setdefault(frozenset(after[s.id]), []).append(s.id)
        for d in range(H - 1):
            for then, firsts in groups.items():
                today = [v for s, _, v in self.cells[gi, d] if s in firsts]
                tomorrow = [v for t, _, v in self.cells[gi, d + 1] if t in then]
                if today and tomorrow:
                    m.add(sum(today) + sum(tomorrow) <= 1)
        if c.max_consecutive is not None and c.max_consecutive < H + pre_work:
            M = c.max_consecutive
            for t in range(-min(pre_work, M), H - M):
                window = [works[d] for d in range(max(t, 0), t + M + 1) if d < H]
                window = [w for w in window if not isinstance(w, int)]
                if len(window) > M + min(t, 0):
                    m.add(sum(window) <= M + min(t, 0))
        self._min_blocks(gi, c.min_consecutive, True, pre_work, before)
        self._min_blocks(gi, c.min_days_off, False, pre_off, before)
        self._runs(gi, c, pre_work, pre_off)
        if c.max_weekends is not None:
            lits = []
            for days in p.weekends():
                ws = [works[d] for d in days if not isinstance(works[d], int)]
                if not ws:
                    continue
                if len(ws) == 1:
                    lits.append(ws[0])
                else:
                    k = m.new_bool_var(f"wk_{g.id}_{days[0]}")
                    for w in ws:
                        m.add_implication(w, k)
                    m.add_bool_or([k.Not()] + ws)
                    self.defined[k.Index()] = ("or", tuple(w.Index() for w in ws))
                    lits.append(k)
            if len(lits) > c.max_weekends:
                m.add(sum(lits) <= c.max_weekends)

    def _min_blocks(self, gi: int, k: int, working: bool, pre: int, before) -> None:
        """No block of ``working`` days shorter than k, unless it touches an edge of the
        horizon whose other side is unknown."""
        H = self.problem.horizon
        if k <= 1:
            return
        lit = self.work
        if pre and pre < k:  # the carried-over block must go on into day 0
            self._forbid([(lit[gi, 0], not working)])
            for length in range(1, k - pre):
                if length < H:
                    self._forbid([(lit[gi, d], working) for d in range(length)]
                                 + [(lit[gi, length], not working)])
        for start in range(0, H):
            if start == 0 and (before is None or bool(before) == working):
                continue  # unknown past, or a carried-over block handled above
            head = [(self._lit(gi, start - 1, before), not working)]
            for length in range(1, k):
                if start + length >= H:
                    break
                self._forbid(head + [(lit[gi, d], working)
                                     for d in range(start, start + length)]
                             + [(lit[gi, start + length], not working)])

    def strong(self):
        """A copy of the model with each guard's consecutive-day rules stated once more, as
        an automaton over its working days (states: the length of the current run of
        working days or of days off). Redundant with the clauses, but CP-SAT's LP of an
        automaton follows each guard's runs where the clauses' LP spreads fractions of
        shifts over the month: on Curtois 5 plain CP-SAT (2 workers, 60 s) proves the
        optimum, 1,143, where without it it ends at 1,238 with a bound of 855; Curtois 8's
        bound goes from none to 1,277 (best known 1,300). It slows the first roster
        (Curtois 8: 7.6 s against 1.0 s), so it is a copy for the whole-model search. The
        automata add no variables: solutions of either model are solutions of the other."""
        from ortools.sat.python import cp_model

        model = cp_model.CpModel()
        model.proto.copy_from(self.model.proto)
        for works, start, states, moves in self.automata:
            model.add_automaton(works, start, states, moves)
        return model

    def _runs(self, gi: int, c, pre_work: int, pre_off: int) -> None:
        """The automaton of a guard's runs of working days and days off (see strong())."""
        H = self.problem.horizon
        works = [self.work[gi, d] for d in range(H)]
        if all(isinstance(w, int) for w in works):
            return
        most = c.max_consecutive if c.max_consecutive is not None and \
            c.max_consecutive < H + pre_work else None
        least_on, least_off = max(1, c.min_consecutive), max(1, c.min_days_off)
        top = most if most is not None else least_on  # run lengths past it are alike
        states: dict[tuple, int] = {}

        def state(*key) -> int:
            return states.setdefault(key, len(states))

        # ("on", length, exempt: a run from the unknown past, free of the minimum)
        if pre_work:
            start = state("on", min(pre_work, top), False)
        elif pre_off:
            start = state("off", min(pre_off, least_off))
        else:
            start = state("start")
        moves = {(state("start"), 1, state("on", 1, least_on > 1)),
                 (state("start"), 0, state("off", least_off))}
        for length in range(1, top + 1):
            for exempt in (length < least_on, False):
                here = state("on", length, exempt)
                if most is None or length < most:
                    nxt = min(length + 1, top)
                    moves.add((here, 1, state("on", nxt, exempt and nxt < least_on)))
                if exempt or length >= least_on:
                    moves.add((here, 0, state("off", 1)))
        for length in range(1, least_off + 1):
            here = state("off", length)
            moves.add((here, 0, state("off", min(length + 1, least_off))))
            if length >= least_off:
                moves.add((here, 1, state("on", 1, False)))
        self.automata.append((works, start, list(states.values()), sorted(moves)))

    # -- the objective ---------------------------------------------------------------------
    def _cover(self) -> None:
        m = self.model
        by_key: dict[tuple[int, str, str | None], list] = {}
        for (_, d, s, post), v in self.x.items():
            by_key.setdefault((d, s, post), []).append(v)
        self.under = {}
        for c in self.problem.cover:
            vs = by_key.get((c.day, c.shift, c.post), [])
            count = sum(vs)
            if c.minimum:
                m.add(count >= c.minimum)
            if not (c.weight_under or c.weight_over):
                continue
            # cost = w_under * under + w_over * (count - preferred + under)
            if c.preferred > 0:
                u = m.new_int_var(0, c.preferred, f"under_{c.day}_{c.shift}_{c.post or ''}")
                m.add_max_equality(u, [c.preferred - count, 0])
                self.defined[u.Index()] = ("under", tuple(v.Index() for v in vs), c.preferred)
                self.under[c.day, c.shift, c.post] = u
                self.terms.append((c.weight_under + c.weight_over, u))
            if c.weight_over:
                self.terms += [(c.weight_over, v) for v in vs]
                self.offset -= c.weight_over * c.preferred

    def _requests(self) -> None:
        for r in self.problem.requests:
            gi = self.gindex.get(r.guard)
            if gi is None or not 0 <= r.day < self.problem.horizon:
                continue
            e = self.work[gi, r.day] if r.shift is None else self.shift_expr(gi, r.day, r.shift)
            if r.on:
                self.offset += r.weight
                if not isinstance(e, int):
                    self.terms.append((-r.weight, e))
            elif not isinstance(e, int):
                self.terms.append((r.weight, e))

    # -- solutions -------------------------------------------------------------------------
    def helper_values(self, values: dict[int, int]) -> dict[int, int]:
        """Every helper variable's value when the x take ``values``."""
        got = dict(values)
        for i, (kind, parts, *rest) in self.defined.items():
            total = sum(got[j] for j in parts)
            got[i] = total if kind == "sum" else int(total > 0) if kind == "or" else \
                max(0, rest[0] - total)
        return {i: got[i] for i in self.defined}

    def roster_of(self, values: dict[int, int]) -> Roster:
        """The roster of a solution's x values (proto index -> value; missing ones: 0)."""
        p = self.problem
        shifts, posts = {}, {}
        for gi, gid in enumerate(self.guard_ids):
            row, prow = [], []
            for d in range(p.horizon):
                got = next(((s, post) for s, post, i in self.slots[gi, d] if values.get(i)),
                           (None, None))
                row.append(got[0])
                prow.append(got[1])
            shifts[gid] = tuple(row)
            if p.posts:
                posts[gid] = tuple(prow)
        return Roster(shifts, posts)

    def _cell_values(self, roster: Roster):
        """(x variable, whether ``roster`` sets it) for every cell the roster has a row for."""
        for gi, gid in enumerate(self.guard_ids):
            row = roster.shifts.get(gid)
            if row is None:
                continue
            for d in range(self.problem.horizon):
                s, post = row[d], roster.post(gid, d)
                for ss, pp, v in self.cells[gi, d]:
                    yield v, ss == s and (pp == post or not self.problem.posts)

    def assignment(self, roster: Roster) -> dict[int, int]:
        """Proto index -> value of every x variable for a roster (cells it cannot hold
        are left out)."""
        return {v.Index(): int(value) for v, value in self._cell_values(roster)}

    def add_hint(self, roster: Roster) -> None:
        self.model.clear_hints()
        for v, value in self._cell_values(roster):
            self.model.add_hint(v, value)
