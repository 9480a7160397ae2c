"""Five years at the gate, at a glance: ``python bench/cockpit.py [--checks-per-day 2000]``.

Builds a workstation database (migrated by the program itself) holding five years of
records — visits from the entry-log bench's generator, about 2,000 checks a day (half in
the morning peak, some denied for one or two reasons, some overridden by the guard),
vehicles and work orders — then times, through the functions the program uses: the
cockpit's refresh, each trend over a year, and the yearly report (figures, HTML and the
PDF with its charts). Prints p50/max per operation. Goals: refresh <= 200 ms, yearly
report <= 3 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.context import open_context  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from bench.entry_log import YEARS, build  # noqa: E402
from bench.startup import machine  # noqa: E402

DENIALS = (("fever",), ("code_red",), ("code_yellow",), ("not_registered",),
           ("watchlist",), ("fever", "code_yellow"), ("pass_expired",))
CATEGORIES = ("intrusion", "access_denied", "fire_alarm", "medical", "lost_property",
              "dispute", "hazard", "other")


def fill(ctx, per_day: int) -> int:
    """Checks, vehicles and work orders for every day of five years, generated inside SQLite
    (random() in a recursive CTE: millions of rows in seconds); returns the rows added.
    Half of each day's people come in the morning peak (07:30-09:30 local)."""
    first = (datetime.now().astimezone() - timedelta(days=365 * YEARS)).replace(
        hour=0, minute=0, second=0, microsecond=0)
    days = 365 * YEARS + 1
    day0 = first.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    con = ctx.engine.raw_connection()
    cur = con.cursor()
    cur.execute("SELECT sync_suppress(1)")  # made-up history: nothing for the sync outbox
    params = {"node": ctx.node_id, "hlc": ctx.clock.now(), "day0": day0}

    def generate(table: str, columns: str, values: str, count: int) -> int:
        cur.execute(
            f"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {count - 1})"
            f", r AS (SELECT i, i / {max(count // days, 1)} AS d, abs(random()) AS a,"
            f" abs(random()) AS b, abs(random()) AS c FROM n)"
            f" INSERT INTO {table} (id, origin_node, created_hlc, updated_hlc, deleted, {columns})"
            f" SELECT lower(hex(randomblob(16))), :node, :hlc, :hlc, 0, {values} FROM r", params)
        return cur.rowcount

    at = ("strftime('%Y-%m-%d %H:%M:%f', :day0, '+' || d || ' days', '+' ||"
          " (CASE WHEN a % 2 = 0 THEN 27000 + b % 7200 ELSE 21600 + b % 57600 END) ||"
          " ' seconds') || '000'")
    reasons = "CASE c % 7 " + " ".join(
        f"WHEN {i} THEN '{','.join(r)}'" for i, r in enumerate(DENIALS)) + " END"
    generate(
        "checks", "at, post, guard, verdict, reasons, code_kind, code_status, code_text,"
        " code_reference, symbology, celsius, policy_version, scanner, thermometer, note",
        f"{at}, '主门岗', 'guard', CASE WHEN c % 50 = 0 THEN 'deny' ELSE 'pass' END,"
        f" CASE WHEN c % 50 = 0 THEN {reasons} ELSE '' END, 'pass', 'green', '', '', 'QR',"
        " round(36.0 + (a % 13) / 10.0, 1), 1, '', '', ''", per_day * days)
    cur.execute(  # the guard let one denial in ten through
        "INSERT INTO checks (id, origin_node, created_hlc, updated_hlc, deleted, at, post,"
        " guard, verdict, reasons, code_kind, code_status, code_text, code_reference,"
        " symbology, celsius, policy_version, scanner, thermometer, overrides_id, note)"
        " SELECT lower(hex(randomblob(16))), origin_node, created_hlc, updated_hlc, 0,"
        " strftime('%Y-%m-%d %H:%M:%f', at, '+40 seconds') || '000', post, guard, 'pass',"
        " 'manual_override', code_kind, code_status, '', '', symbology, celsius, 1, '', '',"
        " id, '已核实' FROM checks WHERE verdict = 'deny' AND abs(random()) % 10 = 0")
    generate(
        "vehicle_stays", "plate, plate_kind, arrived_at, left_at, whitelisted,"
        " expected_minutes, source, post, guard",
        f"'京A' || printf('%05d', c % 100000), 'blue', {at},"
        f" strftime('%Y-%m-%d %H:%M:%f', {at}, '+3 hours') || '000', c % 5 < 3, 120, 'guard',"
        " '车辆门岗', 'guard'", per_day * 15 // 100 * days)
    categories = "CASE c % 8 " + " ".join(
        f"WHEN {i} THEN '{k}'" for i, k in enumerate(CATEGORIES)) + " END"
    generate(
        "work_orders", "kind, category, title, state, raised_at, raised_by, post, location, camera, zone,"
        " people, assignee, acknowledged_by, closed_at, closed_by, snapshot_sealed",
        f"'manual', {categories}, '事件', 'closed', {at}, 'guard', '主门岗', '东门', '', '', '', 'guard',"
        f" 'guard', strftime('%Y-%m-%d %H:%M:%f', {at}, '+30 minutes') || '000', 'guard', ''",
        2 * days)
    con.commit()
    cur.execute("ANALYZE")
    cur.execute("SELECT sync_suppress(0)")
    con.commit()
    total = sum(cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("checks", "vehicle_stays", "work_orders"))
    con.close()
    return total


def timed(label: str, fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    p50 = statistics.median(times)
    print(f"{label:<40} p50 {p50:8.1f} ms   max {max(times):8.1f} ms   ({runs} runs)")
    return p50


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks-per-day", type=int, default=2000)
    parser.add_argument("--visits", type=int, default=400_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--keep", metavar="DIR",
                        help="build the database in DIR, or reuse the one already there")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="guardroom-bench-") as tmp:
        data = Path(args.keep or tmp) / "data"
        reuse = DataPaths(data).database.exists()
        ctx = open_context(data)
        try:
            if not reuse:
                t = time.perf_counter()
                build(ctx, args.visits, random.Random(20261128))
                rows = args.visits + fill(ctx, args.checks_per_day)
                print(f"built {rows:,} rows over {YEARS} years in "
                      f"{time.perf_counter() - t:.0f} s")
            size = ctx.database_path.stat().st_size / 2**20
            print(f"database {size:,.0f} MiB")
            measure(ctx, args.runs)
        finally:
            ctx.close()
    return 0


def measure(ctx, runs: int) -> None:
    from PySide6.QtGui import QGuiApplication

    from app.cockpit import figures, trends
    from app.reports import summary
    from ui.reports.pdf import write_pdf

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - the PDF needs it
    today = ctx.now().astimezone().date()
    refresh = timed("cockpit refresh", lambda: figures.refresh(ctx), runs)
    for kind in trends.KINDS:
        timed(f"trend {kind}, a year by day", lambda k=kind: trends.trend(ctx, k, "year", today),
              max(3, runs // 3))
    timed("trend entries, a year by hour",
          lambda: trends.trend(ctx, "entries", "year", today, "hour"), 3)
    year = today.year - 1
    figures_ms = timed(f"yearly report {year}: figures + HTML",
                       lambda: summary.yearly(ctx, year), 3)
    out = Path(tempfile.mkdtemp(prefix="guardroom-report-")) / "yearly.pdf"
    whole = timed(f"yearly report {year}: to PDF",
                  lambda: write_pdf(summary.yearly(ctx, year), out), 3)
    print(f"yearly PDF {out.stat().st_size / 1024:,.0f} KiB; figures {figures_ms:.0f} ms of "
          f"{whole:.0f} ms")
    print(f"goals: refresh {refresh:.0f} ms (<= 200), yearly report {whole:.0f} ms (<= 3000)")


if __name__ == "__main__":
    sys.exit(main())
