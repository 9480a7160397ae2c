"""Capture, push and pull between workstations through a real hub on PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest
from sqlalchemy import select, text

from app.sync.client import HubClient, HubRefused, UpgradeNeeded
from app.sync.exchange import exchange
from db.station_models import Check
from db.sync import hub_store, local
from db.visitor_models import Visit

T0 = datetime(2026, 11, 28, 8, 0, tzinfo=timezone.utc)


def client_for(hub, token, **kw) -> HubClient:
    return HubClient(hub.url, token, **kw)


def add_check(ctx, verdict="pass"):
    with ctx.unit_of_work() as s:
        check = Check(at=T0, verdict=verdict, post="东门")
        s.add(check)
    return check.id


def add_visit(ctx, name="张三"):
    with ctx.unit_of_work() as s:
        visit = Visit(arrived_at=T0, name=name, purpose="开会")
        s.add(visit)
    return visit.id


def test_raw_sql_edits_are_captured_in_the_same_transaction(nodes):
    a = nodes.make("a")
    vid = add_visit(a)
    with a.engine.begin() as conn:
        conn.execute(text("UPDATE visits SET purpose = '送货' WHERE id = :i"), {"i": vid.hex})
    entries = local.read_outbox(a.engine, 10)
    assert [e[3] for e in entries] == ["I", "U"]
    assert entries[1][6] == {"purpose": "送货"}
    with pytest.raises(RuntimeError):
        with a.engine.begin() as conn:
            conn.execute(text("UPDATE visits SET purpose = '丢失' WHERE id = :i"), {"i": vid.hex})
            raise RuntimeError("rolled back")
    assert len(local.read_outbox(a.engine, 10)) == 2


def test_two_workstations_converge_through_the_hub(hub, nodes, issue, hub_engine):
    a, b = nodes.make("a"), nodes.make("b")
    ca, cb = client_for(hub, issue("a")), client_for(hub, issue("b"))
    check = add_check(a)
    vid = add_visit(a)
    report = exchange(a, ca)
    assert report.pushed == 2 and local.pending_count(a.engine) == 0
    exchange(b, cb)
    with b.unit_of_work() as s:
        assert s.get(Check, check) is not None
        assert s.get(Visit, vid).name == "张三"
        s.get(Visit, vid).purpose = "面试"  # b edits after seeing a's row
    with a.unit_of_work() as s:
        s.get(Visit, vid).host_name = "李四"  # a edits another field meanwhile
    exchange(b, cb)
    exchange(a, ca)
    exchange(b, cb)
    for ctx in (a, b):
        with ctx.unit_of_work() as s:
            v = s.get(Visit, vid)
            assert (v.purpose, v.host_name) == ("面试", "李四")
    assert set(hub_store.rows_of(hub_engine, "checks")) == {check.hex}
    assert local.pending_count(b.engine) == 0
    ca.close(), cb.close()


def test_a_guard_may_not_write_the_watchlist_and_sees_why(hub, nodes, issue):
    from db.station_models import WatchlistEntry

    a = nodes.make("a")
    client = client_for(hub, issue("a", "guard"))
    with a.unit_of_work() as s:
        s.add(WatchlistEntry(match_hash="x" * 64, label="可疑"))
    report = exchange(a, client)
    assert report.rejected == 1
    with a.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT reason FROM sync_rejected").scalars().all() == [
            "central"]
        assert conn.exec_driver_sql("SELECT count(*) FROM watchlist").scalar() == 0
    client.close()


def test_append_only_rows_cannot_be_edited_through_the_hub(hub, nodes, issue, hub_engine):
    a = nodes.make("a")
    client = client_for(hub, issue("a", "lead"))
    cid = add_check(a)
    exchange(a, client)
    forged = [[99, "checks", cid.hex, "U", "999999999999999-00000-a", None, {"verdict": "deny"}]]
    reply = client.push("a", forged, 0)
    assert [r["reason"] for r in reply["rejected"]] == ["append-only"]
    assert hub_store.rows_of(hub_engine, "checks")[cid.hex]["verdict"] == "pass"
    client.close()


def test_unknown_token_and_old_schema_are_refused(hub, nodes, issue):
    bad = client_for(hub, "not-a-token")
    with pytest.raises(HubRefused) as refused:
        bad.pull("a", 0, 10)
    assert refused.value.status == 401
    old = client_for(hub, issue("a"), schema="0009")
    with pytest.raises(UpgradeNeeded):
        old.pull("a", 0, 10)
    bad.close(), old.close()


def test_tokens_are_plain_words_for_the_command_line(issue):
    tokens = [issue("a") for _ in range(200)]
    assert len(set(tokens)) == 200
    assert not [t for t in tokens if t.startswith("-") or not t.isalnum()]


def test_a_new_workstation_loads_a_snapshot_then_the_log(hub, nodes, issue):
    a = nodes.make("a")
    ca = client_for(hub, issue("a"))
    ids = {add_check(a) for _ in range(30)}
    exchange(a, ca)
    fresh = nodes.make("fresh")
    cf = client_for(hub, issue("fresh"))
    assert exchange(fresh, cf).pulled == 30
    with fresh.unit_of_work() as s:
        assert set(s.scalars(select(Check.id))) == ids
    extra = add_check(a)
    exchange(a, ca)
    assert exchange(fresh, cf).pulled == 1
    with fresh.unit_of_work() as s:
        assert s.get(Check, extra) is not None
    assert uuid.UUID(int=extra.int) == extra
    ca.close(), cf.close()


def test_roster_writes_only_from_a_lead_and_central_edits_on_a_stale_copy_lose(
        hub, nodes, issue, hub_engine):
    from db.models import Post
    from db.station_models import WatchlistEntry

    gate, lead, lead2 = nodes.make("gate"), nodes.make("lead"), nodes.make("lead2")
    cg, cl, cl2 = (client_for(hub, issue("gate", "guard")), client_for(hub, issue("lead", "lead")),
                   client_for(hub, issue("lead2", "lead")))
    with lead.unit_of_work() as s:
        s.add(Post(code="E", name="东门"))
        s.add(entry := WatchlistEntry(match_hash="h" * 64, label="甲", reason="一"))
    exchange(lead, cl)
    exchange(gate, cg), exchange(lead2, cl2)
    with gate.engine.begin() as conn:  # a gate renames a post: not its to change
        conn.exec_driver_sql("UPDATE posts SET name = '西门'")
    assert exchange(gate, cg).rejected == 1
    with gate.engine.connect() as conn:  # and gets the hub's version back
        assert conn.exec_driver_sql("SELECT name FROM posts").scalar() == "东门"
    with lead.unit_of_work() as s:
        s.get(WatchlistEntry, entry.id).reason = "二"
    with lead2.unit_of_work() as s:  # edited on a copy that has not seen lead's edit
        s.get(WatchlistEntry, entry.id).label = "乙"
    exchange(lead, cl)
    assert exchange(lead2, cl2).rejected == 1
    with lead2.unit_of_work() as s:
        kept = s.get(WatchlistEntry, entry.id)
        assert (kept.label, kept.reason) == ("甲", "二")  # the hub's version won
    cg.close(), cl.close(), cl2.close()


def test_a_concurrent_losing_write_is_logged_for_the_lead(hub, nodes, issue, hub_engine):
    a, b = nodes.make("a"), nodes.make("b")
    ca, cb = client_for(hub, issue("a")), client_for(hub, issue("b"))
    vid = add_visit(a)
    exchange(a, ca), exchange(b, cb)
    with b.unit_of_work() as s:
        s.get(Visit, vid).purpose = "b 的修改"
    with a.unit_of_work() as s:  # a little later, without having seen b's
        s.get(Visit, vid).purpose = "a 的修改"
    exchange(a, ca)
    report = exchange(b, cb)
    assert report.conflicts == 1
    with b.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT field, kept_value, lost_value FROM sync_conflicts"
                                   ).one()
    assert row == ("purpose", '"a 的修改"', '"b 的修改"')
    with b.unit_of_work() as s:
        assert s.get(Visit, vid).purpose == "a 的修改"
    logged = hub_store.conflicts(hub_engine)
    assert [(c["field"], c["lost_value"]) for c in logged] == [("purpose", '"b 的修改"')]
    ca.close(), cb.close()


def test_a_hub_older_than_the_workstation_says_so(hub, issue):
    from app.sync.client import HubOutdated

    newer = client_for(hub, issue("a"), schema="9999")
    with pytest.raises(HubOutdated):
        newer.pull("a", 0, 10)
    newer.close()


def test_a_one_building_site_runs_the_hub_on_sqlite(tmp_path, nodes):
    from app.sync.hub_server import HubThread, prepare

    engine = prepare(f"sqlite:///{tmp_path / 'hub.sqlite'}")
    server = HubThread(engine).start()
    try:
        a, b = nodes.make("a"), nodes.make("b")
        ca = client_for(server, hub_store.issue_token(engine, "a", "guard", T0))
        cb = client_for(server, hub_store.issue_token(engine, "b", "guard", T0))
        ids = {add_check(a) for _ in range(5)}
        exchange(a, ca)
        exchange(b, cb)
        with b.unit_of_work() as s:
            assert set(s.scalars(select(Check.id))) == ids
        ca.close(), cb.close()
    finally:
        server.stop()
        engine.dispose()


def test_a_workstation_restored_from_a_backup_loses_nothing_new(hub, nodes, issue, hub_engine,
                                                                 tmp_path):
    from db.backup import backup_file

    a = nodes.make("a")
    client = client_for(hub, issue("a"))
    add_check(a)
    saved = backup_file(a.database_path, tmp_path / "before.sqlite")
    for _ in range(5):
        add_check(a)
    exchange(a, client)  # the hub has seen this file's changes up to number 6
    a.close()
    saved.replace(a.database_path)  # the disk died; the backup is put back
    from app.context import open_context

    restored = open_context(a.paths.root)
    nodes.opened.append(restored)
    new = {add_check(restored).hex for _ in range(3)}  # numbers 2..4 again, new changes
    exchange(restored, client)
    assert new <= set(hub_store.rows_of(hub_engine, "checks"))
    assert local.pending_count(restored.engine) == 0
    client.close()
