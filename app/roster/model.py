"""The rostering problem as plain frozen dataclasses: guards, posts, shift types, cover,
requests, pins, carry-over from the previous month, and the roster itself.

One model serves both the compound (several posts, qualifications, 12-hour A/B shifts and
8-hour three-shift posts) and the Curtois & Qu benchmark (one implicit post). Days are
indexed 0..horizon-1; ``first_weekday`` says which weekday day 0 is (0 = Monday).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Iterable, Iterator, Mapping

DAY_MINUTES = 24 * 60


@dataclass(frozen=True)
class ShiftType:
    id: str
    minutes: int
    name: str = ""
    start: int = 0  # minute of the day the shift starts
    forbidden_next: frozenset[str] = frozenset()  # shift ids that may not follow next day
    is_night: bool = False


@dataclass(frozen=True)
class Post:
    id: str
    name: str = ""
    qualification: str | None = None  # needed to stand this post; None: anyone
    shifts: frozenset[str] = frozenset()  # the shift types this post runs; empty: all


@dataclass(frozen=True)
class Contract:
    """Hard limits of one guard over the horizon (None: no limit)."""

    max_shifts: Mapping[str, int] = field(default_factory=dict)  # per shift type id
    min_minutes: int = 0
    max_minutes: int | None = None
    min_consecutive: int = 1  # working days in a row
    max_consecutive: int | None = None
    min_days_off: int = 1  # consecutive days off
    max_weekends: int | None = None  # weekends with a Saturday or Sunday worked
    max_nights: int | None = None
    min_rest_minutes: int = 0  # between a shift and the next day's (0: the shifts' own rules)


@dataclass(frozen=True)
class Guard:
    id: str
    name: str = ""
    qualifications: frozenset[str] = frozenset()
    contract: Contract = Contract()
    days_off: frozenset[int] = frozenset()  # leave and fixed days off (hard)


@dataclass(frozen=True)
class Cover:
    """Staffing of one (day, shift, post): at least ``minimum`` (hard), ideally ``preferred``;
    each guard short of ``preferred`` costs ``weight_under``, each one above ``weight_over``."""

    day: int
    shift: str
    preferred: int
    weight_under: int = 100
    weight_over: int = 1
    post: str | None = None
    minimum: int = 0


@dataclass(frozen=True)
class Request:
    """A guard's wish (soft). ``on``: to work (``shift`` or, with None, any shift) that day;
    not ``on``: not to work it. Costs ``weight`` when not granted."""

    guard: str
    day: int
    on: bool
    weight: int
    shift: str | None = None


@dataclass(frozen=True)
class Pin:
    """A cell the lead fixed by hand: the guard works ``shift`` (at ``post``) or, with
    ``shift`` None, is off. The solver keeps it; the validator reports a broken pin."""

    guard: str
    day: int
    shift: str | None
    post: str | None = None


@dataclass(frozen=True)
class CarryOver:
    """How a guard's previous month ended, so rules hold across the month boundary."""

    worked_days: int = 0  # consecutive working days ending on the last day before day 0
    days_off: int = 0  # consecutive days off ending on that day
    last_shift: str | None = None  # shift worked on that day


