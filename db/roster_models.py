"""Duty rosters: one row per month's draft and one per published version."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced
from db.types import UtcDateTime


class RosterPlan(Synced, Base):
    """A month's roster: the problem it answers (guards, posts, cover, leave, requests, pins,
    carry-over) and the assignment, as JSON. ``state`` is "draft" (one per month, edited) or
    "published" (a numbered version, never edited again)."""

    __tablename__ = "roster_plans"
    __table_args__ = (Index("ix_roster_plans_month_state_version", "month", "state", "version"),)
    month: Mapped[str] = mapped_column(String(7), nullable=False)  # YYYY-MM
    state: Mapped[str] = mapped_column(String(12), nullable=False, default="draft")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    problem: Mapped[str] = mapped_column(Text, nullable=False)
    roster: Mapped[str] = mapped_column(Text, nullable=False)
    objective: Mapped[int | None] = mapped_column(Integer)
    violations: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    saved_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class GuardLeave(Synced, Base):
    """A guard's leave (annual leave, a course, sick leave): hard days off from ``first_day``
    to ``last_day`` inclusive, across month boundaries if need be."""

    __tablename__ = "guard_leave"
    guard_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("guards.id"), nullable=False,
                                                index=True)
    first_day: Mapped[date] = mapped_column(Date, nullable=False)
    last_day: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(String(100), nullable=False, default="")
