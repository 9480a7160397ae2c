"""What the device layer reports: frozen events, the parser counters, plausible readings.

Parsers stamp each event with the ``now`` they are given (the reader passes
``time.monotonic()``), so the parsers stay pure and the tests stay exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Union

PLAUSIBLE_CELSIUS = (30.0, 45.0)


@dataclass(frozen=True, slots=True)
class ScanEvent:
    """A code read by the scanner; ``symbology`` is the AIM identifier such as ``]Q1``."""

    kind: ClassVar[str] = "scan"
    text: str
    symbology: str | None
    raw_length: int
    at: float = 0.0


@dataclass(frozen=True, slots=True)
class NoReadEvent:
    """The scanner was triggered but decoded nothing (``NoRead``, ``%%NoRead``, ``NR``)."""

    kind: ClassVar[str] = "no_read"
    text: str
    at: float = 0.0


@dataclass(frozen=True, slots=True)
class DiscardedEvent:
    """Bytes thrown away as a whole, e.g. an over-long line with no terminator."""

    kind: ClassVar[str] = "discarded"
    reason: str
    length: int
    at: float = 0.0


@dataclass(frozen=True, slots=True)
class TemperatureEvent:
    """A thermometer reading; ``plausible=False`` means "re-measure", never a verdict."""

    kind: ClassVar[str] = "temperature"
    celsius: float
    plausible: bool
    ambient: float | None = None
    at: float = 0.0


@dataclass(frozen=True, slots=True)
class DeviceFault:
    """The device answered with an error or not at all (``reason``: timeout, exception)."""

    kind: ClassVar[str] = "fault"
    reason: str
    detail: str
    at: float = 0.0


@dataclass(frozen=True, slots=True)
class DeviceStatus:
    """The reader's port went online (opened) or offline (lost, or not there yet)."""

    kind: ClassVar[str] = "status"
    device_id: str
    online: bool
    detail: str
    at: float = 0.0


DeviceEvent = Union[ScanEvent, NoReadEvent, DiscardedEvent, TemperatureEvent, DeviceFault,
                    DeviceStatus]


@dataclass
class ParserCounters:
    """What a parser has seen so far; useful in diagnostics (``guardroom devices test``)."""

    frames_ok: int = 0
    bad_checksum: int = 0
    garbage_bytes: int = 0
    discarded: int = 0


def reading(celsius: float, now: float, limits: tuple[float, float] = PLAUSIBLE_CELSIUS,
            ambient: float | None = None) -> TemperatureEvent:
    """A temperature event, flagged implausible outside ``limits`` (inclusive)."""
    low, high = limits
    return TemperatureEvent(round(celsius, 2), low <= celsius <= high, ambient, now)
