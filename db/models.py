"""The tables of the foundation: workstation state, users, audit log, posts and guards.

Later capabilities add their tables in modules of their own, each on :class:`Synced`.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced
from db.types import UtcDateTime


class LocalState(Base):
    """Key/value facts about this workstation only (its node id); never synced."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class User(Synced, Base):
    __tablename__ = "users"
    username: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(String(100), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class AuditEntry(Synced, Base):
    """Append-only, hash-chained per workstation: ``seq`` counts up, ``prev_hash`` links."""

    __tablename__ = "audit_entries"
    __table_args__ = (UniqueConstraint("origin_node", "seq"),)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    actor: Mapped[str] = mapped_column(String(64), nullable=False)
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    target_kind: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    target_id: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


class Post(Synced, Base):
    """A duty post: main gate, vehicle gate, lobby, patrol, CCTV room."""

    __tablename__ = "posts"
    code: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False, default="gate")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Guard(Synced, Base):
    """A member of the guard force (a person on the roster, not necessarily a user)."""

    __tablename__ = "guards"
    employee_no: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    phone: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    home_post_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("posts.id"))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # What the roster needs of the guard, carried into every month's draft:
    qualifications: Mapped[str] = mapped_column(String(200), nullable=False, default="",
                                                server_default="")  # comma-separated
    contract: Mapped[str] = mapped_column(Text, nullable=False, default="{}",
                                          server_default="{}")  # JSON; {}: the standard one
    username: Mapped[str | None] = mapped_column(String(64))  # the guard's login, if any
