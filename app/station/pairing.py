"""Pairing one code scan with one temperature reading — a pure state machine.

A scan and a plausible reading taken within ``window`` seconds of each other (either order)
make one person's check. A scan left without a reading past the window, or followed by a
second scan, is closed as incomplete. A reading outside the plausible range asks for a
re-measure and is never paired. A polled thermometer repeats the value it holds; with
``repeat_seconds`` set, a repeat of the last value seen within that time is the same
measurement, not a new person (0 turns this off, for thermometers that push each reading).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

REPEAT_SECONDS = 2.0


@dataclass(frozen=True)
class Scan:
    text: str
    symbology: str | None
    at: float
    device: str = ""
    card: object = None  # an identity card read instead of a code (text: its keyed hash)


@dataclass(frozen=True)
class Reading:
    celsius: float
    plausible: bool
    at: float
    device: str = ""


class Prompt(StrEnum):
    MEASURE = "measure"  # a code was scanned: take the temperature
    REMEASURE = "remeasure"  # the reading was implausible
    SCAN = "scan"  # a temperature was taken: scan the code


@dataclass(frozen=True)
class Paired:
    scan: Scan
    reading: Reading


@dataclass(frozen=True)
class Incomplete:
    scan: Scan
    reason: str = "no_temperature"


Output = Paired | Incomplete | Prompt


class Pairing:
    def __init__(self, window: float = 10.0, repeat_seconds: float = REPEAT_SECONDS):
        self.window = window
        self.repeat_seconds = repeat_seconds
        self._scan: Scan | None = None
        self._reading: Reading | None = None
        self._last_seen: Reading | None = None

    @property
    def waiting_for_reading(self) -> bool:
        return self._scan is not None

    def scan(self, scan: Scan) -> list[Output]:
        out: list[Output] = self.tick(scan.at)
        if self._scan is not None:  # two scans in a row: the first person left unmeasured
            out.append(Incomplete(self._scan))
            self._scan = None
        if self._reading is not None:
            out.append(Paired(scan, self._reading))
            self._reading = None
        else:
            self._scan = scan
            out.append(Prompt.MEASURE)
        return out

    def reading(self, reading: Reading) -> list[Output]:
        out: list[Output] = self.tick(reading.at)
        if not reading.plausible:
            out.append(Prompt.REMEASURE)
            return out
        if self._is_repeat(reading):
            return out
        if self._scan is not None:
            out.append(Paired(self._scan, reading))
            self._scan = None
        else:
            self._reading = reading
            out.append(Prompt.SCAN)
        return out

    def tick(self, now: float) -> list[Output]:
        """Close what the window has run out on; call it a few times a second."""
        out: list[Output] = []
        if self._scan is not None and now - self._scan.at > self.window:
            out.append(Incomplete(self._scan))
            self._scan = None
        if self._reading is not None and now - self._reading.at > self.window:
            self._reading = None  # a reading nobody scanned for: nothing to log
        return out

    def _is_repeat(self, reading: Reading) -> bool:
        last, self._last_seen = self._last_seen, reading
        return (self.repeat_seconds > 0 and last is not None and last.celsius == reading.celsius
                and reading.at - last.at <= self.repeat_seconds)
