"""The hub's store: applying a workstation's pushed batch and serving the change log.

A push is one transaction under the hub's writer lock (a PostgreSQL advisory lock, so any
number of hub processes can share one database): entries at or below the workstation's
high-water mark are skipped, the rest are authorised, merged field by field by clock stamp
and given the next log numbers. The lock is held until commit, so no row ever commits behind
a cursor a reader has already passed.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from sqlalchemy import Engine, create_engine, event, func, select

from db.sync.hub_schema import (
    hub_conflicts,
    hub_info,
    hub_marks,
    hub_metadata,
    hub_rejected,
    hub_rows,
    hub_tokens,
)
from db.sync.tables import (
    APPEND,
    CENTRAL,
    ROLES,
    compact_stamps,
    field_stamp,
    may_write,
    synced_tables,
)

LOCK_KEY = 0x6775617264  # "guard"
ROW_ID = re.compile(r"[0-9a-f]{32}")  # a UUID as the workstations store it
_local_lock = threading.Lock()  # SQLite hubs: one process, so a process lock serialises


class HubFault(Exception):
    """Raised by a test's fault hook to roll a push back before it commits."""


@dataclass
class PushOutcome:
    high_water: int
    rejected: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    applied: int = 0


def open_hub(url: str) -> Engine:
    """The hub's database, with its tables created if missing."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA journal_mode=WAL"))
    hub_metadata.create_all(engine)
    return engine


def schema_version(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return conn.scalar(select(hub_info.c.value).where(hub_info.c.key == "schema"))


def set_schema_version(engine: Engine, version: str) -> None:
    with engine.begin() as conn:
        conn.execute(hub_info.delete().where(hub_info.c.key == "schema"))
        conn.execute(hub_info.insert().values(key="schema", value=version))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(engine: Engine, node: str, role: str, at: datetime) -> str:
    """A new token for workstation ``node``; any earlier token of that node stops working.

    Hex digits only, so a token never starts with "-" and is read whole after ``--token`` on
    the command line."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    token = secrets.token_hex(32)
    with engine.begin() as conn:
        conn.execute(hub_tokens.delete().where(hub_tokens.c.node == node))
        conn.execute(hub_tokens.insert().values(token_hash=_digest(token), node=node, role=role,
                                                issued_at=at))
    return token


def authenticate(engine: Engine, token: str) -> tuple[str, str] | None:
    """(workstation name, role) for a valid token, else None."""
    with engine.connect() as conn:
        row = conn.execute(select(hub_tokens.c.node, hub_tokens.c.role)
                           .where(hub_tokens.c.token_hash == _digest(token))).first()
    return (row.node, row.role) if row else None


def _serialise(conn) -> None:
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({LOCK_KEY})")


def _stamp_node(stamp: str) -> str:
    return stamp.split("-", 2)[2] if stamp.count("-") >= 2 else ""


def _load(conn, keys: set[tuple[str, str]]) -> dict[tuple[str, str], list]:
    """The hub's rows for these keys: [data, field stamps (expanded), new?]."""
    tables = synced_tables()
    by_table: dict[str, list[str]] = {}
    for tbl, rid in keys:
        by_table.setdefault(tbl, []).append(rid)
    found = {}
    for tbl, ids in by_table.items():
        fields = tables[tbl].fields if tbl in tables else ()
        for start in range(0, len(ids), 1000):
            for r in conn.execute(select(hub_rows.c.id, hub_rows.c.data, hub_rows.c.stamps)
                                  .where(hub_rows.c.tbl == tbl,
                                         hub_rows.c.id.in_(ids[start:start + 1000]))):
                compact = json.loads(r.data), json.loads(r.stamps)
                found[(tbl, r.id)] = [compact[0], {f: field_stamp(compact[1], f)
                                                   for f in fields}, False]
    return found


