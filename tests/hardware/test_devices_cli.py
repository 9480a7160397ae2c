"""``guardroom devices simulate`` and ``guardroom devices test``, run as an admin would."""

import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.__main__ import main
from hardware.protocols import thermometer_parser
from hardware.serial_reader import SerialReader
from hardware.simulators import ThermometerSimulator

ROOT = Path(__file__).resolve().parents[2]


class Child:
    """``python -m app ARGS`` whose stdout lines are read with a deadline (nothing hangs)."""

    def __init__(self, tmp_path: Path, *args: str, stdin=subprocess.DEVNULL):
        self.stderr_path = tmp_path / f"stderr-{args[1]}.txt"
        with open(self.stderr_path, "wb") as stderr:
            self.proc = subprocess.Popen([sys.executable, "-m", "app", *args], cwd=ROOT,
                                         stdin=stdin, stdout=subprocess.PIPE, stderr=stderr,
                                         bufsize=0)
        self._pending = b""
        self._finished: tuple[int, list[dict]] | None = None

    @property
    def stderr(self) -> str:
        return self.stderr_path.read_text("utf-8", errors="replace")

    def line(self, timeout: float = 30.0) -> str:
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._pending:
            ready, _, _ = select.select([fd], [], [], timeout)
            chunk = os.read(fd, 4096) if ready else b""
            if not chunk:
                raise AssertionError(f"no line from {self.proc.args[3:5]}: {self.stderr}")
            self._pending += chunk
        line, _, self._pending = self._pending.partition(b"\n")
        return line.decode("utf-8")

    def json(self, timeout: float = 30.0) -> dict:
        return json.loads(self.line(timeout))

    def finish(self, terminate: bool = True) -> tuple[int, list[dict]]:
        """End the child (SIGTERM, like Ctrl-C); its exit status and remaining JSON lines."""
        if self._finished is not None:
            return self._finished
        if terminate and self.proc.poll() is None:
            self.proc.terminate()
        if self.proc.stdin is not None and self.proc.stdin.closed:
            self.proc.stdin = None
        try:
            rest, _ = self.proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rest, _ = self.proc.communicate()
        text = (self._pending + rest).decode("utf-8")
        self._finished = (self.proc.returncode,
                          [json.loads(line) for line in text.splitlines() if line])
        return self._finished


def test_a_scripted_scanner_read_by_devices_test(tmp_path):
    script = tmp_path / "morning.txt"
    script.write_text("# the morning peak\nscan ]Q1GRV1-0042\nnoise 00 ff 0d 0a\nnoread\n"
                      "sleep 0.1\nscan 员工1001\n", "utf-8")
    link = tmp_path / "ttyGUARD0"
    sim = Child(tmp_path, "devices", "simulate", "scanner", "--pty", "--link", str(link),
                "--line-ending", "CRLF", "--script", str(script), "--json")
    reader = None
    try:
        first = sim.json()
        assert first["port"] == str(link) and first["device"] == "scanner"
        reader = Child(tmp_path, "devices", "test", "--scanner", first["port"], "--json")
        records = [reader.json() for _ in range(4)]
        assert sim.json()["finished"] is True
    finally:
        status, rest = reader.finish() if reader else (None, [])
        sim_status, _ = sim.finish()
    assert [(r["event"], r.get("text"), r.get("symbology")) for r in records] == [
        ("status", None, None), ("scan", "GRV1-0042", "]Q1"), ("no_read", "NoRead", None),
        ("scan", "员工1001", None)]
    assert records[0]["online"] is True and records[1]["device"] == "scanner"
    assert status == 0 and sim_status == 0, reader.stderr + sim.stderr
    assert rest[0]["event"] == "status" and rest[0]["online"] is False
    assert rest[-1] | {"message": ""} == {
        "message": "", "device": "scanner", "event": "counters", "frames_ok": 3,
        "bad_checksum": 0, "garbage_bytes": 2, "discarded": 0}
    assert not link.exists()  # the simulator cleans up after itself on SIGTERM


def test_typed_temperatures_reach_a_reader(tmp_path, recorder):
    sim = Child(tmp_path, "devices", "simulate", "thermometer", "--protocol", "ascii", "--json",
                "--lang", "en", stdin=subprocess.PIPE)
    try:
        port = sim.json()["port"]
        with SerialReader("thermometer", port, thermometer_parser("ascii"), recorder):
            recorder.status(True)
            sim.proc.stdin.write(b"36.6\nnot a number\n\n38,1\n")
            sim.proc.stdin.close()
            readings = [recorder.next("temperature") for _ in range(2)]
            status, _ = sim.finish(terminate=False)
    finally:
        sim.finish()
    assert [(r.celsius, r.plausible) for r in readings] == [(36.6, True), (38.1, True)]
    assert status == 0 and "Not a temperature: not a number" in sim.stderr


