"""Engine and session factory for the workstation's SQLite file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.sync.capture import register_functions

BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
    # Capture triggers call these; unarmed (nothing captured) until the node's clock is
    # installed, as while migrating.
    register_functions(dbapi_connection, None)


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{Path(path).as_posix()}"


def make_engine(path: Path) -> Engine:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(sqlite_url(path), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
