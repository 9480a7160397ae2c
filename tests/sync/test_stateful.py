"""Three workstations and the hub, driven at random by Hypothesis: appends, edits, deletes,
pushes and pulls, with lost replies, duplicated pages, hub rollbacks, crashes before commit
and wall clocks ten minutes apart. After a full sync every node equals the hub, every append
is there exactly once and every field holds the write with the highest clock stamp."""

from __future__ import annotations

import itertools
import time
from datetime import datetime, timezone

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import text

from app.sync.client import HubClient, HubUnreachable
from app.sync.exchange import ExchangeReport, exchange, pull, push
from db.station_models import Check
from db.sync import hub_store
from db.visitor_models import Visit
from tests.sync.conftest import clear_hub

T0 = datetime(2026, 11, 28, 8, 0, tzinfo=timezone.utc)
SKEWS_MS = {"a": -600_000, "b": 0, "c": 600_000}  # ten minutes slow, right, ten fast
FIELDS = ("name", "purpose", "host_name")


class LostReply:
    """Passes the request to the hub, then loses the answer."""

    def __init__(self, client):
        self.client = client

    def push(self, *args):
        self.client.push(*args)
        raise HubUnreachable("reply lost")


class Replaying:
    """Hands every page over twice (and the first page once more at the end)."""

    def __init__(self, client):
        self.client, self.first, self.last = client, None, None

    def pull(self, node, since, limit):
        if self.last is not None:
            page, self.last = self.last, None
            return page
        page = self.client.pull(node, since, limit)
        self.first = self.first or page
        self.last = page
        return page


class CrashingPull:
    """The page's last row cannot be written: the local transaction never commits."""

    def __init__(self, client):
        self.client = client

    def pull(self, node, since, limit):
        page = self.client.pull(node, since, limit)
        broken = [0, "visits", "f" * 32, {"arrived_at": None}, {}]
        return page | {"rows": page["rows"] + [broken]}


def raw_rows(ctx, table: str) -> dict[str, dict]:
    with ctx.engine.connect() as conn:
        result = conn.exec_driver_sql(f"SELECT * FROM {table}")
        names = list(result.keys())
        rows = [dict(zip(names, r)) for r in result]
    return {row.pop("id"): row for row in rows}