@dataclass(frozen=True)
class Problem:
    horizon: int
    shifts: tuple[ShiftType, ...]
    guards: tuple[Guard, ...]
    cover: tuple[Cover, ...] = ()
    requests: tuple[Request, ...] = ()
    posts: tuple[Post, ...] = ()  # empty: one implicit post, assignments carry post None
    pins: tuple[Pin, ...] = ()
    carry_over: Mapping[str, CarryOver] = field(default_factory=dict)
    first_weekday: int = 0  # weekday of day 0, 0 = Monday
    name: str = ""

    def shift(self, shift_id: str) -> ShiftType:
        return self.shift_index[shift_id]

    @cached_property
    def shift_index(self) -> dict[str, ShiftType]:
        return {s.id: s for s in self.shifts}

    @cached_property
    def guard_index(self) -> dict[str, Guard]:
        return {g.id: g for g in self.guards}

    def weekends(self) -> list[tuple[int, ...]]:
        """The horizon's weekends, each the tuple of its Saturday and/or Sunday day indexes."""
        found: dict[int, list[int]] = {}
        for d in range(self.horizon):
            wd = (self.first_weekday + d) % 7
            if wd >= 5:
                found.setdefault((self.first_weekday + d - wd) // 7, []).append(d)
        return [tuple(days) for _, days in sorted(found.items())]

    def post_ids(self) -> tuple[str | None, ...]:
        return tuple(p.id for p in self.posts) or (None,)

    def allowed_posts(self, guard: Guard) -> tuple[str | None, ...]:
        if not self.posts:
            return (None,)
        return tuple(p.id for p in self.posts
                     if p.qualification is None or p.qualification in guard.qualifications)

    def with_(self, **changes) -> "Problem":
        return replace(self, **changes)


def rest_minutes(first: ShiftType, then: ShiftType) -> int:
    """Minutes off between ``first`` and ``then`` on the next day."""
    return DAY_MINUTES + then.start - (first.start + first.minutes)


def short_rest_pairs(shifts: Iterable[ShiftType], min_rest_minutes: int) -> set[tuple[str, str]]:
    """(today, tomorrow) shift pairs with less than ``min_rest_minutes`` between them."""
    shifts = tuple(shifts)
    return {(s.id, t.id) for s in shifts for t in shifts
            if rest_minutes(s, t) < min_rest_minutes}


def forbid_short_rest(shifts: Iterable[ShiftType], min_rest_minutes: int) -> tuple[ShiftType, ...]:
    """The shift types with ``forbidden_next`` extended so that between a shift and the next
    day's shift there are at least ``min_rest_minutes`` of rest."""
    shifts = tuple(shifts)
    pairs = short_rest_pairs(shifts, min_rest_minutes)
    return tuple(replace(s, forbidden_next=frozenset(
        s.forbidden_next | {b for a, b in pairs if a == s.id})) for s in shifts)


Cell = tuple[str | None, str | None]  # (shift id or None when off, post id or None)


@dataclass(frozen=True)
class Roster:
    """Guard id -> one entry per day: the shift id worked, or None for a day off; with
    several posts, ``posts`` gives the post of each worked day."""

    shifts: Mapping[str, tuple[str | None, ...]]
    posts: Mapping[str, tuple[str | None, ...]] = field(default_factory=dict)

    def shift(self, guard: str, day: int) -> str | None:
        return self.shifts[guard][day]

    def post(self, guard: str, day: int) -> str | None:
        row = self.posts.get(guard)
        return row[day] if row else None

    def cell(self, guard: str, day: int) -> Cell:
        return self.shift(guard, day), self.post(guard, day)

    def with_cell(self, guard: str, day: int, shift: str | None,
                  post: str | None = None) -> "Roster":
        shifts = dict(self.shifts)
        row = list(shifts[guard])
        row[day] = shift
        shifts[guard] = tuple(row)
        posts = dict(self.posts)
        if guard in posts or post is not None:
            prow = list(posts.get(guard) or (None,) * len(row))
            prow[day] = post if shift is not None else None
            posts[guard] = tuple(prow)
        return Roster(shifts, posts)

    def changed_cells(self, other: "Roster") -> list[tuple[str, int]]:
        """The (guard, day) cells where the two rosters differ (shift or post)."""
        out = []
        for g, row in self.shifts.items():
            other_row = other.shifts.get(g, (None,) * len(row))
            for d in range(len(row)):
                if row[d] != other_row[d] or (row[d] is not None
                                              and self.post(g, d) != other.post(g, d)):
                    out.append((g, d))
        return out

    def cells(self) -> Iterator[tuple[str, int, str | None, str | None]]:
        for g, row in self.shifts.items():
            for d, s in enumerate(row):
                yield g, d, s, self.post(g, d)

    @classmethod
    def empty(cls, problem: Problem) -> "Roster":
        return cls({g.id: (None,) * problem.horizon for g in problem.guards})
