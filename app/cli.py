"""The one ``guardroom`` command line: parsed here, each subcommand a thin call into services.

Global options (``--data-dir``, ``--lang``, ``--config``, ``--json``) are accepted before or
after the subcommand. Bad arguments print a clear message and exit with status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

from app import cameras_cli, report_cli, roster_cli, station_cli, visits_cli
from app.i18n import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    GuardroomError,
    Message,
    TsCatalog,
    normalise_language,
)
from app.settings import GATE_PROTOCOLS, LINE_ENDINGS, THERMOMETER_PROTOCOLS, SettingsError
from app.sync import cli as sync_cli

PAGES = ("check", "visitors", "cameras", "roster", "incidents", "dashboard", "settings")


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="data directory (default: GUARDROOM_DATA_DIR or the user data dir)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help="interface language (default: the system locale)",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        default=default,
        help="settings file (default: guardroom.toml in the data directory)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="machine-readable output, one JSON object per line",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guardroom", description="Guardroom (门岗值守台): the gate workstation."
    )
    _global_options(parser, suppress=False)
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="demo users, posts, guards and history (throwaway data directory "
        "unless --data-dir is given)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="render the main window after a demo sign-in to a PNG and exit",
    )
    parser.add_argument("--page", choices=PAGES, help="the page shown in --screenshot")
    parser.add_argument(
        "--selfcheck",
        action="store_true",
        help="import every module, migrate a scratch database, render the "
        "main window offscreen; exit 0 or name what failed",
    )
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = sub.add_parser("db", help="database maintenance").add_subparsers(
        dest="db_command", metavar="ACTION", required=True
    )
    db.add_parser("upgrade", parents=[common], help="apply pending migrations (after a backup)")
    backup = db.add_parser("backup", parents=[common], help="copy the database to FILE")
    backup.add_argument("file", metavar="FILE")

    audit = sub.add_parser("audit", help="the audit log").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    audit.add_parser("verify", parents=[common], help="check the hash chain")
    _devices_parser(sub, common)
    station_cli.add_parser(sub, common)
    cameras_cli.add_parser(sub, common)
    visits_cli.add_parser(sub, common)
    roster_cli.add_parser(sub, common)
    report_cli.add_parser(sub, common)
    sync_cli.add_parser(sub, common)
    return parser


def _int_between(low: int, high: int):
    def parse(text: str) -> int:
        value = int(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low} and {high}")
        return value

    parse.__name__ = "number"
    return parse


def _positive_seconds(text: str) -> float:
    value = float(text)
    if not 0 < value <= 86400:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def _device_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--modbus-address", type=_int_between(1, 247), default=1,
                        metavar="N", help="Modbus slave address of the thermometer (default 1)")
    parser.add_argument("--modbus-register", type=_int_between(0, 65535), default=0,
                        metavar="N", help="holding register with the temperature (default 0)")


def _devices_parser(sub, common: argparse.ArgumentParser) -> None:
    devices = sub.add_parser("devices", help="serial scanner, thermometer, ID card reader and "
                             "gate relay").add_subparsers(
        dest="devices_command", metavar="ACTION", required=True
    )
    sim = devices.add_parser("simulate", parents=[common],
                             help="a simulated device on a pseudo-terminal or a TCP port")
    sim.add_argument("kind", choices=("scanner", "thermometer", "card-reader", "relay"))
    sim.add_argument("--protocol", choices=THERMOMETER_PROTOCOLS,
                     help="thermometer protocol (default gy-mcu90614)")
    where = sim.add_mutually_exclusive_group()
    where.add_argument("--pty", action="store_true", help="on a pseudo-terminal (the default)")
    where.add_argument("--tcp", type=_int_between(0, 65535), metavar="PORT",
                       help="on socket://127.0.0.1:PORT (0: any free port)")
    sim.add_argument("--link", metavar="PATH",
                     help="with a pty: a symlink to it that stays put across unplug/replug")
    source = sim.add_mutually_exclusive_group()
    source.add_argument("--script", metavar="FILE",
                        help="play FILE: lines 'scan TEXT', 'noread', 'temp 36.6', "
                        "'sleep 0.5', 'noise 5a ff', 'unplug', 'replug'")
    source.add_argument("--random", action="store_true", help="realistic random traffic")
    sim.add_argument("--seed", type=int, help="with --random: repeatable traffic")
    sim.add_argument("--line-ending", choices=LINE_ENDINGS[1:], default="CR",
                     help="scanner line ending (default CR)")
    sim.add_argument("--aim", action="store_true", help="scanner: prefix codes with ]Q1")
    sim.add_argument("--gate-protocol", choices=GATE_PROTOCOLS, help="relay: default usb")
    _device_options(sim)

    test = devices.add_parser("test", parents=[common],
                              help="print every event the devices send")
    test.add_argument("--scanner", metavar="URL", help="COM3, /dev/ttyACM0, socket://host:port…")
    test.add_argument("--thermometer", metavar="URL")
    test.add_argument("--thermometer-protocol", choices=THERMOMETER_PROTOCOLS,
                      help="default gy-mcu90614")
    test.add_argument("--line-ending", choices=LINE_ENDINGS, default="auto",
                      help="scanner line ending (default auto)")
    test.add_argument("--baudrate", type=_int_between(50, 4_000_000), default=9600)
    test.add_argument("--card-reader", metavar="URL", help="a GA 467 ID card reader")
    test.add_argument("--card-reader-baudrate", type=_int_between(50, 4_000_000),
                      default=115200)
    test.add_argument("--gate", metavar="URL", help="a gate relay: opened, then closed")
    test.add_argument("--gate-protocol", choices=GATE_PROTOCOLS, default="usb")
    test.add_argument("--seconds", type=_positive_seconds, metavar="N",
                      help="stop after N seconds (default: at Ctrl-C)")
    _device_options(test)


def _check_devices(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.devices_command == "simulate":
        if args.kind != "thermometer" and args.protocol:
            parser.error("--protocol is for the thermometer")
        if args.kind != "relay" and args.gate_protocol:
            parser.error("--gate-protocol is for the relay")
        if args.kind in ("card-reader", "relay") and (args.script or args.random):
            parser.error("--script and --random are for the scanner and the thermometer")
        if args.link and args.tcp is not None:
            parser.error("--link goes with a pty, not --tcp")
        if args.seed is not None and not args.random:
            parser.error("--seed goes with --random")
    elif not (args.scanner or args.thermometer or args.card_reader or args.gate):
        parser.error("devices test needs --scanner, --thermometer, --card-reader or --gate URL")
    elif args.thermometer_protocol and not args.thermometer:
        parser.error("--thermometer-protocol goes with --thermometer")


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.page and not args.screenshot:
        parser.error("--page goes with --screenshot")
    if args.command and (args.demo or args.screenshot or args.selfcheck):
        parser.error(
            "--demo, --screenshot and --selfcheck start the program; "
            "they do not go with a subcommand"
        )
    if args.command == "devices":
        _check_devices(parser, args)
    return args


class Output:
    """Prints messages translated for the chosen language, or JSON lines with ``--json``."""

    def __init__(self, lang: str | None, as_json: bool, stream=None):
        self.translate: Callable[[str, str], str] = TsCatalog.load(lang or _system_language())
        self.as_json = as_json
        self.stream = stream or sys.stdout

    def emit(self, message: Message, **fields) -> None:
        if self.as_json:
            record = {"message": message.render()} | fields
            print(json.dumps(record, ensure_ascii=False, default=str), file=self.stream,
                  flush=True)
        else:
            print(message.render(self.translate), file=self.stream, flush=True)

    def note(self, message: Message) -> None:
        """A side remark for the person watching, on stderr (stdout stays the data)."""
        print(message.render(self.translate), file=sys.stderr, flush=True)


def _system_language() -> str:
    import locale
    import os

    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        found = normalise_language(os.environ.get(name))
        if found:
            return found
    return normalise_language((locale.getlocale()[0] or "")) or "zh_CN"


def _open(args):
    from app.startup import open_for_command

    return open_for_command(args.data_dir, args.config)


def cmd_db_upgrade(args, out: Output) -> int:
    ctx = _open(args)
    try:
        m = ctx.migration
        out.emit(
            QT_TRANSLATE_NOOP("Cli", "Database {path} is at revision {rev}.").with_(
                path=ctx.database_path, rev=m.to_revision
            ),
            database=str(ctx.database_path),
            revision=m.to_revision,
            previous=m.from_revision,
            backup=str(m.backup) if m.backup else None,
        )
        if m.backup:
            out.emit(
                QT_TRANSLATE_NOOP("Cli", "Backup before migrating: {path}").with_(path=m.backup),
                backup=str(m.backup),
            )
    finally:
        ctx.close()
    return 0


def cmd_db_backup(args, out: Output) -> int:
    from db.backup import backup_file

    ctx = _open(args)
    try:
        target = backup_file(ctx.database_path, Path(args.file))
    except FileExistsError:
        raise GuardroomError(  # noqa: B904 - the cause is plain
            QT_TRANSLATE_NOOP("Cli", "{path} already exists; choose another file name.").with_(
                path=args.file
            )
        )
    finally:
        ctx.close()
    out.emit(
        QT_TRANSLATE_NOOP("Cli", "Backup written to {path}").with_(path=target), backup=str(target)
    )
    return 0


def cmd_audit_verify(args, out: Output) -> int:
    from app.services import audit_log

    ctx = _open(args)
    try:
        report = audit_log.verify(ctx)
    finally:
        ctx.close()
    if report.ok:
        out.emit(
            QT_TRANSLATE_NOOP("Cli", "Audit log intact: {n} entries checked.").with_(
                n=report.checked
            ),
            ok=True,
            checked=report.checked,
        )
        return 0
    b = report.broken
    out.emit(
        QT_TRANSLATE_NOOP(
            "Cli", "Audit log BROKEN at workstation {node}, entry {seq} ({id}): {reason}"
        ).with_(
            node=b.origin_node, seq=b.seq, id=b.entry_id, reason=b.reason.render(out.translate)
        ),
        ok=False,
        checked=report.checked,
        node=b.origin_node,
        seq=b.seq,
        id=b.entry_id,
        reason=b.reason.render(),
    )
    return 1


def cmd_devices_simulate(args, out: Output) -> int:
    from app.devices_cli import cmd_devices_simulate

    return cmd_devices_simulate(args, out)


def cmd_devices_test(args, out: Output) -> int:
    from app.devices_cli import cmd_devices_test

    return cmd_devices_test(args, out)


COMMANDS = {
    ("db", "upgrade"): cmd_db_upgrade,
    ("db", "backup"): cmd_db_backup,
    ("audit", "verify"): cmd_audit_verify,
    ("devices", "simulate"): cmd_devices_simulate,
    ("devices", "test"): cmd_devices_test,
    ("station", None): station_cli.cmd_station,
    ("visits", "find"): visits_cli.cmd_find,
    ("visits", "import"): visits_cli.cmd_import,
    ("visits", "directory"): visits_cli.cmd_directory,
    ("cameras", "probe"): cameras_cli.cmd_probe,
    ("roster", "solve"): roster_cli.cmd_solve,
    ("roster", "check"): roster_cli.cmd_check,
    ("report", "daily"): report_cli.cmd_report,
    ("report", "monthly"): report_cli.cmd_report,
    ("report", "yearly"): report_cli.cmd_report,
    ("report", "archive"): report_cli.cmd_report,
    ("hub", None): sync_cli.cmd_hub,
    ("hub", "issue-token"): sync_cli.cmd_issue_token,
    ("hub", "conflicts"): sync_cli.cmd_conflicts,
    ("sync", None): sync_cli.cmd_sync,
}


def run_command(args: argparse.Namespace) -> int:
    action = getattr(args, f"{args.command}_command", None)
    out = Output(args.lang, args.json)
    try:
        return COMMANDS[(args.command, action)](args, out)
    except SettingsError as exc:
        for line in exc.render_all(out.translate):
            print(line, file=sys.stderr)
        return 1
    except GuardroomError as exc:
        print(exc.message.render(out.translate), file=sys.stderr)
        return 1
    except OSError as exc:
        message = QT_TRANSLATE_NOOP("Cli", "Cannot use {path}: {error}").with_(
            path=exc.filename or "", error=exc.strerror or exc)
        print(message.render(out.translate), file=sys.stderr)
        return 1
