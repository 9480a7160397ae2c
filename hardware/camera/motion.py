"""Motion detection inside polygon zones, on small grey frames (~320 px wide, ~5 a second).

A running-average background, the absolute difference thresholded by the zone's sensitivity,
exclude zones cut out, and per include zone the changed fraction compared with its minimum
area. An event starts after two samples in a row with motion and ends after ``quiet_seconds``
without: one event, one alert, however long the motion lasts. A zone is armed only inside
its schedule (e.g. the car park from 22:00 to 06:00). Pure: frames in, events out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Callable

WARMUP_FRAMES = 5
LEARN_RATE = 0.05


@dataclass(frozen=True)
class Zone:
    name: str
    points: tuple[tuple[float, float], ...]  # corners, as fractions of width and height
    exclude: bool = False
    sensitivity: int = 50  # 1-100: how small a change in brightness counts
    min_area: float = 0.02  # the fraction of the zone that must change
    armed_from: str = ""  # "HH:MM"; both empty: always armed
    armed_until: str = ""

    def armed(self, at: datetime) -> bool:
        if not (self.armed_from and self.armed_until):
            return True
        start, end, now = _hm(self.armed_from), _hm(self.armed_until), at.time()
        return start <= now < end if start <= end else now >= start or now < end

    @property
    def threshold(self) -> int:
        """Grey levels of change that count, from the sensitivity (100 → 6, 1 → 60)."""
        return round(60 - (max(1, min(100, self.sensitivity)) - 1) * 54 / 99)


def _hm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


@dataclass(frozen=True)
class MotionEvent:
    camera: str
    zone: str
    at: float  # the sample's time.monotonic()
    wall: datetime
    area: float  # the fraction of the zone that changed
    box: tuple[float, float, float, float]  # where, as fractions: x, y, width, height


@dataclass
class _ZoneState:
    hits: int = 0
    active: bool = False
    last_motion: float = 0.0


@dataclass
class MotionDetector:
    camera: str
    zones: tuple[Zone, ...]
    quiet_seconds: float = 2.0
    clock: Callable[[], datetime] = datetime.now
    _background: object = None
    _masks: dict = field(default_factory=dict)
    _excluded: object = None
    _seen: int = 0
    _states: dict = field(default_factory=dict)

    def feed(self, grey, at: float) -> list[MotionEvent]:
        import cv2
        import numpy as np

        frame = cv2.GaussianBlur(grey, (5, 5), 0)
        if self._background is None or self._background.shape != frame.shape:
            self._background = frame.astype(np.float32)
            self._build_masks(frame.shape)
            self._seen = 0
        self._seen += 1
        diff = cv2.absdiff(frame, cv2.convertScaleAbs(self._background))
        cv2.accumulateWeighted(frame, self._background, LEARN_RATE)
        if self._seen <= WARMUP_FRAMES:
            return []
        wall = self.clock()
        events = []
        for zone in self.zones:
            if zone.exclude:
                continue
            mask = self._masks[zone.name]
            changed = (diff > zone.threshold) & mask
            if self._excluded is not None:
                changed &= ~self._excluded
            area = int(changed.sum()) / max(1, int(mask.sum()))
            event = self._step(zone, area >= zone.min_area and zone.armed(wall), at)
            if event:
                events.append(MotionEvent(self.camera, zone.name, at, wall, round(area, 4),
                                          _box(changed)))
        return events

    def _step(self, zone: Zone, moving: bool, at: float) -> bool:
        """Hysteresis; True when a new event starts."""
        state = self._states.setdefault(zone.name, _ZoneState())
        if moving:
            state.hits += 1
            state.last_motion = at
            if not state.active and state.hits >= 2:
                state.active = True
                return True
        else:
            state.hits = 0
            if state.active and at - state.last_motion >= self.quiet_seconds:
                state.active = False
        return False

    def _build_masks(self, shape) -> None:
        import cv2
        import numpy as np

        h, w = shape
        self._masks, self._excluded = {}, None
        for zone in self.zones:
            mask = np.zeros((h, w), np.uint8)
            points = np.array([[round(x * (w - 1)), round(y * (h - 1))] for x, y in zone.points],
                              np.int32)
            cv2.fillPoly(mask, [points], 1)
            boolean = mask.astype(bool)
            self._masks[zone.name] = boolean
            if zone.exclude:
                self._excluded = boolean if self._excluded is None else self._excluded | boolean


def _box(changed) -> tuple[float, float, float, float]:
    import numpy as np

    ys, xs = np.nonzero(changed)
    if not len(xs):
        return (0.0, 0.0, 0.0, 0.0)
    h, w = changed.shape
    return (round(xs.min() / w, 3), round(ys.min() / h, 3),
            round((xs.max() - xs.min() + 1) / w, 3), round((ys.max() - ys.min() + 1) / h, 3))
