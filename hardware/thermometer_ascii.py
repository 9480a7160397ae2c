"""Infrared thermometers that print a line per reading: ``36.5``, ``T=36.5``, ``TEMP:36.5C``,
``36.5 C``, ``Temp 36.5℃``."""

from __future__ import annotations

import re

from hardware.events import PLAUSIBLE_CELSIUS, DeviceEvent, reading
from hardware.lines import LineSplitter, Overflow, decode_text
from hardware.parsing import StreamParser

_READING = re.compile(
    r"(?:(?:t|temp|temperature|体温|温度)\s*[:=]?\s*)?"
    r"(?P<value>[+-]?\d{1,3}(?:[.,]\d{1,3})?)"
    r"\s*(?:°\s*c|℃|c)?",
    re.IGNORECASE)
STYLES = ("{:.1f}", "T={:.1f}", "TEMP:{:.1f}C", "{:.1f} C", "Temp {:.1f}℃")


def parse_reading_line(text: str) -> float | None:
    """The temperature in one line of text, or None if the line is not a reading."""
    match = _READING.fullmatch(text)
    return float(match["value"].replace(",", ".")) if match else None


class AsciiThermometerParser(StreamParser):
    """Text lines in, :class:`TemperatureEvent` out; other lines count as garbage."""

    def __init__(self, limits: tuple[float, float] = PLAUSIBLE_CELSIUS,
                 line_ending: str = "auto"):
        super().__init__()
        self.limits = limits
        self._lines = LineSplitter(line_ending, max_line=256)

    def reset(self) -> None:
        self._lines.reset()

    def feed(self, data: bytes, now: float = 0.0) -> list[DeviceEvent]:
        events: list[DeviceEvent] = []
        for line in self._lines.feed(data):
            if isinstance(line, Overflow):
                self.counters.garbage_bytes += line.length
                continue
            text = decode_text(line)
            celsius = None if text is None else parse_reading_line(text)
            if celsius is None:
                self.counters.garbage_bytes += len(line)
            else:
                self.counters.frames_ok += 1
                events.append(reading(celsius, now, self.limits))
        return events


def encode_reading(celsius: float, style: int = 0) -> bytes:
    """One reading as a thermometer prints it, in one of the :data:`STYLES`, CRLF-ended."""
    return (STYLES[style % len(STYLES)].format(celsius) + "\r\n").encode("utf-8")
