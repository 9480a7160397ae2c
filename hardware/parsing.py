"""What every device parser shares: the reader-facing interface and binary frame cutting.

A parser is pure: bytes (and the time) in, events out. It keeps a buffer between calls,
skips garbage, resynchronises, and never raises on any input.
"""

from __future__ import annotations

from typing import Callable, Sequence

from hardware.events import DeviceEvent, ParserCounters

NOTHING: tuple[bytes, list[DeviceEvent]] = (b"", [])


class StreamParser:
    """Base of the device parsers; the reader calls these four methods and nothing else."""

    def __init__(self) -> None:
        self.counters = ParserCounters()

    def greeting(self) -> bytes:
        """Bytes to send to the device each time its port opens."""
        return b""

    def poll(self, now: float) -> tuple[bytes, list[DeviceEvent]]:
        """Called often by the reader: bytes to send now (a request) and events (timeouts)."""
        return NOTHING

    def feed(self, data: bytes, now: float = 0.0) -> list[DeviceEvent]:
        """Take bytes read from the port; return the events they complete."""
        raise NotImplementedError

    def reset(self) -> None:
        """Forget any partial frame (the port was reopened); the counters keep counting."""


def cut_frames(buffer: bytearray, kinds: Sequence[tuple[bytes, int]],
               valid: Callable[[bytes], bool], counters: ParserCounters) -> list[bytes]:
    """Cut the valid frames out of ``buffer`` (consumed in place) and skip the garbage.

    ``kinds`` are the (header, length) of the frames that may start here. A frame whose check
    fails is counted and only its first byte is dropped, so a real frame starting inside it is
    still found. A partial header at the end stays in the buffer for the next read.
    """
    frames = []
    while buffer:
        starts = [(buffer.find(header), length) for header, length in kinds]
        found = [(at, length) for at, length in starts if at >= 0]
        if not found:
            keep = max(_partial_header(buffer, header) for header, _ in kinds)
            counters.garbage_bytes += len(buffer) - keep
            del buffer[:len(buffer) - keep]
            break
        at, length = min(found)
        if at:
            counters.garbage_bytes += at
            del buffer[:at]
        if len(buffer) < length:
            break
        frame = bytes(buffer[:length])
        if valid(frame):
            counters.frames_ok += 1
            frames.append(frame)
            del buffer[:length]
        else:
            counters.bad_checksum += 1
            del buffer[:1]
    return frames


def _partial_header(buffer: bytearray, header: bytes) -> int:
    """Length of the longest tail of ``buffer`` that is a beginning of ``header``."""
    for size in range(min(len(header) - 1, len(buffer)), 0, -1):
        if buffer.endswith(header[:size]):
            return size
    return 0
