"""The workstation's side of sync, on its SQLite file: read the outbox, settle a push reply,
apply a pulled page. Each of these is one SQLite transaction, so a crash at any moment
leaves either the old or the new state, never half of one."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from db.sync.capture import applying
from db.sync.tables import META_COLUMNS, SyncedTable, field_stamp, synced_tables

CURSOR_KEY = "sync.cursor"


@dataclass(frozen=True)
class PageResult:
    applied: bool  # False: the page did not start at our cursor (a duplicate or stale reply)
    rows: int
    cursor: int
    newest_stamp: str | None
    collisions: int = 0


def _fields(tbl: str, op: str, changed: str | None, data: str) -> dict:
    values = json.loads(data)
    if op == "U":
        names = [n for n in (changed or "").split(",") if n]
        return {n: values.get(n) for n in names}
    return values


def read_outbox(engine: Engine, limit: int) -> list[list]:
    """The oldest ``limit`` captured changes as wire entries
    ``[seq, table, id, op, stamp, base, fields]``."""
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT seq, tbl, row_id, op, hlc, base, changed, data FROM sync_outbox "
            "ORDER BY seq LIMIT ?", (limit,)).fetchall()
    return [[seq, tbl, rid, op, hlc, base, _fields(tbl, op, changed, data)]
            for seq, tbl, rid, op, hlc, base, changed, data in rows]


def pending_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() or 0


def get_cursor(engine: Engine) -> int:
    with engine.connect() as conn:
        value = conn.exec_driver_sql("SELECT value FROM local_state WHERE key = ?",
                                     (CURSOR_KEY,)).scalar()
    return int(value) if value else 0


def _set_cursor(cur, cursor: int) -> None:
    cur.execute("INSERT INTO local_state (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (CURSOR_KEY, str(cursor)))


def settle_push(engine: Engine, high_water: int, rejected: list[dict], conflicts: list[dict],
                at: datetime, sent: tuple[int, int] | None = None) -> bool:
    """The hub holds every entry up to ``high_water``: drop them from the outbox, keep what it
    refused (putting the hub's version of those rows back) and the conflicts it reported.

    ``sent`` is the (first, last) number of the batch. A mark beyond the last means the hub
    has seen numbers this file never sent (it was restored from a backup): the batch was
    skipped as old, so every waiting entry moves past the mark, in order, and goes again
    (applying a change twice changes nothing). Returns False in that case."""
    tables = synced_tables()
    stamp = at.astimezone().isoformat()
    if sent is not None and high_water > sent[1]:
        with applying(engine) as cur:
            cur.execute("UPDATE sync_outbox SET seq = -seq")
            cur.execute("UPDATE sync_outbox SET seq = -seq + ?", (high_water - sent[0] + 1,))
            cur.execute("UPDATE sqlite_sequence SET seq = (SELECT max(seq) FROM sync_outbox) "
                        "WHERE name = 'sync_outbox'")
        return False
    with applying(engine) as cur:
        for item in rejected:
            row = cur.execute("SELECT tbl, row_id, op, hlc, data FROM sync_outbox WHERE seq = ?",
                              (item["seq"],)).fetchone()
            if row is None:
                continue  # already settled by an earlier reply
            cur.execute("INSERT OR IGNORE INTO sync_rejected (seq, tbl, row_id, op, hlc, data, "
                        "reason, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (item["seq"], *row, item["reason"], stamp))
            table = tables.get(row[0])
            if table is not None and not table.append_only:
                _restore(cur, table, row[1], item.get("current"))
        for c in conflicts:
            cur.execute("INSERT INTO sync_conflicts (tbl, row_id, field, kept_value, kept_hlc, "
                        "lost_value, lost_hlc, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (c["tbl"], c["id"], c["field"], json.dumps(c["kept"], ensure_ascii=False),
                         c["kept_hlc"], json.dumps(c["lost"], ensure_ascii=False),
                         c["lost_hlc"], stamp))
        cur.execute("DELETE FROM sync_outbox WHERE seq <= ?", (high_water,))
    return True


def _restore(cur, table: SyncedTable, row_id: str, current: dict | None) -> None:
    """Put back the hub's version of a row whose local change was refused."""
    if current is None:
        cur.execute(f'DELETE FROM "{table.name}" WHERE id = ?', (row_id,))
    else:
        _upsert(cur, table, [(row_id, current)])


def _insert_sql(table: SyncedTable) -> str:
    cols = ", ".join(f'"{c}"' for c in ("id", *table.columns))
    marks = ", ".join("?" * (len(table.columns) + 1))
    if table.append_only:
        return f'INSERT OR IGNORE INTO "{table.name}" ({cols}) VALUES ({marks})'
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in (*table.fields, "updated_hlc"))
    return (f'INSERT INTO "{table.name}" ({cols}) VALUES ({marks}) '
            f"ON CONFLICT(id) DO UPDATE SET {updates}")


