"""A local stand-in of the health-code verification service, for the demo and the tests.

``POST /verify`` with ``{"token": ...}`` answers ``{"status": "green"|"yellow"|"red"}``: first
from the ``statuses`` overrides, then by prefix: "HCR..." red, "HCY..." yellow, else green.
A wrong or missing Bearer key gets 401, a malformed body 400, ``set_down(True)`` 503, and
``delay`` (settable while running) holds every answer back, like a slow or hung service.
"""

from __future__ import annotations

import hmac
import json
import logging
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

log = logging.getLogger(__name__)
MAX_BODY = 64 * 1024


def status_for(token: str, statuses: dict[str, str]) -> str:
    """The status the simulated service gives a token."""
    if token in statuses:
        return statuses[token]
    if token.startswith("HCR"):
        return "red"
    if token.startswith("HCY"):
        return "yellow"
    return "green"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real service would
    timeout = 10.0  # an idle kept-alive connection is dropped after this many seconds
    server: _Server

    def do_POST(self) -> None:
        sim = self.server.simulator
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self.close_connection = True
            return self._reply(400, {"error": "missing or bad Content-Length"})
        body = self.rfile.read(length)
        if urlsplit(self.path).path != "/verify":
            return self._reply(404, {"error": "not found"})
        sim._count_request()
        delay = sim.delay
        if delay > 0 and sim._stopping.wait(delay):
            self.close_connection = True  # stopping: drop the request unanswered
            return
        if sim.down:
            return self._reply(503, {"error": "service unavailable"})
        if sim.api_key and not hmac.compare_digest(
                self.headers.get("Authorization", "").encode(), f"Bearer {sim.api_key}".encode()):
            return self._reply(401, {"error": "not authorised"})
        if self.headers.get_content_type() != "application/json":
            return self._reply(415, {"error": "expected application/json"})
        token = _token_from(body)
        if token is None:
            return self._reply(400, {"error": "expected JSON {\"token\": string}"})
        self._reply(200, {"status": status_for(token, sim.statuses)})

    def _reply(self, code: int, payload: dict) -> None:
        data = json.dumps(payload).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args) -> None:
        log.debug("health-code simulator: " + format, *args)


def _token_from(body: bytes) -> str | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    token = data.get("token") if isinstance(data, dict) else None
    return token if isinstance(token, str) else None


class _Server(ThreadingHTTPServer):
    """Tracks its request threads and connections, so that stopping can end them all."""

    daemon_threads = True
    request_queue_size = 128  # a burst of stations connecting at once is not refused

    def __init__(self, address: tuple[str, int], simulator: HealthCodeServiceSimulator):
        self.simulator = simulator
        self._guard = threading.Lock()
        self._open: set[socket.socket] = set()
        self._workers: list[threading.Thread] = []
        super().__init__(address, _Handler)

    def process_request(self, request, client_address) -> None:
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address),
                                  name="health-code-simulator-request", daemon=True)
        with self._guard:
            self._open.add(request)
            self._workers = [w for w in self._workers if w.is_alive()] + [worker]
        self.simulator._count_connection()
        worker.start()

    def shutdown_request(self, request) -> None:
        with self._guard:
            self._open.discard(request)
        super().shutdown_request(request)

    def drop_connections(self, timeout: float) -> None:
        """Cut every open connection and wait for the request threads to end."""
        with self._guard:
            sockets, workers = list(self._open), list(self._workers)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by its request thread
        for worker in workers:
            worker.join(timeout)

    def handle_error(self, request, client_address) -> None:
        log.debug("health-code simulator: request from %s failed", client_address, exc_info=True)


class HealthCodeServiceSimulator:
    """The simulated service on a background thread; ``start()``, then use ``url``."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, api_key: str = "",
                 delay: float = 0.0, statuses: dict[str, str] | None = None):
        self.host, self.port, self.api_key = host, port, api_key
        self.delay = delay
        self.statuses: dict[str, str] = dict(statuses or {})
        self.down = False
        self.requests = 0  # POST /verify requests received
        self.connections = 0  # TCP connections accepted
        self._counts = threading.Lock()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The full /verify endpoint URL, with the real port once started."""
        return f"http://{self.host}:{self.port}/verify"

    def set_down(self, down: bool = True) -> None:
        """Answer 503 to every request while down."""
        self.down = down

    def start(self) -> HealthCodeServiceSimulator:
        if self._server is not None:
            raise RuntimeError("the health-code simulator is already running")
        self._stopping.clear()
        self._server = _Server((self.host, self.port), self)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05},
                                        name="health-code-simulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop promptly, even while a request is held back by ``delay``."""
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()
        server.shutdown()
        server.drop_connections(timeout=2.0)
        server.server_close()
        self._thread.join(timeout=2.0)

    def __enter__(self) -> HealthCodeServiceSimulator:
        return self if self._server is not None else self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def _count_request(self) -> None:
        with self._counts:
            self.requests += 1

    def _count_connection(self) -> None:
        with self._counts:
            self.connections += 1
