"""The month's roster in the database: the lead's draft, published versions, and who is on
duty now (for the gate and the status bar). Every score shown is the validator's."""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.i18n import QT_TRANSLATE_NOOP, GuardroomError
from app.roster import storage
from app.roster.model import CarryOver, Problem, Roster
from app.roster.validator import Validator
from app.services import audit_log
from app.services.accounts import require
from db.roster_models import RosterPlan


class PlanError(GuardroomError):
    pass


@dataclass(frozen=True)
class PlanSummary:
    id: uuid.UUID
    month: str
    state: str
    version: int
    objective: int | None
    violations: int
    saved_at: datetime
    saved_by: str


@dataclass(frozen=True)
class Plan:
    summary: PlanSummary
    problem: Problem
    roster: Roster


def _summary(p: RosterPlan) -> PlanSummary:
    return PlanSummary(p.id, p.month, p.state, p.version, p.objective, p.violations,
                       p.saved_at, p.saved_by)


def _plan(p: RosterPlan) -> Plan:
    return Plan(_summary(p), storage.problem_from_json(p.problem),
                storage.roster_from_json(p.roster))


def first_day(month: str) -> date:
    year, number = month.split("-")
    return date(int(year), int(number), 1)


def template(ctx: AppContext, month: str) -> Problem:
    """The compound's posts, shifts and demand for ``month`` with the guards on the books:
    their qualifications, contracts and leave, and how the previous month's published roster
    ended. A workstation with no guards on its books gets the demo month's 80."""
    from app.roster import demo_month, inputs

    start = first_day(month)
    days = calendar.monthrange(start.year, start.month)[1]
    base = demo_month.month(days=days, first_weekday=start.weekday(),
                            seed=start.year * 100 + start.month)
    people = inputs.month_guards(ctx, month)
    if not people:
        return base
    before = latest_published(ctx, f"{start - timedelta(days=1):%Y-%m}")
    carry = inputs.carry_over(before.problem, before.roster) if before else {}
    return base.with_(guards=people, requests=(),
                      carry_over={g.id: carry.get(g.id, CarryOver()) for g in people})


def draft(ctx: AppContext, month: str) -> Plan | None:
    with ctx.unit_of_work() as s:
        row = _draft_row(s, month)
        return _plan(row) if row is not None else None


def latest_published(ctx: AppContext, month: str) -> Plan | None:
    with ctx.unit_of_work() as s:
        row = s.scalars(select(RosterPlan).where(
            RosterPlan.month == month, RosterPlan.state == "published",
            RosterPlan.deleted.is_(False)).order_by(RosterPlan.version.desc()).limit(1)).first()
        return _plan(row) if row is not None else None


@dataclass(frozen=True)
class PublishedView:
    plan: Plan | None  # None: nothing published for the month yet
    mine: str | None  # the reader's own guard id on the roster, if the login maps to one


def published_view(ctx: AppContext, actor: CurrentUser, month: str) -> PublishedView:
    """What a guard may see: the month's latest published roster, read-only, and their row."""
    from app.roster import inputs

    found = inputs.guard_for_user(ctx, actor.username)
    return PublishedView(latest_published(ctx, month), found.employee_no if found else None)


def open_draft(ctx: AppContext, actor: CurrentUser, month: str) -> Plan:
    """The month's draft; a new one starts from the last published version, or else from
    the template with an empty roster."""
    require(actor, Role.LEAD, Role.ADMIN)
    found = draft(ctx, month)
    if found is not None:
        return found
    published = latest_published(ctx, month)
    problem = published.problem if published else template(ctx, month)
    roster = published.roster if published else Roster.empty(problem)
    save_draft(ctx, actor, month, problem, roster)
    return draft(ctx, month)


def save_draft(ctx: AppContext, actor: CurrentUser, month: str, problem: Problem,
               roster: Roster) -> Outcome:
    require(actor, Role.LEAD, Role.ADMIN)
    report = Validator(problem).report(roster)
    with ctx.unit_of_work() as s:
        row = _draft_row(s, month)
        if row is None:
            row = RosterPlan(month=month, state="draft", version=0)
            s.add(row)
        row.problem = storage.problem_to_json(problem)
        row.roster = storage.roster_to_json(roster)
        row.objective, row.violations = report.objective, len(report.violations)
        row.saved_at, row.saved_by = ctx.now(), actor.username
        s.flush()
        return Outcome(_summary(row), Changes.of("roster"))


@dataclass(frozen=True)
class Published:
    summary: PlanSummary
    changed: tuple[tuple[str, int], ...]  # (guard, day) cells that differ from the last one
    previous_version: int


