"""GY-MCU90614-style infrared thermometer modules: binary frames over a serial line.

Frame: ``5A 5A 45 04 TOh TOl TAh TAl SUM``: object and ambient temperature in 0.01 °C
(signed, big endian), SUM the low byte of the sum of the eight bytes before it. The host
switches the module to continuous output with ``A5 45 EA`` or asks for one frame with
``A5 15 BA``.
"""

from __future__ import annotations

from hardware.events import PLAUSIBLE_CELSIUS, DeviceEvent, reading
from hardware.parsing import NOTHING, StreamParser, cut_frames

HEADER = bytes.fromhex("5a5a4504")
FRAME_LENGTH = 9
QUERY = bytes.fromhex("a515ba")
CONTINUOUS = bytes.fromhex("a545ea")
MODES = ("continuous", "query")


def checksum(data: bytes) -> int:
    return sum(data) & 0xFF


def encode_frame(object_celsius: float, ambient_celsius: float = 25.0) -> bytes:
    """The frame a module sends for one measurement."""
    body = HEADER + _centi(object_celsius) + _centi(ambient_celsius)
    return body + bytes([checksum(body)])


def decode_frame(frame: bytes) -> tuple[float, float] | None:
    """(object, ambient) °C of a whole frame, or None if its header or checksum is wrong."""
    if len(frame) != FRAME_LENGTH or not frame.startswith(HEADER) or not _sum_ok(frame):
        return None
    return (int.from_bytes(frame[4:6], "big", signed=True) / 100,
            int.from_bytes(frame[6:8], "big", signed=True) / 100)


def startup_command(mode: str) -> bytes:
    """What the reader sends when the port opens: continuous output, or nothing (queries)."""
    return CONTINUOUS if mode == "continuous" else b""


class GyMcu90614Parser(StreamParser):
    """Frames in, :class:`TemperatureEvent` out; in ``query`` mode it asks every interval."""

    def __init__(self, mode: str = "continuous", query_interval: float = 0.5,
                 limits: tuple[float, float] = PLAUSIBLE_CELSIUS):
        super().__init__()
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        self.mode = mode
        self.query_interval = query_interval
        self.limits = limits
        self._buffer = bytearray()
        self._next_query = 0.0

    def greeting(self) -> bytes:
        return startup_command(self.mode)

    def poll(self, now: float) -> tuple[bytes, list[DeviceEvent]]:
        if self.mode != "query" or now < self._next_query:
            return NOTHING
        self._next_query = now + self.query_interval
        return QUERY, []

    def reset(self) -> None:
        self._buffer.clear()
        self._next_query = 0.0

    def feed(self, data: bytes, now: float = 0.0) -> list[DeviceEvent]:
        self._buffer += data
        frames = cut_frames(self._buffer, [(HEADER, FRAME_LENGTH)], _sum_ok, self.counters)
        events: list[DeviceEvent] = []
        for frame in frames:
            object_c, ambient_c = decode_frame(frame)
            events.append(reading(object_c, now, self.limits, ambient=ambient_c))
        return events


def _sum_ok(frame: bytes) -> bool:
    return checksum(frame[:-1]) == frame[-1]


def _centi(celsius: float) -> bytes:
    return max(-32768, min(32767, round(celsius * 100))).to_bytes(2, "big", signed=True)
