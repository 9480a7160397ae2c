"""The simulator's thread: owns the link, writes what the test sends, answers the host."""

from __future__ import annotations

import logging
import queue
import select
import socket
import threading
import time
from pathlib import Path
from typing import Callable

from hardware.simulators.links import PtyLink, TcpLink

log = logging.getLogger(__name__)


class DeviceSimulator:
    """A simulated device on a pty (default) or on a TCP port (``tcp_port``, 0 = any free).

    Use it as a context manager, or ``start()`` / ``stop()``. ``port`` is what the program
    opens. ``send_*`` methods return at once; ``unplug()``, ``replug()`` and ``flush()`` wait
    until the simulator's thread has done them. Subclasses answer the host in ``answer``.
    """

    def __init__(self, *, tcp_port: int | None = None, link: str | Path | None = None,
                 name: str = "device"):
        self.name = name
        self._link = TcpLink(tcp_port) if tcp_port is not None else PtyLink(link)
        self._commands: queue.SimpleQueue = queue.SimpleQueue()
        self._wake_r, self._wake_w = socket.socketpair()
        self._stop = threading.Event()
        self._connected = False
        self._thread = threading.Thread(target=self._run, name=f"simulator-{name}", daemon=True)

    @property
    def port(self) -> str:
        return self._link.port

    @property
    def connected(self) -> bool:
        """Whether a program has the port open (as last seen by the simulator's thread)."""
        return self._connected

    def start(self) -> "DeviceSimulator":
        self._link.open()
        self._thread.start()
        return self

    def stop(self, timeout: float = 1.0) -> None:
        self._stop.set()
        self._wake()
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._link.close()
        self._wake_r.close()
        self._wake_w.close()

    def __enter__(self) -> "DeviceSimulator":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def wait_for_client(self, timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while not self._connected and time.monotonic() < deadline:
            time.sleep(0.01)
        return self._connected

    def send_raw(self, data: bytes) -> None:
        """Put bytes on the line as they are (noise, broken frames)."""
        self._do(lambda: self._link.write(data))

    def unplug(self) -> None:
        """Pull the cable: the port disappears until :meth:`replug`."""
        self._do(self._link.close, wait=True)

    def replug(self) -> None:
        self._do(self._link.open, wait=True)

    def flush(self) -> None:
        """Wait until everything sent so far is on the line."""
        self._do(lambda: None, wait=True)

    def answer(self, data: bytes) -> bytes:
        """Bytes the host sent → the device's reply (none by default)."""
        return b""

    def _do(self, action: Callable[[], object], wait: bool = False) -> None:
        if not self._thread.is_alive():
            action()
            return
        done: list = []
        self._commands.put((action, done))
        self._wake()
        if wait:
            deadline = time.monotonic() + 2.0
            while not done and time.monotonic() < deadline:
                time.sleep(0.005)
            if done and isinstance(done[0], BaseException):
                raise done[0]

    def _wake(self) -> None:
        try:
            self._wake_w.send(b"!")
        except OSError:
            pass

    def _run(self) -> None:
        while not self._stop.is_set():
            self._run_commands()
            self._connected = self._link.connected()
            ready = select.select(self._link.select_fds() + [self._wake_r], [], [], 0.05)[0]
            if self._wake_r in ready:
                self._wake_r.recv(4096)
            data = self._link.receive(ready)
            if data:
                reply = self.answer(data)
                if reply:
                    self._link.write(reply)

    def _run_commands(self) -> None:
        while True:
            try:
                action, done = self._commands.get_nowait()
            except queue.Empty:
                return
            try:
                action()
                done.append(True)
            except Exception as exc:  # reported to a waiting caller, logged otherwise
                log.warning("%s simulator: %s", self.name, exc)
                done.append(exc)
