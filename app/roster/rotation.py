"""Rotation templates: a fixed rhythm of shifts the lead lays over a group of guards from a
start day — A/B 12-hour days on and off, day-night-off-off (白-夜-休-休), three shifts, and
24-hour duty (shift ``D``) a day on and one or two off (做一休一, 做一休二).

The rhythm becomes pins in the draft, the same as cells the lead fixed by hand: the lead has
chosen it on purpose, the solver keeps it and fills everything else around it, and the
validator checks it like any hand edit (a pin that breaks a rule is flagged, never hidden).
Soft requests would let the solver quietly drop the rhythm where cover is tight, which is not
what applying a template means. A day on leave is skipped, never pinned over the leave.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.roster.model import Pin, Problem, Roster


@dataclass(frozen=True)
class Rotation:
    key: str
    name: str  # in the guards' own words
    cycle: tuple[str | None, ...]  # shift ids, None for a day off


ROTATIONS = (
    Rotation("ab_days", "A/B 12-hour (day on, day off)", ("A", None)),
    Rotation("ab_day_night", "A/B 12-hour (two days, two nights, two off)",
             ("A", "A", "B", "B", None, None)),
    Rotation("day_night_off_off", "Day-night-off-off (白-夜-休-休)", ("A", "B", None, None)),
    Rotation("three_shift", "Three shifts (early, middle, night)",
             ("E", "E", "M", "M", "N", "N", None, None)),
    Rotation("duty24_one_off", "24-hour duty, a day on, a day off (做一休一)", ("D", None)),
    Rotation("duty24_two_off", "24-hour duty, a day on, two off (做一休二)", ("D", None, None)),
)


def rotation(key: str) -> Rotation:
    return next(r for r in ROTATIONS if r.key == key)


def apply(problem: Problem, roster: Roster, guards, rot: Rotation, start: int,
          post: str | None = None, stagger: bool = True, end: int | None = None
          ) -> tuple[Problem, Roster]:
    """Pin ``rot`` for ``guards`` from day ``start`` (to ``end``, exclusive; the month's end
    without it). With ``stagger`` the k-th guard starts k days into the cycle, so the group
    covers every phase. ``post``: where the worked shifts are stood (None: the first post the
    guard may stand that runs the shift)."""
    end = problem.horizon if end is None else min(end, problem.horizon)
    guards = list(guards)
    cells = {}
    for k, gid in enumerate(guards):
        guard = problem.guard_index[gid]
        for day in range(start, end):
            if day in guard.days_off:
                continue
            shift = rot.cycle[(day - start + (k if stagger else 0)) % len(rot.cycle)]
            where = None if shift is None else (post or _post_for(problem, gid, shift))
            cells[(gid, day)] = (shift, where)
    pins = tuple(p for p in problem.pins if (p.guard, p.day) not in cells)
    pins += tuple(Pin(g, d, s, q) for (g, d), (s, q) in sorted(cells.items()))
    for (g, d), (s, q) in cells.items():
        roster = roster.with_cell(g, d, s, q)
    return problem.with_(pins=pins), roster


def _post_for(problem: Problem, guard_id: str, shift: str) -> str | None:
    if not problem.posts:
        return None
    runs = {q.id: q.shifts for q in problem.posts}
    for post in problem.allowed_posts(problem.guard_index[guard_id]):
        if not runs[post] or shift in runs[post]:
            return post
    return None
