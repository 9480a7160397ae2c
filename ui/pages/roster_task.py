"""The roster page's long work: one solve at a time on its own thread, cancellable, with its
progress and result coming back to the page as queued signals."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class SolveTask(QObject):
    """One solve on its own thread; progress and the result come back as queued signals."""

    progressed = Signal(object)  # (best, bound, seconds)
    finished = Signal(object)  # SolveResult
    failed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._cancel = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, work) -> None:
        from app.roster.solver import CancelToken

        self._cancel = CancelToken()
        cancel = self._cancel

        def run() -> None:
            try:
                self.finished.emit(work(cancel, lambda *p: self.progressed.emit(p)))
            except Exception as exc:  # shown to the lead, never lost silently
                self.failed.emit(exc)

        self._thread = threading.Thread(target=run, name="roster-solve-task", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def shutdown(self) -> None:
        self.stop()
        if self._thread is not None:
            self._thread.join(10)
