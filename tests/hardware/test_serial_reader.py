"""Simulator on a real pty (or TCP port) → pyserial → reader thread → events."""

import itertools
import random
import time

import pytest

from hardware.backoff import Backoff
from hardware.modbus import ModbusThermometer
from hardware.protocols import scanner_parser, thermometer_parser
from hardware.scanner_protocol import ScannerParser
from hardware.serial_reader import SerialReader
from hardware.simulators import ScannerSimulator, ThermometerSimulator
from hardware.simulators.traffic import play, random_traffic
from hardware.thermometer_gy import GyMcu90614Parser

pytestmark = pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="needs a pty")


def test_scanner_codes_noise_and_no_reads_over_a_pty(recorder):
    with ScannerSimulator(line_ending="CRLF", symbology="]Q1") as sim, \
            SerialReader("scanner", sim.port, scanner_parser(), recorder):
        assert recorder.status(True).device_id == "scanner"
        sim.send_scan("GRV1-0007")
        sim.send_raw(b"\x00\xff\xfe\r\n")
        sim.send_no_read("%%NoRead")
        sim.send_scan("员工 1001", symbology=None)
        events = [recorder.wait_for(lambda e: e.kind != "status") for _ in range(3)]
    assert [(e.kind, e.text) for e in events] == [
        ("scan", "GRV1-0007"), ("no_read", "%%NoRead"), ("scan", "员工 1001")]
    assert events[0].symbology == "]Q1" and events[0].at > 0
    assert recorder.status(False).detail == "stopped"


def test_gy_reader_switches_the_module_to_continuous_output(recorder):
    with ThermometerSimulator("gy-mcu90614", continuous=False) as sim, \
            SerialReader("thermometer", sim.port, GyMcu90614Parser(), recorder):
        recorder.status(True)
        deadline = time.monotonic() + 5
        while not sim.device.continuous and time.monotonic() < deadline:
            time.sleep(0.01)
        sim.send_temperature(36.7)
        sim.send_raw(b"\x5a\x5a\x45\x04\x00\x00")  # a frame cut short, then a good one
        sim.send_temperature(37.9)
        first, second = recorder.next("temperature"), recorder.next("temperature")
    assert (first.celsius, first.ambient, second.celsius) == (36.7, 25.0, 37.9)


def test_gy_reader_in_query_mode_asks_and_gets_answers(recorder):
    with ThermometerSimulator("gy-mcu90614", continuous=False) as sim, \
            SerialReader("thermometer", sim.port, GyMcu90614Parser("query", 0.05), recorder):
        sim.send_temperature(36.2)
        assert recorder.wait_for(lambda e: getattr(e, "celsius", None) == 36.2).plausible
    assert sim.requests >= 1 and not sim.device.continuous


def test_modbus_poll_over_a_pty(recorder):
    with ThermometerSimulator("modbus", modbus_address=7, modbus_register=0x10) as sim, \
            SerialReader("thermometer", sim.port, ModbusThermometer(7, 0x10, 0.05), recorder):
        first = recorder.next("temperature")
        sim.send_temperature(36.4)
        later = recorder.wait_for(lambda e: getattr(e, "celsius", None) == 36.4)
    assert (first.celsius, first.plausible, later.plausible) == (25.0, False, True)


def test_modbus_other_address_is_ignored_so_the_station_times_out(recorder):
    parser = ModbusThermometer(8, 0x10, poll_interval=0.05, timeout=0.05, retries=2)
    with ThermometerSimulator("modbus", modbus_address=7, modbus_register=0x10) as sim, \
            SerialReader("thermometer", sim.port, parser, recorder):
        fault = recorder.next("fault")
    assert fault.reason == "timeout" and "3 requests" in fault.detail
    assert sim.requests >= 3 and not any(e.kind == "temperature" for e in recorder.events)


def test_modbus_wrong_register_is_an_exception(recorder):
    with ThermometerSimulator("modbus", modbus_address=7, modbus_register=0x10) as sim, \
            SerialReader("thermometer", sim.port, ModbusThermometer(7, 0x11), recorder):
        fault = recorder.next("fault")
    assert fault.reason == "exception" and "illegal data address" in fault.detail
    assert sim.requests >= 1


def test_modbus_a_mute_device_is_retried_then_answers_again(recorder):
    parser = ModbusThermometer(1, 0, poll_interval=0.05, timeout=0.05, retries=1)
    with ThermometerSimulator("modbus") as sim, \
            SerialReader("thermometer", sim.port, parser, recorder):
        recorder.next("temperature")
        sim.mute = True
        recorder.next("fault")
        sim.send_temperature(36.9)
        sim.mute = False
        assert recorder.wait_for(lambda e: getattr(e, "celsius", None) == 36.9)


