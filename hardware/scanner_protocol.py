"""The QR / barcode scanner in serial (USB-CDC) mode: one code per line.

A line may start with an AIM symbology identifier (``]Q1`` QR, ``]C1`` Code 128,
``]E0`` EAN-13: ``]`` + letter + digit), which is stripped and kept. ``NoRead``,
``%%NoRead`` and ``NR`` mean the scanner was triggered and decoded nothing.
"""

from __future__ import annotations

import logging
import re

from hardware.events import DeviceEvent, DiscardedEvent, NoReadEvent, ScanEvent
from hardware.lines import MAX_LINE, LineSplitter, Overflow, decode_text
from hardware.parsing import StreamParser

log = logging.getLogger(__name__)

AIM_PREFIX = re.compile(r"\][A-Za-z][0-9]")
NO_READ_MESSAGES = frozenset({"noread", "%%noread", "nr", "no read"})
TERMINATORS = {"CR": b"\r", "LF": b"\n", "CRLF": b"\r\n"}


class ScannerParser(StreamParser):
    """Scanner bytes in, :class:`ScanEvent` / :class:`NoReadEvent` / :class:`DiscardedEvent` out."""

    def __init__(self, line_ending: str = "auto", max_line: int = MAX_LINE):
        super().__init__()
        self._lines = LineSplitter(line_ending, max_line)

    def reset(self) -> None:
        self._lines.reset()

    def feed(self, data: bytes, now: float = 0.0) -> list[DeviceEvent]:
        events: list[DeviceEvent] = []
        for line in self._lines.feed(data):
            if isinstance(line, Overflow):
                log.warning("scanner: discarded %d bytes without a line terminator", line.length)
                self.counters.discarded += 1
                events.append(DiscardedEvent("line too long", line.length, now))
                continue
            event = self._decode(line, now)
            if event is None:
                self.counters.garbage_bytes += len(line)
            else:
                self.counters.frames_ok += 1
                events.append(event)
        return events

    @staticmethod
    def _decode(line: bytes, now: float) -> ScanEvent | NoReadEvent | None:
        text = decode_text(line)
        if text is None:
            return None
        if text.casefold() in NO_READ_MESSAGES:
            return NoReadEvent(text, now)
        symbology = None
        if AIM_PREFIX.match(text):
            symbology, text = text[:3], text[3:]
        if not text:
            return None
        return ScanEvent(text, symbology, len(line), now)


def encode_scan(text: str, line_ending: str = "CR", symbology: str | None = None) -> bytes:
    """The bytes a scanner sends for one code (what the simulator writes)."""
    return ((symbology or "") + text).encode("utf-8") + TERMINATORS[line_ending]
