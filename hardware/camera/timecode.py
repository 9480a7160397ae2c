"""Reading back the send time the test camera burns into its frames (rtsp_camera.py): a bar of
40 blocks across the top rows, most significant bit first, white = 1 — the wall clock in
milliseconds modulo 2**40. Works on a frame at any size the tile resized it to."""

from __future__ import annotations

import time

BITS = 40
BAR_FRACTION = 16 / 360  # the bar is the top 16 rows of 360


def read_ms(image) -> int | None:
    """The burned-in send time, or None when the frame carries none."""
    h, w = image.shape[:2]
    row = image[max(0, int(h * BAR_FRACTION / 2))]
    grey = row[:, :3].mean(axis=1) if row.ndim == 2 else row  # BGR or BGRA
    block = w / BITS
    value = 0
    for i in range(BITS):
        middle = grey[int(i * block + block / 4):max(int(i * block + block / 4) + 1,
                                                     int(i * block + block * 3 / 4))]
        level = float(middle.mean())
        if 60 < level < 190:  # neither black nor white: not a bar code
            return None
        value = (value << 1) | (level >= 190)
    return value


def latency_ms(image, now_ms: int | None = None) -> float | None:
    """How old the picture is (glass to here), if it carries the send time."""
    sent = read_ms(image)
    if sent is None:
        return None
    now = (now_ms if now_ms is not None else time.time_ns() // 1_000_000) % (1 << BITS)
    age = now - sent
    return float(age) if 0 <= age < 60_000 else None