def test_random_sync_histories_converge(hub, hub_engine, nodes, issue):
    tokens = {name: issue(name) for name in SKEWS_MS}
    counter = itertools.count()

    class SyncMachine(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            clear_hub(hub_engine)
            nodes.close()
            self.ctx, self.client = {}, {}
            for name, skew in SKEWS_MS.items():
                self.ctx[name] = nodes.make(f"{name}{next(counter)}",
                                            wall_ms=lambda s=skew: time.time_ns() // 10**6 + s)
                self.client[name] = HubClient(hub.url, tokens[name], timeout=5)
            self.appends: set[str] = set()
            self.visits: list[str] = []
            self.writes: dict[tuple[str, str], list[tuple[str, object]]] = {}
            self.own: dict[str, dict[tuple[str, str], str]] = {n: {} for n in SKEWS_MS}

        @initialize()
        def shared_visits(self):
            """Two visits every node holds, so edits soon meet each other."""
            for _ in range(2):
                self.register_visit("b")
            for name in ("b", "a", "c"):
                exchange(self.ctx[name], self.client[name])

        @invariant()
        def reads_its_own_writes(self):
            """A node never shows an older value than one it wrote itself."""
            for name, mine in self.own.items():
                here = raw_rows(self.ctx[name], "visits")
                for (vid, field), stamp in mine.items():
                    if vid in here:
                        shown = [s for s, v in self.writes[(vid, field)]
                                 if v == here[vid][field]]
                        assert shown and shown[0] >= stamp, (name, vid, field)

        def last_stamp(self, ctx) -> str:
            with ctx.engine.connect() as conn:
                return conn.exec_driver_sql(
                    "SELECT hlc FROM sync_outbox ORDER BY seq DESC LIMIT 1").scalar()

        @rule(node=st.sampled_from(list(SKEWS_MS)))
        def append_check(self, node):
            ctx = self.ctx[node]
            with ctx.unit_of_work() as s:
                check = Check(at=T0, verdict="pass", post=node)
                s.add(check)
            self.appends.add(check.id.hex)

        @rule(node=st.sampled_from(list(SKEWS_MS)))
        def register_visit(self, node):
            ctx = self.ctx[node]
            values = {f: f"{node}{next(counter)}" for f in FIELDS}
            with ctx.unit_of_work() as s:
                visit = Visit(arrived_at=T0, **values)
                s.add(visit)
            stamp = self.last_stamp(ctx)
            self.visits.append(visit.id.hex)
            for f in FIELDS:
                self.writes[(visit.id.hex, f)] = [(stamp, values[f])]
            self.writes[(visit.id.hex, "deleted")] = [(stamp, 0)]

        @precondition(lambda self: self.visits)
        @rule(node=st.sampled_from(list(SKEWS_MS)), pick=st.integers(0, 10**6),
              field=st.sampled_from(FIELDS), orm=st.booleans())
        def edit_visit(self, node, pick, field, orm):
            ctx = self.ctx[node]
            vid = self.visits[pick % len(self.visits)]
            here = raw_rows(ctx, "visits").get(vid)
            if here is None:
                return  # not seen here yet
            seen = [s for s, v in self.writes[(vid, field)] if v == here[field]]
            value = f"{node}{next(counter)}"
            if orm:
                with ctx.unit_of_work() as s:
                    setattr(s.get(Visit, __import__("uuid").UUID(vid)), field, value)
            else:
                with ctx.engine.begin() as conn:
                    conn.execute(text(f"UPDATE visits SET {field} = :v WHERE id = :i"),
                                 {"v": value, "i": vid})
            stamp = self.last_stamp(ctx)
            assert seen and stamp > seen[0], "an edit after seeing a value must beat it"
            self.writes[(vid, field)].append((stamp, value))
            self.own[node][(vid, field)] = stamp

        @precondition(lambda self: self.visits)
        @rule(node=st.sampled_from(list(SKEWS_MS)), pick=st.integers(0, 10**6),
              hard=st.booleans())
        def delete_visit(self, node, pick, hard):
            ctx = self.ctx[node]
            vid = self.visits[pick % len(self.visits)]
            here = raw_rows(ctx, "visits").get(vid)
            if here is None or here["deleted"]:
                return
            sql = ("DELETE FROM visits WHERE id = :i" if hard
                   else "UPDATE visits SET deleted = 1 WHERE id = :i")
            with ctx.engine.begin() as conn:
                conn.execute(text(sql), {"i": vid})
            self.writes[(vid, "deleted")].append((self.last_stamp(ctx), 1))

        @rule(node=st.sampled_from(list(SKEWS_MS)),
              fault=st.sampled_from(["none", "lost reply", "hub rollback"]),
              batch=st.sampled_from([2, 1000]))
        def push_changes(self, node, fault, batch):
            client = self.client[node]
            if fault == "lost reply":
                client = LostReply(client)
            elif fault == "hub rollback":
                hub.faults.rollback = 1
            try:
                push(self.ctx[node], client, ExchangeReport(), batch)
            except HubUnreachable:
                pass
            hub.faults.rollback = 0

        @rule(node=st.sampled_from(list(SKEWS_MS)),
              fault=st.sampled_from(["none", "duplicated page", "crash before commit"]),
              page=st.sampled_from([2, 1000]))
        def pull_changes(self, node, fault, page):
            client = self.client[node]
            if fault == "duplicated page":
                client = Replaying(client)
            elif fault == "crash before commit":
                client = CrashingPull(client)
            try:
                pull(self.ctx[node], client, ExchangeReport(), page)
            except Exception:  # noqa: BLE001 - the crash the rule asked for
                assert fault == "crash before commit"

        def teardown(self):
            try:
                for _round in range(2):
                    for name in SKEWS_MS:
                        exchange(self.ctx[name], self.client[name])
                self.check_converged()
            finally:
                for client in self.client.values():
                    client.close()

        def check_converged(self):
            hub_visits = hub_store.rows_of(hub_engine, "visits")
            hub_checks = hub_store.rows_of(hub_engine, "checks")
            assert set(hub_checks) == self.appends
            for name, ctx in self.ctx.items():
                assert raw_rows(ctx, "visits") == hub_visits, f"node {name} differs"
                assert raw_rows(ctx, "checks") == hub_checks, f"node {name} differs"
                with ctx.engine.connect() as conn:
                    assert conn.exec_driver_sql("SELECT count(*) FROM checks").scalar() == len(
                        self.appends)
                    assert conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() == 0
            for (vid, field), writes in self.writes.items():
                assert hub_visits[vid][field] == max(writes)[1], (vid, field, writes)

    run_state_machine_as_test(SyncMachine, settings=settings(
        max_examples=40, stateful_step_count=30, deadline=None,
        suppress_health_check=list(HealthCheck)))
