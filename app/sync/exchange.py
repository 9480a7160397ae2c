"""One exchange with the hub: push every captured change in batches, then pull the change
log page by page. Each batch and each page is settled in one local transaction, so the
exchange can be cut off anywhere (network, crash, kill) and simply run again."""

from __future__ import annotations

import time
from dataclasses import dataclass

from app.context import AppContext
from app.hlc import Stamp
from app.sync.client import HubClient
from db.sync import local

PUSH_BATCH = 1000
PULL_PAGE = 2000
SNAPSHOT_PAGE = 5000  # a new workstation's first pull: the hub's whole state


@dataclass
class ExchangeReport:
    pushed: int = 0
    pulled: int = 0
    rejected: int = 0
    conflicts: int = 0
    skew_ms: int | None = None  # the hub's wall clock minus ours
    seconds: float = 0.0


def _hub_time(ctx: AppContext, reply: dict, sent_ms: int, report: ExchangeReport) -> None:
    hub_ms = reply.get("clock_ms")
    if isinstance(hub_ms, int):
        back_ms = ctx.clock.wall_ms()
        report.skew_ms = hub_ms - (sent_ms + back_ms) // 2
        ctx.clock.merge(str(Stamp(hub_ms, 0, "hub")))


def push(ctx: AppContext, client: HubClient, report: ExchangeReport,
         batch: int = PUSH_BATCH) -> None:
    while True:
        entries = local.read_outbox(ctx.engine, batch)
        if not entries:
            return
        sent = ctx.clock.wall_ms()
        reply = client.push(ctx.node_id, entries, sent)
        _hub_time(ctx, reply, sent, report)
        for c in reply.get("conflicts", ()):
            ctx.clock.merge(c["kept_hlc"])
        if not local.settle_push(ctx.engine, int(reply["high_water"]),
                                 reply.get("rejected", []), reply.get("conflicts", []),
                                 ctx.now(), sent=(entries[0][0], entries[-1][0])):
            continue  # renumbered past the hub's mark: send them again
        report.pushed += len(entries)
        report.rejected += len(reply.get("rejected", ()))
        report.conflicts += len(reply.get("conflicts", ()))
        if len(entries) < batch:
            return


def pull(ctx: AppContext, client: HubClient, report: ExchangeReport,
         page: int = PULL_PAGE) -> None:
    while True:
        since = local.get_cursor(ctx.engine)
        sent = ctx.clock.wall_ms()
        reply = client.pull(ctx.node_id, since, SNAPSHOT_PAGE if since == 0 else page)
        _hub_time(ctx, reply, sent, report)
        newest = max((r[3].get("updated_hlc") or "" for r in reply["rows"]), default="")
        if newest:
            ctx.clock.merge(newest)  # before the rows land: any edit of them comes later
        result = local.apply_page(ctx.engine, int(reply["since"]), int(reply["cursor"]),
                                  reply["rows"], ctx.now())
        report.pulled += result.rows
        report.conflicts += result.collisions
        if not reply.get("more"):
            return


def exchange(ctx: AppContext, client: HubClient, *, batch: int = PUSH_BATCH,
             page: int = PULL_PAGE) -> ExchangeReport:
    """Push, then pull; raises the client's errors (the caller retries later)."""
    report = ExchangeReport()
    started = time.monotonic()
    push(ctx, client, report, batch)
    pull(ctx, client, report, page)
    report.seconds = time.monotonic() - started
    return report
