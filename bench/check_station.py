"""Simulated people through the headless check station at increasing rates.

For each rate, N people walk up: the scanner simulator sends a staff card, the thermometer
simulator a normal reading shortly after. The headless station (``guardroom station
--headless --json``, a separate process on real pseudo-terminals with a real SQLite file)
prints a verdict line after each check is committed. Printed per rate: how many verdicts
came back (nothing may be lost), p50/p99 latency from the last byte written (the reading)
to the verdict logged, and the checks per second sustained.

Then the ID card path: pre-registered visitors are measured, then lay their ID card on the
card reader simulator (GA 467 over a pty); the station reads the card, judges, logs and opens
the gate through the relay board simulator. Printed: p50/p99 from the last byte of the card's
"read base information" reply to the relay receiving "open". Usage:
``python bench/check_station.py [--people N] [--rates 5,10,20,40,60] [--cards N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.startup import machine  # noqa: E402
from hardware import id_card  # noqa: E402
from hardware.simulators import ScannerSimulator, ThermometerSimulator  # noqa: E402
from hardware.simulators.id_card import IdCardReaderSimulator, SyntheticCard  # noqa: E402
from hardware.simulators.relay import RelaySimulator  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class Station:
    def __init__(self, data_dir: Path, scanner: str, thermometer: str, *extra: str):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app", "station", "--headless", "--json", "--lang", "en",
             "--data-dir", str(data_dir), "--scanner", scanner, "--thermometer", thermometer,
             "--thermometer-protocol", "ascii", *extra],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.arrivals: list[tuple[float, dict]] = []
        self.online = 0
        threading.Thread(target=self._out, daemon=True).start()
        threading.Thread(target=self._err, daemon=True).start()

    def _out(self) -> None:
        for line in self.proc.stdout:
            self.arrivals.append((time.perf_counter(), json.loads(line)))

    def _err(self) -> None:
        for line in self.proc.stderr:
            self.online += "online" in line

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def run_rate(station: Station, scanner, thermometer, rate: float, people: int) -> dict:
    start_index = len(station.arrivals)
    interval = 1.0 / rate
    sent: list[float] = []
    t0 = time.perf_counter()
    for n in range(people):
        due = t0 + n * interval
        while time.perf_counter() < due:
            time.sleep(min(0.001, max(0.0, due - time.perf_counter())))
        scanner.send_scan(f"STAFF-{n:06d}")
        time.sleep(min(0.005, interval / 4))
        sent.append(time.perf_counter())
        thermometer.send_temperature(36.5)
    deadline = time.perf_counter() + 10
    while len(station.arrivals) - start_index < people and time.perf_counter() < deadline:
        time.sleep(0.01)
    got = station.arrivals[start_index:]
    latencies = [(at - sent[i]) * 1000 for i, (at, _v) in enumerate(got[:people])]
    verdicts = [v["verdict"] for _at, v in got]
    span = (got[-1][0] - t0) if got else float("nan")
    return {"rate": rate, "people": people, "verdicts": len(got),
            "passed": verdicts.count("pass"), "p50": statistics.median(latencies),
            "p99": percentile(latencies, 0.99), "per_second": len(got) / span}


class TimedCardReader(IdCardReaderSimulator):
    """Notes when it answers "read base information" (the card's data goes out)."""

    def __init__(self):
        super().__init__()
        self.replied_at: list[float] = []

    def answer(self, data: bytes) -> bytes:
        reply = super().answer(data)
        if self.card is not None and self.commands and self.commands[-1] == id_card.READ_BASE:
            self.replied_at.append(time.perf_counter())
        return reply


class TimedRelay(RelaySimulator):
    """Notes when an "open" command arrives."""

    def __init__(self):
        super().__init__("usb")
        self.opened_at: list[float] = []

    def _obey(self, frame: bytes) -> bool:
        obeyed = super()._obey(frame)
        if obeyed and self.on:
            self.opened_at.append(time.perf_counter())
        return obeyed


def visitors_expected(data_dir: Path, count: int) -> list[SyntheticCard]:
    """Pre-register ``count`` visitors for today, each with a card of their own."""
    from app.context import open_context
    from app.services import accounts, demo
    from app.visitors import id_numbers, preregistration

    cards = []
    for n in range(count):
        first17 = f"11010119900101{n:03d}"
        cards.append(SyntheticCard(f"访客{n:03d}", first17 + id_numbers.check_digit(first17)))
    ctx = open_context(data_dir)
    try:
        demo.seed(ctx, visitors=False)
        admin = accounts.login(ctx, "admin", demo.DEMO_PASSWORD)
        preregistration.preregister(ctx, admin, [preregistration.Expected(
            c.name, "resident_id", c.id_number, "刘主任", "办公室", "会议") for c in cards])
    finally:
        ctx.close()
    return cards


def run_cards(data_dir: Path, count: int) -> dict:
    cards = visitors_expected(data_dir, count)
    latencies, verdicts = [], []
    with ScannerSimulator() as scanner, ThermometerSimulator("ascii") as thermometer, \
            TimedCardReader() as reader, TimedRelay() as relay:
        station = Station(data_dir, scanner.port, thermometer.port, "--card-reader",
                          reader.port, "--gate", relay.port, "--gate-protocol", "usb")
        try:
            deadline = time.monotonic() + 20
            while station.online < 3 and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.5)  # the gate's first "close" has been acknowledged
            for card in cards:
                opened = len(relay.opened_at)
                thermometer.send_temperature(36.5)
                time.sleep(0.05)
                reader.place(card)
                until = time.monotonic() + 3
                while len(relay.opened_at) == opened and time.monotonic() < until:
                    time.sleep(0.002)
                if len(relay.opened_at) > opened:
                    latencies.append((relay.opened_at[-1] - reader.replied_at[-1]) * 1000)
                reader.remove()
                time.sleep(0.35)  # the reader sees the card gone before the next one
            time.sleep(0.5)
            verdicts = [v["verdict"] for _at, v in station.arrivals]
        finally:
            station.stop()
    return {"cards": count, "opened": len(latencies), "passed": verdicts.count("pass"),
            "p50": statistics.median(latencies) if latencies else float("nan"),
            "p99": percentile(latencies, 0.99) if latencies else float("nan")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--rates", default="5,10,20,40,80,160")
    parser.add_argument("--cards", type=int, default=60, help="ID card visitors (0: none)")
    args = parser.parse_args()
    rates = [float(r) for r in args.rates.split(",")]
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="guardroom-bench-") as tmp, \
            ScannerSimulator() as scanner, ThermometerSimulator("ascii") as thermometer:
        station = Station(Path(tmp) / "data", scanner.port, thermometer.port)
        try:
            deadline = time.monotonic() + 20
            while station.online < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
            print(f"{'people/s':>9} {'sent':>5} {'logged':>6} {'passed':>6} "
                  f"{'p50 ms':>7} {'p99 ms':>7} {'checks/s':>9}")
            for rate in rates:
                r = run_rate(station, scanner, thermometer, rate, args.people)
                print(f"{r['rate']:>9.0f} {r['people']:>5} {r['verdicts']:>6} {r['passed']:>6} "
                      f"{r['p50']:>7.1f} {r['p99']:>7.1f} {r['per_second']:>9.1f}")
                time.sleep(0.5)
        finally:
            station.stop()
    print("latency: last byte written (the reading) to the verdict line, after the commit; "
          "goal p99 <= 50 ms and >= 20 checks/s with nothing lost")
    if args.cards:
        with tempfile.TemporaryDirectory(prefix="guardroom-bench-") as tmp:
            r = run_cards(Path(tmp) / "data", args.cards)
        print(f"\nID card + temperature -> gate open: {r['cards']} visitors, "
              f"{r['passed']} passed, gate opened {r['opened']} times; "
              f"p50 {r['p50']:.1f} ms, p99 {r['p99']:.1f} ms "
              "(last byte of the card reply to the relay's open command; goal p99 <= 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
