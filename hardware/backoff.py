"""Waiting before reopening a lost device: doubling delays, capped, jittered (so many devices
that went down together, e.g. when a switch reboots, do not all retry in the same instant)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Backoff:
    """Delay before the n-th reopen attempt: doubling from ``first`` up to ``cap``, jittered."""

    first: float = 0.1
    cap: float = 1.0
    jitter: float = 0.1

    def delay(self, attempt: int, rng: Callable[[], float] = random.random) -> float:
        base = min(self.cap, self.first * 2 ** min(attempt, 16))
        return base * (1 + self.jitter * (2 * rng() - 1))
