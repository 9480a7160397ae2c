"""What the lead tells the roster that outlives a month: each guard's qualifications and
contract (kept with the guard in the database) and the guards' leave (date ranges, across
month boundaries). A new month's draft is built from them; saving them also mends the drafts
already open, so the lead sees the effect at once."""

from __future__ import annotations

import calendar
import json
import uuid
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, timedelta

from sqlalchemy import select

from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.i18n import QT_TRANSLATE_NOOP, GuardroomError
from app.roster import storage
from app.roster.model import CarryOver, Contract, Guard, Problem, Roster
from app.roster.validator import Validator
from app.services.accounts import require
from db.models import Guard as GuardRow
from db.roster_models import GuardLeave, RosterPlan

# The compound's standard contract: 96-192 hours a month, at most six days in a row, three
# weekends worked and ten nights.
STANDARD = Contract(min_minutes=96 * 60, max_minutes=192 * 60, max_consecutive=6,
                    min_consecutive=1, min_days_off=1, max_weekends=3, max_nights=10)
QUALIFICATIONS = ("gate", "vehicle", "cctv")


class InputError(GuardroomError):
    pass


@dataclass(frozen=True)
class GuardTerms:
    id: uuid.UUID
    employee_no: str
    name: str
    qualifications: frozenset[str]
    contract: Contract
    username: str | None = None


@dataclass(frozen=True)
class Leave:
    id: uuid.UUID
    guard_id: uuid.UUID
    employee_no: str
    name: str
    first_day: date
    last_day: date
    reason: str


def contract_from_json(text: str) -> Contract:
    values = json.loads(text or "{}")
    known = {f.name for f in fields(Contract)}
    return replace(STANDARD, **{k: v for k, v in values.items() if k in known})


def contract_to_json(contract: Contract) -> str:
    values = asdict(contract) | {"max_shifts": dict(contract.max_shifts)}
    return json.dumps(values, separators=(",", ":"))


def check_contract(c: Contract) -> None:
    """A contract that cannot be met is refused with the reason, before it is stored."""
    if c.max_minutes is not None and c.min_minutes > c.max_minutes:
        raise InputError(QT_TRANSLATE_NOOP(
            "Roster", "The monthly minimum hours are above the maximum."))
    if c.max_consecutive is not None and c.max_consecutive < max(1, c.min_consecutive):
        raise InputError(QT_TRANSLATE_NOOP(
            "Roster", "At most {n} working days in a row is too few.").with_(n=c.max_consecutive))
    for value in (c.max_nights, c.max_weekends, c.min_minutes):
        if value is not None and value < 0:
            raise InputError(QT_TRANSLATE_NOOP("Roster", "A limit cannot be negative."))


def _terms(row: GuardRow) -> GuardTerms:
    quals = frozenset(q for q in row.qualifications.split(",") if q)
    return GuardTerms(row.id, row.employee_no, row.name, quals,
                      contract_from_json(row.contract), row.username)


def guards(ctx: AppContext) -> list[GuardTerms]:
    """The active guards, by employee number."""
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(GuardRow).where(GuardRow.active.is_(True),
                                                GuardRow.deleted.is_(False))
                         .order_by(GuardRow.employee_no)).all()
        return [_terms(r) for r in rows]


def guard_for_user(ctx: AppContext, username: str) -> GuardTerms | None:
    with ctx.unit_of_work() as s:
        row = s.scalars(select(GuardRow).where(GuardRow.username == username,
                                               GuardRow.deleted.is_(False)).limit(1)).first()
        return _terms(row) if row is not None else None


def save_guard(ctx: AppContext, actor: CurrentUser, guard_id: uuid.UUID,
               qualifications: frozenset[str], contract: Contract) -> Outcome:
    """A guard's qualifications and contract; the open drafts take them at once."""
    require(actor, Role.LEAD, Role.ADMIN)
    check_contract(contract)
    with ctx.unit_of_work() as s:
        row = s.get(GuardRow, guard_id)
        if row is None or row.deleted:
            raise InputError(QT_TRANSLATE_NOOP("Roster", "That guard is no longer on the list."))
        row.qualifications = ",".join(sorted(qualifications))
        row.contract = contract_to_json(contract)
        employee_no = row.employee_no
    _mend_drafts(ctx, actor, lambda problem, _month: _with_guard(
        problem, employee_no, qualifications=frozenset(qualifications), contract=contract))
    return Outcome(employee_no, Changes.of("roster"))


# --- leave --------------------------------------------------------------------------------


