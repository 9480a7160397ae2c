"""``guardroom station``: the check station without a window (gate kiosks, integration tests).

Devices default to the settings file; one line per verdict on stdout (``--json``: one JSON
object), printed only after the check is committed. Runs until Ctrl-C, SIGTERM or --seconds.
"""

from __future__ import annotations

import argparse
import threading

from app.i18n import QT_TRANSLATE_NOOP
from app.settings import GATE_PROTOCOLS, LINE_ENDINGS, THERMOMETER_PROTOCOLS


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    station = sub.add_parser("station", parents=[common],
                             help="run the check station (headless with --headless)")
    station.add_argument("--scanner", metavar="URL", help="default: devices.scanner.url")
    station.add_argument("--thermometer", metavar="URL",
                         help="default: devices.thermometer.url")
    station.add_argument("--thermometer-protocol", choices=THERMOMETER_PROTOCOLS)
    station.add_argument("--line-ending", choices=LINE_ENDINGS)
    station.add_argument("--card-reader", metavar="URL", help="default: devices.card_reader.url")
    station.add_argument("--gate", metavar="URL", help="the gate relay; default: devices.gate.url")
    station.add_argument("--gate-protocol", choices=GATE_PROTOCOLS)
    station.add_argument("--headless", action="store_true", required=True,
                         help="no window: print verdicts (the window is the Check station page)")
    station.add_argument("--guard", default="", help="the guard on duty, for the log")
    station.add_argument("--seconds", type=float, metavar="N", help="stop after N seconds")


def devices_from(args, settings):
    """The settings' devices, with what the command line names instead."""
    import dataclasses

    from app.station.runner import DeviceSetup

    base = DeviceSetup.from_settings(settings)
    return dataclasses.replace(
        base, scanner_url=args.scanner or base.scanner_url,
        thermometer_url=args.thermometer or base.thermometer_url,
        thermometer_protocol=args.thermometer_protocol or base.thermometer_protocol,
        line_ending=args.line_ending or base.line_ending)


def gate_from(args, settings):
    """The gate relay of the settings or the command line, or None."""
    import dataclasses

    from app.station.gate import Gate, GateSetup

    setup = GateSetup.from_settings(settings)
    setup = dataclasses.replace(setup, url=args.gate or setup.url,
                                protocol=args.gate_protocol or setup.protocol)
    return Gate(setup) if setup.url else None


def cmd_station(args, out) -> int:
    from app.devices_cli import interrupted_by_sigterm
    from app.startup import open_for_command
    from app.station.card_desk import CardDesk
    from app.station.gate import GateState
    from app.station.runner import CheckLogged, DeviceState, Station, health_verifier

    ctx = open_for_command(args.data_dir, args.config)
    done = threading.Event()

    def show(update) -> None:
        if isinstance(update, CheckLogged):
            c = update.check
            out.emit(QT_TRANSLATE_NOOP("Cli", "{verdict}: {reasons} ({celsius} °C)").with_(
                verdict=c.verdict, reasons=",".join(c.reasons) or "-", celsius=c.celsius),
                id=str(c.id), at=c.at.isoformat(), verdict=c.verdict, reasons=list(c.reasons),
                code_kind=c.code_kind, celsius=c.celsius,
                latency_ms=round(update.latency_ms, 2))
        elif isinstance(update, DeviceState):
            out.note(QT_TRANSLATE_NOOP("Cli", "{device}: {state} ({detail})").with_(
                device=update.device, state="online" if update.online else "offline",
                detail=update.detail))
        elif isinstance(update, GateState):
            out.note(QT_TRANSLATE_NOOP("Cli", "gate: {state} ({cause})").with_(
                state=update.state, cause=update.cause or update.detail))

    card_url = args.card_reader or ctx.settings.devices.card_reader.url
    cards = CardDesk(card_url, ctx.settings.devices.card_reader.baudrate) if card_url else None
    station = Station(ctx, devices_from(args, ctx.settings), guard=args.guard,
                      health_verify=health_verifier(ctx.settings), listeners=[show],
                      cards=cards, gate=gate_from(args, ctx.settings))
    try:
        with interrupted_by_sigterm(), station:
            if cards is not None:
                cards.start()
            done.wait(args.seconds)
    finally:
        if cards is not None:
            cards.stop()
        station.stop()
        ctx.close()
    return 0
