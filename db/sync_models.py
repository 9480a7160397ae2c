"""The workstation's own sync tables: the outbox of captured changes, the changes the hub
refused and the concurrent writes that lost. Never synced themselves."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import UtcDateTime


class OutboxEntry(Base):
    """One captured change, written by the capture triggers in the changing transaction.
    ``seq`` is this workstation's sequence number for the hub (never reused)."""

    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_tbl_row_id", "tbl", "row_id"),
                      {"sqlite_autoincrement": True})
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(40), nullable=False)
    op: Mapped[str] = mapped_column(String(1), nullable=False)  # I(nsert) U(pdate) D(elete)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    base: Mapped[str | None] = mapped_column(String(64))  # the row's stamp the edit was made on
    changed: Mapped[str | None] = mapped_column(Text)  # "field,field," for an update
    data: Mapped[str] = mapped_column(Text, nullable=False)  # the row's fields as JSON


class RejectedChange(Base):
    """A change the hub refused (not allowed from this workstation, stale, unknown): kept
    here for the lead to see, never silently dropped."""

    __tablename__ = "sync_rejected"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    tbl: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(40), nullable=False)
    op: Mapped[str] = mapped_column(String(1), nullable=False)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    data: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str] = mapped_column(String(64), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)


class ConflictRecord(Base):
    """Two workstations wrote one field without seeing each other's write; ``kept`` won
    (the higher clock stamp), ``lost`` is recorded here for the lead to review."""

    __tablename__ = "sync_conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(40), nullable=False)
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    kept_value: Mapped[str] = mapped_column(Text, nullable=False)
    kept_hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    lost_value: Mapped[str] = mapped_column(Text, nullable=False)
    lost_hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
