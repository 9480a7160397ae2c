"""One reader thread per serial port, with a watchdog that reopens a lost port.

The port is opened with ``serial.serial_for_url``, so it may be ``COM3``, ``/dev/ttyACM0``,
``/dev/pts/5``, ``socket://host:port``, ``rfc2217://host:port`` or ``loop://``. Events reach
``on_event`` on the reader thread; a consumer with its own thread (Qt) marshals them itself.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable

import serial

from hardware.backoff import Backoff
from hardware.events import DeviceEvent, DeviceStatus, ParserCounters
from hardware.parsing import StreamParser

log = logging.getLogger(__name__)
# What a lost, missing or misnamed port raises (ValueError: an unknown URL scheme).
PORT_ERRORS = (serial.SerialException, OSError, ValueError)


PORT_BACKOFF = Backoff()


class SerialReader:
    """Reads one device: bytes → ``parser`` → ``on_event``; reports online / offline."""

    def __init__(self, device_id: str, url: str, parser: StreamParser,
                 on_event: Callable[[DeviceEvent], None], *, baudrate: int = 9600,
                 read_timeout: float = 0.05, backoff: Backoff = PORT_BACKOFF):
        self.device_id, self.url, self.parser = device_id, url, parser
        self.on_event = on_event
        self.baudrate, self.read_timeout, self.backoff = baudrate, read_timeout, backoff
        self.online: bool | None = None  # None until the first attempt
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"serial-{device_id}",
                                        daemon=True)

    @property
    def counters(self) -> ParserCounters:
        return self.parser.counters

    def start(self) -> "SerialReader":
        self._thread.start()
        return self

    def stop(self, timeout: float = 1.0) -> bool:
        """Ask the thread to end and wait for it; True when it has ended."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def __enter__(self) -> "SerialReader":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            try:
                port = serial.serial_for_url(self.url, baudrate=self.baudrate,
                                             timeout=self.read_timeout, write_timeout=0.5)
            except PORT_ERRORS as exc:
                self._report(False, _describe(exc))
            else:
                attempt = 0
                self._serve(port)
            self._stop.wait(self.backoff.delay(attempt))
            attempt += 1
        if self.online:
            self._report(False, "stopped")

    def _serve(self, port) -> None:
        try:
            self._report(True, self.url)
            self._pump(port)
        except PORT_ERRORS as exc:
            self._report(False, _describe(exc))
        finally:
            try:
                port.close()
            except PORT_ERRORS:
                pass

    def _pump(self, port) -> None:
        parser = self.parser
        parser.reset()
        greeting = parser.greeting()
        if greeting:
            port.write(greeting)
        while not self._stop.is_set():
            data = port.read(port.in_waiting or 1)
            now = time.monotonic()
            if data:
                self._deliver(parser.feed(data, now))
            request, events = parser.poll(now)
            self._deliver(events)
            if request:
                port.write(request)

    def _report(self, online: bool, detail: str) -> None:
        if online == self.online:
            return
        self.online = online
        quiet = online or detail == "stopped"
        (log.info if quiet else log.warning)("%s %s: %s", self.device_id,
                                             "online" if online else "offline", detail)
        self._deliver([DeviceStatus(self.device_id, online, detail, time.monotonic())])

    def _deliver(self, events: list[DeviceEvent]) -> None:
        for event in events:
            try:
                self.on_event(event)
            except Exception:  # a consumer's bug must not stop the reader
                log.exception("%s: event handler failed on %r", self.device_id, event)


def _describe(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
