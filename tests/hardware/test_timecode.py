"""Reading back the send time the test camera burns into its frames, at the sizes tiles get."""

import cv2
import numpy

from hardware.camera.capture import fit
from hardware.camera.timecode import BITS, latency_ms, read_ms

SENT = 1_764_000_123_456 % (1 << BITS)


def burned(value: int) -> numpy.ndarray:
    """A frame as rtsp_camera.py draws it: grey, 40 blocks of 16 px across the top 16 rows."""
    frame = numpy.full((360, 640, 3), 110, numpy.uint8)
    for i in range(BITS):
        frame[:16, i * 16:(i + 1) * 16] = 235 if value >> (BITS - 1 - i) & 1 else 16
    return frame


def test_the_send_time_reads_back_at_every_tile_size_in_bgr_and_bgra():
    frame = burned(SENT)
    for size in ((640, 360), (638, 358), (318, 178), (320, 180), (212, 118), (158, 88),
                 (1278, 718)):
        tile = fit(frame, size, cv2)
        assert read_ms(tile) == SENT, size
        assert read_ms(cv2.cvtColor(tile, cv2.COLOR_BGR2BGRA)) == SENT, size


def test_a_frame_without_the_bar_reads_as_none():
    assert read_ms(numpy.full((178, 318, 4), 110, numpy.uint8)) is None
    noise = numpy.random.default_rng(3).integers(0, 255, (360, 640, 3), dtype=numpy.uint8)
    assert read_ms(noise) is None
    assert latency_ms(noise) is None


def test_latency_is_now_minus_the_burned_time():
    assert latency_ms(burned(SENT), now_ms=SENT + 57) == 57.0
    assert latency_ms(burned(SENT), now_ms=SENT - 5) is None  # from the future: not ours
