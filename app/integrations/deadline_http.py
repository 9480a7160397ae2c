"""An HTTP connection whose every send and receive shares one deadline.

``http.client`` applies its timeout to each socket operation, so a service that drips its reply
a byte at a time could hold a caller far beyond the timeout. Here the remaining time is
re-armed before each operation, so the deadline bounds the whole exchange.
"""

from __future__ import annotations

import http.client
import io
import math
import socket
import ssl
import time


class DeadlineSocket:
    """A socket whose sends and receives all end by ``deadline`` (``time.monotonic()``)."""

    def __init__(self, sock: socket.socket):
        self._sock = sock
        self.deadline = math.inf
        self._readers = 0  # like socket.makefile: the socket closes when its last reader does
        self._closing = False

    def _arm(self) -> None:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("timed out")
        self._sock.settimeout(remaining)

    def sendall(self, data) -> None:
        self._arm()
        self._sock.sendall(data)

    def recv_into(self, buffer) -> int:
        self._arm()
        return self._sock.recv_into(buffer)

    def makefile(self, mode: str = "rb", *args, **kwargs) -> io.BufferedReader:
        self._readers += 1
        return io.BufferedReader(_DeadlineReader(self))

    def reader_closed(self) -> None:
        self._readers -= 1
        if self._closing and self._readers <= 0:
            self._sock.close()

    def close(self) -> None:
        self._closing = True
        if self._readers <= 0:
            self._sock.close()


class _DeadlineReader(io.RawIOBase):
    """The response side of a ``DeadlineSocket``."""

    def __init__(self, sock: DeadlineSocket):
        self._sock = sock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        return self._sock.recv_into(buffer)

    def close(self) -> None:
        if not self.closed:
            self._sock.reader_closed()
        super().close()


class DeadlineConnection(http.client.HTTPConnection):
    """A keep-alive connection, over TLS when ``tls`` is given; set ``sock.deadline`` per call."""

    sock: DeadlineSocket | None

    def __init__(self, host: str, port: int, tls: ssl.SSLContext | None = None):
        super().__init__(host, port)
        self._tls = tls

    def connect(self) -> None:
        raw = socket.create_connection((self.host, self.port), self.timeout)
        try:
            raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self._tls is not None:
                raw = self._tls.wrap_socket(raw, server_hostname=self.host)
        except BaseException:
            raw.close()
            raise
        self.sock = DeadlineSocket(raw)

    def open_until(self, deadline: float) -> None:
        """Connect if needed, within the time left, and bind the socket to ``deadline``."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("timed out")
        if self.sock is None:
            self.timeout = remaining
            self.connect()
        self.sock.deadline = deadline
