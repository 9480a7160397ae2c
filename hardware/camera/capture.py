"""One capture thread per camera, keeping only the newest frame, with a watchdog.

The thread decodes, resizes the frame to the size its tile asked for (INTER_LINEAR: cheap at
any ratio; a whole fraction of the picture when the tile is within a few pixels of one, see
:func:`fit`) and keeps it as the newest; the display pulls it at its own rate, so a slow screen
drops frames instead of queueing them; ``on_new_frame`` (if set) is called on the capture
thread right after each frame is kept, so a display can paint on arrival instead of polling.
No frame for ``offline_after`` seconds (default 3)
makes the camera offline; it is reopened with capped, jittered backoff. Every ~200 ms a small
grey frame goes to the motion listener, if there is one. Nothing here knows Qt or the database.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from dataclasses import dataclass
from typing import Callable

from hardware.backoff import Backoff
from hardware.camera import probe
from hardware.camera.sources import Source, open_capture

log = logging.getLogger(__name__)
RECONNECT = Backoff(first=0.2, cap=0.8, jitter=0.25)
MOTION_WIDTH = 320
MOTION_PERIOD = 0.2  # seconds: ~5 motion samples a second
WATCHDOG_TICK = 0.02
CROP_PIXELS = 4  # at most this many pixels (or 2 %) cut off a picture to spare a resize


class _Watchdog:
    """One thread for all cameras: a camera with no new frame for ``offline_after`` seconds
    is offline even while its ``read()`` is still blocked inside FFmpeg."""

    def __init__(self):
        self._lock = threading.Lock()
        self._readers: set = set()
        self._thread: threading.Thread | None = None

    def watch(self, reader: "CameraReader") -> None:
        with self._lock:
            self._readers.add(reader)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="camera-watchdog",
                                                daemon=True)
                self._thread.start()

    def forget(self, reader: "CameraReader") -> None:
        with self._lock:
            self._readers.discard(reader)

    def _run(self) -> None:
        while True:
            with self._lock:
                readers = list(self._readers)
                if not readers:
                    self._thread = None
                    return
            now = time.monotonic()
            for reader in readers:
                reader._check(now)
            time.sleep(WATCHDOG_TICK)


WATCHDOG = _Watchdog()


def _opencv_on_the_calling_thread() -> None:
    """Each camera has its own capture thread already, so OpenCV's pool of worker threads only
    adds hand-overs: a tile's resize costs half as much CPU again split across the pool as on
    the capture thread itself (measured with 16 cameras on 2 cores). Called as each reader
    starts (setting it again costs nothing); it applies to the whole process (motion detection
    included)."""
    import cv2

    cv2.setNumThreads(1)


def fit(image, size: tuple[int, int], cv2):
    """``image`` at ``size`` (width, height). A tile a few pixels smaller than the picture or
    than half of it (a 640×360 stream in a 318×178 tile) gets the picture as is or halved —
    exactly half is OpenCV's fast case, 2×2 pixels averaged, twice as fast as a ratio near it
    and as sharp — with the spare pixels cut evenly off the edges."""
    w, h = size
    height, width = image.shape[:2]
    for factor in (1, 2):
        fw, fh = width // factor, height // factor
        spare_w, spare_h = fw - w, fh - h
        if (width % factor == 0 and height % factor == 0
                and 0 <= spare_w <= max(CROP_PIXELS, fw // 50)
                and 0 <= spare_h <= max(CROP_PIXELS, fh // 50)):
            if factor > 1:
                image = cv2.resize(image, (fw, fh), interpolation=cv2.INTER_LINEAR)
            return image[spare_h // 2:spare_h // 2 + h, spare_w // 2:spare_w // 2 + w]
    return cv2.resize(image, size, interpolation=cv2.INTER_LINEAR)


@dataclass(frozen=True)
class Frame:
    image: object  # numpy BGR (or BGRA) array at the requested size
    seq: int
    at: float  # time.monotonic() when it was decoded


@dataclass(frozen=True)
class CameraState:
    camera: str
    online: bool
    detail: str
    at: float  # time.monotonic()
    wall: float  # time.time(), for the log


class CameraReader:
    def __init__(self, name: str, url: str, *, size: tuple[int, int] | None = (320, 180),
                 four_channels: bool = False,
                 on_state: Callable[[CameraState], None] | None = None,
                 on_motion_frame: Callable[[object, float], None] | None = None,
                 offline_after: float = 3.0, backoff: Backoff = RECONNECT,
                 decode_threads: int = 1):
        self.name, self.source = name, Source(url)
        self.on_state, self.on_motion_frame = on_state, on_motion_frame
        # called (no arguments, on the capture thread) after each new frame: must be quick
        self.on_new_frame: Callable[[], None] | None = None
        self.offline_after, self.backoff, self.decode_threads = offline_after, backoff, \
            decode_threads
        self._size = size
        self.four_channels = four_channels  # BGRA tiles: painted without conversion
        self._latest: Frame | None = None
        self._full = None
        self._seq = 0
        self._times: collections.deque[float] = collections.deque(maxlen=60)
        self._stop = threading.Event()
        self._active = threading.Event()
        self._active.set()
        self._thread = threading.Thread(target=self._run, name=f"camera-{name}", daemon=True)
        self.online: bool | None = None
        self.since = time.monotonic()
        self.detail = ""
        self._next_motion = 0.0
        self._last_frame: float | None = None  # while streaming; None while (re)connecting
        self._state_lock = threading.Lock()

    # --- what the display uses -------------------------------------------------------------

    def start(self) -> "CameraReader":
        _opencv_on_the_calling_thread()
        self._thread.start()
        WATCHDOG.watch(self)
        return self

    def stop(self, timeout: float = 4.0) -> bool:
        self._stop.set()
        self._active.set()
        WATCHDOG.forget(self)
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def set_size(self, size: tuple[int, int] | None) -> None:
        """The tile's size in pixels (None: keep the camera's own)."""
        self._size = size

    def set_active(self, active: bool) -> None:
        """A tile that is not on screen stops decoding (its stream is closed)."""
        if active:
            self._active.set()
        else:
            self._active.clear()

    def latest(self) -> Frame | None:
        return self._latest

    def full_picture(self):
        """The newest frame at the camera's own size (for snapshots), or None."""
        return self._full if self.online else None

    @property
    def fps(self) -> float:
        times = list(self._times)
        recent = [t for t in times if times and t >= times[-1] - 2.0]
        if len(recent) < 2 or time.monotonic() - recent[-1] > self.offline_after:
            return 0.0
        return (len(recent) - 1) / (recent[-1] - recent[0])

    # --- the thread ------------------------------------------------------------------------

    def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            if not self._active.is_set():
                self._active.wait()
                continue
            if self._serve():
                attempt = 0
            if self._stop.is_set():
                break
            self._stop.wait(self.backoff.delay(attempt))
            attempt += 1
        if self.online:
            self._report(False, "stopped")

    def _serve(self) -> bool:
        """Open, read until the stream fails or the reader is stopped; True if it delivered."""
        if self.source.is_network:
            ok, why = probe.answers(self.source.url, timeout=min(1.0, self.offline_after / 2))
            if not ok:
                self._report(False, why)
                return False
        capture = open_capture(self.source, open_timeout=2.0,
                               read_timeout=self.offline_after / 2,
                               threads=self.decode_threads)
        try:
            if not capture.isOpened():
                self._report(False, "cannot open")
                return False
            return self._read(capture)
        finally:
            self._last_frame = None
            capture.release()

    def _read(self, capture) -> bool:
        import cv2

        delivered = False
        pace = self._file_pace(capture)
        last_frame = time.monotonic()
        while not self._stop.is_set() and self._active.is_set():
            ok, image = capture.read()
            now = time.monotonic()
            if not ok:
                if self.source.loops and delivered:
                    capture.set(cv2.CAP_PROP_POS_FRAMES, 0)  # the demo's video: again
                    continue
                self._report(False, "no picture")
                return delivered
            if pace:
                time.sleep(max(0.0, pace - (now - last_frame)))
                now = time.monotonic()
            last_frame = now
            self._last_frame = now
            self._deliver(image, now, cv2)
            if not delivered or not self.online:
                delivered = True
                self._report(True, "")
        if not self._active.is_set():
            self._report(None, "paused")
        return delivered

    def _deliver(self, image, now: float, cv2) -> None:
        on_motion = self.on_motion_frame
        if on_motion is not None and now >= self._next_motion:
            self._next_motion = now + MOTION_PERIOD
            h, w = image.shape[:2]
            small = cv2.resize(image, (MOTION_WIDTH, max(1, h * MOTION_WIDTH // w)),
                               interpolation=cv2.INTER_LINEAR)
            try:
                on_motion(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY), now)
            except Exception:
                log.exception("camera %s: motion listener failed", self.name)
        self._full = image  # for a snapshot: a reference, not a copy
        size = self._size
        if size is not None and (image.shape[1], image.shape[0]) != size:
            image = fit(image, size, cv2)
        if self.four_channels:
            image = cv2.cvtColor(image, cv2.COLOR_BGR2BGRA)
        elif not image.flags.c_contiguous:
            image = image.copy()
        self._seq += 1
        self._times.append(now)
        self._latest = Frame(image, self._seq, now)
        on_new_frame = self.on_new_frame
        if on_new_frame is not None:
            try:
                on_new_frame()
            except Exception:
                log.exception("camera %s: frame listener failed", self.name)

    def _file_pace(self, capture) -> float:
        """A video file is played at its own frame rate, not as fast as it decodes."""
        if not self.source.loops:
            return 0.0
        import cv2

        fps = capture.get(cv2.CAP_PROP_FPS) or 25.0
        return 1.0 / fps if 1 <= fps <= 120 else 0.04

    def _check(self, now: float) -> None:
        """The watchdog's look (on its thread): frames stopped coming?"""
        last = self._last_frame
        if last is not None and self.online and now - last > self.offline_after:
            self._report(False, "no picture")

    def _report(self, online: bool | None, detail: str) -> None:
        with self._state_lock:
            if online == self.online:
                return
            self.online, self.detail, self.since = online, detail, time.monotonic()
        if online is None:
            return  # paused: neither online nor offline
        if not online:
            self._latest = None
        (log.info if online else log.warning)("camera %s %s %s", self.name,
                                              "online" if online else "offline", detail)
        if self.on_state is not None:
            try:
                self.on_state(CameraState(self.name, online, detail, self.since, time.time()))
            except Exception:
                log.exception("camera %s: state listener failed", self.name)
