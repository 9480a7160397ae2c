"""A big event: more guards at chosen posts, days and shifts, and temporary guards hired for
those days only. Both are changes to one month's problem (the draft), which the solver then
staffs and the validator checks like any other cover."""

from __future__ import annotations

from dataclasses import replace

from app.roster.model import Contract, Cover, Guard, Problem

# A temporary guard has no monthly minimum; the standard daily limits still hold.
TEMPORARY = Contract(min_minutes=0, max_minutes=None, max_consecutive=6, min_consecutive=1,
                     min_days_off=1)


def raise_cover(problem: Problem, days, shift: str, post: str | None, extra: int) -> Problem:
    """``extra`` more guards (hard minimum and preferred) at ``post`` on ``shift`` of each of
    ``days``; a (day, shift, post) with no cover yet gets one."""
    days = set(days)
    cover, seen = [], set()
    for c in problem.cover:
        if c.day in days and c.shift == shift and c.post == post:
            c = replace(c, minimum=max(0, c.minimum + extra), preferred=max(0, c.preferred + extra))
            seen.add(c.day)
        cover.append(c)
    for day in sorted(days - seen):
        cover.append(Cover(day, shift, max(0, extra), post=post, minimum=max(0, extra)))
    return problem.with_(cover=tuple(cover))


def add_temporary_guards(problem: Problem, names, days, qualifications=frozenset(),
                         prefix: str = "T") -> tuple[Problem, tuple[str, ...]]:
    """Temporary guards available on ``days`` only (every other day is a hard day off);
    returns the problem and their ids."""
    days = set(days)
    off = frozenset(d for d in range(problem.horizon) if d not in days)
    taken = {g.id for g in problem.guards}
    added, n = [], 0
    for name in names:
        n += 1
        while f"{prefix}{n:02d}" in taken:
            n += 1
        added.append(Guard(f"{prefix}{n:02d}", name, frozenset(qualifications), TEMPORARY, off))
    return problem.with_(guards=problem.guards + tuple(added)), tuple(g.id for g in added)


def is_temporary(guard: Guard, prefix: str = "T") -> bool:
    return guard.id.startswith(prefix) and guard.contract == TEMPORARY
