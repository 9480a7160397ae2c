"""A simulated gate relay board (USB relay or Modbus coil) that echoes what it obeys."""

from __future__ import annotations

from hardware.gate_relay import WRITE_SINGLE_COIL
from hardware.modbus import crc_ok
from hardware.simulators.base import DeviceSimulator


class RelaySimulator(DeviceSimulator):
    """``on`` tells the relay's state; ``mute`` stops the acknowledgements (a broken board),
    ``garble`` acknowledges with a wrong byte."""

    def __init__(self, protocol: str = "usb", **link):
        super().__init__(name=f"relay-{protocol}", **link)
        self.protocol = protocol
        self.on: bool | None = None
        self.mute = False
        self.garble = False
        self._buffer = bytearray()

    def answer(self, data: bytes) -> bytes:
        self._buffer += data
        size = 4 if self.protocol == "usb" else 8
        replies = b""
        while len(self._buffer) >= size:
            frame = bytes(self._buffer[:size])
            del self._buffer[:size]
            if not self._obey(frame):
                continue
            if not self.mute:
                replies += frame[:-1] + bytes([frame[-1] ^ 0xFF]) if self.garble else frame
        return replies

    def _obey(self, frame: bytes) -> bool:
        if self.protocol == "usb":
            if frame[0] != 0xA0 or (sum(frame[:3]) & 0xFF) != frame[3]:
                self._buffer.clear()
                return False
            self.on = frame[2] == 1
            return True
        if not crc_ok(frame) or frame[1] != WRITE_SINGLE_COIL:
            self._buffer.clear()
            return False
        self.on = frame[4:6] == b"\xff\x00"
        return True
