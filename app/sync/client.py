"""The workstation's HTTP client for the hub (standard library, one kept-alive connection).

Every request names the schema revision; the hub refuses an older workstation (upgrade it)
and one newer than itself. Network trouble and server errors become :class:`HubUnreachable`:
the caller simply tries again later, since pushes and pulls are safe to repeat.
"""

from __future__ import annotations

import http.client
import json
import ssl
from urllib.parse import urlsplit

from db.migrations import HEAD

API = "/v1"


class HubError(Exception):
    pass


class HubUnreachable(HubError):
    """No answer, a broken connection, or a server error: try again later."""


class HubRefused(HubError):
    """The token is unknown or revoked (401), or the request was refused (4xx)."""

    def __init__(self, status: int, reason: str):
        super().__init__(f"{status}: {reason}")
        self.status, self.reason = status, reason


class UpgradeNeeded(HubRefused):
    """This workstation's schema is older than the hub's: upgrade the program."""


class HubOutdated(HubRefused):
    """The hub runs an older schema than this workstation: upgrade the hub."""


class HubClient:
    def __init__(self, url: str, token: str, *, timeout: float = 15.0,
                 ca_file: str | None = None, schema: str = HEAD):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not a hub address: {url!r}")
        self.url, self.token, self.timeout, self.schema = url, token, timeout, schema
        self._host, self._port = parts.hostname, parts.port
        self._prefix = parts.path.rstrip("/")
        self._tls = parts.scheme == "https"
        self._ssl = ssl.create_default_context(cafile=ca_file) if self._tls else None
        self._conn: http.client.HTTPConnection | None = None

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            if self._tls:
                self._conn = http.client.HTTPSConnection(self._host, self._port,
                                                         timeout=self.timeout,
                                                         context=self._ssl)
            else:
                self._conn = http.client.HTTPConnection(self._host, self._port,
                                                        timeout=self.timeout)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def request(self, path: str, body: dict) -> dict:
        payload = json.dumps(body | {"schema": self.schema}, ensure_ascii=False,
                             separators=(",", ":")).encode("utf-8")
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {self.token}",
                   "X-Guardroom-Schema": self.schema}
        for attempt in (1, 2):
            reused = self._conn is not None
            try:
                conn = self._connection()
                conn.request("POST", f"{self._prefix}{API}{path}", payload, headers)
                response = conn.getresponse()
                data = response.read()
                break
            except (OSError, http.client.HTTPException) as exc:
                self.close()
                # A kept-alive connection the hub has since closed: once more on a new one
                # (pushes and pulls are safe to repeat).
                stale = isinstance(exc, (BrokenPipeError, ConnectionResetError,
                                         http.client.RemoteDisconnected))
                if not (reused and stale and attempt == 1):
                    raise HubUnreachable(str(exc) or type(exc).__name__) from exc
        if response.status >= 500:
            self.close()
            raise HubUnreachable(f"hub answered {response.status}")
        try:
            reply = json.loads(data) if data else {}
        except ValueError as exc:
            self.close()
            raise HubUnreachable("the hub's answer was cut short") from exc
        if response.status == 426:
            raise UpgradeNeeded(426, reply.get("error", "upgrade"))
        if response.status == 409:
            raise HubOutdated(409, reply.get("error", "hub-outdated"))
        if response.status >= 400:
            raise HubRefused(response.status, reply.get("error", "refused"))
        return reply

    def _expect(self, reply: dict, *keys: str) -> dict:
        if not all(k in reply for k in keys):  # e.g. the connection closed mid-headers
            self.close()
            raise HubUnreachable("the hub's answer was cut short")
        return reply

    def push(self, node: str, entries: list[list], clock_ms: int) -> dict:
        return self._expect(self.request(
            "/push", {"node": node, "entries": entries, "clock_ms": clock_ms}), "high_water")

    def pull(self, node: str, since: int, limit: int) -> dict:
        return self._expect(self.request(
            "/pull", {"node": node, "since": since, "limit": limit}), "since", "cursor", "rows")
