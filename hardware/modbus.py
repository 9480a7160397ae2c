"""Modbus RTU thermometers on RS-485: the station polls "read holding registers" (03).

The temperature is one signed 16-bit register in 0.1 °C. Every frame ends with the
CRC-16/MODBUS, low byte first. Pure functions build and read the frames;
:class:`ModbusThermometer` adds the polling schedule, timeouts and retries.
"""

from __future__ import annotations

from dataclasses import dataclass

from hardware.events import PLAUSIBLE_CELSIUS, DeviceEvent, DeviceFault, reading
from hardware.parsing import NOTHING, StreamParser, cut_frames

READ_HOLDING_REGISTERS = 0x03
EXCEPTION_FLAG = 0x80
EXCEPTION_NAMES = {1: "illegal function", 2: "illegal data address", 3: "illegal data value",
                   4: "server device failure", 5: "acknowledge", 6: "server device busy"}


def _crc_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_TABLE = _crc_table()


def crc16(data: bytes) -> int:
    """CRC-16/MODBUS (reflected polynomial 0xA001, initial value 0xFFFF)."""
    crc = 0xFFFF
    for byte in data:
        crc = (crc >> 8) ^ _TABLE[(crc ^ byte) & 0xFF]
    return crc


def with_crc(body: bytes) -> bytes:
    return body + crc16(body).to_bytes(2, "little")


def crc_ok(frame: bytes) -> bool:
    return len(frame) >= 4 and crc16(frame[:-2]) == int.from_bytes(frame[-2:], "little")


def read_request(slave: int, register: int, count: int = 1) -> bytes:
    """The "read holding registers" request the station sends."""
    return with_crc(bytes([slave, READ_HOLDING_REGISTERS]) + register.to_bytes(2, "big")
                    + count.to_bytes(2, "big"))


def read_response(slave: int, registers: list[int]) -> bytes:
    """A device's answer to :func:`read_request` (signed values allowed)."""
    data = b"".join((value & 0xFFFF).to_bytes(2, "big") for value in registers)
    return with_crc(bytes([slave, READ_HOLDING_REGISTERS, len(data)]) + data)


def exception_response(slave: int, function: int, code: int) -> bytes:
    return with_crc(bytes([slave, function | EXCEPTION_FLAG, code]))


@dataclass(frozen=True)
class ModbusRequest:
    slave: int
    function: int
    register: int
    count: int


def decode_request(frame: bytes) -> ModbusRequest | None:
    """An 8-byte request (function 03 and friends), or None if the CRC is wrong."""
    if len(frame) != 8 or not crc_ok(frame):
        return None
    return ModbusRequest(frame[0], frame[1], int.from_bytes(frame[2:4], "big"),
                         int.from_bytes(frame[4:6], "big"))


@dataclass(frozen=True)
class ModbusReply:
    slave: int
    registers: tuple[int, ...] = ()
    exception: int | None = None


def decode_reply(frame: bytes) -> ModbusReply | None:
    """A whole response frame: signed register values or an exception code; None if bad."""
    if len(frame) < 5 or not crc_ok(frame):
        return None
    if frame[1] == READ_HOLDING_REGISTERS | EXCEPTION_FLAG and len(frame) == 5:
        return ModbusReply(frame[0], exception=frame[2])
    data = frame[3:-2]
    if frame[1] != READ_HOLDING_REGISTERS or frame[2] != len(data) or len(data) % 2:
        return None
    return ModbusReply(frame[0], tuple(int.from_bytes(data[i:i + 2], "big", signed=True)
                                       for i in range(0, len(data), 2)))


class ModbusThermometer(StreamParser):
    """Polls one register of one slave; a timed-out request is retried, then reported."""

    def __init__(self, slave: int = 1, register: int = 0, poll_interval: float = 0.25,
                 timeout: float = 0.3, retries: int = 3,
                 limits: tuple[float, float] = PLAUSIBLE_CELSIUS):
        super().__init__()
        self.slave, self.register = slave, register
        self.poll_interval, self.timeout, self.retries = poll_interval, timeout, retries
        self.limits = limits
        self._request = read_request(slave, register)
        self._kinds = [(bytes([slave, READ_HOLDING_REGISTERS, 2]), 7),
                       (bytes([slave, READ_HOLDING_REGISTERS | EXCEPTION_FLAG]), 5)]
        self._buffer = bytearray()
        self.reset()

    def reset(self) -> None:
        self._buffer.clear()
        self._sent_at: float | None = None
        self._attempts = 0
        self._next_poll = 0.0

    def poll(self, now: float) -> tuple[bytes, list[DeviceEvent]]:
        if self._sent_at is None:
            if now < self._next_poll:
                return NOTHING
            self._attempts = 0
        elif now - self._sent_at < self.timeout:
            return NOTHING
        elif self._attempts > self.retries:
            self._answered(now)
            detail = f"slave {self.slave} did not answer {self._attempts} requests"
            return b"", [DeviceFault("timeout", detail, now)]
        self._sent_at = now
        self._attempts += 1
        return self._request, []

    def feed(self, data: bytes, now: float = 0.0) -> list[DeviceEvent]:
        self._buffer += data
        events: list[DeviceEvent] = []
        for frame in cut_frames(self._buffer, self._kinds, crc_ok, self.counters):
            reply = decode_reply(frame)
            if reply is None:
                continue
            if reply.exception is not None:
                name = EXCEPTION_NAMES.get(reply.exception, "unknown")
                events.append(DeviceFault(
                    "exception", f"slave {self.slave} exception {reply.exception}: {name}", now))
            else:
                events.append(reading(reply.registers[0] / 10, now, self.limits))
            self._answered(now)
        return events

    def _answered(self, now: float) -> None:
        self._sent_at = None
        self._next_poll = now + self.poll_interval
