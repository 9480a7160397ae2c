"""The network cut mid-batch (a proxy that drops or stalls the connection): nothing is
applied twice, nothing is lost, and the next exchange finishes the job."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from app.sync.client import HubClient, HubUnreachable
from app.sync.exchange import ExchangeReport, exchange, pull, push
from db.station_models import Check
from db.sync import hub_store, local
from tests.sync.proxy import CuttingProxy

T0 = datetime(2026, 11, 28, 8, 0, tzinfo=timezone.utc)


@pytest.fixture
def proxy(hub):
    cutter = CuttingProxy(hub.port)
    yield cutter
    cutter.close()


def checks_at(ctx) -> list[str]:
    with ctx.engine.connect() as conn:
        return list(conn.exec_driver_sql("SELECT id FROM checks").scalars())


def test_cut_mid_push_and_mid_pull(hub, hub_engine, proxy, nodes, issue):
    a, b = nodes.make("a"), nodes.make("b")
    with a.unit_of_work() as s:
        s.add_all([Check(at=T0, verdict="pass", note="夜班" * 20) for _ in range(400)])
    client = HubClient(proxy.url, issue("a"), timeout=1.0)

    proxy.cut_request_after(30_000)  # the batch never reaches the hub whole
    with pytest.raises(HubUnreachable):
        push(a, client, ExchangeReport(), batch=400)
    assert hub_store.rows_of(hub_engine, "checks") == {}
    assert local.pending_count(a.engine) == 400

    proxy.cut_reply_after(40)  # the hub applies it; its answer is lost on the way
    with pytest.raises(HubUnreachable):
        push(a, client, ExchangeReport(), batch=400)
    assert len(hub_store.rows_of(hub_engine, "checks")) == 400
    assert local.pending_count(a.engine) == 400

    proxy.stall()  # no answer at all: the client gives up after its timeout
    with pytest.raises(HubUnreachable):
        push(a, client, ExchangeReport(), batch=400)

    proxy.heal()
    exchange(a, client)
    assert local.pending_count(a.engine) == 0
    assert len(hub_store.rows_of(hub_engine, "checks")) == 400

    reader = HubClient(proxy.url, issue("b"), timeout=1.0)
    proxy.cut_reply_after(50_000)  # the first page arrives cut short
    with pytest.raises(HubUnreachable):
        pull(b, reader, ExchangeReport(), page=150)
    assert checks_at(b) == [] and local.get_cursor(b.engine) == 0
    proxy.heal()
    exchange(b, reader, page=150)
    assert sorted(checks_at(b)) == sorted(checks_at(a)) and len(checks_at(b)) == 400
    assert proxy.cuts >= 3
    client.close(), reader.close()
