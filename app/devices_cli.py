"""``guardroom devices simulate`` and ``guardroom devices test``: the bodies behind app/cli.py.

``simulate`` puts a simulated scanner or thermometer on a pty or TCP port; ``test`` opens
real (or simulated) devices through the reader threads and prints every decoded event.
"""

from __future__ import annotations

import contextlib
import dataclasses
import queue
import random
import signal
import sys
import time
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, GuardroomError

DEVICE_LABELS = {"scanner": QT_TRANSLATE_NOOP("Cli", "scanner"),
                 "thermometer": QT_TRANSLATE_NOOP("Cli", "thermometer"),
                 "card_reader": QT_TRANSLATE_NOOP("Cli", "ID card reader"),
                 "card-reader": QT_TRANSLATE_NOOP("Cli", "ID card reader"),
                 "gate": QT_TRANSLATE_NOOP("Cli", "gate relay"),
                 "relay": QT_TRANSLATE_NOOP("Cli", "gate relay")}
LINGER_SECONDS = 0.5  # let the program read the last bytes before the port goes away


@contextlib.contextmanager
def interrupted_by_sigterm():
    """Treat SIGTERM like Ctrl-C, so the simulator and the readers are stopped cleanly."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread
        previous = None
    try:
        yield
    except KeyboardInterrupt:
        pass
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _simulator(args):
    import os

    from hardware.simulators import ScannerSimulator, ThermometerSimulator

    if args.tcp is None and not hasattr(os, "openpty"):
        raise GuardroomError(QT_TRANSLATE_NOOP(
            "Cli", "This system has no pseudo-terminals; use --tcp PORT instead."))
    link = {"tcp_port": args.tcp} if args.tcp is not None else {"link": args.link}
    if args.kind == "card-reader":
        from hardware.simulators.id_card import IdCardReaderSimulator

        return IdCardReaderSimulator(**link)
    if args.kind == "relay":
        from hardware.simulators.relay import RelaySimulator

        return RelaySimulator(args.gate_protocol or "usb", **link)
    if args.kind == "scanner":
        return ScannerSimulator(line_ending=args.line_ending,
                                symbology="]Q1" if args.aim else None, **link)
    return ThermometerSimulator(args.protocol or "gy-mcu90614", **link,
                                modbus_address=args.modbus_address,
                                modbus_register=args.modbus_register)


def _script(args, out):
    from hardware.simulators.traffic import ScriptError, parse_script

    try:
        return parse_script(Path(args.script).read_text("utf-8").splitlines(), args.kind)
    except ScriptError as exc:
        raise GuardroomError(QT_TRANSLATE_NOOP(
            "Cli", "{file}, line {line}: cannot play \"{text}\" on the {device}.").with_(
            file=args.script, line=exc.line_number, text=exc.line,
            device=_label(args.kind, out))) from None


def cmd_devices_simulate(args, out) -> int:
    from hardware.simulators.traffic import random_traffic

    steps = _script(args, out) if args.script else None
    if args.random:
        steps = random_traffic(args.kind, random.Random(args.seed))
    simulator = _simulator(args)
    simulator.start()
    try:
        with interrupted_by_sigterm():
            protocol = getattr(simulator, "protocol", None)
            out.emit(FIRST_LINES[args.kind].with_(port=simulator.port, protocol=protocol),
                     port=simulator.port, device=args.kind, protocol=protocol)
            if args.kind == "card-reader":
                _place_cards(simulator, out)
            elif args.kind == "relay":
                _watch_relay(simulator, out)
            elif steps is None:
                _type_along(simulator, args.kind, out)
            else:
                _play_when_opened(simulator, steps, out)
    finally:
        simulator.stop()
    return 0


FIRST_LINES = {
    "scanner": QT_TRANSLATE_NOOP("Cli", "Scanner simulator on {port}"),
    "thermometer": QT_TRANSLATE_NOOP("Cli", "Thermometer simulator ({protocol}) on {port}"),
    "card-reader": QT_TRANSLATE_NOOP("Cli", "ID card reader simulator on {port}"),
    "relay": QT_TRANSLATE_NOOP("Cli", "Gate relay simulator ({protocol}) on {port}"),
}


def _place_cards(simulator, out) -> None:
    """Type a card's number (1-4) to lay it on the reader, 0 to take it away."""
    from hardware.simulators.id_card import DEMO_CARDS

    if not out.as_json:
        for number, card in enumerate(DEMO_CARDS, start=1):
            print(f"  {number}: {card.name}  {card.id_number[:6]}********{card.id_number[-4:]}"
                  f"  {card.valid_to}", file=sys.stderr)
        out.emit(QT_TRANSLATE_NOOP("Cli", "Type 1-4 to place that card, 0 to remove it; "
                                          "Ctrl-D or Ctrl-C ends."))
    for line in sys.stdin:
        text = line.strip()
        if text.isdigit() and 1 <= int(text) <= len(DEMO_CARDS):
            simulator.place(DEMO_CARDS[int(text) - 1])
        elif text == "0":
            simulator.remove()
        elif text:
            print(QT_TRANSLATE_NOOP("Cli", "Not a card number: {text}").with_(text=text)
                  .render(out.translate), file=sys.stderr)
    time.sleep(LINGER_SECONDS)


