"""An independent judge of any roster: hard violations, soft penalties and the objective,
computed from the problem alone (never from solver variables).

The objective is the Curtois & Qu one: the weights of unmet on-requests and of met
off-requests, plus for each covered (day, shift, post) ``weight_under`` per guard short of
the preferred number and ``weight_over`` per guard above it.

:class:`Validator` indexes the problem once; ``report`` re-scores a whole roster (100 guards
over 31 days in a few milliseconds), ``guard_report`` and ``cover_report`` re-check one
guard or one day after an edit, and ``explain`` says which rules and costs touch one cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from app.roster.model import Guard, Problem, Roster, rest_minutes

HARD_RULES = ("unknown_shift", "unknown_post", "max_shifts", "min_minutes", "max_minutes",
              "max_consecutive", "min_consecutive", "min_days_off", "max_weekends",
              "max_nights", "day_off", "succession", "min_rest", "qualification", "pin",
              "cover_minimum")
SOFT_RULES = ("cover_under", "cover_over", "request_on", "request_off")


@dataclass(frozen=True)
class Violation:
    rule: str
    guard: str | None
    day: int | None
    detail: str = ""
    days: tuple[int, ...] = ()  # every day the violation spans (blocks, weekends, totals)

    def touches(self, guard: str, day: int) -> bool:
        return self.guard in (None, guard) and (day == self.day or day in self.days)


@dataclass(frozen=True)
class Penalty:
    rule: str
    cost: int
    guard: str | None = None
    day: int | None = None
    shift: str | None = None
    post: str | None = None
    detail: str = ""


@dataclass
class Report:
    violations: list[Violation] = field(default_factory=list)
    penalties: list[Penalty] = field(default_factory=list)

    @property
    def feasible(self) -> bool:
        return not self.violations

    @property
    def objective(self) -> int:
        return sum(p.cost for p in self.penalties)

    def extend(self, other: "Report") -> "Report":
        self.violations += other.violations
        self.penalties += other.penalties
        return self


@dataclass(frozen=True)
class CellExplanation:
    guard: str
    day: int
    shift: str | None
    post: str | None
    violations: tuple[Violation, ...]
    penalties: tuple[Penalty, ...]  # costs this cell takes part in
    notes: tuple[str, ...]  # leave, pins and requests on this cell, kept or not


class Validator:
    def __init__(self, problem: Problem):
        self.problem = problem
        p = problem
        self.shifts = p.shift_index
        self.post_ids = {q.id for q in p.posts}
        self.post_shifts = {q.id: q.shifts for q in p.posts}
        self.weekends = p.weekends()
        self.requests: dict[str, list] = {}
        for r in p.requests:
            self.requests.setdefault(r.guard, []).append(r)
        self.pins: dict[str, list] = {}
        for pin in p.pins:
            self.pins.setdefault(pin.guard, []).append(pin)
        self.cover_by_day: dict[int, list] = {}
        for c in p.cover:
            self.cover_by_day.setdefault(c.day, []).append(c)
        self.allowed = {g.id: set(p.allowed_posts(g)) for g in p.guards}

    # -- whole roster ------------------------------------------------------------------
    def report(self, roster: Roster) -> Report:
        out = Report()
        for g in self.problem.guards:
            out.extend(self.guard_report(roster, g.id))
        for d in range(self.problem.horizon):
            out.extend(self.cover_report(roster, d))
        return out

    def objective(self, roster: Roster) -> int:
        return self.report(roster).objective

    # -- one day's cover -----------------------------------------------------------------
    def cover_report(self, roster: Roster, day: int) -> Report:
        out = Report()
        entries = self.cover_by_day.get(day)
        if not entries:
            return out
        counts: dict[tuple[str, str | None], int] = {}
        has_posts = bool(roster.posts)
        for g, row in roster.shifts.items():
            s = row[day]
            if s is not None:
                key = (s, roster.posts[g][day] if has_posts and g in roster.posts else None)
                counts[key] = counts.get(key, 0) + 1
        for c in entries:
            n = counts.get((c.shift, c.post), 0)
            if n < c.minimum:
                out.violations.append(Violation(
                    "cover_minimum", None, day,
                    f"{c.shift}@{c.post or '-'}: {n} guards, at least {c.minimum} needed"))
            if n < c.preferred and c.weight_under:
                out.penalties.append(Penalty("cover_under", c.weight_under * (c.preferred - n),
                                             None, day, c.shift, c.post,
                                             f"{n} of {c.preferred}"))
            elif n > c.preferred and c.weight_over:
                out.penalties.append(Penalty("cover_over", c.weight_over * (n - c.preferred),
                                             None, day, c.shift, c.post,
                                             f"{n} for {c.preferred}"))
        return out

    # -- one guard -------------------------------------------------------------------------
    def guard_report(self, roster: Roster, guard_id: str) -> Report:
        g = self.problem.guard_index[guard_id]
        row = roster.shifts[guard_id]
        prow = roster.posts.get(guard_id)
        out = Report()
        v = out.violations
        horizon = self.problem.horizon
        c = g.contract
        counts: dict[str, int] = {}
        minutes = nights = 0
        carry = self.problem.carry_over.get(guard_id)
        prev = carry.last_shift if carry else None
        for d in range(horizon):
            s = row[d]
            if s is None:
                prev = None
                continue
            st = self.shifts.get(s)
            if st is None:
                v.append(Violation("unknown_shift", guard_id, d, s))
                prev = None
                continue
            counts[s] = counts.get(s, 0) + 1
            minutes += st.minutes
            nights += st.is_night
            if d in g.days_off:
                v.append(Violation("day_off", guard_id, d, "works on a day off"))
            if prev is not None and s in self.shifts[prev].forbidden_next:
                v.append(Violation("succession", guard_id, d, f"{prev} then {s}", (d - 1, d)))
            elif prev is not None and c.min_rest_minutes:
                rest = rest_minutes(self.shifts[prev], st)
                if rest < c.min_rest_minutes:
                    v.append(Violation("min_rest", guard_id, d,
                                       f"{prev} then {s}: {rest} < {c.min_rest_minutes} min",
                                       (d - 1, d)))
            post = prow[d] if prow else None
            if self.problem.posts:
                if post not in self.post_ids:
                    v.append(Violation("unknown_post", guard_id, d, str(post)))
                elif post not in self.allowed[guard_id]:
                    v.append(Violation("qualification", guard_id, d, f"not qualified for {post}"))
                elif self.post_shifts[post] and s not in self.post_shifts[post]:
                    v.append(Violation("unknown_post", guard_id, d, f"{post} has no shift {s}"))
            elif post is not None:
                v.append(Violation("unknown_post", guard_id, d, str(post)))
            prev = s
        all_days = tuple(range(horizon))
        for sid, n in counts.items():
            limit = c.max_shifts.get(sid)
            if limit is not None and n > limit:
                v.append(Violation("max_shifts", guard_id, None, f"{n} × {sid} > {limit}",
                                   tuple(d for d in all_days if row[d] == sid)))
        if minutes < c.min_minutes:
            v.append(Violation("min_minutes", guard_id, None, f"{minutes} < {c.min_minutes}",
                               all_days))
        if c.max_minutes is not None and minutes > c.max_minutes:
            v.append(Violation("max_minutes", guard_id, None, f"{minutes} > {c.max_minutes}",
                               all_days))
        if c.max_nights is not None and nights > c.max_nights:
            v.append(Violation("max_nights", guard_id, None, f"{nights} > {c.max_nights}",
                               tuple(d for d in all_days if row[d] in self.shifts
                                     and self.shifts[row[d]].is_night)))
        self._blocks(g, row, v)
        if c.max_weekends is not None:
            worked = [days for days in self.weekends if any(row[d] is not None for d in days)]
            if len(worked) > c.max_weekends:
                v.append(Violation("max_weekends", guard_id, worked[c.max_weekends][0],
                                   f"{len(worked)} > {c.max_weekends}",
                                   tuple(d for days in worked for d in days)))
        for pin in self.pins.get(guard_id, ()):
            if row[pin.day] != pin.shift or (pin.post is not None and pin.shift is not None
                                             and (prow[pin.day] if prow else None) != pin.post):
                v.append(Violation("pin", guard_id, pin.day,
                                   f"pinned {pin.shift or 'off'}, rostered {row[pin.day] or 'off'}"))
        for r in self.requests.get(guard_id, ()):
            s = row[r.day]
            hit = (s is not None) if r.shift is None else (s == r.shift)
            if r.on and not hit:
                out.penalties.append(Penalty("request_on", r.weight, guard_id, r.day, r.shift))
            elif not r.on and hit:
                out.penalties.append(Penalty("request_off", r.weight, guard_id, r.day, r.shift))
        return out

    def _blocks(self, g: Guard, row: tuple, v: list[Violation]) -> None:
        """Consecutive working days and days off, the previous month's tail included."""
        c = g.contract
        horizon = len(row)
        carry = self.problem.carry_over.get(g.id)
        pre_work = carry.worked_days if carry else 0
        pre_off = carry.days_off if carry else 0
        start_known = bool(pre_work or pre_off)
        d = 0
        # a previous-month block that ends right before day 0 and is already too short
        if pre_work and row[0] is None and pre_work < c.min_consecutive:
            v.append(Violation("min_consecutive", g.id, 0,
                               f"{pre_work} days carried over, then off"))
        if pre_off and row[0] is not None and pre_off < c.min_days_off:
            v.append(Violation("min_days_off", g.id, 0,
                               f"{pre_off} days off carried over, then work"))
        while d < horizon:
            working = row[d] is not None
            end = d
            while end + 1 < horizon and (row[end + 1] is not None) == working:
                end += 1
            days = tuple(range(d, end + 1))
            pre = (pre_work if working else pre_off) if d == 0 else 0
            length = end - d + 1 + pre
            inner = (d > 0 or start_known) and end < horizon - 1
            if working:
                if c.max_consecutive is not None and length > c.max_consecutive:
                    first = d + max(0, c.max_consecutive - pre)
                    v.append(Violation("max_consecutive", g.id, first,
                                       f"{length} days in a row > {c.max_consecutive}", days))
                if inner and length < c.min_consecutive:
                    v.append(Violation("min_consecutive", g.id, d,
                                       f"{length} days in a row < {c.min_consecutive}", days))
            elif inner and length < c.min_days_off:
                v.append(Violation("min_days_off", g.id, d,
                                   f"{length} days off < {c.min_days_off}", days))
            d = end + 1

    # -- one cell --------------------------------------------------------------------------
    def explain(self, roster: Roster, guard_id: str, day: int,
                report: Report | None = None) -> CellExplanation:
        """Which rules and costs touch this cell (for the UI's 'why?')."""
        mine = self.guard_report(roster, guard_id) if report is None else report
        cover = self.cover_report(roster, day)
        shift, post = roster.cell(guard_id, day)
        g = self.problem.guard_index[guard_id]
        notes = []
        if day in g.days_off:
            notes.append("leave / fixed day off")
        for pin in self.pins.get(guard_id, ()):
            if pin.day == day:
                notes.append(f"pinned: {pin.shift or 'off'}")
        for r in self.requests.get(guard_id, ()):
            if r.day == day:
                notes.append(f"request {'on' if r.on else 'off'} {r.shift or 'any shift'}"
                             f" (weight {r.weight})")
        penalties = [p for p in mine.penalties if p.day == day and p.guard == guard_id]
        penalties += [p for p in cover.penalties if p.shift == shift and
                      (p.post == post or not self.problem.posts)]
        return CellExplanation(
            guard_id, day, shift, post,
            tuple(x for x in mine.violations + cover.violations if x.touches(guard_id, day)),
            tuple(penalties), tuple(notes))


def validate(problem: Problem, roster: Roster) -> Report:
    return Validator(problem).report(roster)


def objective(problem: Problem, roster: Roster) -> int:
    return Validator(problem).report(roster).objective


def rules_broken(report: Report) -> Iterable[str]:
    return sorted({v.rule for v in report.violations})