def _upsert(cur, table: SyncedTable, rows: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """Write rows; return those refused by a natural key (unique) already taken here."""
    import sqlite3

    sql = _insert_sql(table)
    params = [(rid, *(data.get(c) for c in table.columns)) for rid, data in rows]
    if not table.unique or table.append_only:
        cur.executemany(sql, params)
        return []
    refused = []
    for (rid, data), p in zip(rows, params):
        try:
            cur.execute(sql, p)
        except sqlite3.IntegrityError:
            refused.append((rid, data))
    return refused


def _pending(cur, keys: set[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    """Fields changed here and not yet pushed, per row: field -> (stamp, value)."""
    found: dict[tuple[str, str], dict] = {}
    rows = cur.execute("SELECT tbl, row_id, op, hlc, changed, data FROM sync_outbox "
                       "ORDER BY seq").fetchall()
    for tbl, rid, op, hlc, changed, data in rows:
        if (tbl, rid) in keys:
            fields = found.setdefault((tbl, rid), {})
            for name, value in _fields(tbl, op, changed, data).items():
                if name not in META_COLUMNS:
                    fields[name] = (hlc, value)
    return found


def apply_page(engine: Engine, since: int, cursor: int, rows: list[list], at: datetime
               ) -> PageResult:
    """Apply pulled rows ``[seq, table, id, data, stamps]`` and move the cursor from
    ``since`` to ``cursor``, in one transaction, without capturing them. A field changed here
    and not yet pushed keeps its value while its stamp is the newer."""
    tables = synced_tables()
    newest = max((r[3].get("updated_hlc") or "" for r in rows), default="") or None
    collisions = 0
    with applying(engine) as cur:
        current = cur.execute("SELECT value FROM local_state WHERE key = ?",
                              (CURSOR_KEY,)).fetchone()
        if (int(current[0]) if current else 0) != since:
            return PageResult(False, 0, int(current[0]) if current else 0, None)
        has_pending = cur.execute("SELECT 1 FROM sync_outbox LIMIT 1").fetchone() is not None
        pending = _pending(cur, {(r[1], r[2]) for r in rows}) if has_pending else {}
        by_table: dict[str, list[tuple[str, dict]]] = {}
        for _seq, tbl, rid, data, stamps in rows:
            mine = pending.get((tbl, rid))
            if mine:
                data = dict(data)
                for name, (stamp, value) in mine.items():
                    if stamp > field_stamp(stamps, name):
                        data[name] = value
            by_table.setdefault(tbl, []).append((rid, data))
        for name, table in tables.items():  # parents before children
            if name in by_table:
                for rid, data in _upsert(cur, table, by_table[name]):
                    collisions += 1
                    cur.execute(
                        "INSERT INTO sync_conflicts (tbl, row_id, field, kept_value, kept_hlc, "
                        "lost_value, lost_hlc, at) VALUES (?, ?, '(unique)', '', '', ?, ?, ?)",
                        (name, rid, json.dumps(data, ensure_ascii=False),
                         data.get("updated_hlc") or "", at.astimezone().isoformat()))
        _set_cursor(cur, cursor)
    return PageResult(True, len(rows), cursor, newest, collisions)
