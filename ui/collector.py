"""Python's garbage collection at a safe point of the GUI thread.

Left automatic, a collection may start inside any Qt call that allocates, on any thread. If it
then destroys a Qt object whose destructor needs a lock that call holds (a signal being
disconnected, say), the program deadlocks. So automatic collection is switched off and the GUI
thread collects on a timer, between events, where no Qt call is under way.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class Collector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start()

    def check(self) -> None:
        """Collect each generation whose count has passed its threshold, as gc would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                self.collections += 1
                return

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