def publish(ctx: AppContext, actor: CurrentUser, month: str) -> Outcome:
    """The draft becomes the next published version (audited); the draft stays for edits.
    A roster breaking a hard rule is not published."""
    require(actor, Role.LEAD, Role.ADMIN)
    current = draft(ctx, month)
    if current is None:
        raise PlanError(QT_TRANSLATE_NOOP("Roster", "There is no draft for this month."))
    if current.summary.violations:
        raise PlanError(QT_TRANSLATE_NOOP(
            "Roster", "The draft breaks {n} hard rules; mend them before publishing.").with_(
            n=current.summary.violations))
    previous = latest_published(ctx, month)
    changed = tuple(current.roster.changed_cells(previous.roster)) if previous else tuple(
        (g, d) for g, d, shift, _ in current.roster.cells() if shift is not None)
    with ctx.unit_of_work() as s:
        version = (previous.summary.version if previous else 0) + 1
        row = RosterPlan(month=month, state="published", version=version,
                         problem=storage.problem_to_json(current.problem),
                         roster=storage.roster_to_json(current.roster),
                         objective=current.summary.objective, violations=0,
                         saved_at=ctx.now(), saved_by=actor.username)
        s.add(row)
        s.flush()
        audit_log.append(ctx, s, actor.username, "roster.publish", target_kind="roster",
                         target_id=month, detail={"version": version, "changed": len(changed)})
        return Outcome(Published(_summary(row), changed,
                                 previous.summary.version if previous else 0),
                       Changes.of("roster", "audit"))


def _draft_row(s, month: str) -> RosterPlan | None:
    return s.scalars(select(RosterPlan).where(
        RosterPlan.month == month, RosterPlan.state == "draft",
        RosterPlan.deleted.is_(False)).limit(1)).first()


# --- who is on duty ----------------------------------------------------------------------


@dataclass(frozen=True)
class Duty:
    post: str  # the post's name
    shift: str  # the shift's name
    starts: datetime
    ends: datetime
    guards: tuple[str, ...]  # names


@dataclass(frozen=True)
class OnDuty:
    now: tuple[Duty, ...]
    next: tuple[Duty, ...]


def on_duty(ctx: AppContext, at: datetime | None = None) -> OnDuty:
    """Who stands which post now and in the next shift to start, from the published rosters
    of this month and the one before (a night shift runs past midnight)."""
    at = (at or ctx.now()).astimezone()
    duties = _published_duties(ctx, at.date(), at.date(), at.tzinfo)
    now = tuple(d for d in duties if d.starts <= at < d.ends)
    upcoming = sorted((d for d in duties if d.starts > at), key=lambda d: d.starts)
    first = upcoming[0].starts if upcoming else None
    return OnDuty(now, tuple(d for d in upcoming if d.starts == first))


def duties_between(ctx: AppContext, start: datetime, end: datetime) -> list[Duty]:
    """Published duties overlapping [start, end), by start time and post (for reports)."""
    start, end = start.astimezone(), end.astimezone()
    duties = _published_duties(ctx, start.date(), end.date(), start.tzinfo)
    return sorted((d for d in duties if d.starts < end and d.ends > start),
                  key=lambda d: (d.starts, d.post))


def _published_duties(ctx: AppContext, first: date, last: date, tz) -> list[Duty]:
    """Duties of the published rosters from the month before ``first`` (a night shift runs
    past midnight) to the month of ``last``."""
    duties: list[Duty] = []
    month = (first.replace(day=1) - timedelta(days=1)).replace(day=1)
    while month <= last:
        plan = latest_published(ctx, f"{month:%Y-%m}")
        if plan is not None:
            duties += _duties(plan, tz)
        month = (month + timedelta(days=32)).replace(day=1)
    return duties


def _duties(plan: Plan, tz) -> list[Duty]:
    p, r = plan.problem, plan.roster
    start = first_day(plan.summary.month)
    names = {g.id: g.name or g.id for g in p.guards}
    posts = {q.id: q.name or q.id for q in p.posts}
    grouped: dict[tuple[int, str, str | None], list[str]] = {}
    for guard, day, shift, post in r.cells():
        if shift is not None:
            grouped.setdefault((day, shift, post), []).append(names.get(guard, guard))
    out = []
    for (day, shift_id, post), people in grouped.items():
        shift = p.shift(shift_id)
        begins = datetime.combine(start + timedelta(days=day), datetime.min.time(), tz) + \
            timedelta(minutes=shift.start)
        out.append(Duty(posts.get(post, post or ""), shift.name or shift.id, begins,
                        begins + timedelta(minutes=shift.minutes), tuple(sorted(people))))
    return out
