"""Edits of one month's problem in the draft: the guards' wishes (requests), what a post
needs and runs, and fresh guard terms from the books. Pure functions, problem in, problem out."""

from __future__ import annotations

from dataclasses import replace

from app.roster.model import Cover, Guard, Problem, Request


def add_request(problem: Problem, request: Request) -> Problem:
    """A guard's wish; it replaces an earlier wish of the same guard for the same day."""
    kept = tuple(r for r in problem.requests
                 if not (r.guard == request.guard and r.day == request.day))
    return problem.with_(requests=kept + (request,))


def remove_request(problem: Problem, request: Request) -> Problem:
    return problem.with_(requests=tuple(r for r in problem.requests if r != request))


def set_post(problem: Problem, post_id: str, qualification: str | None,
             shifts: frozenset[str], need: int = 1) -> Problem:
    """A post's qualification and the shifts it runs; cover of a shift it no longer runs is
    dropped, a shift it newly runs needs ``need`` guards a day."""
    old = next(q for q in problem.posts if q.id == post_id)
    posts = tuple(replace(q, qualification=qualification or None, shifts=frozenset(shifts))
                  if q.id == post_id else q for q in problem.posts)
    cover = tuple(c for c in problem.cover if c.post != post_id or c.shift in shifts)
    added = frozenset(shifts) - (old.shifts or frozenset(problem.shift_index))
    cover += tuple(Cover(d, s, need, post=post_id, minimum=need)
                   for d in range(problem.horizon) for s in sorted(added))
    return problem.with_(posts=posts, cover=cover)


def refresh_guards(problem: Problem, booked: tuple[Guard, ...]) -> Problem:
    """The problem's guards with the qualifications, contracts and leave now on the books
    (guards not on the books, such as an event's temporary ones, stay as they are)."""
    fresh = {g.id: g for g in booked}
    return problem.with_(guards=tuple(
        replace(g, qualifications=fresh[g.id].qualifications, contract=fresh[g.id].contract,
                days_off=fresh[g.id].days_off) if g.id in fresh else g
        for g in problem.guards))


def set_min_rest(problem: Problem, minutes: int) -> Problem:
    """Every shift's forbidden successions recomputed so that between a shift and the next
    day's there are at least ``minutes`` of rest (the month's rule for everyone)."""
    from app.roster.model import forbid_short_rest

    plain = tuple(replace(s, forbidden_next=frozenset()) for s in problem.shifts)
    return problem.with_(shifts=forbid_short_rest(plain, minutes))


def min_rest(problem: Problem) -> int:
    """The shortest rest, in minutes, between a shift and an allowed next day's shift."""
    from app.roster.model import DAY_MINUTES

    rests = [DAY_MINUTES + t.start - (s.start + s.minutes) for s in problem.shifts
             for t in problem.shifts if t.id not in s.forbidden_next]
    return max(0, min(rests, default=0))
