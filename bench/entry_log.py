"""Five years of visits, searched: ``python bench/entry_log.py [--rows 2500000]``.

Builds a workstation database (migrated by the program itself) holding ``--rows`` realistic
visits over five years — identity numbers sealed and hashed exactly as registration does —
then times, through the same functions the program uses: exact identity-number search, plate
search, name-prefix search, opening the log at a date, and scrolling 10 pages of 500.
Prints p50/p95 per operation. Goals: p95 <= 50 ms per search, <= 300 ms to open the view.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.context import open_context  # noqa: E402
from app.services.demo import GIVEN, SURNAMES  # noqa: E402
from app.visitors import id_numbers, log, registry  # noqa: E402
from bench.startup import machine  # noqa: E402

YEARS = 5
DEPARTMENTS = ("办公室", "财务科", "人事科", "信息中心", "后勤科", "法制科", "档案室", "党建办")
REGIONS = ("110105", "110108", "310104", "440106", "320102", "510104", "330106", "370102")


def person(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
    born = datetime(1950, 1, 1) + timedelta(days=rng.randrange(365 * 55))
    first17 = f"{rng.choice(REGIONS)}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return name, first17 + id_numbers.check_digit(first17)


def build(ctx, rows: int, rng: random.Random) -> tuple[list[str], list[str], list[str]]:
    """Insert ``rows`` visits in bulk; return some identity numbers, plates and names to find."""
    vault = registry.vault(ctx)
    people = [person(rng) for _ in range(max(1000, rows // 5))]  # regulars come back
    end = datetime.now(timezone.utc)
    start = end - timedelta(days=365 * YEARS)
    span = (end - start).total_seconds()
    node, stamp = ctx.node_id, ctx.clock.now()
    sealed = {}
    batch, ids, plate_list, names = [], [], [], []
    con = ctx.engine.raw_connection()
    cur = con.cursor()
    cur.execute("SELECT sync_suppress(1)")  # made-up history: nothing for the sync outbox
    sql = ("INSERT INTO visits (id, origin_node, created_hlc, updated_hlc, deleted, arrived_at,"
           " left_at, signed_out_automatically, expected_minutes, name, document_kind,"
           " document_sealed, document_hash, document_masked, phone_sealed, host_name,"
           " host_department, purpose, companions, plate, post, guard) VALUES "
           "(?,?,?,?,0,?,?,0,60,?,'resident_id',?,?,?,'','',?,'',0,?,'主门岗','guard')")
    for i in range(rows):
        name, number = people[rng.randrange(len(people))]
        if number not in sealed:
            sealed[number] = (vault.seal(number, registry.DOCUMENT), vault.search_hash(number),
                              id_numbers.mask(number))
        seal, digest, masked = sealed[number]
        arrived = start + timedelta(seconds=span * i / rows + rng.random())
        plate = f"京{rng.choice('ABCEFGHJKLMNPQ')}{rng.randrange(10**5):05d}" \
            if rng.random() < 0.2 else ""
        batch.append((uuid.uuid4().hex, node, stamp, stamp,
                      arrived.strftime("%Y-%m-%d %H:%M:%S.%f"),
                      (arrived + timedelta(minutes=45)).strftime("%Y-%m-%d %H:%M:%S.%f"),
                      name, seal, digest, masked, rng.choice(DEPARTMENTS), plate))
        if i % 997 == 0:
            ids.append(number)
            names.append(name[:1] if i % 2 else name)
            if plate:
                plate_list.append(plate)
        if len(batch) == 50_000:
            cur.executemany(sql, batch)
            con.commit()
            batch.clear()
            print(f"  {i + 1:,} rows", end="\r", flush=True)
    cur.executemany(sql, batch)
    con.commit()
    cur.execute("ANALYZE")
    con.commit()
    cur.execute("SELECT sync_suppress(0)")
    con.close()
    return ids, plate_list or ["京A00000"], names


def timed(fn, arguments) -> list[float]:
    times = []
    for arg in arguments:
        t = time.perf_counter()
        fn(arg)
        times.append((time.perf_counter() - t) * 1000)
    return times


def report(label: str, times: list[float]) -> None:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    print(f"{label:<34} p50 {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms   "
          f"({len(times)} runs)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_500_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(20261128)
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="guardroom-bench-") as tmp:
        ctx = open_context(Path(tmp) / "data")
        try:
            t = time.perf_counter()
            ids, plate_list, names = build(ctx, args.rows, rng)
            size = ctx.database_path.stat().st_size / 2**20
            print(f"built {args.rows:,} visits over {YEARS} years in "
                  f"{time.perf_counter() - t:.0f} s ({size:.0f} MB)")
            pick = lambda items: [rng.choice(items) for _ in range(args.runs)]  # noqa: E731
            report("exact identity-number search", timed(
                lambda n: registry.find(ctx, document=n), pick(ids)))
            report("plate search", timed(lambda p: registry.find(ctx, plate=p), pick(plate_list)))
            report("name-prefix search (50 newest)", timed(
                lambda n: registry.find(ctx, name_prefix=n), pick(names)))
            now = datetime.now(timezone.utc)
            dates = [now - timedelta(days=rng.randrange(365 * YEARS)) for _ in range(args.runs)]
            report("open the log at a date (500 rows)", timed(
                lambda d: log.page(ctx, log.LogFilter(until=d)), dates))

            def scroll(d):
                after = None
                for _ in range(10):
                    rows = log.page(ctx, log.LogFilter(until=d), after)
                    after = log.cursor_of(rows[-1])

            report("scroll 10 pages of 500", timed(scroll, dates[: max(5, args.runs // 5)]))
        finally:
            ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
