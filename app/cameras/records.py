"""What the cameras leave in the database: zones (admin), online/offline events, snapshots."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.i18n import QT_TRANSLATE_NOOP, GuardroomError
from app.services import audit_log
from app.services.accounts import require
from db.incident_models import CameraEvent, CameraZone
from hardware.camera.motion import Zone


class CameraError(GuardroomError):
    pass


@dataclass(frozen=True)
class ZoneRecord:
    id: uuid.UUID
    camera: str
    zone: Zone


def zones(ctx: AppContext, camera: str | None = None) -> list[ZoneRecord]:
    """The active zones (of one camera, or all)."""
    with ctx.unit_of_work() as s:
        query = select(CameraZone).where(CameraZone.active.is_(True),
                                         CameraZone.deleted.is_(False))
        if camera is not None:
            query = query.where(CameraZone.camera == camera)
        return [ZoneRecord(z.id, z.camera, _zone(z)) for z in s.scalars(
            query.order_by(CameraZone.camera, CameraZone.name))]


def _zone(z: CameraZone) -> Zone:
    return Zone(z.name, tuple((float(x), float(y)) for x, y in json.loads(z.points)),
                z.exclude, z.sensitivity, z.min_area, z.armed_from, z.armed_until)


def save_zone(ctx: AppContext, actor: CurrentUser, camera: str, zone: Zone) -> Outcome:
    """Add a zone, or replace the camera's zone of the same name (administrators)."""
    require(actor, Role.ADMIN)
    problem = _problem(zone)
    if problem is not None:
        raise CameraError(problem)
    with ctx.unit_of_work() as s:
        old = s.scalars(select(CameraZone).where(
            CameraZone.camera == camera, CameraZone.name == zone.name.strip(),
            CameraZone.active.is_(True))).all()
        for row in old:
            row.active = False
        row = CameraZone(camera=camera, name=zone.name.strip(),
                         points=json.dumps([[round(x, 4), round(y, 4)] for x, y in zone.points]),
                         exclude=zone.exclude, sensitivity=zone.sensitivity,
                         min_area=zone.min_area, armed_from=zone.armed_from,
                         armed_until=zone.armed_until)
        s.add(row)
        s.flush()
        audit_log.append(ctx, s, actor.username, "camera.zone_save", target_kind="camera",
                         target_id=camera, detail={"zone": zone.name, "exclude": zone.exclude})
        return Outcome(row.id, Changes.of("camera_zone", "audit"))


def remove_zone(ctx: AppContext, actor: CurrentUser, zone_id: uuid.UUID) -> Outcome:
    require(actor, Role.ADMIN)
    with ctx.unit_of_work() as s:
        row = s.get(CameraZone, zone_id)
        if row is None:
            raise CameraError(QT_TRANSLATE_NOOP("Cameras", "That zone does not exist."))
        row.active = False
        audit_log.append(ctx, s, actor.username, "camera.zone_remove", target_kind="camera",
                         target_id=row.camera, detail={"zone": row.name})
        return Outcome(row.id, Changes.of("camera_zone", "audit"))


def _problem(zone: Zone):
    if not zone.name.strip():
        return QT_TRANSLATE_NOOP("Cameras", "Give the zone a name.")
    if len(zone.points) < 3:
        return QT_TRANSLATE_NOOP("Cameras", "A zone needs at least three corners.")
    if not all(0 <= x <= 1 and 0 <= y <= 1 for x, y in zone.points):
        return QT_TRANSLATE_NOOP("Cameras", "A zone must lie inside the picture.")
    if not 1 <= zone.sensitivity <= 100 or not 0 < zone.min_area <= 1:
        return QT_TRANSLATE_NOOP("Cameras", "Sensitivity is 1-100 and the minimum area "
                                            "a fraction of the zone.")
    for text in (zone.armed_from, zone.armed_until):
        if text and not _is_hhmm(text):
            return QT_TRANSLATE_NOOP("Cameras", "Times are HH:MM, e.g. 22:00.")
    if bool(zone.armed_from) != bool(zone.armed_until):
        return QT_TRANSLATE_NOOP("Cameras", "Give both ends of the schedule, or neither.")
    return None


def _is_hhmm(text: str) -> bool:
    try:
        hours, minutes = text.split(":")
        return 0 <= int(hours) < 24 and 0 <= int(minutes) < 60 and len(minutes) == 2
    except ValueError:
        return False


def log_state(ctx: AppContext, camera: str, online: bool, detail: str, at: datetime) -> None:
    """Record a camera going offline or coming back."""
    with ctx.unit_of_work() as s:
        s.add(CameraEvent(camera=camera, at=at, online=online, detail=detail[:200]))


@dataclass(frozen=True)
class CameraEventRow:
    camera: str
    at: datetime
    online: bool
    detail: str


def recent_events(ctx: AppContext, limit: int = 100) -> list[CameraEventRow]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(CameraEvent).order_by(CameraEvent.at.desc()).limit(limit))
        return [CameraEventRow(e.camera, e.at, e.online, e.detail) for e in rows]


def save_snapshot(ctx: AppContext, actor: CurrentUser, camera: str, jpeg: bytes) -> Path:
    """Keep a snapshot the guard took as a JPEG file, and say so in the audit log."""
    require(actor, Role.GUARD, Role.LEAD, Role.ADMIN)
    folder = ctx.paths.snapshots
    folder.mkdir(parents=True, exist_ok=True)
    at = ctx.now().astimezone()
    safe = "".join(c if c.isalnum() else "_" for c in camera) or "camera"
    path = folder / f"{safe}-{at:%Y%m%d-%H%M%S-%f}.jpg"
    path.write_bytes(jpeg)
    with ctx.unit_of_work() as s:
        audit_log.append(ctx, s, actor.username, "camera.snapshot", target_kind="camera",
                         target_id=camera, detail={"file": path.name})
    return path
