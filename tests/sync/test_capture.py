"""Every synced table is classified and captured; capture survives a table rebuild."""

from __future__ import annotations

from sqlalchemy import text

from db.sync import capture, local
from db.sync.tables import POLICIES, may_write, synced_tables


def test_every_synced_table_has_a_policy_and_capture_triggers(ctx):
    tables = synced_tables()
    assert set(tables) <= set(POLICIES)
    with ctx.engine.connect() as conn:
        triggers = set(conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
    for name in tables:
        for kind in ("insert", "update", "delete"):
            assert f"{capture.TRIGGER_PREFIX}{name}_{kind}" in triggers


def test_refresh_after_a_rebuild_brings_the_triggers_back(ctx):
    with ctx.engine.begin() as conn:
        for sql in capture.drop_sql("posts"):
            conn.exec_driver_sql(sql)
        assert "posts" in capture.refresh_triggers(conn)
    with ctx.engine.begin() as conn:
        conn.execute(text("INSERT INTO posts (id, code, name, kind, active, origin_node, "
                          "created_hlc, updated_hlc, deleted) VALUES ('0' || hex(randomblob(15)) "
                          "|| 'a', 'W', '西门', 'gate', 1, 'x', 's', 's', 0)"))
    assert [e[1] for e in local.read_outbox(ctx.engine, 5)] == ["posts"]


def test_local_columns_do_not_travel(ctx):
    from app.services import demo

    demo.seed(ctx, visitors=False)
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM sync_outbox")
        conn.exec_driver_sql("UPDATE users SET failed_logins = failed_logins + 1")
    assert local.pending_count(ctx.engine) == 0


def test_who_may_write_what():
    assert may_write("append", "guard", "I") is None
    assert may_write("append", "lead", "U") == "append-only"
    assert may_write("roster", "guard", "U") == "lead-only"
    assert may_write("roster", "lead", "U") is None
    assert may_write("central", "guard", "I") == "central"
    assert may_write("shared", "guard", "D") is None