def leave(ctx: AppContext, first: date | None = None, last: date | None = None) -> list[Leave]:
    """Leave overlapping ``first``..``last`` (all leave without them), by first day."""
    with ctx.unit_of_work() as s:
        query = select(GuardLeave, GuardRow).join(GuardRow, GuardRow.id == GuardLeave.guard_id)\
            .where(GuardLeave.deleted.is_(False))
        if first is not None:
            query = query.where(GuardLeave.last_day >= first)
        if last is not None:
            query = query.where(GuardLeave.first_day <= last)
        return [Leave(lv.id, g.id, g.employee_no, g.name, lv.first_day, lv.last_day, lv.reason)
                for lv, g in s.execute(query.order_by(GuardLeave.first_day)).all()]


def add_leave(ctx: AppContext, actor: CurrentUser, guard_id: uuid.UUID, first: date,
              last: date, reason: str = "") -> Outcome:
    require(actor, Role.LEAD, Role.ADMIN)
    if last < first:
        raise InputError(QT_TRANSLATE_NOOP("Roster", "The leave ends before it starts."))
    if (last - first).days > 366:
        raise InputError(QT_TRANSLATE_NOOP("Roster", "Leave of more than a year is not leave."))
    with ctx.unit_of_work() as s:
        if s.get(GuardRow, guard_id) is None:
            raise InputError(QT_TRANSLATE_NOOP("Roster", "That guard is no longer on the list."))
        row = GuardLeave(guard_id=guard_id, first_day=first, last_day=last, reason=reason.strip())
        s.add(row)
        s.flush()
        leave_id = row.id
    _mend_drafts(ctx, actor, _with_leave_from(ctx))
    return Outcome(leave_id, Changes.of("roster"))


def remove_leave(ctx: AppContext, actor: CurrentUser, leave_id: uuid.UUID) -> Outcome:
    require(actor, Role.LEAD, Role.ADMIN)
    with ctx.unit_of_work() as s:
        row = s.get(GuardLeave, leave_id)
        if row is not None:
            row.deleted = True
    _mend_drafts(ctx, actor, _with_leave_from(ctx))
    return Outcome(leave_id, Changes.of("roster"))


def leave_days(ctx: AppContext, month: str) -> dict[str, frozenset[int]]:
    """Employee number -> the month's day indexes on leave."""
    start = _first(month)
    days = calendar.monthrange(start.year, start.month)[1]
    end = start + timedelta(days=days - 1)
    out: dict[str, set[int]] = {}
    for lv in leave(ctx, start, end):
        lo, hi = max(lv.first_day, start), min(lv.last_day, end)
        out.setdefault(lv.employee_no, set()).update(
            range((lo - start).days, (hi - start).days + 1))
    return {k: frozenset(v) for k, v in out.items()}


def _with_leave_from(ctx: AppContext):
    def mend(problem: Problem, month: str) -> Problem:
        on_leave = leave_days(ctx, month)
        known = {t.employee_no for t in guards(ctx)}
        return problem.with_(guards=tuple(
            replace(g, days_off=on_leave.get(g.id, frozenset())) if g.id in known else g
            for g in problem.guards))
    return mend


# --- the month's guards -------------------------------------------------------------------


def month_guards(ctx: AppContext, month: str) -> tuple[Guard, ...]:
    """The guards of the month's problem: every active guard with their terms and leave."""
    on_leave = leave_days(ctx, month)
    return tuple(Guard(t.employee_no, t.name, t.qualifications, t.contract,
                       on_leave.get(t.employee_no, frozenset())) for t in guards(ctx))


def carry_over(previous: Problem | None, roster: Roster | None) -> dict[str, CarryOver]:
    """How each guard's previous month ended, from its roster."""
    if previous is None or roster is None:
        return {}
    out = {}
    for g, row in roster.shifts.items():
        worked = 0
        while worked < len(row) and row[len(row) - 1 - worked] is not None:
            worked += 1
        off = 0
        while off < len(row) and row[len(row) - 1 - off] is None:
            off += 1
        out[g] = CarryOver(worked_days=worked, days_off=off, last_shift=row[-1] if row else None)
    return out


def _with_guard(problem: Problem, guard_id: str, **changes) -> Problem:
    return problem.with_(guards=tuple(replace(g, **changes) if g.id == guard_id else g
                                      for g in problem.guards))


def _mend_drafts(ctx: AppContext, actor: CurrentUser, mend) -> None:
    """Apply ``mend(problem, month)`` to every open draft and re-score it."""
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(RosterPlan).where(RosterPlan.state == "draft",
                                                  RosterPlan.deleted.is_(False))).all()
        for row in rows:
            problem = mend(storage.problem_from_json(row.problem), row.month)
            report = Validator(problem).report(storage.roster_from_json(row.roster))
            row.problem = storage.problem_to_json(problem)
            row.objective, row.violations = report.objective, len(report.violations)
            row.saved_at, row.saved_by = ctx.now(), actor.username


def _first(month: str) -> date:
    year, number = month.split("-")
    return date(int(year), int(number), 1)
