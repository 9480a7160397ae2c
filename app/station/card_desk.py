"""The ID card reader of this workstation, shared by the pages that use it.

One reader thread polls the card reader (find → select → read). Each card goes to the newest
claimant — the visitor page's walk-in form while it is on screen — or else to the check
station, which judges the card like a scanned code. Status changes go to every listener.
The card's content is personal data: nothing here logs it.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

log = logging.getLogger(__name__)

CardHandler = Callable[[object], None]


class CardDesk:
    def __init__(self, url: str, baudrate: int = 115200, today=None):
        from datetime import date

        self.url, self.baudrate = url, baudrate
        self._today = today or date.today
        self._lock = threading.Lock()
        self._claims: list[CardHandler] = []
        self._default: CardHandler | None = None
        self._status: list[CardHandler] = []
        self._reader = None
        self.online: bool | None = None

    def start(self) -> "CardDesk":
        from hardware.id_card import IdCardReader
        from hardware.serial_reader import SerialReader

        self._reader = SerialReader("card_reader", self.url, IdCardReader(today=self._today),
                                    self._deliver, baudrate=self.baudrate).start()
        return self

    def stop(self) -> None:
        if self._reader is not None:
            self._reader.stop()
            self._reader = None

    def reconnect(self, url: str, baudrate: int) -> None:
        """New settings: read from ``url`` (nothing if empty); claims and listeners stay."""
        if (url, baudrate) == (self.url, self.baudrate) and self._reader is not None:
            return
        self.stop()
        self.url, self.baudrate = url, baudrate
        if url:
            self.start()

    @property
    def counters(self):
        return self._reader.counters if self._reader is not None else None

    # --- who gets the cards ----------------------------------------------------------------

    def set_default(self, handler: CardHandler | None) -> None:
        """Where cards go when nobody has claimed them (the check station)."""
        with self._lock:
            self._default = handler

    def claim(self, handler: CardHandler) -> None:
        with self._lock:
            if handler in self._claims:
                self._claims.remove(handler)
            self._claims.append(handler)

    def release(self, handler: CardHandler) -> None:
        with self._lock:
            if handler in self._claims:
                self._claims.remove(handler)

    def watch_status(self, handler: CardHandler) -> None:
        with self._lock:
            self._status.append(handler)

    def unwatch_status(self, handler: CardHandler) -> None:
        with self._lock:
            if handler in self._status:
                self._status.remove(handler)

    def feed(self, event) -> None:
        """Hand an event to the desk as if the reader had read it (the reader does this)."""
        self._deliver(event)

    def _deliver(self, event) -> None:
        kind = getattr(event, "kind", "")
        with self._lock:
            if kind == "status":
                self.online = event.online
                targets = list(self._status)
            elif kind == "id_card":
                target = self._claims[-1] if self._claims else self._default
                targets = [target] if target is not None else []
            else:  # a fault (no answer, a card that could not be read): worth a note only
                log.info("card reader: %s", getattr(event, "detail", kind))
                targets = []
        for handler in targets:
            try:
                handler(event)
            except Exception:
                log.exception("card handler failed")  # never the card itself: personal data
