"""The hub's HTTP service (Starlette): authenticates each workstation by its token and hands
pushes and pulls to the store. It keeps no state of its own beyond the database, so several
instances can run behind a load balancer.

``POST /v1/push``  {node, entries, clock_ms} -> {high_water, rejected, conflicts, clock_ms}
``POST /v1/pull``  {node, since, limit}      -> {since, cursor, more, rows, clock_ms}
``GET  /v1/health``                          -> {ok, schema}
"""

from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from db.migrations import HEAD
from db.sync import hub_store

MAX_BATCH = 5000
MAX_PAGE = 10000


class HubFaults:
    """Failures a test can ask for: roll back the next ``rollback`` pushes after applying."""

    def __init__(self):
        self.rollback = 0

    def before_commit(self) -> None:
        if self.rollback > 0:
            self.rollback -= 1
            raise hub_store.HubFault("rolled back on purpose")


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


def create_app(engine: Engine, *, now: Callable[[], datetime] | None = None,
               wall_ms: Callable[[], int] = _wall_ms, faults: HubFaults | None = None
               ) -> Starlette:
    now = now or (lambda: datetime.now(timezone.utc))

    def error(status: int, code: str) -> JSONResponse:
        return JSONResponse({"error": code, "schema": HEAD}, status_code=status)

    async def admit(request: Request):
        """(body, node name, role) or an error response."""
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer "):
            return error(401, "token-missing")
        who = await run_in_threadpool(hub_store.authenticate, engine, auth[7:].strip())
        if who is None:
            return error(401, "token-unknown")
        try:
            body = json.loads(await request.body())
        except ValueError:
            return error(400, "not-json")
        except ClientDisconnect:  # the network cut the request short: nothing to do
            return error(400, "cut-short")
        if not isinstance(body, dict) or not isinstance(body.get("node"), str):
            return error(400, "malformed")
        schema = str(body.get("schema") or request.headers.get("x-guardroom-schema") or "")
        if schema < HEAD:
            return error(426, "upgrade-workstation")
        if schema > HEAD:
            return error(409, "upgrade-hub")
        return body, who

    async def push(request: Request) -> Response:
        admitted = await admit(request)
        if isinstance(admitted, Response):
            return admitted
        body, (token_node, role) = admitted
        entries = body.get("entries")
        if (not isinstance(entries, list) or len(entries) > MAX_BATCH
                or not all(isinstance(e, list) and len(e) == 7 and isinstance(e[0], int)
                           and isinstance(e[6], dict) for e in entries)):
            return error(400, "malformed")
        hub_ms = wall_ms()
        skew = int(body.get("clock_ms") or hub_ms) - hub_ms
        try:
            outcome = await run_in_threadpool(
                hub_store.push, engine, body["node"][:40], token_node, role, entries, now(),
                skew, faults.before_commit if faults else None)
        except hub_store.HubFault:
            return error(503, "rolled-back")
        return JSONResponse({"high_water": outcome.high_water, "rejected": outcome.rejected,
                             "conflicts": outcome.conflicts, "applied": outcome.applied,
                             "clock_ms": wall_ms()})

    async def pull(request: Request) -> Response:
        admitted = await admit(request)
        if isinstance(admitted, Response):
            return admitted
        body, _who = admitted
        since, limit = body.get("since"), body.get("limit", 1000)
        if not isinstance(since, int) or not isinstance(limit, int) or since < 0:
            return error(400, "malformed")
        rows, cursor, more, _n = await run_in_threadpool(
            hub_store.pull, engine, since, max(1, min(limit, MAX_PAGE)))
        text = (f'{{"since":{since},"cursor":{cursor},"more":{json.dumps(more)},'
                f'"clock_ms":{wall_ms()},"rows":{rows}}}')
        return Response(text, media_type="application/json")

    async def health(_request: Request) -> Response:
        return JSONResponse({"ok": True, "schema": HEAD})

    return Starlette(routes=[Route("/v1/push", push, methods=["POST"]),
                             Route("/v1/pull", pull, methods=["POST"]),
                             Route("/v1/health", health, methods=["GET"])])
