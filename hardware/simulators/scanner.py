"""A simulated QR / barcode scanner in serial mode."""

from __future__ import annotations

from hardware.scanner_protocol import TERMINATORS, encode_scan
from hardware.simulators.base import DeviceSimulator

_DEFAULT = object()


class ScannerSimulator(DeviceSimulator):
    """Sends one line per code, ended by ``line_ending``, with an optional AIM prefix."""

    def __init__(self, *, line_ending: str = "CR", symbology: str | None = None, **link):
        if line_ending not in TERMINATORS:
            raise ValueError(f"line ending must be one of {tuple(TERMINATORS)}")
        super().__init__(name="scanner", **link)
        self.line_ending, self.symbology = line_ending, symbology

    def send_scan(self, text: str, symbology: str | None = _DEFAULT) -> None:  # type: ignore
        """A code as the scanner sends it; ``symbology`` (e.g. ``]Q1``) overrides the default."""
        chosen = self.symbology if symbology is _DEFAULT else symbology
        self.send_raw(encode_scan(text, self.line_ending, chosen))

    def send_no_read(self, message: str = "NoRead") -> None:
        self.send_raw(message.encode("ascii") + TERMINATORS[self.line_ending])
