"""The gate relay: a pass opens the turnstile or barrier. Two protocols:

- ``usb``: the common USB relay boards, ``A0 <channel> <state> <sum>`` (sum = low byte of the
  three); the boards used here echo the command as their acknowledgement;
- ``modbus``: Modbus RTU "write single coil" (function 05), whose reply echoes the request.

A command that is not acknowledged, exactly, within the timeout leaves the gate "unknown" —
never assumed open or closed.
"""

from __future__ import annotations

import threading
import time

import serial

from hardware.modbus import crc_ok, with_crc

PROTOCOLS = ("usb", "modbus")
WRITE_SINGLE_COIL = 0x05


def usb_relay_command(channel: int, on: bool) -> bytes:
    body = bytes([0xA0, channel, 1 if on else 0])
    return body + bytes([sum(body) & 0xFF])


def coil_command(slave: int, coil: int, on: bool) -> bytes:
    return with_crc(bytes([slave, WRITE_SINGLE_COIL]) + coil.to_bytes(2, "big")
                    + (b"\xff\x00" if on else b"\x00\x00"))


class GateRelay:
    """Drives one relay channel; ``state`` is "open", "closed" or "unknown"."""

    def __init__(self, url: str, protocol: str = "usb", *, channel: int = 1, slave: int = 1,
                 coil: int = 0, timeout: float = 0.5, baudrate: int = 9600):
        if protocol not in PROTOCOLS:
            raise ValueError(f"relay protocol must be one of {PROTOCOLS}")
        self.url, self.protocol, self.timeout, self.baudrate = url, protocol, timeout, baudrate
        self.channel, self.slave, self.coil = channel, slave, coil
        self.state = "unknown"
        self.detail = ""
        self._port = None
        self._lock = threading.Lock()

    def command(self, on: bool) -> bytes:
        if self.protocol == "usb":
            return usb_relay_command(self.channel, on)
        return coil_command(self.slave, self.coil, on)

    def set(self, on: bool) -> bool:
        """Switch the relay; True only when the device acknowledged exactly this command."""
        request = self.command(on)
        with self._lock:
            try:
                port = self._open()
                port.reset_input_buffer()
                port.write(request)
                echo = self._read(port, len(request))
            except (serial.SerialException, OSError, ValueError) as exc:
                self._close()
                return self._unknown(f"port error: {exc}")
        if echo != request or (self.protocol == "modbus" and not crc_ok(echo)):
            return self._unknown("no acknowledgement" if not echo else "wrong acknowledgement")
        self.state, self.detail = ("open" if on else "closed"), ""
        return True

    def _read(self, port, size: int) -> bytes:
        deadline = time.monotonic() + self.timeout
        data = b""
        while len(data) < size and time.monotonic() < deadline:
            data += port.read(size - len(data))
        return data

    def _unknown(self, detail: str) -> bool:
        self.state, self.detail = "unknown", detail
        return False

    def _open(self):
        if self._port is None:
            self._port = serial.serial_for_url(self.url, baudrate=self.baudrate, timeout=0.05,
                                               write_timeout=self.timeout)
        return self._port

    def _close(self) -> None:
        if self._port is not None:
            try:
                self._port.close()
            finally:
                self._port = None

    def close(self) -> None:
        with self._lock:
            self._close()
