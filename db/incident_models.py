"""Work orders (incidents) and the cameras' own records: zones and online/offline events.

One work-order model serves camera alerts, check-station denials a guard escalates and
incidents guards report by hand. Its history is a list of notes that is only ever added to.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, Float, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced
from db.types import UtcDateTime


class WorkOrder(Synced, Base):
    __tablename__ = "work_orders"
    __table_args__ = (Index("ix_work_orders_state_raised_at", "state", "raised_at"),)
    kind: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    state: Mapped[str] = mapped_column(String(16), nullable=False, default="new")
    raised_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    raised_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    post: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    location: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    camera: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    zone: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    people: Mapped[str] = mapped_column(Text, nullable=False, default="")
    check_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    assignee: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    acknowledged_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    escalated_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    snapshot_sealed: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # What happened (intrusion, fire alarm, medical…); ``kind`` says where the order came from.
    category: Mapped[str] = mapped_column(String(32), nullable=False, default="other",
                                          server_default="other", index=True)
    actions: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")


class WorkOrderNote(Synced, Base):
    """One step in a work order's history: a state change, an assignment or a note."""

    __tablename__ = "work_order_notes"
    work_order_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    author: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    state_from: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    state_to: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")


class CameraZone(Synced, Base):
    """A polygon on a camera's picture where motion raises an alert (or, exclude, never)."""

    __tablename__ = "camera_zones"
    camera: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    points: Mapped[str] = mapped_column(Text, nullable=False)  # JSON [[x, y], …], fractions
    exclude: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sensitivity: Mapped[int] = mapped_column(Integer, nullable=False, default=50)
    min_area: Mapped[float] = mapped_column(Float, nullable=False, default=0.02)
    armed_from: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    armed_until: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class CameraEvent(Synced, Base):
    """A camera going offline or coming back (the wall's watchdog)."""

    __tablename__ = "camera_events"
    camera: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False, index=True)
    online: Mapped[bool] = mapped_column(Boolean, nullable=False)
    detail: Mapped[str] = mapped_column(String(200), nullable=False, default="")
