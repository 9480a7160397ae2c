"""Simulator scripts and random traffic."""

import itertools
import random

import pytest

from hardware.simulators.traffic import ScriptError, Step, parse_script, random_traffic

SCRIPT = """# a morning at the gate
scan ]Q1GRV1-0001
NoRead
sleep 0.5
noise 5a 00 FF
unplug
replug
"""


def test_a_scanner_script():
    assert parse_script(SCRIPT.splitlines(), "scanner") == [
        Step("scan", "]Q1GRV1-0001"), Step("noread"), Step("sleep", 0.5),
        Step("noise", b"\x5a\x00\xff"), Step("unplug"), Step("replug")]


def test_a_thermometer_script():
    assert parse_script(["temp 36.6", "", "  temp 38 "], "thermometer") == [
        Step("temp", 36.6), Step("temp", 38.0)]


@pytest.mark.parametrize("kind, line", [
    ("scanner", "temp 36.6"), ("thermometer", "scan X"), ("scanner", "scan"),
    ("thermometer", "temp hot"), ("scanner", "sleep -1"), ("scanner", "noise zz"),
    ("scanner", "unplug now"), ("scanner", "dance")])
def test_bad_lines_are_named_by_number(kind, line):
    with pytest.raises(ScriptError) as error:
        parse_script(["# first", line], kind)
    assert (error.value.line_number, error.value.line) == (2, line)


def test_random_traffic_is_realistic_and_repeatable():
    def take(seed):
        return list(itertools.islice(random_traffic("thermometer", random.Random(seed)), 2000))

    steps = take(7)
    assert steps == take(7)
    temps = [s.value for s in steps if s.action == "temp"]
    normal = [t for t in temps if 36.0 <= t <= 37.0]
    assert len(normal) > 0.8 * len(temps) and any(t >= 37.3 for t in temps)
    assert any(s.action == "noise" for s in steps)
    assert all(2.0 <= s.value <= 6.0 for s in steps if s.action == "sleep")


def test_random_scanner_traffic_has_codes_and_no_reads():
    steps = list(itertools.islice(random_traffic("scanner", random.Random(1)), 1000))
    actions = {s.action for s in steps}
    assert actions == {"sleep", "scan", "noread", "noise"}
    assert all(s.value.strip() == s.value and s.value for s in steps if s.action == "scan")
