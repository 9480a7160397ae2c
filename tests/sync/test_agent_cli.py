"""The background agent, its status light, and the ``hub`` and ``sync`` commands."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone

import pytest

from app.sync.agent import SyncAgent
from app.sync.client import HubClient
from app.sync.status import OFFLINE, SYNCED, SyncStatus
from db.station_models import Check
from db.sync import hub_store

T0 = datetime(2026, 11, 28, 8, 0, tzinfo=timezone.utc)


def wait_for(predicate, seconds=10.0):
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_light_says_what_matters():
    assert SyncStatus().light == "grey"
    assert SyncStatus(state=SYNCED).light == "green"
    assert SyncStatus(state=SYNCED, pending=3).light == "amber"
    assert SyncStatus(state=SYNCED, skew_ms=2500).clock_off
    assert not SyncStatus(state=SYNCED, skew_ms=-1500).clock_off
    assert SyncStatus(state=OFFLINE, offline_since=T0).light == "red"
    words = [m.render() for m in SyncStatus(state=SYNCED, last_synced=T0, pending=2,
                                            rejected=1, skew_ms=-3000).parts()]
    assert words[1:] == ["2 pending", "1 rejected", "clock 3 s off the hub's"]


def test_the_agent_syncs_soon_after_a_change_and_stops_cleanly(hub, hub_engine, nodes, issue):
    ctx = nodes.make("gate1")
    seen: list[SyncStatus] = []
    agent = SyncAgent(ctx, HubClient(hub.url, issue("gate1")), interval=30,
                      on_status=seen.append).start()
    try:
        wait_for(lambda: agent.exchanges >= 1)
        with ctx.unit_of_work() as s:
            check = Check(at=T0, verdict="pass")
            s.add(check)
        wait_for(lambda: check.id.hex in hub_store.rows_of(hub_engine, "checks"))
        wait_for(lambda: agent.status.state == SYNCED and agent.status.pending == 0)
    finally:
        agent.stop()
    assert not any(t.name == "guardroom-sync" for t in threading.enumerate())
    assert {"syncing", "synced"} <= {s.state for s in seen}


def test_without_the_hub_the_light_says_offline_since_when(nodes, now):
    ctx = nodes.make("gate2", now=now)
    agent = SyncAgent(ctx, HubClient(f"http://127.0.0.1:{free_port()}", "t", timeout=1))
    first = agent.run_once()
    now.advance(minutes=5)
    second = agent.run_once()
    agent.client.close()
    assert first.state == second.state == OFFLINE
    assert second.offline_since == first.offline_since == now.value.replace(minute=0)


def run_cli(*args, timeout=60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          timeout=timeout)


def test_hub_and_sync_commands(pg_url, nodes, tmp_path):
    token = json.loads(run_cli("hub", "issue-token", "--db", pg_url, "--node", "east-gate",
                               "--role", "guard", "--json").stdout)["token"]
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "app", "hub", "--db", pg_url, "--listen",
                               f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: _answers(port), seconds=30)
        ctx = nodes.make("east")
        with ctx.unit_of_work() as s:
            s.add(Check(at=T0, verdict="pass"))
        data_dir = str(ctx.paths.root)
        ctx.close()
        run = run_cli("--data-dir", data_dir, "sync", "--hub", f"http://127.0.0.1:{port}",
                      "--token", token, "--once", "--json")
        assert run.returncode == 0, run.stderr
        line = json.loads(run.stdout.splitlines()[-1])
        assert (line["state"], line["pending"]) == ("synced", 0)
        bad = run_cli("--data-dir", data_dir, "sync", "--hub", f"http://127.0.0.1:{port}",
                      "--token", "wrong", "--once", "--json")
        assert bad.returncode == 1 and json.loads(bad.stdout)["state"] == "refused"
    finally:
        server.terminate()
        server.wait(10)


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def test_a_workstation_clock_off_the_hub_raises_the_warning(hub, nodes, issue):
    ahead = nodes.make("fast", wall_ms=lambda: time.time_ns() // 1_000_000 + 5_000)
    agent = SyncAgent(ahead, HubClient(hub.url, issue("fast")))
    status = agent.run_once()
    agent.client.close()
    assert status.clock_off and -6_000 < status.skew_ms < -4_000
    assert status.parts()[-1].render() == "clock 5 s off the hub's"


def self_signed(folder) -> tuple[str, str]:
    """A certificate for 127.0.0.1 and its key, as PEM files."""
    import ipaddress
    from datetime import timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "guardroom hub")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(T0 - timedelta(days=3650))
            .not_valid_after(T0 + timedelta(days=3650))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "hub.pem", folder / "hub.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


def test_the_hub_speaks_tls_when_given_a_certificate(hub_engine, nodes, issue, tmp_path):
    from app.sync.client import HubUnreachable
    from app.sync.hub_server import HubThread

    certfile, keyfile = self_signed(tmp_path)
    server = HubThread(hub_engine, certfile=certfile, keyfile=keyfile).start()
    try:
        assert server.url.startswith("https://")
        ctx = nodes.make("tls")
        token = issue("tls")
        agent = SyncAgent(ctx, HubClient(server.url, token, ca_file=certfile))
        assert agent.run_once().state == SYNCED
        agent.client.close()
        stranger = HubClient(server.url, token, timeout=2)  # the system's CAs do not know it
        with pytest.raises(HubUnreachable, match="CERTIFICATE_VERIFY_FAILED"):
            stranger.pull("tls", 0, 1)
        stranger.close()
    finally:
        server.stop()
