"""A callback that keeps what it is given; tests wait for what they expect."""

from __future__ import annotations

import threading
import time


class Recorder:
    """An ``on_event`` callback that keeps every event; tests wait for the ones they expect."""

    def __init__(self) -> None:
        self.events: list = []
        self._seen = 0
        self._changed = threading.Condition()

    def __call__(self, event) -> None:
        with self._changed:
            self.events.append(event)
            self._changed.notify_all()

    def wait_for(self, predicate, timeout: float = 5.0):
        """The next event (after the last one returned) that satisfies ``predicate``."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for index in range(self._seen, len(self.events)):
                    if predicate(self.events[index]):
                        self._seen = index + 1
                        return self.events[index]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no matching event in {timeout} s; got {self.events}")
                self._changed.wait(left)

    def status(self, online: bool, timeout: float = 5.0):
        return self.wait_for(lambda e: e.kind == "status" and e.online is online, timeout)

    def next(self, kind: str, timeout: float = 5.0):
        return self.wait_for(lambda e: e.kind == kind, timeout)


class Heard:
    """Stands in for the loudspeaker: keeps the names of the sounds played."""

    def __init__(self):
        self.played = []

    def play(self, name):
        self.played.append(name)
