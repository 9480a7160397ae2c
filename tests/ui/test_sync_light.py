"""The sync light in the status bar and the Sync panel."""

import threading
from datetime import datetime, timezone

from app.sync.status import OFFLINE, SYNCED, SyncStatus

T0 = datetime(2026, 11, 28, 8, 0, tzinfo=timezone.utc)


def test_a_report_from_the_agent_thread_turns_the_light(qtbot, make_window, guard):
    window = make_window(guard)
    light = window.status.sync_light
    assert light.light == "grey" and light.agent is None  # no hub configured: stand-alone
    status = SyncStatus(state=SYNCED, last_synced=T0, pending=2, conflicts=1)
    worker = threading.Thread(target=light.reported.emit, args=(status,))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: light.light == "amber")
    assert "2" in light.text() and "1" in light.text()
    light.reported.emit(SyncStatus(state=OFFLINE, offline_since=T0))
    qtbot.waitUntil(lambda: light.light == "red")


def test_the_panel_lists_refused_changes(qtbot, make_window, guard, demo_ctx):
    with demo_ctx.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO sync_rejected (seq, tbl, row_id, op, hlc, data, reason, at) "
            "VALUES (7, 'watchlist', 'ab', 'I', 's', '{}', 'central', '2026-11-28 08:00:00')")
    window = make_window(guard)
    panel = window.show_sync_panel()
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.rejected.rowCount() == 1)
    assert panel.rejected.item(0, 1).text() == "watchlist"
    assert panel.conflicts.rowCount() == 0
