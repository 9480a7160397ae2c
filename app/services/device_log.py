"""The check-station devices' online/offline history, and the latest state of each device
and camera for the cockpit's health panel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.context import AppContext
from db.incident_models import CameraEvent
from db.station_models import DeviceEvent


def record(ctx: AppContext, device: str, online: bool, detail: str = "") -> None:
    with ctx.unit_of_work() as s:
        s.add(DeviceEvent(device=device, post=ctx.settings.station.post, at=ctx.now(),
                          online=online, detail=detail[:200]))


@dataclass(frozen=True)
class Health:
    kind: str  # "device" | "camera"
    name: str  # scanner / thermometer / card_reader / gate, or the camera's name
    post: str
    online: bool
    since: datetime
    detail: str


def latest(ctx: AppContext) -> list[Health]:
    """The last recorded state of every device (per post) and every camera."""
    with ctx.unit_of_work() as s:
        devices = _last(s, DeviceEvent, (DeviceEvent.device, DeviceEvent.post))
        cameras = _last(s, CameraEvent, (CameraEvent.camera,))
        return ([Health("device", e.device, e.post, e.online, e.at, e.detail) for e in devices]
                + [Health("camera", e.camera, "", e.online, e.at, e.detail) for e in cameras])


def _last(s, model, keys: tuple) -> list:
    """The newest row of ``model`` per ``keys`` (ties on time: the later id, UUIDv7)."""
    rank = func.row_number().over(partition_by=keys,
                                  order_by=(model.at.desc(), model.id.desc())).label("rank")
    ranked = select(model.id, rank).where(model.deleted.is_(False)).subquery()
    return list(s.scalars(select(model).join(ranked, model.id == ranked.c.id)
                          .where(ranked.c.rank == 1).order_by(*keys)))
