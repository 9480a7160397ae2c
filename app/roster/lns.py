"""Large-neighbourhood search over a :class:`RosterModel`: keep most of the incumbent
roster, free a neighbourhood of cells (a few guards, a window of days, guards over a
window, the cells around a costly day, a trade: the guards who could fill a short
cover, around it and around a day where they are surplus, first those with the other day of
its weekend worked or a capped shift to spare, a weekend move: who works half of one of
two weekends and guards with room for more shifts, around both, every weekend and a
stretch of weekdays for many guards, or a wish: a guard with an unmet request and who it
would trade with),
re-optimise it with a short CP-SAT subsolve started from the incumbent, keep the result
when it is no worse, repeat. A subsolve that ends after the incumbent moved on has its
free cells grafted onto the new incumbent, when that is a valid and better roster.

Subsolves use one worker each and a deterministic time limit, doubled every ``STUCK``
subsolves without a better roster (up to ``LONGEST`` times): on the benchmark's plateaus
(a cover short by one guard costs 100) only a bigger neighbourhood, solved longer, gets
out. With ``workers`` > 1 a deterministic run solves a batch of subsolves side by side,
takes the best result of the batch and grafts the others onto it in turn, so with a fixed
seed the sequence of incumbents does not depend on the machine's speed.
"""

from __future__ import annotations

import os
import random
from concurrent.futures import FIRST_COMPLETED, wait
from dataclasses import dataclass

from app.roster.cpmodel import RosterModel
from app.roster.subsolve import Move, MoveResult, Subproblems

DEBUG = bool(os.environ.get("ROSTER_DEBUG"))
DET_LIMIT = 0.2  # deterministic seconds per subsolve ...
DET_LIMIT_SMALL = 0.5  # ... and on a model of at most SMALL_MODEL cells, where longer
SMALL_MODEL = 6000  # subsolves get out of hollows (Curtois 8, 60 s: 4 runs in 7 at 2.5-5 %
# at 1.0 instead of 1 in 5 at 0.2; Curtois 10: 0.3 % instead of 2.6 %). At 0.5 rather
# than 1.0 a minute holds 1.4 times as many subsolves: where a pure-Python loop of 20 M
# additions takes 1.8-3.5 s, Curtois 8 ended within 10 % in 14 of 18 runs against 10 of
# 18 (seeds 1-10 and 11-18, side by side), and Curtois 7 within 2 % in 4 of 4 against 3
# of 4 (seeds 1-4). Curtois 6 (1,040 cells) ended at 2,044 on seed 1 there, against
# 1,950 at 1.0; but that seed misses with either limit when the search gets a minute of
# such a machine (25 s where the loop takes 1.0 s: 2,043 at 1.0, 2,044 at 0.5): its LNS
# stalls at 2,044 until its third fresh start; in 60 s on the faster machine both limits
# prove 1,950 optimal on seeds 1-6.
# Curtois 8's subsolves that reach the limit of 1.0 had taken two thirds of the
# deterministic time for a twentieth of the gains. Curtois 12 (10,452 cells) needs
# many quick ones (21.8 % at 1.0, 6.9 % at 0.5; on a slower machine, with weekend moves,
# 4.3-9.2 % at 0.2 against 12.2-12.4 % at 0.5: its subsolves that reach the limit spend
# two thirds of the time for an eighth of the gains)
STUCK = 40  # subsolves without a better roster before each doubling of the limit ...
LONGEST = 8  # ... up to this many times DET_LIMIT (back to DET_LIMIT on the next gain)
UNUSED = 6.0  # weight, in a trade, of a guard with a weekend day or a capped shift to spare
WIDE = 6  # days freed each side of the short day for such a guard
ROOM_SHARE = 1 / 8  # guards with room for more shifts a weekend move frees, of all guards
WEEKEND_DAYS = 4  # days freed each side of its two weekends
WEEKEND_LIMIT = 2.0  # deterministic seconds it is solved for, at least


def whole_weekends(problem) -> list[tuple[int, int]]:
    """The (Saturday, Sunday) of each weekend with both days in the horizon."""
    return [days for days in problem.weekends() if len(days) == 2]


