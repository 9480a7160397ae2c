"""kill -9 of a syncing workstation process, again and again, mid-push and mid-pull:
afterwards nothing is lost and nothing is duplicated, at the workstation or at the hub."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from datetime import datetime, timezone

from sqlalchemy import select

from app.sync.client import HubClient
from app.sync.exchange import exchange
from db.station_models import Check
from db.sync import hub_store, local
from db.sync.hub_schema import hub_marks
from db.visitor_models import Visit

T0 = datetime(2026, 11, 28, 8, 0, tzinfo=timezone.utc)
KILLS = int(__import__("os").environ.get("KILLS", 20))


def wait_until(predicate, seconds: float, child) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        assert child.poll() is None, child.stderr.read().decode()
        time.sleep(0.005)
    return False


def test_kill_9_at_random_moments_loses_and_duplicates_nothing(hub, hub_engine, nodes, issue):
    rng = random.Random(20261128)
    node, other = nodes.make("k"), nodes.make("o")
    token = issue("k")
    other_client = HubClient(hub.url, issue("o"))
    made_here: set[str] = set()
    made_there: set[str] = set()
    with node.unit_of_work() as s:
        visit = Visit(arrived_at=T0, name="王五", purpose="0")
        s.add(visit)
    last_purpose = "0"
    kills = {"push": 0, "pull": 0, "other": 0}

    def mark() -> int:
        with hub_engine.connect() as conn:
            return conn.scalar(select(hub_marks.c.high_water).where(hub_marks.c.node == "k")) or 0

    for round_no in range(KILLS):
        with node.unit_of_work() as s:  # new work at the gate while the sync is down
            rows = [Check(at=T0, verdict="pass", post=f"r{round_no}") for _ in range(40)]
            s.add_all(rows)
            s.get(Visit, visit.id).purpose = last_purpose = str(round_no + 1)
        made_here |= {r.id.hex for r in rows}
        with other.unit_of_work() as s:  # and at another gate, for this one to pull
            rows = [Check(at=T0, verdict="deny", post=f"o{round_no}") for _ in range(40)]
            s.add_all(rows)
        made_there |= {r.id.hex for r in rows}
        exchange(other, other_client)

        child = subprocess.Popen(
            [sys.executable, "-m", "app", "--data-dir", str(node.paths.root), "sync", "--hub",
             hub.url, "--token", token, "--interval", "0.05", "--batch", "3",
             "--page-size", "3"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            before_mark, before_cursor = mark(), local.get_cursor(node.engine)
            if round_no % 2 == 0:  # once it is pushing, at a random moment
                started = wait_until(lambda b=before_mark: mark() > b, 30, child)
                kind = "push"
            else:  # once it is pulling
                started = wait_until(
                    lambda b=before_cursor: local.get_cursor(node.engine) > b, 30, child)
                kind = "pull"
            time.sleep(rng.uniform(0, 0.06))
            os.kill(child.pid, signal.SIGKILL)
            kills[kind if started else "other"] += 1
        finally:
            child.kill()
            child.wait(10)
            child.stderr.close()

    client = HubClient(hub.url, token)
    exchange(node, client)
    exchange(other, other_client)
    client.close(), other_client.close()

    assert kills["push"] + kills["pull"] + kills["other"] == KILLS
    assert kills["push"] >= KILLS // 2 - 2 and kills["pull"] >= KILLS // 2 - 2, kills
    hub_checks = hub_store.rows_of(hub_engine, "checks")
    assert set(hub_checks) == made_here | made_there
    for ctx in (node, other):
        with ctx.engine.connect() as conn:
            ids = list(conn.exec_driver_sql("SELECT id FROM checks").scalars())
            assert len(ids) == len(set(ids)) == len(hub_checks)  # none twice, none missing
            assert conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() == 0
    assert hub_store.rows_of(hub_engine, "visits")[visit.id.hex]["purpose"] == last_purpose
    with other.unit_of_work() as s:
        assert s.get(Visit, uuid.UUID(visit.id.hex)).purpose == last_purpose
