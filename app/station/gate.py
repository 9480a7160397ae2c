"""The gate: a pass opens the turnstile or barrier for a while, then it closes again.

One thread drives the relay, so a slow or silent relay never holds up the check station.
Every command is acknowledged by the relay or the gate is "unknown" (shown on screen as a
device alert) — never assumed open. A deny never reaches here: only a pass or the guard's
audited manual opening opens the gate.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass
from typing import Callable

log = logging.getLogger(__name__)
RETRY_SECONDS = 5.0  # how often an unknown gate is asked to close again


@dataclass(frozen=True)
class GateSetup:
    url: str = ""
    protocol: str = "usb"
    channel: int = 1
    modbus_address: int = 1
    coil: int = 0
    open_seconds: float = 5.0
    baudrate: int = 9600

    @classmethod
    def from_settings(cls, settings) -> "GateSetup":
        g = settings.devices.gate
        return cls(url=g.url, protocol=g.protocol, channel=g.channel,
                   modbus_address=g.modbus_address, coil=g.coil, open_seconds=g.open_seconds,
                   baudrate=g.baudrate)


@dataclass(frozen=True)
class GateState:
    state: str  # "open" | "closed" | "unknown"
    detail: str = ""
    cause: str = ""  # "pass" | "manual" | "timer" | "start" | "retry"
    at: float = 0.0  # time.monotonic() when the relay acknowledged (or gave up)


class Gate:
    """``open(cause)`` opens for ``open_seconds`` (a new opening restarts the time);
    listeners get a :class:`GateState` after every command, on the gate thread."""

    def __init__(self, setup: GateSetup, listeners: list[Callable[[GateState], None]] | None = None,
                 relay=None):
        from hardware.gate_relay import GateRelay

        self.setup = setup
        self.listeners = listeners if listeners is not None else []
        self.relay = relay or GateRelay(setup.url, setup.protocol, channel=setup.channel,
                                        slave=setup.modbus_address, coil=setup.coil,
                                        baudrate=setup.baudrate)
        self.state = GateState("unknown", "not started")
        self._commands: queue.SimpleQueue = queue.SimpleQueue()
        self._stop = threading.Event()
        self._close_at: float | None = None
        self._thread = threading.Thread(target=self._run, name="gate", daemon=True)

    def start(self) -> "Gate":
        self._thread.start()
        self._commands.put(("close", "start"))  # a known state from the first moment
        return self

    def stop(self) -> None:
        self._stop.set()
        self._commands.put(("stop", ""))
        if self._thread.is_alive():
            self._thread.join(2.0)
        self.relay.close()

    def open(self, cause: str = "pass") -> None:
        self._commands.put(("open", cause))

    def close(self, cause: str = "manual") -> None:
        self._commands.put(("close", cause))

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                command, cause = self._commands.get(timeout=self._wait())
            except queue.Empty:
                command, cause = self._due()
                if command is None:
                    continue
            if command == "stop":
                break
            self._switch(command == "open", cause)

    def _wait(self) -> float:
        if self._close_at is not None:
            return max(0.0, self._close_at - time.monotonic())
        return RETRY_SECONDS if self.state.state == "unknown" else 1.0

    def _due(self) -> tuple[str | None, str]:
        if self._close_at is not None and time.monotonic() >= self._close_at:
            return "close", "timer"
        if self._close_at is None and self.state.state == "unknown":
            return "close", "retry"  # find out again whether the relay answers
        return None, ""

    def _switch(self, on: bool, cause: str) -> None:
        ok = self.relay.set(on)
        now = time.monotonic()
        if on:
            self._close_at = now + self.setup.open_seconds
        else:
            self._close_at = None
        state = GateState(self.relay.state, self.relay.detail, cause, now)
        if not ok and on:
            self._close_at = None  # nothing known to close; the retry asks again
        changed = (state.state, state.detail) != (self.state.state, self.state.detail)
        self.state = state
        if changed or on:
            if not ok:
                log.warning("gate relay: %s", state.detail)
            self._notify(state)

    def _notify(self, state: GateState) -> None:
        for listener in list(self.listeners):
            try:
                listener(state)
            except Exception:
                log.exception("gate listener failed on %r", state)
