"""The headless station as a gate kiosk runs it: a real process, real ptys, a real database."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from hardware.simulators import ScannerSimulator, ThermometerSimulator


class HeadlessStation:
    """``guardroom station --headless --json`` in a subprocess, its verdict lines collected."""

    def __init__(self, data_dir, scanner, thermometer):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app", "station", "--headless", "--json", "--lang", "en",
             "--data-dir", str(data_dir), "--scanner", scanner.port,
             "--thermometer", thermometer.port, "--thermometer-protocol", "ascii"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.verdicts: list[dict] = []
        self.notes: list[str] = []
        self._threads = [threading.Thread(target=self._collect, args=(self.proc.stdout, True)),
                         threading.Thread(target=self._collect, args=(self.proc.stderr, False))]
        for t in self._threads:
            t.start()

    def _collect(self, stream, verdicts: bool) -> None:
        for line in stream:
            (self.verdicts.append(json.loads(line)) if verdicts else self.notes.append(line))

    def wait(self, predicate, timeout=10.0):
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise AssertionError(f"timed out; notes: {self.notes}")
            time.sleep(0.02)

    def wait_online(self):
        self.wait(lambda: sum("online" in n for n in self.notes) >= 2)

    def finish(self, sig=signal.SIGTERM):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        self.proc.wait(10)
        for t in self._threads:
            t.join(5)


@pytest.fixture
def gate(tmp_path):
    with ScannerSimulator() as scanner, ThermometerSimulator("ascii") as thermometer:
        station = HeadlessStation(tmp_path / "data", scanner, thermometer)
        try:
            station.wait_online()
            yield station, scanner, thermometer, tmp_path / "data" / "guardroom.sqlite"
        finally:
            station.finish()


def logged_ids(db) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {row[0] for row in con.execute("SELECT id FROM checks")}
    finally:
        con.close()


def test_one_json_line_per_verdict_each_logged(gate):
    station, scanner, thermometer, db = gate
    for n, celsius in enumerate((36.5, 37.6, 36.4)):
        scanner.send_scan(f"STAFF-{n:04d}")
        thermometer.send_temperature(celsius)
        station.wait(lambda n=n: len(station.verdicts) == n + 1)
    assert [v["verdict"] for v in station.verdicts] == ["pass", "deny", "pass"]
    assert station.verdicts[1]["reasons"] == ["fever"]
    assert {v["id"].replace("-", "") for v in station.verdicts} == logged_ids(db)


def test_kill_9_in_a_burst_loses_no_reported_check(gate):
    station, scanner, thermometer, db = gate
    for n in range(60):
        scanner.send_scan(f"STAFF-{n:04d}")
        time.sleep(0.004)
        thermometer.send_temperature(36.5)
        time.sleep(0.02)
        if len(station.verdicts) >= 20:
            break
    station.finish(signal.SIGKILL)
    reported = {v["id"].replace("-", "") for v in station.verdicts}
    assert len(reported) >= 20
    assert reported <= logged_ids(db)  # every verdict that was reported is in the database
