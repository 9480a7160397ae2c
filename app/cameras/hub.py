"""The cameras of this workstation: one reader per camera, motion in its zones, alerts.

A camera's reader runs while its tile is on screen or while it has armed zones (motion needs
its frames); otherwise it is paused and decodes nothing. Motion events, camera state changes
and escalations are written to the database by one alert thread, never by a reader.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass
from typing import Callable

from app.cameras import records
from app.context import AppContext
from app.incidents import workorders

log = logging.getLogger(__name__)
ESCALATION_CHECK_SECONDS = 20.0


def picture_age_ms(image) -> float | None:
    """Glass to here, for a picture that carries its send time (the test camera's)."""
    from hardware.camera.timecode import latency_ms

    return latency_ms(image)


@dataclass(frozen=True)
class Camera:
    name: str
    url: str  # the main stream (full view, snapshots)
    tile_url: str  # the sub-stream for tiles, or the main stream

    @classmethod
    def from_settings(cls, c) -> "Camera":
        return cls(c.name, c.url, c.sub_url or c.url)


@dataclass(frozen=True)
class AlertRaised:
    order: workorders.WorkOrderSummary


@dataclass(frozen=True)
class Escalated:
    orders: tuple[workorders.WorkOrderSummary, ...]


class CameraHub:
    def __init__(self, ctx: AppContext, cameras: list[Camera],
                 listeners: list[Callable[[object], None]] | None = None):
        self.ctx = ctx
        self.cameras = {c.name: c for c in cameras}
        self.listeners = listeners if listeners is not None else []
        self.offline_after = ctx.settings.camera_wall.offline_after_seconds
        self._readers: dict = {}
        self._shown: set[str] = set()
        self._detectors: dict = {}
        self._full = None
        self._work: queue.SimpleQueue = queue.SimpleQueue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="camera-alerts", daemon=True)
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, ctx: AppContext, listeners=None) -> "CameraHub":
        return cls(ctx, [Camera.from_settings(c) for c in ctx.settings.cameras], listeners)

    # --- life cycle ------------------------------------------------------------------------

    def start(self) -> "CameraHub":
        if self.cameras:  # no cameras: nothing to watch, no thread
            self._thread.start()
            self.reload_zones()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._work.put(None)
        with self._lock:
            readers = list(self._readers.values()) + ([self._full] if self._full else [])
            self._readers.clear()
            self._full = None
        for reader in readers:
            reader.stop()
        if self._thread.is_alive():
            self._thread.join(3.0)

    # --- tiles -----------------------------------------------------------------------------

    def show(self, name: str, size: tuple[int, int]) -> None:
        """A tile shows ``name`` at ``size`` pixels: its reader runs and resizes to it."""
        reader = self._reader(name)
        if reader is None:
            return
        self._shown.add(name)
        reader.set_size(size)
        reader.set_active(True)

    def hide(self, name: str) -> None:
        self._shown.discard(name)
        reader = self._readers.get(name)
        if reader is not None and name not in self._detectors:
            reader.set_active(False)

    def reader(self, name: str):
        return self._readers.get(name)

    def open_full(self, name: str, size: tuple[int, int]):
        """The full view: the main stream, resized to the view in the capture thread."""
        from hardware.camera.capture import CameraReader

        self.close_full()
        camera = self.cameras.get(name)
        if camera is None:
            return None
        reader = CameraReader(f"{name}-main", camera.url, size=size, four_channels=True,
                              offline_after=self.offline_after, decode_threads=0)
        with self._lock:
            self._full = reader
        return reader.start()

    def close_full(self) -> None:
        with self._lock:
            reader, self._full = self._full, None
        if reader is not None:
            reader.stop()

    def snapshot_jpeg(self, name: str) -> bytes | None:
        import cv2

        reader = self._readers.get(name)
        picture = reader.full_picture() if reader is not None else None
        if picture is None:
            return None
        ok, jpeg = cv2.imencode(".jpg", picture, [cv2.IMWRITE_JPEG_QUALITY, 85])
        return jpeg.tobytes() if ok else None

    # --- zones and motion --------------------------------------------------------------------

    def reload_zones(self) -> None:
        from hardware.camera.motion import MotionDetector

        by_camera: dict[str, list] = {}
        for record in records.zones(self.ctx):
            if record.camera in self.cameras:
                by_camera.setdefault(record.camera, []).append(record.zone)
        self._detectors = {name: MotionDetector(name, tuple(zones))
                           for name, zones in by_camera.items()
                           if any(not z.exclude for z in zones)}
        for name in self.cameras:
            reader = self._reader(name) if name in self._detectors else self._readers.get(name)
            if reader is not None:
                reader.on_motion_frame = self._motion_listener(name)
                reader.set_active(name in self._detectors or name in self._shown)

    def _motion_listener(self, name: str):
        """Small grey frames only for a camera with armed zones (no work for the others)."""
        if name not in self._detectors:
            return None
        return lambda grey, at: self._motion(name, grey, at)

    def _motion(self, name: str, grey, at: float) -> None:
        detector = self._detectors.get(name)
        if detector is None:
            return
        for event in detector.feed(grey, at):
            self._work.put(("alert", name, event))

    # --- the readers -----------------------------------------------------------------------

    def _reader(self, name: str):
        from hardware.camera.capture import CameraReader

        camera = self.cameras.get(name)
        if camera is None or self._stop.is_set():
            return None
        with self._lock:
            reader = self._readers.get(name)
            if reader is None:
                reader = CameraReader(
                    name, camera.tile_url, offline_after=self.offline_after, four_channels=True,
                    on_state=lambda state: self._work.put(("state", state)),
                    on_motion_frame=self._motion_listener(name))
                self._readers[name] = reader.start()
        return reader

    # --- the alert thread ------------------------------------------------------------------

    def _run(self) -> None:
        next_escalation = time.monotonic() + ESCALATION_CHECK_SECONDS
        while not self._stop.is_set():
            try:
                item = self._work.get(timeout=max(0.05, next_escalation - time.monotonic()))
            except queue.Empty:
                item = ("escalate",)
            if item is None:
                break
            try:
                self._handle(item)
            except Exception:
                log.exception("camera alerts: could not handle %s", item[0])
            if time.monotonic() >= next_escalation:
                next_escalation = time.monotonic() + ESCALATION_CHECK_SECONDS
                if item[0] != "escalate":
                    self._handle(("escalate",))

    def _handle(self, item) -> None:
        kind = item[0]
        if kind == "state":
            state = item[1]
            from datetime import datetime, timezone

            records.log_state(self.ctx, state.camera, state.online, state.detail,
                              datetime.fromtimestamp(state.wall, timezone.utc))
            self._notify(state)
        elif kind == "alert":
            _, name, event = item
            outcome = workorders.raise_camera_alert(self.ctx, name, event.zone,
                                                    self.snapshot_jpeg(name), event.area)
            self._notify(AlertRaised(outcome.value))
        elif kind == "escalate":
            due = workorders.escalate_due(self.ctx)
            if due:
                self._notify(Escalated(tuple(due)))

    def _notify(self, update) -> None:
        for listener in list(self.listeners):
            try:
                listener(update)
            except Exception:
                log.exception("camera listener failed on %r", update)