class _Merge:
    """Folds one batch into the rows it touches; collects refusals and conflicts."""

    def __init__(self, node: str, role: str, rows: dict, at: datetime):
        self.node, self.role, self.rows, self.at = node, role, rows, at
        self.tables = synced_tables()
        self.rejected: list[dict] = []
        self.conflicts: list[dict] = []
        self.dirty: set[tuple[str, str]] = set()

    def refuse(self, entry: list, reason: str) -> None:
        seq, tbl, rid, op = entry[:4]
        row = self.rows.get((tbl, rid))
        self.rejected.append({"seq": seq, "tbl": tbl, "id": rid, "op": op, "reason": reason,
                              "current": row[0] if row else None})

    def conflict(self, tbl, rid, name, kept, kept_hlc, lost, lost_hlc) -> None:
        self.conflicts.append({"tbl": tbl, "id": rid, "field": name, "kept": kept,
                               "kept_hlc": kept_hlc, "lost": lost, "lost_hlc": lost_hlc})

    def apply(self, entry: list) -> None:
        seq, tbl, rid, op, stamp, base, fields = entry
        table = self.tables.get(tbl)
        if table is None:
            return self.refuse(entry, "unknown-table")
        if not isinstance(rid, str) or not ROW_ID.fullmatch(rid) or op not in ("I", "U", "D"):
            return self.refuse(entry, "malformed")
        if any(name not in table.columns for name in fields):
            return self.refuse(entry, "unknown-field")
        why = may_write(table.policy, self.role, op)
        if why:
            return self.refuse(entry, why)
        key = (tbl, rid)
        row = self.rows.get(key)
        if row is None:
            if op != "I":
                return self.refuse(entry, "unknown-row")
            data = {c: fields.get(c) for c in table.columns}
            data["updated_hlc"] = stamp
            self.rows[key] = [data, {f: stamp for f in table.fields}, True]
            self.dirty.add(key)
            return None
        data, stamps, _new = row
        if table.policy == APPEND:
            return None  # inserted before: appends never conflict
        if table.policy == CENTRAL and base is not None and any(
                s > base and _stamp_node(s) != self.node for s in stamps.values()):
            return self.refuse(entry, "changed-centrally")  # the hub's version wins
        for name, value in fields.items():
            if name not in table.fields:
                continue
            old = stamps.get(name, "")
            if stamp > old:
                if (value != data.get(name) and base is not None and old > base
                        and _stamp_node(old) != self.node):
                    self.conflict(tbl, rid, name, value, stamp, data.get(name), old)
                data[name], stamps[name] = value, stamp
                self.dirty.add(key)
            elif stamp < old and value != data.get(name):
                self.conflict(tbl, rid, name, data.get(name), old, value, stamp)
        data["updated_hlc"] = max(stamps.values())
        return None


def push(engine: Engine, node: str, token_node: str, role: str, entries: list[list],
         at: datetime, skew_ms: int = 0, fault: Callable[[], None] | None = None
         ) -> PushOutcome:
    """Apply one workstation's batch in one transaction; see the module's docstring."""
    entries = sorted(entries, key=lambda e: e[0])
    lock = _local_lock if engine.dialect.name == "sqlite" else None
    if lock:
        lock.acquire()
    try:
        with engine.begin() as conn:
            _serialise(conn)
            mark = conn.scalar(select(hub_marks.c.high_water).where(hub_marks.c.node == node))
            high = mark or 0
            todo = [e for e in entries if e[0] > high]
            again = [e[0] for e in entries if e[0] <= high]
            rows = _load(conn, {(e[1], e[2]) for e in todo} | {(e[1], e[2]) for e in entries
                                                                if e[0] in again})
            merge = _Merge(node, role, rows, at)
            for entry in todo:
                merge.apply(entry)
            _write(conn, merge, node, at)
            resent = []
            if again:  # a retried batch: the refusals of the lost reply, again
                for r in conn.execute(select(hub_rejected).where(
                        hub_rejected.c.node == node, hub_rejected.c.seq.in_(again))):
                    row = rows.get((r.tbl, r.row_id))
                    resent.append({"seq": r.seq, "tbl": r.tbl, "id": r.row_id, "op": r.op,
                                   "reason": r.reason, "current": row[0] if row else None})
            new_high = max([high] + [e[0] for e in entries])
            values = dict(token_node=token_node, high_water=new_high, last_seen=at,
                          skew_ms=skew_ms)
            if mark is None:
                conn.execute(hub_marks.insert().values(node=node, **values))
            else:
                conn.execute(hub_marks.update().where(hub_marks.c.node == node).values(**values))
            if fault:
                fault()
        return PushOutcome(new_high, merge.rejected + resent, merge.conflicts,
                           len(merge.dirty))
    finally:
        if lock:
            lock.release()


