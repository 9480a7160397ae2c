"""Health-code verification: ask the health-code service whether a scanned code is green.

``HealthCodeClient.verify`` never raises and never takes much longer than its timeout: whatever
goes wrong, the answer is UNVERIFIED, which the station shows as "manual check", never "pass".
"""

from __future__ import annotations

import http.client
import json
import ssl
import threading
import time
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from app.integrations.deadline_http import DeadlineConnection

MAX_REPLY = 64 * 1024  # bytes; a longer reply is not a verdict
MAX_IDLE = 4  # kept-alive connections per client


class CodeStatus(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    UNVERIFIED = "unverified"  # not verified in time or at all: "manual check"


@dataclass(frozen=True)
class HealthCodeResult:
    status: CodeStatus
    detail: str = ""
    latency_ms: float = 0.0


class _Unverified(Exception):
    """Why a code could not be verified; the message becomes the result's detail."""


class HealthCodeClient:
    """Client of the health-code verification service; safe to share between threads."""

    def __init__(self, url: str, api_key: str = "", timeout: float = 1.5):
        self.url = url
        self.timeout = timeout
        self._headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if api_key:
            self._headers["Authorization"] = f"Bearer {api_key}"
        parts = urlsplit(url)
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            port = 0
        self._host, self._port = parts.hostname or "", port
        self._path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self._usable = parts.scheme in ("http", "https") and bool(self._host) and port > 0
        self._tls = ssl.create_default_context() if parts.scheme == "https" else None
        self._lock = threading.Lock()
        self._idle: list[DeadlineConnection] = []

    def verify(self, token: str) -> HealthCodeResult:
        """The code's status, or UNVERIFIED with a short reason; never raises."""
        started = time.monotonic()
        try:
            status, detail = self._ask(token, started + self.timeout), ""
        except _Unverified as reason:
            status, detail = CodeStatus.UNVERIFIED, str(reason)
        except TimeoutError:
            status, detail = CodeStatus.UNVERIFIED, "timed out"
        except ConnectionRefusedError:
            status, detail = CodeStatus.UNVERIFIED, "connection refused"
        except ConnectionError:
            status, detail = CodeStatus.UNVERIFIED, "connection lost"
        except OSError:
            status, detail = CodeStatus.UNVERIFIED, "service unreachable"
        except http.client.HTTPException:
            status, detail = CodeStatus.UNVERIFIED, "bad reply"
        except Exception as error:  # the station must get an answer, whatever happened
            status, detail = CodeStatus.UNVERIFIED, f"verification failed ({type(error).__name__})"
        return HealthCodeResult(status, detail, (time.monotonic() - started) * 1000.0)

    def close(self) -> None:
        """Close the kept-alive connections (the client stays usable)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def __enter__(self) -> HealthCodeClient:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _ask(self, token: str, deadline: float) -> CodeStatus:
        if not self._usable:
            raise _Unverified("no valid service URL configured")
        body = json.dumps({"token": token}).encode("utf-8")
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        reused = conn is not None
        if conn is None:
            conn = DeadlineConnection(self._host, self._port, self._tls)
        try:
            try:
                response, reply = self._exchange(conn, body, deadline)
            except ConnectionError:
                if not reused:
                    raise
                conn.close()  # the kept-alive connection had gone stale: one fresh try
                response, reply = self._exchange(conn, body, deadline)
        except BaseException:
            conn.close()
            raise
        if len(reply) > MAX_REPLY or not response.isclosed():
            conn.close()
            raise _Unverified("reply too large")
        with self._lock:
            keep = len(self._idle) < MAX_IDLE
            if keep:
                self._idle.append(conn)
        if not keep:
            conn.close()
        return _status_from(response.status, reply)

    def _exchange(self, conn: DeadlineConnection, body: bytes, deadline: float):
        conn.open_until(deadline)
        conn.request("POST", self._path, body, self._headers)
        response = conn.getresponse()
        reply = b""
        while not response.isclosed() and len(reply) <= MAX_REPLY:
            chunk = response.read(MAX_REPLY + 1 - len(reply))
            if not chunk:
                break
            reply += chunk
        return response, reply


def _status_from(code: int, reply: bytes) -> CodeStatus:
    if code in (401, 403):
        raise _Unverified("not authorised")
    if code == 503:
        raise _Unverified("service unavailable")
    if code != 200:
        raise _Unverified(f"service error (HTTP {code})")
    try:
        data = json.loads(reply)
    except ValueError:
        raise _Unverified("malformed reply") from None
    status = data.get("status") if isinstance(data, dict) else None
    if not isinstance(status, str):
        raise _Unverified("malformed reply")
    if status not in (CodeStatus.GREEN, CodeStatus.YELLOW, CodeStatus.RED):
        raise _Unverified(f"unknown status {status[:20]!r}")
    return CodeStatus(status)
