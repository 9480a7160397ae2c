"""The device end of a simulated serial line: a Linux pseudo-terminal or a TCP server.

A link is used by one thread only (the simulator's). ``port`` is what the program passes to
``serial.serial_for_url``; it stays the same across ``close()`` / ``open()`` (unplug and
replug) when the pty has a ``link`` path or the TCP server keeps its port number.
"""

from __future__ import annotations

import errno
import os
import select
import socket
from pathlib import Path


class PtyLink:
    """A pseudo-terminal (Linux); ``link``, if given, is a symlink kept at the current pty."""

    def __init__(self, link: str | Path | None = None):
        self.link = Path(link) if link else None
        self.device = ""
        self._master: int | None = None

    @property
    def port(self) -> str:
        return str(self.link) if self.link else self.device

    def open(self) -> None:
        import tty

        master, slave = os.openpty()
        tty.setraw(slave)  # no echo, no CR/LF translation, even before the program opens it
        self.device = os.ttyname(slave)
        os.close(slave)
        os.set_blocking(master, False)
        self._master = master
        if self.link:
            fresh = self.link.with_name(self.link.name + ".new")
            fresh.unlink(missing_ok=True)
            os.symlink(self.device, fresh)
            os.replace(fresh, self.link)

    def close(self) -> None:
        if self._master is not None:
            os.close(self._master)
            self._master = None
        if self.link:
            self.link.unlink(missing_ok=True)

    def connected(self) -> bool:
        """Whether a program has the pty open (the master sees no hang-up then)."""
        if self._master is None:
            return False
        poller = select.poll()
        poller.register(self._master, select.POLLHUP)
        return not poller.poll(0)

    def select_fds(self) -> list[int]:
        return [self._master] if self.connected() else []

    def receive(self, ready: list) -> bytes:
        if self._master is None or self._master not in ready:
            return b""
        try:
            return os.read(self._master, 4096)
        except OSError:  # EAGAIN, or EIO once the program has closed the pty
            return b""

    def write(self, data: bytes) -> None:
        """Write what fits; like a real line, bytes nobody can take are lost."""
        if self._master is None:
            return
        try:
            os.write(self._master, data)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EIO):
                raise


class TcpLink:
    """A TCP server on ``host``; one program at a time connects to ``socket://host:port``."""

    def __init__(self, port: int = 0, host: str = "127.0.0.1"):
        self.host, self.tcp_port = host, port
        self._server: socket.socket | None = None
        self._client: socket.socket | None = None

    @property
    def port(self) -> str:
        return f"socket://{self.host}:{self.tcp_port}"

    def open(self) -> None:
        self._server = socket.create_server((self.host, self.tcp_port))
        self._server.setblocking(False)
        self.tcp_port = self._server.getsockname()[1]

    def close(self) -> None:
        self._drop_client()
        if self._server is not None:
            self._server.close()
            self._server = None

    def connected(self) -> bool:
        return self._client is not None

    def select_fds(self) -> list[socket.socket]:
        return [s for s in (self._server, self._client) if s is not None]

    def receive(self, ready: list) -> bytes:
        if self._server is not None and self._server in ready:
            try:
                client, _ = self._server.accept()
            except OSError:
                client = None
            if client is not None:
                self._drop_client()
                client.settimeout(0.5)
                self._client = client
            return b""
        if self._client is None or self._client not in ready:
            return b""
        try:
            data = self._client.recv(4096)
        except OSError:
            data = b""
        if not data:
            self._drop_client()
        return data

    def write(self, data: bytes) -> None:
        if self._client is None:
            return
        try:
            self._client.sendall(data)
        except OSError:
            self._drop_client()

    def _drop_client(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
