"""The guards' own duty records: safety-inspection rounds and the hazards they find, the shift
handover log with its open items, and the photos attached to incidents.

Checklists (an inspection's items, the handover's equipment list) are edited centrally; rounds,
hazards and handovers are written at the posts; results, notes and carry-overs are only ever
added to.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced
from db.types import UtcDateTime


class WorkOrderPhoto(Synced, Base):
    """A photo of an incident (several per work order), sealed like the visitors' photos."""

    __tablename__ = "work_order_photos"
    work_order_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    author: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    caption: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    photo_sealed: Mapped[str] = mapped_column(Text, nullable=False)


class Checklist(Synced, Base):
    """A named, ordered checklist: an inspection round's items or the handover's equipment."""

    __tablename__ = "checklists"
    purpose: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    items: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON list
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    edited_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    edited_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class InspectionRound(Synced, Base):
    __tablename__ = "inspection_rounds"
    checklist_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    checklist_name: Mapped[str] = mapped_column(String(100), nullable=False)
    items: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # as when started
    post: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    location: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    started_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False, index=True)
    started_by: Mapped[str] = mapped_column(String(64), nullable=False)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    not_ok: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class InspectionResult(Synced, Base):
    """One checklist item of a finished round: ok or not, with the guard's note."""

    __tablename__ = "inspection_results"
    round_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    item: Mapped[str] = mapped_column(String(200), nullable=False)
    ok: Mapped[bool] = mapped_column(Boolean, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Hazard(Synced, Base):
    __tablename__ = "hazards"
    __table_args__ = (Index("ix_hazards_state_deadline", "state", "deadline"),)
    round_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    item: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False)
    post: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    location: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    found_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False, index=True)
    found_by: Mapped[str] = mapped_column(String(64), nullable=False)
    owner: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    deadline: Mapped[datetime | None] = mapped_column(UtcDateTime())
    state: Mapped[str] = mapped_column(String(16), nullable=False, default="open")
    fixed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    verified_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    photo_sealed: Mapped[str] = mapped_column(Text, nullable=False, default="")


class HazardNote(Synced, Base):
    """One step of a hazard's follow-up: a state change or a note."""

    __tablename__ = "hazard_notes"
    hazard_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    author: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    state_from: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    state_to: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Handover(Synced, Base):
    """What the outgoing guard of a post leaves for the next one."""

    __tablename__ = "handovers"
    __table_args__ = (Index("ix_handovers_post_written_at", "post", "written_at"),)
    post: Mapped[str] = mapped_column(String(100), nullable=False)
    shift: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    written_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False, index=True)
    written_by: Mapped[str] = mapped_column(String(64), nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    equipment: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON list
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    acknowledged_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class HandoverItem(Synced, Base):
    """An open item of a post: raised in one handover, carried until someone closes it."""

    __tablename__ = "handover_items"
    post: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    raised_in: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    raised_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    raised_by: Mapped[str] = mapped_column(String(64), nullable=False)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    close_note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class HandoverCarry(Synced, Base):
    """An open item listed in a later handover because it was still open when written."""

    __tablename__ = "handover_carries"
    handover_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
