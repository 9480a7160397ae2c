"""The entry log's tables: visits (personal data sealed, searchable by keyed hash)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, Float, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced
from db.types import UtcDateTime


class Visit(Synced, Base):
    """One visitor's stay, from arrival to departure. The identity number is never stored in
    the clear: sealed (AES-GCM), a keyed hash for exact search, and its masked form. After the
    retention period the personal fields are cleared; the row stays for the counts."""

    __tablename__ = "visits"
    __table_args__ = (Index("ix_visits_arrived_at_id", "arrived_at", "id"),)
    arrived_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    left_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), index=True)
    signed_out_automatically: Mapped[bool] = mapped_column(Boolean, nullable=False,
                                                           default=False)
    expected_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=60)
    name: Mapped[str] = mapped_column(String(100), nullable=False, default="", index=True)
    document_kind: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    document_sealed: Mapped[str] = mapped_column(Text, nullable=False, default="")
    document_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="",
                                               index=True)
    document_masked: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    phone_sealed: Mapped[str] = mapped_column(Text, nullable=False, default="")
    gender: Mapped[str] = mapped_column(String(8), nullable=False, default="")  # from the card
    address_sealed: Mapped[str] = mapped_column(Text, nullable=False, default="")
    host_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    host_department: Mapped[str] = mapped_column(String(100), nullable=False, default="",
                                                 index=True)
    purpose: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    companions: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    plate: Mapped[str] = mapped_column(String(16), nullable=False, default="", index=True)
    post: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    guard: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class VisitorPass(Synced, Base):
    """A pre-registered visitor and the signed QR pass the compound issued for them. The
    first valid scan at the check station checks the visitor in (``visit_id``)."""

    __tablename__ = "visitor_passes"
    name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    document_kind: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    document_sealed: Mapped[str] = mapped_column(Text, nullable=False, default="")
    document_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="",
                                               index=True)
    document_masked: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    host_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    host_department: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    purpose: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    valid_from: Mapped[str] = mapped_column(String(10), nullable=False)  # YYYY-MM-DD
    valid_to: Mapped[str] = mapped_column(String(10), nullable=False)
    pass_text: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    issued_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    visit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class VehicleStay(Synced, Base):
    """A vehicle from the gate in to the gate out (``left_at``); a whitelisted staff vehicle
    is marked so, and never overstays."""

    __tablename__ = "vehicle_stays"
    __table_args__ = (Index("ix_vehicle_stays_arrived_at_id", "arrived_at", "id"),)
    plate: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    plate_kind: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    arrived_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    left_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), index=True)
    whitelisted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    expected_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=120)
    source: Mapped[str] = mapped_column(String(32), nullable=False, default="guard")
    confidence: Mapped[float | None] = mapped_column(Float)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    post: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    guard: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class StaffVehicle(Synced, Base):
    """The staff vehicle whitelist: a plate allowed in without registration, for a period."""

    __tablename__ = "staff_vehicles"
    plate: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    owner: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    department: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    valid_from: Mapped[str] = mapped_column(String(10), nullable=False)  # YYYY-MM-DD
    valid_to: Mapped[str] = mapped_column(String(10), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class DirectoryEntry(Synced, Base):
    """Someone visitors come to see, with their department: the walk-in form completes from
    it. The administrator maintains it (an import replaces it)."""

    __tablename__ = "directory"
    person: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    department: Mapped[str] = mapped_column(String(100), nullable=False, default="")


class VisitPhoto(Synced, Base):
    """A visitor's photo, sealed (AES-GCM) and kept apart from the identity data; taken only
    with the visitor's consent, which the guard confirmed (``consent_by``)."""

    __tablename__ = "visit_photos"
    visit_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    sealed: Mapped[str] = mapped_column(Text, nullable=False)
    consent_by: Mapped[str] = mapped_column(String(64), nullable=False)
