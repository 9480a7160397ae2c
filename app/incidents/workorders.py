"""Work orders: camera alerts, escalated check denials and incidents reported by hand.

States: new → acknowledged → in progress → closed, or false alarm once acknowledged. Every
step is a note in the order's history; an alert nobody acknowledges within the set minutes is
escalated to the lead. Snapshots may show faces: they are sealed like visitor photos.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.i18n import QT_TRANSLATE_NOOP, GuardroomError
from app.services import audit_log
from app.services.accounts import require
from db.incident_models import WorkOrder, WorkOrderNote

SYSTEM = "system"
SNAPSHOT = "work_order.snapshot"
STATES = ("new", "acknowledged", "in_progress", "closed", "false_alarm")
OPEN_STATES = ("new", "acknowledged", "in_progress")
MOVES = {"acknowledged": ("new",), "in_progress": ("acknowledged",),
         "closed": ("acknowledged", "in_progress"),
         "false_alarm": ("acknowledged", "in_progress")}
# What happened: the incident's type, whatever its source.
CATEGORIES = {
    "intrusion": QT_TRANSLATE_NOOP("WorkOrderKind", "intrusion"),
    "fire_alarm": QT_TRANSLATE_NOOP("WorkOrderKind", "fire alarm"),
    "medical": QT_TRANSLATE_NOOP("WorkOrderKind", "medical"),
    "lost_property": QT_TRANSLATE_NOOP("WorkOrderKind", "lost property"),
    "dispute": QT_TRANSLATE_NOOP("WorkOrderKind", "dispute"),
    "petition": QT_TRANSLATE_NOOP("WorkOrderKind", "petition crowd"),
    "hazard": QT_TRANSLATE_NOOP("WorkOrderKind", "hazard"),
    "access_denied": QT_TRANSLATE_NOOP("WorkOrderKind", "turned away at the gate"),
    "other": QT_TRANSLATE_NOOP("WorkOrderKind", "other"),
}
# Where an order came from. Orders reported by hand before categories existed kept what
# happened in ``kind`` (intrusion, medical…): the categories' labels serve for those.
KINDS = {
    "camera_motion": QT_TRANSLATE_NOOP("WorkOrderKind", "camera alert"),
    "check_denial": QT_TRANSLATE_NOOP("WorkOrderKind", "turned away at the gate"),
    "manual": QT_TRANSLATE_NOOP("WorkOrderKind", "reported by a guard"),
} | {k: v for k, v in CATEGORIES.items() if k != "access_denied"}
STATE_LABELS = {
    "new": QT_TRANSLATE_NOOP("WorkOrderState", "new"),
    "acknowledged": QT_TRANSLATE_NOOP("WorkOrderState", "acknowledged"),
    "in_progress": QT_TRANSLATE_NOOP("WorkOrderState", "in progress"),
    "closed": QT_TRANSLATE_NOOP("WorkOrderState", "closed"),
    "false_alarm": QT_TRANSLATE_NOOP("WorkOrderState", "false alarm"),
}


class WorkOrderError(GuardroomError):
    pass


@dataclass(frozen=True)
class Note:
    at: datetime
    author: str
    state_from: str
    state_to: str
    text: str


@dataclass(frozen=True)
class WorkOrderSummary:
    id: uuid.UUID
    kind: str
    title: str
    state: str
    raised_at: datetime
    location: str
    camera: str
    zone: str
    assignee: str
    escalated: bool
    has_snapshot: bool
    acknowledged_at: datetime | None
    closed_at: datetime | None
    category: str = "other"
    people: str = ""
    actions: str = ""


def _summary(w: WorkOrder) -> WorkOrderSummary:
    return WorkOrderSummary(w.id, w.kind, w.title, w.state, w.raised_at, w.location, w.camera,
                            w.zone, w.assignee, w.escalated_at is not None,
                            bool(w.snapshot_sealed), w.acknowledged_at, w.closed_at,
                            w.category or "other", w.people, w.actions)


def _vault(ctx: AppContext):
    from app.privacy import Vault

    return Vault.for_folder(ctx.paths.keys)


def _add(ctx: AppContext, s, order: WorkOrder, author: str, note: str) -> None:
    s.add(order)
    s.flush()
    s.add(WorkOrderNote(work_order_id=order.id, at=order.raised_at, author=author,
                        state_to="new", text=note))


def raise_camera_alert(ctx: AppContext, camera: str, zone: str, snapshot_jpeg: bytes | None,
                       area: float = 0.0) -> Outcome:
    """Motion in an armed zone: a new work order with the snapshot, waiting for a guard."""
    now = ctx.now()
    with ctx.unit_of_work() as s:
        order = WorkOrder(kind="camera_motion", category="intrusion",
                          title=f"{camera} · {zone}", state="new",
                          raised_at=now, raised_by=SYSTEM, post=ctx.settings.station.post,
                          location=camera, camera=camera, zone=zone,
                          snapshot_sealed=_vault(ctx).seal(_b64(snapshot_jpeg), SNAPSHOT)
                          if snapshot_jpeg else "")
        _add(ctx, s, order, SYSTEM, f"motion {area:.0%}" if area else "")
        return Outcome(_summary(order), Changes.of("work_order"))


def report(ctx: AppContext, actor: CurrentUser, category: str, title: str, location: str = "",
           people: str = "", note: str = "", photo_jpeg: bytes | None = None,
           actions: str = "") -> Outcome:
    """A guard reports an incident by hand: what kind of incident (``category``), what
    happened, where, who was involved and what has been done so far."""
    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    if category not in CATEGORIES:
        raise WorkOrderError(QT_TRANSLATE_NOOP("WorkOrders", "Choose the kind of incident."))
    if not title.strip():
        raise WorkOrderError(QT_TRANSLATE_NOOP("WorkOrders", "Say in a few words what happened."))
    with ctx.unit_of_work() as s:
        order = WorkOrder(kind="manual", category=category, title=title.strip(), state="new",
                          raised_at=ctx.now(), raised_by=actor.username,
                          post=ctx.settings.station.post, actions=actions.strip(),
                          location=location.strip(), people=people.strip(),
                          snapshot_sealed=_vault(ctx).seal(_b64(photo_jpeg), SNAPSHOT)
                          if photo_jpeg else "")
        _add(ctx, s, order, actor.username, note.strip())
        return Outcome(_summary(order), Changes.of("work_order"))


def escalate_check(ctx: AppContext, actor: CurrentUser, check_id: uuid.UUID,
                   note: str = "") -> Outcome:
    """A denial at the check station the guard wants followed up (a work order)."""
    from db.station_models import Check

    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    with ctx.unit_of_work() as s:
        check = s.get(Check, check_id)
        if check is None:
            raise WorkOrderError(QT_TRANSLATE_NOOP("WorkOrders", "That check does not exist."))
        order = WorkOrder(kind="check_denial", category="access_denied",
                          title=f"{check.post} · {check.reasons}",
                          state="new", raised_at=ctx.now(), raised_by=actor.username,
                          post=check.post, location=check.post, check_id=check.id)
        _add(ctx, s, order, actor.username, note.strip())
        return Outcome(_summary(order), Changes.of("work_order"))


def move(ctx: AppContext, actor: CurrentUser, order_id: uuid.UUID, state: str,
         note: str = "", assignee: str | None = None) -> Outcome:
    """Acknowledge, start, close or call a false alarm; each with its note in the history."""
    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    if state not in MOVES:
        raise WorkOrderError(QT_TRANSLATE_NOOP("WorkOrders", "Unknown work-order state."))
    if state in ("closed", "false_alarm") and not note.strip():
        raise WorkOrderError(QT_TRANSLATE_NOOP(
            "WorkOrders", "Say what was done (or why it was a false alarm) before closing."))
    now = ctx.now()
    with ctx.unit_of_work() as s:
        order = _get(s, order_id)
        if order.state not in MOVES[state]:
            raise WorkOrderError(QT_TRANSLATE_NOOP(
                "WorkOrders", "This work order is {state} and cannot go there.").with_(
                state=order.state))
        before = order.state
        order.state = state
        if state == "acknowledged":
            order.acknowledged_at, order.acknowledged_by = now, actor.username
            order.assignee = order.assignee or actor.username
        elif state == "in_progress":
            order.started_at = now
        else:
            order.closed_at, order.closed_by = now, actor.username
        if assignee is not None:
            order.assignee = assignee.strip()
        s.add(WorkOrderNote(work_order_id=order.id, at=now, author=actor.username,
                            state_from=before, state_to=state, text=note.strip()))
        return Outcome(_summary(order), Changes.of("work_order"))


def add_note(ctx: AppContext, actor: CurrentUser, order_id: uuid.UUID, text: str) -> Outcome:
    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    if not text.strip():
        raise WorkOrderError(QT_TRANSLATE_NOOP("WorkOrders", "The note is empty."))
    with ctx.unit_of_work() as s:
        order = _get(s, order_id)
        s.add(WorkOrderNote(work_order_id=order.id, at=ctx.now(), author=actor.username,
                            text=text.strip()))
        return Outcome(_summary(order), Changes.of("work_order"))


def record_actions(ctx: AppContext, actor: CurrentUser, order_id: uuid.UUID,
                   text: str) -> Outcome:
    """Add to what has been done about the incident (kept on the order and in its history)."""
    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    if not text.strip():
        raise WorkOrderError(QT_TRANSLATE_NOOP("WorkOrders", "Say what was done."))
    now = ctx.now()
    with ctx.unit_of_work() as s:
        order = _get(s, order_id)
        line = f"{now.astimezone():%m-%d %H:%M} {actor.username}: {text.strip()}"
        order.actions = f"{order.actions}\n{line}" if order.actions else line
        s.add(WorkOrderNote(work_order_id=order.id, at=now, author=actor.username,
                            text=text.strip()))
        return Outcome(_summary(order), Changes.of("work_order"))


def escalate_due(ctx: AppContext, minutes: int | None = None) -> list[WorkOrderSummary]:
    """New alerts nobody acknowledged in time go to the lead (once each)."""
    minutes = minutes if minutes is not None else ctx.settings.camera_wall.escalate_minutes
    now = ctx.now()
    with ctx.unit_of_work() as s:
        due = s.scalars(select(WorkOrder).where(
            WorkOrder.state == "new", WorkOrder.escalated_at.is_(None),
            WorkOrder.raised_at <= now - timedelta(minutes=minutes))).all()
        for order in due:
            order.escalated_at = now
            s.add(WorkOrderNote(work_order_id=order.id, at=now, author=SYSTEM,
                                text=f"escalated to the lead after {minutes} min"))
        return [_summary(o) for o in due]


def open_orders(ctx: AppContext, limit: int = 200) -> list[WorkOrderSummary]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(WorkOrder).where(WorkOrder.state.in_(OPEN_STATES),
                                                 WorkOrder.deleted.is_(False))
                         .order_by(WorkOrder.raised_at.desc()).limit(limit))
        return [_summary(o) for o in rows]


def recent_orders(ctx: AppContext, limit: int = 200) -> list[WorkOrderSummary]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(WorkOrder).where(WorkOrder.deleted.is_(False))
                         .order_by(WorkOrder.raised_at.desc()).limit(limit))
        return [_summary(o) for o in rows]


def history(ctx: AppContext, order_id: uuid.UUID) -> list[Note]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(WorkOrderNote).where(WorkOrderNote.work_order_id == order_id)
                         .order_by(WorkOrderNote.at, WorkOrderNote.created_hlc))
        return [Note(n.at, n.author, n.state_from, n.state_to, n.text) for n in rows]


def snapshot(ctx: AppContext, actor: CurrentUser, order_id: uuid.UUID) -> bytes | None:
    """The sealed snapshot, opened for the guard looking at the order (audited)."""
    import base64

    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    with ctx.unit_of_work() as s:
        order = _get(s, order_id)
        if not order.snapshot_sealed:
            return None
        audit_log.append(ctx, s, actor.username, "work_order.snapshot_view",
                         target_kind="work_order", target_id=str(order.id))
        return base64.b64decode(_vault(ctx).open(order.snapshot_sealed, SNAPSHOT))


def _get(s, order_id: uuid.UUID) -> WorkOrder:
    order = s.get(WorkOrder, order_id)
    if order is None:
        raise WorkOrderError(QT_TRANSLATE_NOOP("WorkOrders", "That work order does not exist."))
    return order


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")
