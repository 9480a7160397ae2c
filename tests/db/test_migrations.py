import sqlite3

import pytest
from sqlalchemy import inspect, text

from db import migrate
from db.engine import make_engine
from db.migrations import HEAD
from db.schema import metadata as all_tables


@pytest.fixture
def engine(tmp_path):
    eng = make_engine(tmp_path / "g.sqlite")
    yield eng
    eng.dispose()


def test_head_constant_matches_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [HEAD]


def test_empty_to_head_and_back(engine, tmp_path):
    path = tmp_path / "g.sqlite"
    result = migrate.upgrade(engine, path, tmp_path / "b")
    assert (result.from_revision, result.to_revision, result.backup) == (None, HEAD, None)
    tables = set(inspect(engine).get_table_names())
    assert {"users", "audit_entries", "posts", "guards", "local_state"} <= tables
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    migrate.upgrade(engine, path, tmp_path / "b")
    assert migrate.stored_revision(path) == HEAD


def test_head_matches_the_models(engine, tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    migrate.upgrade(engine, tmp_path / "g.sqlite", tmp_path / "b")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                all_tables)
    assert diff == []


def test_pending_migration_backs_up_first(engine, tmp_path):
    path = tmp_path / "g.sqlite"
    migrate.upgrade(engine, path, tmp_path / "b")
    migrate.downgrade(engine, "base")
    with engine.begin() as conn:  # data that must survive in the backup
        conn.execute(text("CREATE TABLE keepsake (note TEXT)"))
        conn.execute(text("INSERT INTO keepsake VALUES ('值班记录')"))
    result = migrate.upgrade(engine, path, tmp_path / "b")
    assert result.backup is not None and result.backup.parent == tmp_path / "b"
    con = sqlite3.connect(result.backup)
    assert con.execute("SELECT note FROM keepsake").fetchall() == [("值班记录",)]
    con.close()
    # Already at head: nothing to do, no new backup.
    assert migrate.upgrade(engine, path, tmp_path / "b").backup is None
    assert len(list((tmp_path / "b").iterdir())) == 1


def test_connection_pragmas(engine):
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
