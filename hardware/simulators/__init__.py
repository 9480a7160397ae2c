"""Simulated devices that speak the real protocols over a pseudo-terminal or a TCP port.

Tests, the demo and ``guardroom devices simulate`` use them instead of mocks.
"""

from hardware.simulators.base import DeviceSimulator
from hardware.simulators.scanner import ScannerSimulator
from hardware.simulators.thermometer import ThermometerSimulator

__all__ = ["DeviceSimulator", "ScannerSimulator", "ThermometerSimulator"]
