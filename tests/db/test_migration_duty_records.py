"""Migration 0013: existing work orders get their category from what was reported."""

from sqlalchemy import text

from db import migrate
from db.engine import make_engine
from db.migrations import HEAD

COLUMNS = ("id, origin_node, created_hlc, updated_hlc, deleted, kind, title, state, raised_at, "
           "raised_by, post, location, camera, zone, people, assignee, acknowledged_by, "
           "closed_by, snapshot_sealed")


def test_existing_work_orders_get_their_category(tmp_path):
    path = tmp_path / "g.sqlite"
    engine = make_engine(path)
    try:
        migrate.upgrade(engine, path, tmp_path / "b", target="0012")
        with engine.begin() as conn:
            for n, kind in enumerate(("medical", "camera_motion", "check_denial", "petition")):
                conn.execute(text(
                    f"INSERT INTO work_orders ({COLUMNS}) VALUES (:id, 'n', 'h', 'h', 0, :kind, "
                    "'t', 'new', '2026-11-27 08:00:00', 'guard', '', '', '', '', '', '', '', "
                    "'', '')"), {"id": f"{n:032x}", "kind": kind})
        result = migrate.upgrade(engine, path, tmp_path / "b")
        assert (result.from_revision, result.to_revision) == ("0012", HEAD)
        with engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT kind, category, actions FROM work_orders ORDER BY id")).all()
            triggers = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='trigger'")}
        assert [tuple(r) for r in rows] == [
            ("medical", "medical", ""), ("camera_motion", "intrusion", ""),
            ("check_denial", "access_denied", ""), ("petition", "petition", "")]
        # Capture is back on the work orders and on the new tables.
        assert {"sync_capture_work_orders_update", "sync_capture_hazards_insert",
                "sync_capture_handover_carries_insert"} <= triggers
    finally:
        engine.dispose()
