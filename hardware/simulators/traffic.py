"""What a simulator sends: a script of steps, or endless random but realistic traffic.

Script lines (``#`` starts a comment)::

    scan GRV1-0042        a code (scanner)          temp 36.6     a reading (thermometer)
    noread                a failed scan (scanner)   sleep 0.5     wait, in seconds
    noise 5a 00 ff        raw bytes, in hex         unplug / replug   pull / plug the cable
"""

from __future__ import annotations

import random
import string
import threading
import time
from dataclasses import dataclass
from typing import Iterable, Iterator

SCANNER_ACTIONS = frozenset({"scan", "noread"})
THERMOMETER_ACTIONS = frozenset({"temp"})
COMMON_ACTIONS = frozenset({"sleep", "noise", "unplug", "replug"})


@dataclass(frozen=True)
class Step:
    action: str
    value: object = None


class ScriptError(ValueError):
    """A script line that cannot be played on this kind of device."""

    def __init__(self, line_number: int, line: str):
        super().__init__(f"line {line_number}: {line!r}")
        self.line_number, self.line = line_number, line


def parse_step(line: str, kind: str) -> Step | None:
    """One script line → a step; None for blank and comment lines; ValueError if bad."""
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    action, _, rest = line.partition(" ")
    action, rest = action.lower(), rest.strip()
    allowed = COMMON_ACTIONS | (SCANNER_ACTIONS if kind == "scanner" else THERMOMETER_ACTIONS)
    if action not in allowed:
        raise ValueError(action)
    if action == "scan":
        if not rest:
            raise ValueError(line)
        return Step("scan", rest)
    if action == "temp":
        return Step("temp", float(rest))
    if action == "sleep":
        seconds = float(rest)
        if not 0 <= seconds <= 3600:
            raise ValueError(rest)
        return Step("sleep", seconds)
    if action == "noise":
        return Step("noise", bytes.fromhex(rest))
    if rest:
        raise ValueError(line)
    return Step(action)


def parse_script(lines: Iterable[str], kind: str) -> list[Step]:
    steps = []
    for number, line in enumerate(lines, start=1):
        try:
            step = parse_step(line, kind)
        except ValueError:
            raise ScriptError(number, line.rstrip("\r\n")) from None
        if step is not None:
            steps.append(step)
    return steps


def random_traffic(kind: str, rng: random.Random, pace: float = 4.0) -> Iterator[Step]:
    """Endless traffic at the gate: about one person every ``pace`` seconds."""
    while True:
        yield Step("sleep", round(rng.uniform(0.5, 1.5) * pace, 2))
        roll = rng.random()
        if roll < 0.03:
            yield Step("noise", rng.randbytes(rng.randint(1, 12)))
        elif kind == "scanner":
            yield Step("noread") if roll < 0.08 else Step("scan", random_code(rng))
        elif roll < 0.08:
            yield Step("temp", round(rng.uniform(37.3, 38.9), 1))  # fever
        elif roll < 0.10:
            yield Step("temp", round(rng.uniform(31.0, 34.0), 1))  # cold forehead: re-measure
        else:
            yield Step("temp", round(min(37.0, max(36.0, rng.gauss(36.5, 0.25))), 1))


def random_code(rng: random.Random) -> str:
    """A staff card number or a health-code token."""
    if rng.random() < 0.4:
        return "10" + "".join(rng.choices(string.digits, k=8))
    return "".join(rng.choices(string.ascii_letters + string.digits + "-_", k=43))


def play(simulator, steps: Iterable[Step], stop: threading.Event | None = None) -> None:
    """Send ``steps`` through a scanner or thermometer simulator until done or ``stop``."""
    for step in steps:
        if stop is not None and stop.is_set():
            return
        if step.action == "sleep" and stop is not None:
            stop.wait(step.value)
        elif step.action == "sleep":
            time.sleep(step.value)
        elif step.action == "scan":
            simulator.send_scan(step.value)
        elif step.action == "noread":
            simulator.send_no_read()
        elif step.action == "temp":
            simulator.send_temperature(step.value)
        elif step.action == "noise":
            simulator.send_raw(step.value)
        elif step.action == "unplug":
            simulator.unplug()
        elif step.action == "replug":
            simulator.replug()
