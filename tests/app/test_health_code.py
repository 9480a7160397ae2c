"""Health-code verification over real HTTP on 127.0.0.1, against the local simulator."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.integrations.health_code import (
    CodeStatus,
    HealthCodeClient,
    HealthCodeResult,
)
from app.integrations.health_code_simulator import HealthCodeServiceSimulator


@pytest.fixture
def service():
    simulator = HealthCodeServiceSimulator().start()
    yield simulator
    simulator.stop()


@pytest.fixture
def client(service):
    with HealthCodeClient(service.url, timeout=5.0) as health_codes:
        yield health_codes


def unverified(result: HealthCodeResult, detail: str) -> bool:
    return result.status is CodeStatus.UNVERIFIED and result.detail == detail


@contextmanager
def serving(reply_body: bytes):
    """A service that answers every POST with 200 and ``reply_body``."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(reply_body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/verify"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.parametrize("token, status", [
    ("HCR-4401-2026", CodeStatus.RED),
    ("HCY-0007", CodeStatus.YELLOW),
    ("HCG-1234", CodeStatus.GREEN),
    ("some-opaque-token", CodeStatus.GREEN),
])
def test_status_by_prefix(client, token, status):
    result = client.verify(token)
    assert result.status is status
    assert result.detail == ""


def test_overrides_come_before_the_prefix(service, client):
    service.statuses.update({"HCR-cleared": "green", "PERSON-7": "red"})
    assert client.verify("HCR-cleared").status is CodeStatus.GREEN
    assert client.verify("PERSON-7").status is CodeStatus.RED
    service.statuses["PERSON-7"] = "yellow"  # changed while running
    assert client.verify("PERSON-7").status is CodeStatus.YELLOW


def test_unknown_status_is_unverified(service, client):
    service.statuses["HC-odd"] = "purple"
    assert unverified(client.verify("HC-odd"), "unknown status 'purple'")


def test_api_key_is_enforced():
    with HealthCodeServiceSimulator(api_key="gate-key-1").start() as service:
        with HealthCodeClient(service.url, api_key="gate-key-1") as right:
            assert right.verify("HCY-1").status is CodeStatus.YELLOW
        with HealthCodeClient(service.url, api_key="wrong") as wrong:
            assert unverified(wrong.verify("HCY-1"), "not authorised")
        with HealthCodeClient(service.url) as missing:
            assert unverified(missing.verify("HCY-1"), "not authorised")


def test_hung_service_gives_unverified_within_the_timeout(service):
    service.delay = 60.0
    with HealthCodeClient(service.url, timeout=0.5) as health_codes:
        started = time.monotonic()
        result = health_codes.verify("HCG-1")
        elapsed = time.monotonic() - started
    assert unverified(result, "timed out")
    assert elapsed < 0.5 + 2.0


def test_connection_refused_when_the_service_is_stopped():
    service = HealthCodeServiceSimulator().start()
    with HealthCodeClient(service.url) as health_codes:
        assert health_codes.verify("HCG-1").status is CodeStatus.GREEN  # connection kept alive
        service.stop()
        assert unverified(health_codes.verify("HCG-1"), "connection refused")


def test_connection_refused_on_an_unused_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with HealthCodeClient(f"http://127.0.0.1:{port}/verify") as health_codes:
        assert unverified(health_codes.verify("HCG-1"), "connection refused")


def test_service_down_gives_unverified_then_recovers(service, client):
    service.set_down(True)
    assert unverified(client.verify("HCG-1"), "service unavailable")
    service.set_down(False)
    assert client.verify("HCG-1").status is CodeStatus.GREEN


@pytest.mark.parametrize("body", [b"<html>busy</html>", b"[1, 2]", b'{"state": "green"}',
                                  b'{"status": 1}', b"\xff\xfe"])
def test_malformed_reply_is_unverified(body):
    with serving(body) as url, HealthCodeClient(url) as health_codes:
        assert unverified(health_codes.verify("HCG-1"), "malformed reply")


def test_bad_url_is_unverified_not_an_exception():
    for url in ("", "ftp://127.0.0.1/verify", "http:///verify", "http://127.0.0.1:99999/v"):
        result = HealthCodeClient(url).verify("HCG-1")
        assert result.status is CodeStatus.UNVERIFIED
        assert result.detail


@pytest.mark.parametrize("body", [b"not json", b'{"code": "HCG-1"}', b'{"token": 7}'])
def test_simulator_rejects_a_malformed_request(service, body):
    request = urllib.request.Request(service.url, data=body,
                                     headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=5)
    assert error.value.code == 400
    error.value.close()


def test_connection_is_reused_and_requests_counted(service, client):
    for _ in range(5):
        assert client.verify("HCG-1").status is CodeStatus.GREEN
    assert service.requests == 5
    assert service.connections == 1


def test_client_is_safe_to_share_between_threads(service, client):
    tokens = ["HCR-1", "HCY-2", "HCG-3", "HCR-4"] * 5
    expected = [CodeStatus.RED, CodeStatus.YELLOW, CodeStatus.GREEN, CodeStatus.RED] * 5
    results: list[CodeStatus | None] = [None] * len(tokens)

    def check(i: int) -> None:
        results[i] = client.verify(tokens[i]).status

    workers = [threading.Thread(target=check, args=(i,)) for i in range(len(tokens))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert results == expected
    assert service.requests == len(tokens)


def test_simulator_stops_promptly_while_a_request_is_held_back(service):
    service.delay = 60.0
    results: list[HealthCodeResult] = []
    with HealthCodeClient(service.url, timeout=60.0) as health_codes:
        waiting = threading.Thread(target=lambda: results.append(health_codes.verify("HCG-1")))
        waiting.start()
        for _ in range(500):  # until the request is being held back
            if service.requests:
                break
            time.sleep(0.01)
        stopper = threading.Thread(target=service.stop)
        stopper.start()
        stopper.join(timeout=10)
        waiting.join(timeout=10)
    assert not stopper.is_alive() and not waiting.is_alive()
    assert results[0].status is CodeStatus.UNVERIFIED


def test_result_and_status_are_plain_values():
    result = HealthCodeResult(CodeStatus.GREEN)
    assert result.detail == "" and result.latency_ms == 0.0
    assert CodeStatus("unverified") is CodeStatus.UNVERIFIED
    assert json.dumps({"status": CodeStatus.RED}) == '{"status": "red"}'
