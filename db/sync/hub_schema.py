"""The hub's tables (PostgreSQL, or SQLite for a one-building site). Rows of every synced
table are kept as JSON with a clock stamp per field; ``seq`` orders the change log: each
write of a row gives it the next number, so pulling from a cursor returns each changed row
once, in its latest state (from 0: a snapshot of everything)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

hub_metadata = MetaData()

hub_info = Table(
    "hub_info", hub_metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False))

hub_rows = Table(
    "hub_rows", hub_metadata,
    Column("tbl", String(64), primary_key=True),
    Column("id", String(40), primary_key=True),
    Column("seq", BigInteger, nullable=False, index=True, unique=True),
    Column("data", Text, nullable=False),  # every column but id, as the workstations store it
    Column("stamps", Text, nullable=False),  # field -> the clock stamp of its value
    Column("updated_hlc", String(64), nullable=False),
    Column("deleted", Boolean, nullable=False))

hub_tokens = Table(
    "hub_tokens", hub_metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("node", String(64), nullable=False, unique=True),  # the workstation's name
    Column("role", String(16), nullable=False),
    Column("issued_at", DateTime(timezone=True), nullable=False))

hub_marks = Table(  # per workstation database: the highest outbox number applied
    "hub_marks", hub_metadata,
    Column("node", String(40), primary_key=True),
    Column("token_node", String(64), nullable=False),
    Column("high_water", BigInteger, nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
    Column("skew_ms", BigInteger, nullable=False, default=0))

hub_rejected = Table(
    "hub_rejected", hub_metadata,
    Column("node", String(40), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("tbl", String(64), nullable=False),
    Column("row_id", String(40), nullable=False),
    Column("op", String(1), nullable=False),
    Column("reason", String(64), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False))

hub_conflicts = Table(
    "hub_conflicts", hub_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tbl", String(64), nullable=False),
    Column("row_id", String(40), nullable=False),
    Column("field", String(64), nullable=False),
    Column("kept_value", Text, nullable=False),
    Column("kept_hlc", String(64), nullable=False),
    Column("lost_value", Text, nullable=False),
    Column("lost_hlc", String(64), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False))