def _write(conn, merge: _Merge, node: str, at: datetime) -> None:
    if merge.dirty:
        seq = (conn.scalar(select(func.max(hub_rows.c.seq))) or 0)
        params = []
        for key in sorted(merge.dirty):
            data, stamps, _new = merge.rows[key]
            seq += 1
            params.append({"tbl": key[0], "id": key[1], "seq": seq,
                           "data": json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                           "stamps": json.dumps(compact_stamps(stamps), separators=(",", ":")),
                           "updated_hlc": data["updated_hlc"],
                           "deleted": bool(data.get("deleted"))})
        columns = ("tbl", "id", "seq", "data", "stamps", "updated_hlc", "deleted")
        upsert = (" ON CONFLICT (tbl, id) DO UPDATE SET "
                  + ", ".join(f"{c} = excluded.{c}" for c in columns[2:]))
        if conn.dialect.name == "postgresql":  # one statement, the rows as one JSON array
            conn.exec_driver_sql(
                f"INSERT INTO hub_rows ({', '.join(columns)}) SELECT {', '.join(columns)} "
                "FROM jsonb_to_recordset(%s::jsonb) AS r(tbl text, id text, seq bigint, "
                "data text, stamps text, updated_hlc text, deleted boolean)" + upsert,
                (json.dumps(params, ensure_ascii=False, separators=(",", ":")),))
        else:
            row = "(" + ", ".join(["?"] * len(columns)) + ")"
            for start in range(0, len(params), 100):
                chunk = params[start:start + 100]
                conn.exec_driver_sql(
                    f"INSERT INTO hub_rows ({', '.join(columns)}) VALUES "
                    + ", ".join([row] * len(chunk)) + upsert,
                    tuple(p[c] for p in chunk for c in columns))
    if merge.rejected:
        conn.execute(hub_rejected.insert(), [
            {"node": node, "seq": r["seq"], "tbl": r["tbl"], "row_id": str(r["id"])[:40],
             "op": str(r["op"])[:1], "reason": r["reason"], "at": at} for r in merge.rejected])
    if merge.conflicts:
        conn.execute(hub_conflicts.insert(), [
            {"tbl": c["tbl"], "row_id": c["id"], "field": c["field"],
             "kept_value": json.dumps(c["kept"], ensure_ascii=False), "kept_hlc": c["kept_hlc"],
             "lost_value": json.dumps(c["lost"], ensure_ascii=False), "lost_hlc": c["lost_hlc"],
             "at": at} for c in merge.conflicts])


def pull(engine: Engine, since: int, limit: int) -> tuple[str, int, bool, int]:
    """The change log after ``since``: (rows as a JSON array text, new cursor, more to come,
    row count). Rows are ``[seq, table, id, data, stamps]``; the JSON is passed through."""
    with engine.connect() as conn:
        found = conn.execute(select(hub_rows.c.seq, hub_rows.c.tbl, hub_rows.c.id,
                                    hub_rows.c.data, hub_rows.c.stamps)
                             .where(hub_rows.c.seq > since).order_by(hub_rows.c.seq)
                             .limit(limit + 1)).all()
    more = len(found) > limit
    found = found[:limit]
    text = "[" + ",".join(f'[{s},"{t}","{i}",{d},{st}]' for s, t, i, d, st in found) + "]"
    return text, (found[-1][0] if found else since), more, len(found)


def rows_of(engine: Engine, tbl: str) -> dict[str, dict]:
    """Every row the hub holds of one table (tests and reports): id -> data."""
    with engine.connect() as conn:
        return {r.id: json.loads(r.data) for r in conn.execute(
            select(hub_rows.c.id, hub_rows.c.data).where(hub_rows.c.tbl == tbl))}


def conflicts(engine: Engine, limit: int = 100) -> list[dict]:
    """The newest entries of the conflict log, for the lead's review."""
    with engine.connect() as conn:
        rows = conn.execute(select(hub_conflicts).order_by(hub_conflicts.c.id.desc())
                            .limit(limit)).mappings().all()
    return [dict(r) for r in rows]
