"""Sync tests run against the real PostgreSQL on 127.0.0.1:5432 (a database made for this
test session and dropped after it) and a real hub on a loopback port."""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

PG_ADMIN = os.environ.get("GUARDROOM_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture(scope="session")
def pg_url():
    """A fresh PostgreSQL database for this session, dropped at its end."""
    name = f"guardroom_sync_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    try:
        _admin(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # noqa: BLE001 - say plainly what is missing
        pytest.fail(f"PostgreSQL on 127.0.0.1:5432 is needed for the sync tests: {exc}")
    yield PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def hub_engine(pg_url):
    from app.sync.hub_server import prepare

    engine = prepare(pg_url)
    yield engine
    engine.dispose()


def clear_hub(engine) -> None:
    from db.sync.hub_schema import hub_metadata

    names = ", ".join(t.name for t in hub_metadata.sorted_tables
                      if t.name not in ("hub_info", "hub_tokens"))
    with engine.begin() as conn:
        conn.exec_driver_sql(f"TRUNCATE {names}")


@pytest.fixture
def hub(hub_engine):
    """A running hub on an emptied database."""
    from app.sync.hub_server import HubThread
    from db.sync.hub_schema import hub_tokens

    clear_hub(hub_engine)
    with hub_engine.begin() as conn:
        conn.execute(hub_tokens.delete())
    server = HubThread(hub_engine).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """A migrated workstation database, copied for each node (migrating is the slow part)."""
    from app.context import open_context

    folder = tmp_path_factory.mktemp("template")
    ctx = open_context(folder)
    path = ctx.database_path
    ctx.close()
    return path


class Nodes:
    """Workstations made from the template, each with its own node id and wall clock."""

    def __init__(self, template: Path, root: Path):
        self.template, self.root, self.opened = template, root, []

    def make(self, name: str, *, wall_ms=None, now=None):
        from app.context import open_context
        from app.paths import DataPaths

        data = self.root / name
        paths = DataPaths(data).ensure()
        shutil.copyfile(self.template, paths.database)
        con = sqlite3.connect(paths.database)
        con.execute("UPDATE local_state SET value = ? WHERE key = 'node_id'", (name,))
        con.commit()
        con.close()
        options = {"wall_ms": wall_ms} | ({"now": now} if now else {})
        ctx = open_context(data, **options)
        self.opened.append(ctx)
        return ctx

    def close(self) -> None:
        for ctx in self.opened:
            ctx.close()
        self.opened.clear()


@pytest.fixture
def nodes(template_db, tmp_path):
    made = Nodes(template_db, tmp_path)
    yield made
    made.close()


@pytest.fixture
def issue(hub_engine):
    from datetime import datetime, timezone

    from db.sync import hub_store

    def issue_token(node: str, role: str = "guard") -> str:
        return hub_store.issue_token(hub_engine, node, role, datetime.now(timezone.utc))

    return issue_token
