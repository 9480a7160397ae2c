"""Reading back the send time the test camera burns into its frames (rtsp_camera.py): a bar of
40 blocks across the top rows, most significant bit first, white = 1 — the wall clock in
milliseconds modulo 2**40. Works on a frame at any size the tile resized it to."""

from __future__ import annotations

import functools
import time

import numpy

BITS = 40
BAR_FRACTION = 16 / 360  # the bar is the top 16 rows of 360


def read_ms(image) -> int | None:
    """The burned-in send time, or None when the frame carries none."""
    h, w = image.shape[:2]
    row = image[max(0, int(h * BAR_FRACTION / 2))]
    middles = row[_middles(w)]  # the middle half of each block: (BITS, n[, channels])
    if middles.ndim == 3:
        middles = middles[:, :, :3]  # BGR or BGRA
    levels = middles.reshape(BITS, -1).mean(axis=1)
    if ((levels > 60) & (levels < 190)).any():  # neither black nor white: not a bar code
        return None
    return int.from_bytes(numpy.packbits(levels >= 190).tobytes(), "big")


@functools.lru_cache(maxsize=16)
def _middles(width: int):
    block = width / BITS
    half = max(0, int(block / 4))
    centres = ((numpy.arange(BITS) + 0.5) * block).astype(int)
    return centres[:, None] + numpy.arange(-half, half + 1)


def latency_ms(image, now_ms: int | None = None) -> float | None:
    """How old the picture is (glass to here), if it carries the send time."""
    sent = read_ms(image)
    if sent is None:
        return None
    now = (now_ms if now_ms is not None else time.time_ns() // 1_000_000) % (1 << BITS)
    age = now - sent
    return float(age) if 0 <= age < 60_000 else None
