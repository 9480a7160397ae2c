"""Change capture: SQLite triggers write every change of a synced row to ``sync_outbox`` in
the changing transaction, whether it came through the ORM or raw SQL.

The triggers call three per-connection SQL functions, registered on connect:
``sync_capturing()`` (0 while pulled changes are applied, or before a clock is installed),
``sync_hlc()`` (a fresh hybrid-clock stamp) and ``sync_suppress(flag)`` (sets the first).
Triggers are generated from the live columns, so :func:`refresh_triggers` after any
migration keeps them matching the schema.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from sqlalchemy import Engine, event

from db.sync.tables import LOCAL_COLUMNS, META_COLUMNS, POLICIES

TRIGGER_PREFIX = "sync_capture_"


class _CaptureState:
    __slots__ = ("on", "armed")

    def __init__(self, armed: bool):
        self.armed = armed
        self.on = 1 if armed else 0

    def suppress(self, flag: int) -> int:
        self.on = 0 if flag or not self.armed else 1
        return self.on


def register_functions(dbapi_connection, clock: Callable[[], str] | None) -> None:
    """Give one SQLite connection the capture functions (unarmed without a clock)."""
    state = _CaptureState(clock is not None)
    dbapi_connection.create_function("sync_capturing", 0, lambda: state.on)
    dbapi_connection.create_function("sync_suppress", 1, state.suppress)
    dbapi_connection.create_function("sync_hlc", 0, clock or (lambda: None))


def install(engine: Engine, clock: Callable[[], str]) -> None:
    """Arm capture on every connection of ``engine`` with this node's clock."""
    event.listen(engine, "connect", lambda conn, _rec: register_functions(conn, clock))
    engine.dispose()  # connections opened before now reconnect with the armed functions


@contextmanager
def applying(engine: Engine) -> Iterator:
    """One transaction on a connection of ``engine`` that captures nothing (pulled changes
    are being applied) and checks foreign keys only afterwards (the hub's log is not in
    dependency order). Yields the DBAPI cursor; commits on success."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # only outside a transaction
        conn.exec_driver_sql("SELECT sync_suppress(1)")
        conn.commit()  # the pragma is set; the transaction begins next
        try:
            with conn.begin():
                yield conn.connection.driver_connection.cursor()
        finally:
            conn.exec_driver_sql("SELECT sync_suppress(0)")
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


def _json(columns: list[str], row: str) -> str:
    return "json_object(" + ", ".join(f"'{c}', {row}.\"{c}\"" for c in columns) + ")"


def trigger_sql(table: str, columns: list[str]) -> list[str]:
    """CREATE TRIGGER statements for one table with these columns (``id`` among them)."""
    local = LOCAL_COLUMNS.get(table, frozenset())
    every = [c for c in columns if c != "id"]
    fields = [c for c in every if c not in META_COLUMNS and c not in local]
    name = f"{TRIGGER_PREFIX}{table}"
    insert = ("INSERT INTO sync_outbox (tbl, row_id, op, hlc, base, changed, data) VALUES")
    changed = " OR ".join(f'NEW."{c}" IS NOT OLD."{c}"' for c in fields)
    listing = " || ".join(f"""(CASE WHEN NEW."{c}" IS NOT OLD."{c}" THEN '{c},' ELSE '' END)"""
                          for c in fields)
    return [
        f"""CREATE TRIGGER {name}_insert AFTER INSERT ON "{table}" WHEN sync_capturing()
        BEGIN {insert} ('{table}', NEW.id, 'I', NEW.updated_hlc, NULL, NULL, {_json(every, 'NEW')});
        END""",
        f"""CREATE TRIGGER {name}_update AFTER UPDATE ON "{table}"
        WHEN sync_capturing() AND ({changed})
        BEGIN {insert} ('{table}', NEW.id, 'U',
            CASE WHEN NEW.updated_hlc > OLD.updated_hlc THEN NEW.updated_hlc ELSE sync_hlc() END,
            OLD.updated_hlc, {listing}, {_json(fields, 'NEW')});
        END""",
        f"""CREATE TRIGGER {name}_delete AFTER DELETE ON "{table}" WHEN sync_capturing()
        BEGIN {insert} ('{table}', OLD.id, 'D', sync_hlc(), OLD.updated_hlc, 'deleted,',
            json_object('deleted', 1));
        END""",
    ]


def drop_sql(table: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {TRIGGER_PREFIX}{table}_{kind}"
            for kind in ("insert", "update", "delete")]


def refresh_triggers(connection) -> list[str]:
    """(Re)create the capture triggers of every synced table present in the database, from
    its live columns; return the tables covered. ``connection``: SQLAlchemy Connection."""
    tables = [r[0] for r in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='table'")]
    covered = []
    if "sync_outbox" not in tables:  # before the sync migration: nothing to capture into
        return covered
    for table in sorted(t for t in tables if t in POLICIES):
        columns = [r[1] for r in connection.exec_driver_sql(f'PRAGMA table_info("{table}")')]
        for sql in drop_sql(table) + trigger_sql(table, columns):
            connection.exec_driver_sql(sql)
        covered.append(table)
    return covered
