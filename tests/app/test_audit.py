import sqlite3
from datetime import datetime

from app.audit import GENESIS, ChainLink, link_hash, verify_chain
from app.services import audit_log
from db.sync.capture import register_functions


def _chain(n: int, node: str = "n1") -> list[ChainLink]:
    links, prev = [], GENESIS
    for seq in range(1, n + 1):
        fields = dict(id=f"id{seq}", origin_node=node, seq=seq, at=datetime(2026, 1, 1, 8, seq),
                      actor="guard", action="login", target_kind="user", target_id="u",
                      detail="{}")
        h = link_hash(prev, **fields)
        links.append(ChainLink(**fields, prev_hash=prev, hash=h))
        prev = h
    return links


def test_intact_chain():
    assert verify_chain(_chain(5) + _chain(3, "n2")).ok


def test_edit_removal_and_reorder_are_found():
    import dataclasses

    edited = _chain(5)
    edited[2] = dataclasses.replace(edited[2], actor="intruder")
    report = verify_chain(edited)
    assert report.broken.seq == 3 and "changed" in report.broken.reason.render()

    removed = _chain(5)
    del removed[1]
    assert verify_chain(removed).broken.seq == 3

    relinked = _chain(5)
    relinked[3] = dataclasses.replace(relinked[3], prev_hash=relinked[1].hash)
    assert verify_chain(relinked).broken.seq == 4


def test_database_refuses_edits_to_the_audit_log(demo_ctx):
    con = sqlite3.connect(demo_ctx.database_path)
    register_functions(con, None)  # the sync capture's, as every program connection has
    try:
        for sql in ("UPDATE audit_entries SET actor='x'", "DELETE FROM audit_entries"):
            try:
                con.execute(sql)
            except sqlite3.DatabaseError as exc:
                assert "append-only" in str(exc)
            else:
                raise AssertionError(f"{sql} was allowed")
    finally:
        con.close()


def tamper(path, sql: str) -> None:
    """What someone with the SQLite file and a shell could do: drop the guard, edit a row."""
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER audit_entries_no_update")
    con.execute("DROP TRIGGER audit_entries_no_delete")
    for kind in ("insert", "update", "delete"):  # sync capture needs the program's functions
        con.execute(f"DROP TRIGGER sync_capture_audit_entries_{kind}")
    con.execute(sql)
    con.commit()
    con.close()


def test_tampered_row_in_the_database_is_reported(demo_ctx):
    assert audit_log.verify(demo_ctx).ok
    tamper(demo_ctx.database_path,
           "UPDATE audit_entries SET actor='someone' WHERE seq = 7")
    report = audit_log.verify(demo_ctx)
    assert not report.ok
    assert report.broken.seq == 7 and report.checked == 6
    assert report.broken.origin_node == demo_ctx.node_id


def test_new_entries_continue_the_chain(demo_ctx, admin):
    before = audit_log.count(demo_ctx)
    from app.services import accounts

    accounts.sign_out(demo_ctx, admin)
    assert audit_log.count(demo_ctx) == before + 1
    assert audit_log.verify(demo_ctx).checked == before + 1
