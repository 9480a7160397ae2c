"""``guardroom hub`` (serve, issue-token) and ``guardroom sync``."""

from __future__ import annotations

import argparse

from app.i18n import QT_TRANSLATE_NOOP, GuardroomError


def _listen(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError("must be HOST:PORT")
    return host.strip("[]"), int(port)


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    hub = sub.add_parser("hub", parents=[common],
                         help="the sync hub: serve workstations, or issue a token")
    hub.add_argument("--db", metavar="URL", help="postgresql://… (or sqlite:///FILE)")
    hub.add_argument("--listen", type=_listen, default=("127.0.0.1", 8765), metavar="HOST:PORT",
                     help="default 127.0.0.1:8765")
    hub.add_argument("--certfile", metavar="FILE", help="TLS certificate (with --keyfile)")
    hub.add_argument("--keyfile", metavar="FILE")
    actions = hub.add_subparsers(dest="hub_command", metavar="ACTION")
    issue = actions.add_parser("issue-token", parents=[common],
                               help="a token for one workstation (replaces its earlier one)")
    issue.add_argument("--db", metavar="URL", required=True)
    issue.add_argument("--node", metavar="NAME", required=True, help="the workstation's name")
    issue.add_argument("--role", choices=("guard", "lead"), required=True)
    conflicts = actions.add_parser("conflicts", parents=[common],
                                   help="concurrent writes that lost, newest first")
    conflicts.add_argument("--db", metavar="URL", required=True)
    conflicts.add_argument("--limit", type=int, default=100)

    sync = sub.add_parser("sync", parents=[common], help="sync this workstation with the hub")
    sync.add_argument("--hub", metavar="URL", help="default: sync.hub_url")
    sync.add_argument("--token", metavar="T", help="default: sync.token")
    sync.add_argument("--once", action="store_true", help="one exchange, then exit")
    sync.add_argument("--interval", type=float, metavar="SECONDS",
                      help="between exchanges (default: sync.interval_seconds)")
    sync.add_argument("--batch", type=int, default=1000, metavar="N",
                      help="changes per push (default 1000)")
    sync.add_argument("--page-size", type=int, default=2000, metavar="N",
                      help="rows per pulled page (default 2000)")


def cmd_hub(args, out) -> int:
    from app.sync.hub_server import serve

    if not args.db:
        raise GuardroomError(QT_TRANSLATE_NOOP("Cli", "The hub needs --db URL."))
    if bool(args.certfile) != bool(args.keyfile):
        raise GuardroomError(QT_TRANSLATE_NOOP("Cli", "TLS needs both --certfile and --keyfile."))
    host, port = args.listen
    scheme = "https" if args.certfile else "http"
    out.note(QT_TRANSLATE_NOOP("Cli", "Hub listening on {url}").with_(
        url=f"{scheme}://{host}:{port}"))
    serve(args.db, host, port, args.certfile, args.keyfile)
    return 0


def cmd_issue_token(args, out) -> int:
    from datetime import datetime, timezone

    from db.sync import hub_store

    engine = hub_store.open_hub(args.db)
    try:
        token = hub_store.issue_token(engine, args.node, args.role, datetime.now(timezone.utc))
    finally:
        engine.dispose()
    out.emit(QT_TRANSLATE_NOOP("Cli", "Token for {node} ({role}): {token}").with_(
        node=args.node, role=args.role, token=token), node=args.node, role=args.role,
        token=token)
    return 0


def cmd_conflicts(args, out) -> int:
    from db.sync import hub_store

    engine = hub_store.open_hub(args.db)
    try:
        found = hub_store.conflicts(engine, args.limit)
    finally:
        engine.dispose()
    for c in found:
        out.emit(QT_TRANSLATE_NOOP("Cli", "{at}  {table} {id} {field}: kept {kept}, lost {lost}"
                                   ).with_(at=c["at"].astimezone().strftime("%Y-%m-%d %H:%M"),
                                           table=c["tbl"], id=c["row_id"], field=c["field"],
                                           kept=c["kept_value"], lost=c["lost_value"]),
                 **(c | {"at": c["at"].isoformat()}))
    if not found:
        out.note(QT_TRANSLATE_NOOP("Cli", "No conflicts."))
    return 0


def _say(out, status) -> None:
    text = " · ".join(m.render(out.translate) for m in status.parts())
    out.emit(QT_TRANSLATE_NOOP("Cli", "{status}").with_(status=text), state=status.state,
             pending=status.pending, rejected=status.rejected, conflicts=status.conflicts,
             skew_ms=status.skew_ms)


def cmd_sync(args, out) -> int:
    import signal
    import threading

    from app.startup import open_for_command
    from app.sync.agent import SyncAgent
    from app.sync.client import HubClient
    from app.sync.status import SYNCED

    ctx = open_for_command(args.data_dir, args.config)
    try:
        hub = args.hub or ctx.settings.sync.hub_url
        token = args.token or ctx.settings.sync.token
        if not hub or not token:
            raise GuardroomError(QT_TRANSLATE_NOOP(
                "Cli", "Sync needs the hub's address and this workstation's token "
                       "(--hub, --token or the settings)."))
        client = HubClient(hub, token, ca_file=ctx.settings.sync.ca_file or None)
        interval = args.interval or ctx.settings.sync.interval_seconds
        agent = SyncAgent(ctx, client, interval=interval, batch=args.batch, page=args.page_size)
        if args.once:
            status = agent.run_once()
            client.close()
            _say(out, status)
            return 0 if status.state == SYNCED else 1
        done = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_a: done.set())
        last = [None]

        def changed(status) -> None:
            if status.state != "syncing" and status.parts() != last[0]:
                last[0] = status.parts()
                _say(out, status)

        agent.on_status = changed
        agent.start()
        done.wait()
        agent.stop()
        return 0
    finally:
        ctx.close()
