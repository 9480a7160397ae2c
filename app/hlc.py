"""Hybrid logical clock: stamps that sort by time, never go backwards, and name their node.

A stamp is ``PPPPPPPPPPPPPPP-CCCCC-NODE``: physical milliseconds since the epoch (15 digits),
a counter (5 digits) and the workstation id. Comparing the strings compares the stamps.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable

MAX_COUNTER = 99_999


@dataclass(frozen=True, order=True)
class Stamp:
    physical_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.physical_ms:015d}-{self.counter:05d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> "Stamp":
        physical, counter, node = text.split("-", 2)
        if len(physical) != 15 or len(counter) != 5 or not node:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(physical), int(counter), node)


class HybridClock:
    """Thread-safe HLC for one node; ``wall_ms`` is injectable for tests."""

    def __init__(self, node: str, wall_ms: Callable[[], int] | None = None):
        if "-" in node or not node:
            raise ValueError("node id must be non-empty and contain no '-'")
        self.node = node
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._last = Stamp(0, 0, node)
        self._lock = threading.Lock()

    def wall_ms(self) -> int:
        """The wall clock this clock reads (milliseconds since the epoch)."""
        return self._wall_ms()

    def now(self) -> str:
        with self._lock:
            wall = self._wall_ms()
            if wall > self._last.physical_ms:
                self._last = Stamp(wall, 0, self.node)
            else:
                self._last = self._bump(self._last.physical_ms, self._last.counter)
            return str(self._last)

    def merge(self, received: str) -> str:
        """Fold a stamp received from another node into this clock; return the new stamp."""
        other = Stamp.parse(received)
        with self._lock:
            wall = self._wall_ms()
            top = max(wall, self._last.physical_ms, other.physical_ms)
            if top == self._last.physical_ms == other.physical_ms:
                counter = max(self._last.counter, other.counter)
            elif top == self._last.physical_ms:
                counter = self._last.counter
            elif top == other.physical_ms:
                counter = other.counter
            else:
                self._last = Stamp(top, 0, self.node)
                return str(self._last)
            self._last = self._bump(top, counter)
            return str(self._last)

    def _bump(self, physical: int, counter: int) -> Stamp:
        if counter >= MAX_COUNTER:
            return Stamp(physical + 1, 0, self.node)
        return Stamp(physical, counter + 1, self.node)