def _watch_relay(simulator, out) -> None:
    """Print each state the relay is switched to, until Ctrl-C."""
    shown = simulator.on
    while True:
        time.sleep(0.05)
        if simulator.on != shown:
            shown = simulator.on
            out.emit(QT_TRANSLATE_NOOP("Cli", "relay switched on (gate open)") if shown else
                     QT_TRANSLATE_NOOP("Cli", "relay switched off (gate closed)"), on=shown)


def _play_when_opened(simulator, steps, out) -> None:
    from hardware.simulators.traffic import play

    while not simulator.wait_for_client(timeout=1.0):
        pass
    time.sleep(0.3)  # the program flushes its input right after opening the port
    play(simulator, steps)
    out.emit(QT_TRANSLATE_NOOP("Cli", "Script finished; the port stays open until Ctrl-C."),
             finished=True)
    while True:  # until Ctrl-C or SIGTERM
        time.sleep(1.0)


def _type_along(simulator, kind: str, out) -> None:
    if not out.as_json:
        out.emit(QT_TRANSLATE_NOOP("Cli", "Type one code per line; Ctrl-D or Ctrl-C ends.")
                 if kind == "scanner" else QT_TRANSLATE_NOOP(
                     "Cli", "Type one temperature per line (e.g. 36.6); Ctrl-D or Ctrl-C ends."))
    for line in sys.stdin:
        text = line.strip()
        if not text:
            continue
        if kind == "scanner":
            simulator.send_scan(text)
            continue
        try:
            simulator.send_temperature(float(text.replace(",", ".")))
        except ValueError:
            print(QT_TRANSLATE_NOOP("Cli", "Not a temperature: {text}").with_(text=text)
                  .render(out.translate), file=sys.stderr)
    simulator.flush()
    time.sleep(LINGER_SECONDS)


def _readers(args, events: queue.SimpleQueue):
    """A reader per device given; each puts (device id, event) on ``events``."""
    from hardware.id_card import IdCardReader
    from hardware.protocols import scanner_parser, thermometer_parser
    from hardware.serial_reader import SerialReader

    readers = []
    if args.card_reader:
        readers.append(SerialReader("card_reader", args.card_reader, IdCardReader(),
                                    lambda e: events.put(("card_reader", e)),
                                    baudrate=args.card_reader_baudrate))
    wanted = []
    if args.scanner:
        wanted.append(("scanner", args.scanner, scanner_parser(args.line_ending)))
    if args.thermometer:
        wanted.append(("thermometer", args.thermometer, thermometer_parser(
            args.thermometer_protocol or "gy-mcu90614", modbus_address=args.modbus_address,
            modbus_register=args.modbus_register)))
    return readers + [SerialReader(device, url, parser, lambda e, d=device: events.put((d, e)),
                                   baudrate=args.baudrate) for device, url, parser in wanted]


def cmd_devices_test(args, out) -> int:
    """Print each event as it arrives; exit 1 if a device never came online."""
    events: queue.SimpleQueue = queue.SimpleQueue()
    readers = _readers(args, events)
    came_online = set()
    deadline = time.monotonic() + args.seconds if args.seconds else float("inf")
    for reader in readers:
        reader.start()
    gate_ok = _test_gate(args, out) if args.gate else True
    try:
        with interrupted_by_sigterm():
            while readers and time.monotonic() < deadline:
                with contextlib.suppress(queue.Empty):
                    came_online |= _show(*events.get(timeout=0.1), out)
    finally:
        for reader in readers:
            reader.stop()
    with contextlib.suppress(queue.Empty):
        while True:
            _show(*events.get_nowait(), out)
    for reader in readers:
        _show_counters(reader, out)
    return 0 if came_online == {r.device_id for r in readers} and gate_ok else 1


