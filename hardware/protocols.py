"""Choosing the parser for a configured device: the names used in settings and on the CLI."""

from __future__ import annotations

from hardware.events import PLAUSIBLE_CELSIUS
from hardware.lines import LINE_ENDINGS, MAX_LINE
from hardware.modbus import ModbusThermometer
from hardware.parsing import StreamParser
from hardware.scanner_protocol import ScannerParser
from hardware.thermometer_ascii import AsciiThermometerParser
from hardware.thermometer_gy import GyMcu90614Parser

THERMOMETER_PROTOCOLS = ("gy-mcu90614", "modbus", "ascii")
__all__ = ["LINE_ENDINGS", "THERMOMETER_PROTOCOLS", "scanner_parser", "thermometer_parser"]


def scanner_parser(line_ending: str = "auto", max_line: int = MAX_LINE) -> StreamParser:
    return ScannerParser(line_ending, max_line)


def thermometer_parser(protocol: str, *, modbus_address: int = 1, modbus_register: int = 0,
                       limits: tuple[float, float] = PLAUSIBLE_CELSIUS,
                       gy_mode: str = "continuous") -> StreamParser:
    """The parser for one of :data:`THERMOMETER_PROTOCOLS`."""
    if protocol == "gy-mcu90614":
        return GyMcu90614Parser(gy_mode, limits=limits)
    if protocol == "modbus":
        return ModbusThermometer(modbus_address, modbus_register, limits=limits)
    if protocol == "ascii":
        return AsciiThermometerParser(limits)
    raise ValueError(f"thermometer protocol must be one of {THERMOMETER_PROTOCOLS}, "
                     f"not {protocol!r}")
