"""A simulated infrared thermometer, in each of the three protocols."""

from __future__ import annotations

from hardware import modbus
from hardware.protocols import THERMOMETER_PROTOCOLS
from hardware.simulators.base import DeviceSimulator
from hardware.thermometer_ascii import encode_reading
from hardware.thermometer_gy import CONTINUOUS, QUERY, encode_frame


class GyModule:
    """GY-MCU90614: a frame per measurement in continuous mode; answers ``A5 15 BA``."""

    def __init__(self, ambient: float, continuous: bool):
        self.object_c, self.ambient_c, self.continuous = ambient, ambient, continuous
        self.requests = 0
        self._heard = bytearray()

    def measured(self, celsius: float) -> bytes:
        self.object_c = celsius
        return encode_frame(celsius, self.ambient_c) if self.continuous else b""

    def answer(self, data: bytes) -> bytes:
        self._heard += data
        reply = b""
        while len(self._heard) >= 3:
            command = bytes(self._heard[:3])
            if command == QUERY:
                self.requests += 1
                reply += encode_frame(self.object_c, self.ambient_c)
            elif command == CONTINUOUS:
                self.continuous = True
            else:
                del self._heard[:1]
                continue
            del self._heard[:3]
        return reply


class ModbusSlave:
    """Answers "read holding registers" for its address; the temperature is one register."""

    def __init__(self, ambient: float, address: int, register: int):
        self.address, self.register = address, register
        self.value = round(ambient * 10)
        self.requests = 0
        self._heard = bytearray()

    def measured(self, celsius: float) -> bytes:
        self.value = round(celsius * 10)
        return b""

    def answer(self, data: bytes) -> bytes:
        self._heard += data
        reply = b""
        while len(self._heard) >= 8:
            request = modbus.decode_request(bytes(self._heard[:8]))
            if request is None:
                del self._heard[:1]
                continue
            del self._heard[:8]
            self.requests += 1
            if request.slave == self.address:
                reply += self._reply(request)
        return reply

    def _reply(self, request: modbus.ModbusRequest) -> bytes:
        if request.function != modbus.READ_HOLDING_REGISTERS:
            return modbus.exception_response(self.address, request.function, 1)
        span = range(request.register, request.register + request.count)
        if self.register not in span or not 1 <= request.count <= 125:
            return modbus.exception_response(self.address, request.function, 2)
        return modbus.read_response(self.address, [self.value if r == self.register else 0
                                                   for r in span])


class AsciiThermometer:
    """Prints a line per measurement, cycling through the usual styles."""

    requests = 0

    def __init__(self) -> None:
        self._style = 0

    def measured(self, celsius: float) -> bytes:
        self._style += 1
        return encode_reading(celsius, self._style - 1)

    def answer(self, data: bytes) -> bytes:
        return b""


class ThermometerSimulator(DeviceSimulator):
    """An infrared thermometer speaking ``protocol``; ``mute`` makes it stop answering."""

    def __init__(self, protocol: str = "gy-mcu90614", *, modbus_address: int = 1,
                 modbus_register: int = 0, ambient: float = 25.0, continuous: bool = True,
                 **link):
        if protocol not in THERMOMETER_PROTOCOLS:
            raise ValueError(f"protocol must be one of {THERMOMETER_PROTOCOLS}")
        super().__init__(name="thermometer", **link)
        self.protocol = protocol
        self.mute = False
        if protocol == "gy-mcu90614":
            self.device = GyModule(ambient, continuous)
        elif protocol == "modbus":
            self.device = ModbusSlave(ambient, modbus_address, modbus_register)
        else:
            self.device = AsciiThermometer()

    def send_temperature(self, celsius: float) -> None:
        """Someone stepped up: the reading is pushed (gy continuous, ascii) or held (modbus)."""
        self._do(lambda: self._link.write(self.device.measured(celsius)))

    @property
    def requests(self) -> int:
        """Requests heard so far (queries, Modbus requests for any address)."""
        return self.device.requests

    def answer(self, data: bytes) -> bytes:
        reply = self.device.answer(data)
        return b"" if self.mute else reply
