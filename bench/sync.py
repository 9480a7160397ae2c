"""Sync throughput against the local PostgreSQL: ``python bench/sync.py [--rows 20000]``.

Starts a real hub (``guardroom hub``, its own process) on a new PostgreSQL database, then
prints: push rows/s (a workstation's captured checks into the hub), pull rows/s (a new
workstation loading them), and the time three workstations that were offline for a busy day
(each 2,000 checks, 300 visits, 100 vehicles, with sign-outs) take to converge, all three
syncing at once. Goals: >= 5,000 rows/s push, >= 20,000 rows/s pull, convergence <= 5 s.
The database is dropped afterwards.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.context import open_context  # noqa: E402
from app.sync.client import HubClient  # noqa: E402
from app.sync.exchange import ExchangeReport, exchange, pull, push  # noqa: E402
from bench.startup import machine  # noqa: E402
from db.station_models import Check  # noqa: E402
from db.sync import hub_store, local  # noqa: E402
from db.visitor_models import VehicleStay, Visit  # noqa: E402

DAY = datetime(2026, 11, 27, 7, 0, tzinfo=timezone.utc)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def admin(pg: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(pg, autocommit=True) as conn:
        conn.execute(sql)


def start_hub(url: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "app", "hub", "--db", url, "--listen",
                             f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, port
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the hub did not start")


def busy_day(ctx, checks: int, visits: int, vehicles: int) -> None:
    """A day at one gate: checks, visitors in and (most) out, vehicles in and out."""
    with ctx.unit_of_work() as s:
        s.add_all([Check(at=DAY + timedelta(seconds=20 * i), verdict="pass", post="东门",
                         guard="g", code_kind="health", code_status="green", celsius=36.5)
                   for i in range(checks)])
    with ctx.unit_of_work() as s:
        stays = [Visit(arrived_at=DAY + timedelta(minutes=2 * i), name=f"访客{i}", purpose="办事",
                       host_department="办公室", post="东门") for i in range(visits)]
        cars = [VehicleStay(plate=f"京A{i:05d}", arrived_at=DAY + timedelta(minutes=5 * i),
                            post="东门") for i in range(vehicles)]
        s.add_all(stays + cars)
    with ctx.unit_of_work() as s:  # the afternoon: most leave
        for v in stays[: visits * 9 // 10]:
            s.get(Visit, v.id).left_at = v.arrived_at + timedelta(hours=1)
        for c in cars[: vehicles * 9 // 10]:
            s.get(VehicleStay, c.id).left_at = c.arrived_at + timedelta(hours=2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--rows", type=int, default=20000, help="checks pushed and pulled")
    args = parser.parse_args()
    name = f"guardroom_bench_{uuid.uuid4().hex[:8]}"
    admin(args.pg, f'CREATE DATABASE "{name}"')
    url = args.pg.rsplit("/", 1)[0] + f"/{name}"
    work = Path(tempfile.mkdtemp(prefix="guardroom-sync-bench-"))
    hub, port = start_hub(url)
    engine = hub_store.open_hub(url)
    hub_url = f"http://127.0.0.1:{port}"
    token = lambda node: hub_store.issue_token(engine, node, "guard", DAY)  # noqa: E731
    opened = []
    try:
        print(f"machine: {machine()}")
        print(f"hub: guardroom hub on PostgreSQL ({name}), its own process; loopback HTTP")
        a = open_context(work / "a")
        opened.append(a)
        with a.unit_of_work() as s:
            s.add_all([Check(at=DAY, verdict="pass", post="东门", guard="g", celsius=36.5)
                       for _ in range(args.rows)])
        client = HubClient(hub_url, token("a"), timeout=120)
        started = time.perf_counter()
        push(a, client, ExchangeReport())
        took = time.perf_counter() - started
        print(f"push: {args.rows} rows in {took:.2f} s = {args.rows / took:,.0f} rows/s "
              f"(batches of 1000; goal >= 5,000)")

        b = open_context(work / "b")
        opened.append(b)
        client_b = HubClient(hub_url, token("b"), timeout=120)
        started = time.perf_counter()
        report = ExchangeReport()
        pull(b, client_b, report)
        took = time.perf_counter() - started
        print(f"pull: {report.pulled} rows in {took:.2f} s = {report.pulled / took:,.0f} rows/s "
              f"(a new workstation's snapshot, pages of 5000; goal >= 20,000)")
        client.close(), client_b.close()

        gates = []
        for n in ("east", "west", "north"):
            ctx = open_context(work / n)
            opened.append(ctx)
            exchange(ctx, HubClient(hub_url, token(n), timeout=120))  # in step before the day
            busy_day(ctx, 2000, 300, 100)
            gates.append((ctx, HubClient(hub_url, token(n), timeout=120)))
        outbox = sum(local.pending_count(c.engine) for c, _ in gates)
        started = time.perf_counter()
        for _round in range(2):  # all at once: push and pull; again, for each other's rows
            threads = [threading.Thread(target=exchange, args=(c, cl)) for c, cl in gates]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        took = time.perf_counter() - started
        counts = {c.node_id: (local.pending_count(c.engine), _count(c)) for c, _ in gates}
        hub_rows = sum(len(hub_store.rows_of(engine, t)) for t in ("checks", "visits",
                                                                   "vehicle_stays"))
        converged = all(p == 0 and n == hub_rows for p, n in counts.values())
        print(f"converge: 3 workstations, {outbox} captured changes after a busy day "
              f"(2,000 checks, 300 visits, 100 vehicles each) -> {took:.2f} s, "
              f"{'converged' if converged else 'NOT converged'} (goal <= 5 s)")
        for _c, cl in gates:
            cl.close()
    finally:
        for ctx in opened:
            ctx.close()
        engine.dispose()
        hub.terminate()
        hub.wait(10)
        admin(args.pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        shutil.rmtree(work, ignore_errors=True)


def _count(ctx) -> int:
    with ctx.engine.connect() as conn:
        return sum(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                   for t in ("checks", "visits", "vehicle_stays"))


if __name__ == "__main__":
    main()
