"""The check station's tables: every check (append-only), the watchlist and the devices'
online/offline events."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, Float, Index, Integer, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced
from db.types import UtcDateTime


class Check(Synced, Base):
    """One person at the check station: code, temperature, verdict and why. Never edited:
    a guard's manual decision is a new row that names the check it overrides."""

    __tablename__ = "checks"
    # Counting by time reads only the first index (it carries the rowid too): the cockpit's
    # figures and the reports never touch the table for a year of checks. The second holds
    # only the guards' decisions, so finding the checks they override costs next to nothing.
    __table_args__ = (
        Index("ix_checks_at_verdict_celsius", "at", "verdict", "celsius"),
        Index("ix_checks_overrides", "at", "overrides_id",
              sqlite_where=text("overrides_id IS NOT NULL"),
              postgresql_where=text("overrides_id IS NOT NULL")),
    )
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    post: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    guard: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    verdict: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    reasons: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    code_kind: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    code_status: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    code_text: Mapped[str] = mapped_column(String(600), nullable=False, default="")
    code_reference: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    symbology: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    celsius: Mapped[float | None] = mapped_column(Float)
    policy_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    scanner: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    thermometer: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    overrides_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class WatchlistEntry(Synced, Base):
    """A person or code the gate must stop; matched by the keyed hash of a code or reference."""

    __tablename__ = "watchlist"
    match_hash: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    label: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    expires_on: Mapped[str | None] = mapped_column(String(10))  # YYYY-MM-DD, last day


class DeviceEvent(Synced, Base):
    """A check-station device (scanner, thermometer, card reader, gate) going offline or
    coming back, at one workstation's post."""

    __tablename__ = "device_events"
    __table_args__ = (Index("ix_device_events_device_at", "device", "at"),)
    device: Mapped[str] = mapped_column(String(32), nullable=False)
    post: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    online: Mapped[bool] = mapped_column(Boolean, nullable=False)
    detail: Mapped[str] = mapped_column(String(200), nullable=False, default="")