def test_devices_test_prints_modbus_readings_for_its_seconds(capsys):
    with ThermometerSimulator("modbus", tcp_port=0, modbus_address=5,
                              modbus_register=3) as sim:
        sim.send_temperature(36.6)
        status = main(["devices", "test", "--thermometer", sim.port, "--thermometer-protocol",
                       "modbus", "--modbus-address", "5", "--modbus-register", "3",
                       "--seconds", "0.6", "--json"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0
    assert records[0]["event"] == "status" and records[0]["online"] is True
    readings = [r for r in records if r["event"] == "temperature"]
    assert readings and {(r["celsius"], r["plausible"]) for r in readings} == {(36.6, True)}
    assert readings[0]["message"] == "thermometer: 36.6 °C"
    assert records[-1]["event"] == "counters" and records[-1]["frames_ok"] == len(readings)


def test_devices_test_on_a_missing_port_says_offline_and_fails(tmp_path, capsys):
    missing = str(tmp_path / "ttyUSB9")
    status = main(["devices", "test", "--scanner", missing, "--seconds", "0.3", "--lang", "en"])
    out = capsys.readouterr().out.splitlines()
    assert status == 1
    assert out[0].startswith("scanner offline: ") and missing in out[0]
    assert out[-1] == "scanner: 0 frames, 0 bad checksums, 0 garbage bytes, 0 discarded lines"


def test_a_bad_script_line_is_named(tmp_path, capsys):
    script = tmp_path / "bad.txt"
    script.write_text("scan A\ntemp 36.6\n", "utf-8")
    status = main(["devices", "simulate", "scanner", "--script", str(script), "--lang", "en"])
    assert status == 1
    assert capsys.readouterr().err.strip() == (
        f'{script}, line 2: cannot play "temp 36.6" on the scanner.')


@pytest.mark.parametrize("args", [
    ["devices"], ["devices", "test"], ["devices", "probe"],
    ["devices", "test", "--scanner", "COM3", "--thermometer-protocol", "ascii"],
    ["devices", "test", "--thermometer", "COM4", "--thermometer-protocol", "smoke"],
    ["devices", "test", "--scanner", "COM3", "--seconds", "0"],
    ["devices", "test", "--scanner", "COM3", "--line-ending", "NUL"],
    ["devices", "simulate"], ["devices", "simulate", "camera"],
    ["devices", "simulate", "scanner", "--protocol", "modbus"],
    ["devices", "simulate", "thermometer", "--modbus-address", "0"],
    ["devices", "simulate", "thermometer", "--tcp", "0", "--link", "/tmp/x"],
    ["devices", "simulate", "thermometer", "--pty", "--tcp", "0"],
    ["devices", "simulate", "thermometer", "--script", "f", "--random"],
    ["devices", "simulate", "thermometer", "--seed", "3"],
    ["devices", "simulate", "card-reader", "--random"],
    ["devices", "simulate", "scanner", "--gate-protocol", "usb"],
    ["devices", "test", "--gate", "COM5", "--gate-protocol", "x10"],
])
def test_bad_device_arguments_exit_2(args, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.parse(args)
    assert exit_.value.code == 2 and "error:" in capsys.readouterr().err


def test_global_options_work_after_the_device_subcommands():
    args = cli.parse(["devices", "test", "--scanner", "loop://", "--json", "--lang", "en"])
    assert args.json and args.lang == "en" and args.line_ending == "auto"


def test_a_typed_card_is_read_masked_by_devices_test(tmp_path):
    sim = Child(tmp_path, "devices", "simulate", "card-reader", "--json",
                stdin=subprocess.PIPE)
    reader = None
    try:
        port = sim.json()["port"]
        reader = Child(tmp_path, "devices", "test", "--card-reader", port, "--json",
                       "--lang", "en")
        assert reader.json()["online"] is True
        sim.proc.stdin.write(b"2\n")  # the expired card
        sim.proc.stdin.flush()
        card = reader.json()
    finally:
        status, rest = reader.finish() if reader else (None, [])
        sim.finish()
    assert card["event"] == "id_card" and card["name"] == "钱进" and card["expired"] is True
    assert card["document"] == "110102********2348" and "id_number" not in card
    assert "110102199007122348" not in json.dumps(card, ensure_ascii=False)
    assert card["message"].endswith("EXPIRED") and status == 0
    assert rest[-1]["device"] == "card_reader" and rest[-1]["frames_ok"] >= 3


@pytest.mark.parametrize("protocol", ["usb", "modbus"])
def test_devices_test_opens_and_closes_a_simulated_relay(tmp_path, protocol):
    sim = Child(tmp_path, "devices", "simulate", "relay", "--gate-protocol", protocol, "--json")
    try:
        port = sim.json()["port"]
        test = subprocess.run([sys.executable, "-m", "app", "devices", "test", "--gate", port,
                               "--gate-protocol", protocol, "--json", "--lang", "en"],
                              cwd=ROOT, capture_output=True, text=True, timeout=30)
        switched = [sim.json()["on"] for _ in range(2)]
    finally:
        sim.finish()
    acks = [json.loads(line) for line in test.stdout.splitlines()]
    assert test.returncode == 0, test.stderr
    assert [(a["command"], a["acknowledged"], a["state"]) for a in acks] == [
        ("open", True, "open"), ("close", True, "closed")]
    assert switched == [True, False]


def test_devices_test_says_a_dead_relay_is_unknown(tmp_path, capsys):
    status = main(["devices", "test", "--gate", str(tmp_path / "ttyRELAY"), "--lang", "en"])
    out = capsys.readouterr().out.splitlines()
    assert status == 1
    assert out[0].startswith("gate relay: open NOT acknowledged (port error")
    assert out[0].endswith("gate state unknown")