def _test_gate(args, out) -> bool:
    """Open the gate relay, then close it a second later; each acknowledgement printed."""
    from hardware.gate_relay import GateRelay

    relay = GateRelay(args.gate, args.gate_protocol, timeout=1.0)
    ok = True
    try:
        for on in (True, False):
            acknowledged = relay.set(on)
            ok &= acknowledged
            fields = {"device": "gate", "event": "relay", "command": "open" if on else "close",
                      "acknowledged": acknowledged, "state": relay.state,
                      "detail": relay.detail}
            text = (QT_TRANSLATE_NOOP("Cli", "{device}: {command} acknowledged, gate {state}")
                    if acknowledged else
                    QT_TRANSLATE_NOOP("Cli", "{device}: {command} NOT acknowledged ({detail}), "
                                             "gate state unknown"))
            out.emit(text.with_(**(fields | {"device": _label("gate", out)})), **fields)
            if on:
                time.sleep(1.0)
    finally:
        relay.close()
    return ok


def _show_card(card, out) -> None:
    """A card read: who it says, the number masked (the card itself is never printed)."""
    from app.visitors.id_numbers import mask

    fields = {"device": "card_reader", "event": "id_card", "name": card.name,
              "document": mask(card.id_number), "gender": card.gender, "nation": card.nation,
              "birth": card.birth.isoformat() if card.birth else None,
              "valid_to": card.valid_to.isoformat() if card.valid_to else "长期",
              "expired": card.expired}
    text = (QT_TRANSLATE_NOOP("Cli", "{device}: card {name} {document}, valid to {valid_to} "
                                     "— EXPIRED") if card.expired else
            QT_TRANSLATE_NOOP("Cli", "{device}: card {name} {document}, valid to {valid_to}"))
    out.emit(text.with_(**(fields | {"device": _label("card_reader", out)})), **fields)


def _show(device: str, event, out) -> set[str]:
    """Print one event; return the device if it just came online."""
    if event.kind == "id_card":
        _show_card(event, out)
        return set()
    fields = {"device": device, "event": event.kind}
    fields |= {f.name: getattr(event, f.name) for f in dataclasses.fields(event)
               if f.name not in ("at", "device_id")}
    shown = fields | {"device": _label(device, out)}
    if shown.get("symbology", "") is None:
        shown["symbology"] = "-"
    out.emit(describe(event).with_(**shown), **fields)
    return {device} if event.kind == "status" and event.online else set()


def _label(device: str, out) -> str:
    label = DEVICE_LABELS[device]
    return label.render() if out.as_json else label.render(out.translate)


def describe(event):
    """The message template for one event."""
    kind = event.kind
    if kind == "status":
        return (QT_TRANSLATE_NOOP("Cli", "{device} online: {detail}") if event.online
                else QT_TRANSLATE_NOOP("Cli", "{device} offline: {detail}"))
    if kind == "scan":
        return QT_TRANSLATE_NOOP("Cli", "{device}: code {text}, symbology {symbology}")
    if kind == "no_read":
        return QT_TRANSLATE_NOOP("Cli", "{device}: no read ({text})")
    if kind == "discarded":
        return QT_TRANSLATE_NOOP("Cli", "{device}: discarded {length} bytes ({reason})")
    if kind == "temperature":
        return (QT_TRANSLATE_NOOP("Cli", "{device}: {celsius} °C") if event.plausible
                else QT_TRANSLATE_NOOP("Cli", "{device}: {celsius} °C is out of range: "
                                       "re-measure"))
    return QT_TRANSLATE_NOOP("Cli", "{device}: device fault: {detail}")


def _show_counters(reader, out) -> None:
    c = reader.counters
    out.emit(QT_TRANSLATE_NOOP(
        "Cli", "{device}: {ok} frames, {bad} bad checksums, {garbage} garbage bytes, "
               "{discarded} discarded lines").with_(
        device=_label(reader.device_id, out), ok=c.frames_ok, bad=c.bad_checksum,
        garbage=c.garbage_bytes, discarded=c.discarded),
        device=reader.device_id, event="counters", frames_ok=c.frames_ok,
        bad_checksum=c.bad_checksum, garbage_bytes=c.garbage_bytes, discarded=c.discarded)