class Neighbourhoods:
    """Chooses what to free, adapting each kind's size to how the subsolves fare.

    Not a kind: every guard over 13 days round a short day, solved for 5 deterministic s,
    one at a time, once a search has gone 5 % of the budget without a meaningful gain. It
    filled the weekday shortfall of a stalled roster of Curtois 8 (1,452: 12 shortfalls on
    weekends, one on a Thursday) in 1 of 4 tries, 7-8 s each; in 60 s runs (seeds 1-8, side
    by side, where a pure-Python loop of 20 M additions takes 2.6-2.9 s) 8 ended within 10 %
    in 4 of 8 runs with it and 4 of 8 without.

    Not kept either: jittered subsolves, a random cost of up to a third of a point on each
    free x (the objective scaled by ten), so that a subsolve ends on another roster as good
    as the incumbent instead of the incumbent itself and a search drifts over its plateau.
    Where the loop takes 2.2-2.9 s, with half the subsolves jittered, 30 s searches of
    Curtois 8 that never start again ended with a hit's 12 shortfalls in 9 of 18 runs
    against 4 of 18 (seeds 11-18, 21-30, side by side), but 60 s runs ended within 10 % in
    10 of 16 against 9 of 16 (seeds 1-16); jittered only after 20 subsolves without a gain,
    3 of 10 searches against 2 of 10 (seeds 31-40). Some jittered searches stalled higher
    (1,54x-1,76x, 14-16 shortfalls)."""

    KINDS = ("guards", "window", "block", "costly", "trade", "weekend", "wish", "every_weekend")

    def __init__(self, rm: RosterModel, rng: random.Random):
        self.rm = rm
        self.rng = rng
        p = rm.problem
        self.G = len(p.guards)
        self.H = p.horizon
        self.reset()
        # the shifts each guard can work: guards who share shifts can trade them
        self.can = rm.can
        # the other day of each weekend day's weekend
        self.partner = {d: e for days in p.weekends() for d in days for e in days if e != d}
        # weekend moves on large models only: on Curtois 8 (2,158 cells) they took a third
        # of the late search for 20 points, and 8 ended at 11-27 % in 7 runs against 4-22 %
        self.weekends = whole_weekends(p) if len(rm.x) > SMALL_MODEL else []
        # every weekend for many guards: on small models only (Curtois 12 ended at 1.6-9.2 %,
        # mean 5.9 %, in 4 runs with it, against 3.8-4.8 %, mean 4.4 %, in 5 without)
        self.all_weekends = whole_weekends(p) if len(rm.x) <= SMALL_MODEL and any(
            g.contract.max_weekends is not None for g in p.guards) else []
        self.kinds = tuple(k for k in self.KINDS if (k != "weekend" or self.weekends)
                           and (k != "every_weekend" or len(self.all_weekends) > 1))

    def reset(self) -> None:
        """Sizes and scores as at the start (a search starting again learns afresh)."""
        # initial sizes (free cells): about three guards' months, adapted as we go (a
        # fresh chain of Curtois 8 reached 1,700 in 3.1-7.9 s; with three times these
        # sizes in 6.0-14.2 s, with 0.4 times in 4.9-9.0 s, seeds 1-6 side by side)
        target = min(3 * self.H, self.G * self.H / 2)
        self.size = {k: float(target) for k in self.KINDS}
        # every weekend for most guards (half of all cells): the move gets out of its
        # hollows only when large (from 9 rosters where Curtois 8 had stalled, 23 of 36
        # searches of 20 s did, against 11 of 36 starting at three guards' months)
        self.size["every_weekend"] = self.G * self.H / 2
        self.score = {k: 1.0 for k in self.KINDS}  # recent success, for choosing kinds

    def _kin(self, k: int, first: int | None = None, shift: str | None = None) -> list[int]:
        """``k`` guards, drawn with a bias to those who can work ``shift`` (or share shifts
        with ``first``): freeing guards who cannot trade shifts gains nothing."""
        rng = self.rng
        chosen = [first] if first is not None else []
        if shift is None and first is None:
            first = rng.randrange(self.G)
            chosen = [first]
        others = [g for g in range(self.G) if g not in chosen]
        if shift is not None:
            weights = [4.0 if shift in self.can[g] else 0.25 for g in others]
        else:
            mine = self.can[first]
            weights = [0.25 + len(mine & self.can[g]) / max(1, len(mine | self.can[g]))
                       for g in others]
        while len(chosen) < k and others:
            i = rng.choices(range(len(others)), weights=weights)[0]
            chosen.append(others.pop(i))
            weights.pop(i)
        return chosen[:k]

    def pick(self) -> str:
        return self.rng.choices(self.kinds, weights=[self.score[k] for k in self.kinds])[0]

    def _clip(self, kind: str) -> int:
        cells = self.G * self.H
        s = max(8.0, min(self.size[kind], float(cells)))
        self.size[kind] = s
        return int(s)

    def propose(self, kind: str, costs: "Costs") -> Move:
        rng, G, H = self.rng, self.G, self.H
        n = self._clip(kind)
        free: set[tuple[int, int]] = set()
        if kind in ("trade", "weekend") and not costs.under or (
                kind == "weekend" and not self.weekends):
            kind = "costly"
        if kind == "wish" and not any(g is not None for _, g, _, _ in costs.penalties):
            kind = "costly"
        if kind == "trade":
            self._trade(n, costs, free)
        elif kind == "wish":
            self._wish(n, costs, free)
        elif kind == "weekend":
            self._weekend(costs, free)
        elif kind == "every_weekend":
            self._every_weekend(n, free)
        elif kind == "guards" or (kind == "costly" and not costs.penalties):
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
            weights = [c for _, _, c, _ in costs.penalties]
            day, guard, _, shift = rng.choices(costs.penalties, weights=weights)[0]
            k, days = self._around(n, day)
            for g in self._kin(k, guard, shift if guard is None else None):
                free.update((g, d) for d in days)
        return Move(kind, frozenset(free), rng.randrange(1 << 30))

    def _trade(self, n: int, costs: "Costs", free: set[tuple[int, int]]) -> None:
        """Around a short (day, shift): the guards who could work it, each with the days
        around it and around one of their own days where they are surplus (a shift
        above cover) or nothing (below their maximum), so one guard can move a shift
        from where it is not needed to where it is; and every guard on the days next to
        the short one, to shuffle shift types."""
        rng, G, H = self.rng, self.G, self.H
        day, shift = rng.choice(costs.under)
        r = rng.choice((1, 2, 3))
        span = lambda d: range(max(0, d - r), min(H, d + r + 1))  # noqa: E731
        free.update((g, d) for g in range(G) for d in range(max(0, day - 1), min(H, day + 2)))
        able = [g for g in range(G) if shift in self.can[g] and costs.rows[g][day] != shift]
        if not able:
            return
        partner = self.partner.get(day)
        # a guard off on the short day who works the other day of its weekend can work both
        # without using up another of the weekends its contract allows: its days around
        # the weekend are freed wide, so its runs of shifts and days off can shift round it
        half = {g for g in able if partner is not None and costs.rows[g][day] is None
                and costs.rows[g][partner] is not None}
        # a guard below its contract's cap of this shift (nights, say) can take one more
        # wherever its row is rearranged round it: when the cap binds on every other
        # guard, only such a guard can fill the short cell
        capped = {g for g in able if shift in costs.room[g]}
        weights = [UNUSED if g in half or g in capped else
                   3.0 if costs.surplus[g] or costs.spare[g] else 1.0 for g in able]
        k = max(1, min(len(able), round(max(0, n - len(free)) / (4 * r + 2))))
        for _ in range(k):
            i = rng.choices(range(len(able)), weights=weights)[0]
            g = able.pop(i)
            weights.pop(i)
            free.update((g, d) for d in span(day))
            if g in capped:
                free.update((g, d) for d in range(H))
            elif g in half:
                free.update((g, d) for d in range(max(0, day - WIDE), min(H, day + WIDE + 1)))
            if costs.surplus[g]:
                free.update((g, d) for d in span(rng.choice(costs.surplus[g])))
            elif costs.spare[g]:  # room for one more shift: anywhere in the row
                free.update((g, d) for d in range(H))
            if not able:
                break

    def _around(self, n: int, day: int) -> tuple[int, range]:
        """How many guards, and which window of days round ``day``, make about ``n`` cells
        (a window of a week or so)."""
        G, H = self.G, self.H
        k = max(2, min(G, round(n / 7)))
        w = max(3, min(H, round(n / k)))
        lo = max(0, min(day - w // 2, H - w))
        return k, range(lo, lo + w)

    def _wish(self, n: int, costs: "Costs", free: set[tuple[int, int]]) -> None:
        """Around a guard's unmet request (or any penalty of one guard): that guard, some
        of the guards it would trade with that day (who work the shift it asks for, or
        who are off and could take its shift), and guards who share its shifts, over a
        window of days. The costly move picks penalties by cost, so on Curtois 8, whose
        cap on nights forces 12 shortfalls of 100, it almost never looks at the 70 unmet
        requests of 1-3 points that make the rest of the score."""
        rng, G = self.rng, self.G
        day, guard, _, shift = rng.choice([pen for pen in costs.penalties if pen[1] is not None])
        own = costs.rows[guard][day]
        if own is None or shift is not None and own != shift:
            # it wants to work (this shift): who works such a shift that day
            wanted = {shift} if shift is not None else self.can[guard]
            partners = [g for g in range(G) if g != guard and costs.rows[g][day] in wanted]
        else:  # it wants the day off (or not this shift): who is off and could take it
            partners = [g for g in range(G) if costs.rows[g][day] is None
                        and own in self.can[g]]
        k, days = self._around(n, day)
        chosen = [guard] + rng.sample(partners, min(len(partners), max(1, k // 2)))
        chosen += [g for g in self._kin(k, guard) if g not in chosen]
        for g in chosen[:k]:
            free.update((g, d) for d in days)

    def _every_weekend(self, n: int, free: set[tuple[int, int]]) -> None:
        """Every weekend, with a day each side or none, and a stretch of up to four days
        somewhere in the month, for as many guards as the size allows. With the guards'
        weekend limits, who works which weekend is decided across the month: on Curtois 8
        (67 guard-weekends for 73 asked) the other moves end with one shortfall on a
        weekend or the day before, besides the 12 nights its caps force. Freeing every
        guard from each weekend's Friday to its Monday is solved to optimality in 0.2-1.7
        s and moved that shortfall to a night in 2 of 4 such rosters; but from 3 rosters
        where the search had stalled, it filled no shortfall in 18 tries, nor with two days
        each side (660 cells, never proved in 3 deterministic s). With 3 weekdays more it
        filled one in 12 of 32 tries from 4 such rosters (3 of the 4), in 0.3-2 s each:
        the weekend shifts move along with the runs of weekdays they belong to. In 60 s
        runs, 20 of 22 seeds end with the 12 forced shortfalls only, against 10 of 14
        without the stretch of weekdays. Every guard's Fridays to Mondays with the whole
        rows of two or four guards (at random, or among those with room), solved for up to
        3 deterministic s (0.2-2.4 s each, most proved optimal) from five rosters where 30 s
        searches had stalled, filled a shortfall of one of them only, in every try (this
        move: 2 of 5 tries there)."""
        rng, G, H = self.rng, self.G, self.H
        r = rng.choice((0, 1, 1))
        days = {d for sat, sun in self.all_weekends
                for d in range(max(0, sat - r), min(H, sun + r + 1))}
        w = rng.choice((0, 2, 3, 4))
        start = rng.randrange(0, H - w + 1)
        days.update(range(start, start + w))
        k = max(2, min(G, round(n / len(days))))
        for g in rng.sample(range(G), k):
            free.update((g, d) for d in days)

    def _weekend(self, costs: "Costs", free: set[tuple[int, int]]) -> None:
        """Two weekends, one with a short day if any: the guards who work one day of
        either, and some guards with room for more shifts, on the days around both.
        Curtois 12 asks more guards on its weekends' busy days than the guards' weekend
        limits allow (166 against 130), so every shortfall sits on a weekend day and the
        weekdays end up covered exactly: a guard who works the quiet day of one weekend
        gives it up to work both days of another (a shortfall filled, for one guard over
        cover on the quiet day), and guards with room take over the weekdays that guard
        leaves. From a roster where the other moves had stalled (4,515), 5 of 12 such moves
        gained 90-200, each in 0.3-3.6 s; the whole rows of 16 such guards needed 10 s
        for as much, and 16 guards chosen at random gained nothing."""
        rng, G, H = self.rng, self.G, self.H
        count = len(self.weekends)
        short = {d for d, _ in costs.under}
        first = rng.choice([i for i, days in enumerate(self.weekends) if short & set(days)]
                           or range(count))
        second = rng.choice([i for i in range(count) if i != first] or [first])
        days: set[int] = set()
        for i in {first, second}:
            sat, sun = self.weekends[i]
            days.update(range(max(0, sat - WEEKEND_DAYS), min(H, sun + WEEKEND_DAYS + 1)))
        guards = {g for g in range(G) if costs.half[g] & {first, second}}
        room = [g for g in range(G) if g not in guards and (costs.spare[g] or costs.room[g])]
        guards.update(rng.sample(room, min(len(room), max(2, round(ROOM_SHARE * G)))))
        free.update((g, d) for g in guards for d in days)

    def feedback(self, result: MoveResult, improved: bool) -> None:
        kind = result.move.kind
        self.size[kind] *= 1.15 if result.optimal else 0.85
        # kinds that improve get chosen more often; none drops below a floor
        self.score[kind] = max(0.3, 0.9 * self.score[kind] + (1.0 if improved else 0.0))


@dataclass
class Costs:
    """Where the roster ``values`` encode pays: every penalty as (day, guard index or None,
    cost, shift); the short (day, shift) cells; each guard's row and the days where that
    guard is surplus (works a shift above its cover)."""

    penalties: list[tuple[int, int | None, int, str | None]]
    under: list[tuple[int, str]]
    rows: list[tuple[str | None, ...]]
    surplus: list[list[int]]
    spare: list[bool]  # the guard's contract leaves room for one more shift
    room: list[frozenset[str]]  # capped shifts (nights…) the guard works fewer of than it may
    half: list[frozenset[int]]  # the whole weekends of which the guard works one day only


def _costs(rm: RosterModel, validator, values, report=None) -> Costs:
    """``report``: the validator's report of ``values``, when it is at hand."""
    roster = rm.roster_of(values)
    if report is None:
        report = validator.report(roster)
    penalties, under, over = [], [], set()
    for p in report.penalties:
        gi = rm.gindex.get(p.guard) if p.guard is not None else None
        penalties.append((p.day if p.day is not None else 0, gi, p.cost, p.shift))
        if p.rule == "cover_under":
            under.append((p.day, p.shift))
        elif p.rule == "cover_over":
            over.add((p.day, p.shift))
    rows = [roster.shifts[g] for g in rm.guard_ids]
    surplus = [[d for d, s in enumerate(row) if (d, s) in over] for row in rows]
    shifts = rm.problem.shift_index
    spare = []
    for g, row, can in zip(rm.problem.guards, rows, rm.can):
        worked = [s for s in row if s is not None]
        limit = g.contract.max_minutes
        shortest = min((shifts[s].minutes for s in can), default=None)
        spare.append(shortest is not None and len(worked) < len(row) and (
            limit is None or sum(shifts[s].minutes for s in worked) + shortest <= limit))
    room = [frozenset(s for s, cap in g.contract.max_shifts.items()
                      if 0 < cap < len(row) and row.count(s) < cap)
            for g, row in zip(rm.problem.guards, rows)]
    weekends = whole_weekends(rm.problem)
    half = [frozenset(i for i, (sat, sun) in enumerate(weekends)
                      if (row[sat] is None) != (row[sun] is None))
            if g.contract.max_weekends is not None else frozenset()
            for g, row in zip(rm.problem.guards, rows)]
    return Costs(penalties, under, rows, surplus, spare, room, half)


def improve(run, rm: RosterModel, pool, values: dict[int, int], objective: int, *,
            workers: int, seed: int, validator, inbox=None, stop=None, restart=None):
    """LNS from the incumbent ``values`` until the run's budget is spent (or ``stop()``);
    ``inbox()`` may offer better (values, objective) found elsewhere; ``restart(k)`` gives
    the k-th fresh roster (values, objective) or None, to start again from when the search
    is stuck (see :class:`Restarts`). Returns the best (values, objective, number of
    subsolves)."""
    rng = random.Random(seed)
    nbh = Neighbourhoods(rm, rng)
    subproblems = Subproblems(rm)
    state = {"values": values, "objective": objective, "costs": _costs(rm, validator, values),
             "iterations": 0, "stuck": 0, "epoch": 0}
    best = {"values": values, "objective": objective}
    restarts = Restarts(run, restart)
    restarts.better(objective)
    first_limit = DET_LIMIT_SMALL if len(rm.x) <= SMALL_MODEL else DET_LIMIT

    def done() -> bool:
        return (run.remaining() <= 0.05 or run.cancelled() or (stop is not None and stop())
                or (run.bound is not None and best["objective"] <= run.bound))

    def check_inbox() -> None:
        offer = inbox() if inbox is not None else None
        if offer is not None and offer[1] < state["objective"]:
            adopt(*offer)
            keep_best()

    def adopt(values, objective, report=None) -> None:
        """A better roster (or a fresh one) as the incumbent (``report``: its validator's
        report, when at hand)."""
        state.update(values=values, objective=objective,
                     costs=_costs(rm, validator, values, report), stuck=0)
        restarts.better(objective)

    def submit(limit_by_wall: bool):
        move = nbh.propose(nbh.pick(), state["costs"])
        # stuck in a local optimum: longer subsolves, whose neighbourhoods then grow
        det = first_limit * min(LONGEST, 2 ** (state["stuck"] // STUCK))
        if move.kind == "weekend":
            det = max(det, WEEKEND_LIMIT)
        if limit_by_wall:
            det = min(det, max(0.05, run.remaining()))
        return pool.submit(subproblems.solve, state["values"], move, det, run)

    def keep_best(values=None, objective=None) -> None:
        """The incumbent (or the roster given) if it beats the best of all."""
        if values is None:
            values, objective = state["values"], state["objective"]
        if objective < best["objective"]:
            best["values"], best["objective"] = values, objective
            run.report(objective)

    def take(r: MoveResult, base_objective: int, epoch: int = 0,
             base: dict[int, int] | None = None) -> None:
        """A subsolve's result; it started from ``base`` (of ``base_objective``)."""
        state["iterations"] += 1
        if epoch != state["epoch"]:  # a subsolve from before a restart
            if r.values is not None:
                keep_best(r.values, r.objective)
            return
        state["stuck"] += 1
        nbh.feedback(r, r.values is not None and r.objective < state["objective"])
        if DEBUG:
            print(f"{run.elapsed():6.2f} {r.move.kind:7} n={len(r.move.free):4} "
                  f"opt={r.optimal:d} det={r.deterministic_time:.2f} obj={r.objective} "
                  f"cur={state['objective']}", flush=True)
        if r.values is None:
            return
        if base is not None and base is not state["values"] and r.objective < base_objective:
            # the incumbent moved on while it ran: its gain on top of what was gained since
            both = subproblems.graft(state["values"], r, validator)
            if DEBUG:
                print(f"{run.elapsed():6.2f} graft {r.objective} onto {state['objective']} "
                      f"(both from {base_objective}): {both and both[1]}", flush=True)
            if both is not None and both[1] < min(state["objective"], r.objective):
                # adopted with the graft's report: it was validated once already
                adopt(*both)
                keep_best()
                return
        better = r.objective < state["objective"]
        if better:
            adopt(r.values, r.objective)
            keep_best()
        elif r.objective == state["objective"] == base_objective:
            state["values"] = r.values

    def start_again() -> None:
        fresh = restarts.fresh()
        if fresh is None:
            return
        adopt(*fresh)
        state["epoch"] += 1
        keep_best()
        nbh.reset()
        if DEBUG:
            print(f"{run.elapsed():6.2f} restart from {fresh[1]} (best {best['objective']})",
                  flush=True)

    if run.deterministic:
        # batches: every subsolve of a batch starts from the same incumbent, the best
        # result (first on ties) is taken, so the outcome does not depend on timing
        while not done():
            futures = [submit(False) for _ in range(max(1, workers))]
            run.wait(futures)
            results = [f.result() for f in futures]
            run.det_used += max(r.deterministic_time for r in results)
            base, start = state["objective"], state["values"]
            for r in sorted(results, key=lambda r: (r.values is None, r.objective or 0)):
                take(r, base, base=start)
    else:
        # as soon as one subsolve ends the next starts, from the newest incumbent
        flying: dict = {}
        while True:
            check_inbox()
            if not done():
                start_again()
            width = workers() if callable(workers) else workers
            while len(flying) < max(1, width) and not done():
                flying[submit(True)] = (state["objective"], state["epoch"], state["values"])
            if not flying:
                break
            finished, _ = wait(list(flying), timeout=0.05, return_when=FIRST_COMPLETED)
            if run.cancelled() or run.remaining() < -0.5:
                run.stop_all()
            for f in finished:
                take(f.result(), *flying.pop(f))
    return best["values"], best["objective"], state["iterations"]


class Restarts:
    """When to start again from a fresh roster: some rosters sit in a hollow no
    neighbourhood gets out of (on Curtois 5 and 8 some seeds end 8-12 % above the
    others, and even the whole model, hinted with such a roster, finds nothing better in
    30 s). A search that has not gained MEANINGFUL of its objective for STALE of the
    budget starts again, if at least ROOM of the budget is left; the best roster of all
    is kept. Wall-clock runs only.

    Gains smaller than MEANINGFUL do not count: a stalled search on Curtois 8 still
    trims a request point or two every few seconds (1,447 at 31 s, 1,442 at 33 s, 1,436
    at 42 s, 1,435 at 51 s), which kept it from ever starting again. Stalled rosters of
    Curtois 8 (1,421-1,457, 13 shortfalls where 12 are forced) were proved optimal over
    every guard's weekends and four weekdays more, and over the whole rows of any two
    guards; but 15 s runs hinted with such a roster, which start again from scratch
    after 3 s, ended below 1,360 in 6 of 18 tries. In 60 s runs of Curtois 8, 35 of 37
    ended within 10 % of the best known, against 6 of 8 (seeds 0-7) when every gain
    counted (Curtois 12, too large for the portfolio, never starts again). A fresh start
    needs time: on Curtois 8 one at 44 s of 60, from 9,471, ended at 1,777 where the
    roster it left was at 1,539 (it had taken 32 s to get there).

    A slower machine needs the fresh start sooner. Where a pure-Python loop of 20 M
    additions takes 2.0-2.5 s (1.4 s in the runs above), Curtois 8 ended within 10 % in 3
    of 9 runs (seeds 1, 2, 5, 8-13) when a search started again after 12 s without a
    meaningful gain (STALE 0.2), and in 6 of 9 after 7.2 s (0.12), run for run side by
    side. One of the misses stalled at 1,757 after 18 s, started again at 30 s and ended
    at 1,468, its fresh search still going down. With the sooner start, Curtois 7 and 9
    (seeds 1-2) ended as close or closer, and 10 at 4,654-4,657 against 4,742-4,743.

    Not a fresh roster: going back to the stalled search's last roster at least 15 % above
    where it stalled (on Curtois 8 about 1,700, which runs reached after 4-34 s where the
    loop takes 2.3-2.5 s), which spares the search its descent. Searches of 20 s from the
    rosters where three runs first went below 1,700 ended within 10 % in 6 of 12 tries
    (none of 12 from those below 2,000), and two of the three runs had stalled; but in 60
    s runs (seeds 1-8, side by side) Curtois 8 ended within 10 % in 5 of 8 against 8 of 8
    with fresh rosters."""

    STALE = 0.12
    ROOM = 0.4
    MEANINGFUL = 0.02

    def __init__(self, run, restart):
        self.run, self.restart, self.count = run, restart, 0
        self.mark: int | None = None  # the objective at the last gain that counted
        self.since = run.elapsed()  # ... and when

    def better(self, objective: int) -> None:
        """The search has a better roster."""
        mark = self.mark
        if mark is None or objective <= mark - self.MEANINGFUL * max(1, abs(mark)):
            self.mark, self.since = objective, self.run.elapsed()

    def fresh(self):
        """A fresh (values, objective) to start again from, when it is time; else None."""
        run = self.run
        if (self.restart is None or run.deterministic
                or run.elapsed() - self.since < self.STALE * run.seconds
                or run.remaining() < self.ROOM * run.seconds):
            return None
        self.count += 1
        got = self.restart(self.count)
        self.mark, self.since = (got[1] if got else self.mark), run.elapsed()
        return got
