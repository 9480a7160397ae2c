"""Camera sources and how to open them: RTSP (always over TCP), HTTP MJPEG, USB, video files.

Facts of OpenCV's FFmpeg backend this respects:
- ``OPENCV_FFMPEG_CAPTURE_OPTIONS`` replaces OpenCV's defaults, so ``rtsp_transport;tcp`` is
  spelt out; ``analyzeduration``/``probesize`` cut the RTSP open from ~1.2 s to ~0.2 s;
- without open/read timeouts a frozen camera blocks ``read()`` for 30 s at a time;
- one decoding thread per CPU by default, each adding a frame of latency: tiles use one;
- a hung ``open()`` holds a lock every other open waits on, so a network source is first
  probed from Python (:mod:`hardware.camera.probe`) and opened only once it answers.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

FFMPEG_OPTIONS = ("rtsp_transport;tcp|analyzeduration;200000|probesize;65536|fflags;nobuffer"
                  "|max_delay;0")
SCHEMES = ("rtsp://", "http://", "https://", "usb:", "file:")


@dataclass(frozen=True)
class Source:
    url: str

    @property
    def kind(self) -> str:
        """"rtsp" | "http" | "usb" | "file"."""
        for scheme, kind in (("rtsp://", "rtsp"), ("http://", "http"), ("https://", "http"),
                             ("usb:", "usb"), ("file:", "file")):
            if self.url.startswith(scheme):
                return kind
        raise ValueError(f"not a camera address: {self.url}")

    @property
    def is_network(self) -> bool:
        return self.kind in ("rtsp", "http")

    @property
    def loops(self) -> bool:
        """A video file plays round and round (the demo's cameras)."""
        return self.kind == "file"

    @property
    def target(self) -> str | int:
        if self.kind == "usb":
            return int(self.url[4:] or 0)
        if self.kind == "file":
            return str(Path(self.url[5:]))
        return self.url


def open_capture(source: Source, *, open_timeout: float, read_timeout: float,
                 threads: int = 1):
    """A ``cv2.VideoCapture`` for ``source`` (check ``isOpened()``)."""
    import cv2

    if source.kind == "usb":
        return cv2.VideoCapture(source.target)
    os.environ["OPENCV_FFMPEG_CAPTURE_OPTIONS"] = FFMPEG_OPTIONS
    params = [cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, int(open_timeout * 1000),
              cv2.CAP_PROP_READ_TIMEOUT_MSEC, int(read_timeout * 1000),
              cv2.CAP_PROP_N_THREADS, threads]
    return cv2.VideoCapture(source.target, cv2.CAP_FFMPEG, params)
