"""One background writer for service calls, with results delivered on the GUI thread.

Database work never runs on the GUI thread and SQLite gets one writer: calls are queued on a
single worker thread; their results (or errors) come back through a queued signal.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


class ServiceRunner(QObject):
    _finished = Signal(object, object, object, object, object)  # receiver, on_done, on_error,
    #                                                             result, error

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="guardroom-db")
        self._pending = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, fn: Callable[..., Any], *args: Any,
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               receiver: QObject | None = None, **kwargs: Any) -> None:
        """Run ``fn(*args, **kwargs)`` on the worker; call back on the GUI thread unless the
        ``receiver`` (by default the object whose method ``on_done`` is) was deleted."""
        if self._pool is None:
            raise RuntimeError("the service runner has been shut down")
        self._pending += 1
        if receiver is None:
            owner = getattr(on_done, "__self__", None) or getattr(on_error, "__self__", None)
            receiver = owner if isinstance(owner, QObject) else None

        def job() -> None:
            try:
                result = fn(*args, **kwargs)
            except Exception as exc:  # handed to the GUI thread, which decides what to show
                self._finished.emit(receiver, on_done, on_error, None, exc)
            else:
                self._finished.emit(receiver, on_done, on_error, result, None)

        self._pool.submit(job)

    def _deliver(self, receiver, on_done, on_error, result, error) -> None:
        self._pending -= 1
        if receiver is not None and not shiboken6.isValid(receiver):
            log.debug("result dropped: its view was closed")
            return
        if error is not None:
            if on_error is None:
                log.error("background call failed", exc_info=error)
            else:
                on_error(error)
        elif on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        """Finish queued work and stop the thread (call before the window goes away)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
