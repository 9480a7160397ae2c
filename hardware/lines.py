"""Cutting a byte stream into text lines: CR, LF or CRLF, a length cap, GB18030 fallback."""

from __future__ import annotations

import re
from dataclasses import dataclass

LINE_ENDINGS = ("auto", "CR", "LF", "CRLF")
MAX_LINE = 4096
_TERMINATOR = {"auto": re.compile(rb"[\r\n]"), "CR": re.compile(rb"\r"),
               "LF": re.compile(rb"\n"), "CRLF": re.compile(rb"\r\n")}
_EDGES = "".join(map(chr, range(33))) + "\x7f\ufeff"


@dataclass(frozen=True)
class Overflow:
    """An over-long line was thrown away: ``length`` bytes without a terminator."""

    length: int


class LineSplitter:
    """Bytes in, complete lines out (terminators removed, empty lines skipped).

    ``auto`` ends a line at CR or LF, so CRLF counts once. A line longer than ``max_line``
    is reported once as :class:`Overflow` and skipped up to its terminator.
    """

    def __init__(self, line_ending: str = "auto", max_line: int = MAX_LINE):
        if line_ending not in _TERMINATOR:
            raise ValueError(f"line ending must be one of {LINE_ENDINGS}, not {line_ending!r}")
        self._terminator = _TERMINATOR[line_ending]
        self._keep_cr = line_ending == "CRLF"
        self.max_line = max_line
        self._buffer = bytearray()
        self._skipping = False

    def reset(self) -> None:
        self._buffer.clear()
        self._skipping = False

    def feed(self, data: bytes) -> list[bytes | Overflow]:
        buffer = self._buffer
        buffer += data
        out: list[bytes | Overflow] = []
        while (end := self._terminator.search(buffer)) is not None:
            line = bytes(buffer[:end.start()]).strip(b"\r\n")
            del buffer[:end.end()]
            if self._skipping:
                self._skipping = False
            elif len(line) > self.max_line:
                out.append(Overflow(len(line)))
            elif line:
                out.append(line)
        if len(buffer) > self.max_line or (self._skipping and buffer):
            keep = 1 if self._keep_cr and buffer.endswith(b"\r") else 0
            if not self._skipping:
                out.append(Overflow(len(buffer) - keep))
            self._skipping = True
            del buffer[:len(buffer) - keep]
        return out


def decode_text(raw: bytes) -> str | None:
    """UTF-8, else GB18030, edges trimmed; None for bytes that are neither (line noise)."""
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding).strip(_EDGES)
        except UnicodeDecodeError:
            continue
    return None
