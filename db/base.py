"""Declarative base and the columns every synced table shares.

Each synced row has a UUIDv7 ``id``, the ``origin_node`` that wrote it, hybrid-logical-clock
stamps ``created_hlc``/``updated_hlc`` (strings that sort) and a ``deleted`` tombstone. The
stamps are filled in by :func:`install_stamping` at flush time, so no service can forget them.
"""

from __future__ import annotations

import uuid
from typing import Callable

import uuid6
from sqlalchemy import Boolean, MetaData, String, Uuid, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def new_id() -> uuid.UUID:
    return uuid6.uuid7()


class Synced:
    """Mixin for tables that travel between workstations and the hub."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    origin_node: Mapped[str] = mapped_column(String(40), nullable=False)
    created_hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    updated_hlc: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


def install_stamping(session_class: type[Session] | Session, node_id: str,
                     clock: Callable[[], str]) -> None:
    """Stamp every new or changed synced row with this node's id and the clock."""

    @event.listens_for(session_class, "before_flush")
    def _stamp(session: Session, _ctx, _instances) -> None:
        for obj in session.new:
            if isinstance(obj, Synced):
                stamp = clock()
                if obj.id is None:
                    obj.id = new_id()
                obj.origin_node = obj.origin_node or node_id
                obj.created_hlc = obj.created_hlc or stamp
                obj.updated_hlc = stamp
                if obj.deleted is None:
                    obj.deleted = False
        for obj in session.dirty:
            if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
                obj.updated_hlc = clock()