def test_ascii_thermometer_over_tcp(recorder):
    with ThermometerSimulator("ascii", tcp_port=0) as sim, \
            SerialReader("thermometer", sim.port, thermometer_parser("ascii"), recorder):
        assert sim.port.startswith("socket://127.0.0.1:")
        recorder.status(True)
        assert sim.wait_for_client()
        for celsius in (36.1, 36.2, 44.0, 45.5, 36.3):
            sim.send_temperature(celsius)
        readings = [recorder.next("temperature") for _ in range(5)]
    assert [(r.celsius, r.plausible) for r in readings] == [
        (36.1, True), (36.2, True), (44.0, True), (45.5, False), (36.3, True)]


def wait_reconnect(recorder, sim, unplugged_for: float = 0.3) -> float:
    """Unplug, wait, replug; return the seconds from the replug to the reader's online."""
    sim.unplug()
    assert "stopped" not in recorder.status(False).detail
    time.sleep(unplugged_for)
    sim.replug()
    plugged = time.monotonic()
    online = recorder.status(True, timeout=5.0)
    return online.at - plugged


@pytest.mark.parametrize("where, pauses", [("pty", (0.3, 0.9)), ("tcp", (0.3,))])
def test_unplug_and_replug_reconnects_within_2_seconds(recorder, tmp_path, where, pauses):
    """The 0.9 s pause lets the reader's backoff grow over several attempts."""
    place = {"link": tmp_path / "ttyGUARD0"} if where == "pty" else {"tcp_port": 0}
    with ThermometerSimulator("gy-mcu90614", **place) as sim, \
            SerialReader("thermometer", sim.port, GyMcu90614Parser(), recorder):
        port = sim.port
        recorder.status(True)
        assert sim.wait_for_client()
        sim.send_temperature(36.5)
        assert recorder.next("temperature").celsius == 36.5
        for unplugged_for in pauses:
            assert wait_reconnect(recorder, sim, unplugged_for) <= 2.0
            assert sim.port == port and sim.wait_for_client()
            sim.send_temperature(37.1)
            assert recorder.next("temperature").celsius == 37.1


def test_a_missing_port_is_offline_and_stop_is_prompt(recorder, tmp_path):
    reader = SerialReader("scanner", str(tmp_path / "nothing"), ScannerParser(), recorder)
    reader.start()
    assert recorder.status(False).detail
    time.sleep(0.3)  # in the backoff
    assert reader.stop() is True
    assert [e.online for e in recorder.events] == [False]


def test_stop_before_start_and_twice():
    reader = SerialReader("scanner", "loop://", ScannerParser(), print)
    assert reader.stop() and reader.stop()


class Greeter(ScannerParser):
    def greeting(self) -> bytes:
        return b"]Q1HELLO LOOP\r"


def test_loop_url_echoes_the_greeting_back(recorder):
    with SerialReader("scanner", "loop://", Greeter(), recorder):
        scan = recorder.next("scan")
    assert (scan.text, scan.symbology) == ("HELLO LOOP", "]Q1")


def test_a_failing_consumer_does_not_stop_the_reader(recorder):
    calls = []

    def clumsy(event):
        calls.append(event)
        if event.kind == "scan" and len(calls) < 3:
            raise RuntimeError("consumer bug")
        recorder(event)

    with ScannerSimulator() as sim, SerialReader("scanner", sim.port, ScannerParser(), clumsy):
        recorder.status(True)
        sim.send_scan("FIRST")
        sim.send_scan("SECOND")
        assert recorder.next("scan").text == "SECOND"


def test_random_traffic_is_read(recorder):
    steps = itertools.islice(random_traffic("thermometer", random.Random(3), pace=0.002), 40)
    with ThermometerSimulator("ascii") as sim, \
            SerialReader("thermometer", sim.port, thermometer_parser("ascii"), recorder):
        recorder.status(True)
        play(sim, steps)
        sim.send_raw(b"\r\n")
        sim.send_temperature(42.0)  # never random: the end of the traffic
        recorder.wait_for(lambda e: getattr(e, "celsius", None) == 42.0)
    readings = [e.celsius for e in recorder.events if e.kind == "temperature"]
    assert len(readings) >= 15


def test_backoff_doubles_up_to_its_cap_with_jitter():
    backoff = Backoff(first=0.1, cap=1.0, jitter=0.1)
    assert [round(backoff.delay(n, lambda: 0.5), 3) for n in range(6)] == [0.1, 0.2, 0.4, 0.8,
                                                                           1.0, 1.0]
    assert backoff.delay(100, lambda: 1.0) == pytest.approx(1.1)
    assert backoff.delay(0, lambda: 0.0) == pytest.approx(0.09)
