"""The running check station: device readers → pairing → code, watchlist, policy → check log.

One reader thread per device (hardware/) hands events to one station thread, which owns the
pairing state and does the judging and logging in order. Listeners get plain updates on the
station thread: a GUI marshals them to its own thread, the headless station prints them.
A verdict is reported only after its check is committed to the database.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

from app.context import AppContext
from app.keys import keyed_hash
from app.passes import PassKeys
from app.services import checks, device_log
from app.station.codes import (
    CodeClassifier,
    HealthCodeKind,
    StaffCardKind,
    VisitorPassKind,
    id_card_code,
)
from app.station.gate import GateState
from app.station.pairing import (
    REPEAT_SECONDS,
    Incomplete,
    Paired,
    Pairing,
    Prompt,
    Reading,
    Scan,
)
from app.station.policy import Policy, Verdict
from app.visitors import preregistration

log = logging.getLogger(__name__)
TICK_SECONDS = 0.2


@dataclass(frozen=True)
class DeviceSetup:
    scanner_url: str = ""
    thermometer_url: str = ""
    thermometer_protocol: str = "gy-mcu90614"
    line_ending: str = "auto"
    modbus_address: int = 1
    modbus_register: int = 0
    baudrate: int = 9600

    @classmethod
    def from_settings(cls, settings) -> "DeviceSetup":
        d = settings.devices
        return cls(scanner_url=d.scanner.url, thermometer_url=d.thermometer.url,
                   thermometer_protocol=d.thermometer.protocol,
                   line_ending=d.scanner.line_ending,
                   modbus_address=d.thermometer.modbus_address,
                   modbus_register=d.thermometer.modbus_register)

    @property
    def configured(self) -> bool:
        return bool(self.scanner_url or self.thermometer_url)


def health_verifier(settings) -> Callable[[str], object] | None:
    """The health-code service's ``verify``, or None when no service is configured."""
    h = settings.health_code
    if not h.url:
        return None
    from app.integrations.health_code import HealthCodeClient

    return HealthCodeClient(h.url, h.api_key, h.timeout_seconds).verify


@dataclass(frozen=True)
class DeviceState:
    device: str  # "scanner" | "thermometer" | "card_reader" | "gate"
    online: bool
    detail: str = ""


@dataclass(frozen=True)
class PromptShown:
    prompt: Prompt
    celsius: float | None = None


@dataclass(frozen=True)
class CheckLogged:
    check: checks.CheckSummary
    latency_ms: float = 0.0  # from the last device event of this person to the commit


@dataclass(frozen=True)
class CardShown:
    """An identity card was read: who it says (masked), before the verdict."""

    name: str
    document_masked: str
    expired: bool


Update = DeviceState | PromptShown | CheckLogged | CardShown | GateState


@dataclass
class Station:
    ctx: AppContext
    devices: DeviceSetup
    guard: str = ""
    health_verify: Callable[[str], object] | None = None
    listeners: list[Callable[[Update], None]] = field(default_factory=list)
    cards: object = None  # a CardDesk: cards nobody else claims are judged here
    gate: object = None  # a Gate: a pass opens it; the station starts and stops it

    def __post_init__(self) -> None:
        s = self.ctx.settings
        self.policy = Policy(s.check.policy_version, s.thresholds.fever_celsius)
        # A polled thermometer (Modbus) repeats the value it holds; a pushing one sends each
        # measurement once, so only for the former is a repeat the same measurement.
        polled = self.devices.thermometer_protocol == "modbus"
        self.pairing = Pairing(s.check.window_seconds,
                               repeat_seconds=REPEAT_SECONDS if polled else 0.0)
        key = checks.record_key(self.ctx)
        self._key = key
        self.classifier = CodeClassifier([
            VisitorPassKind(PassKeys(self.ctx.paths.keys).public_key(), self.ctx.today),
            StaffCardKind(s.check.staff_card_pattern),
            HealthCodeKind(self.health_verify, lambda text: keyed_hash(key, text)),
        ])
        self._inbox: queue.SimpleQueue = queue.SimpleQueue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="check-station", daemon=True)
        self._readers: list = []
        self._device_online: dict[str, bool] = {}

    # --- life cycle ------------------------------------------------------------------

    def start(self) -> "Station":
        from hardware.protocols import scanner_parser, thermometer_parser
        from hardware.serial_reader import SerialReader

        t = self.ctx.settings.thresholds
        d = self.devices
        self._thread.start()
        if self.gate is not None:
            self.gate.listeners.append(self._gate_changed)
            self.gate.start()
        if self.cards is not None:
            self.cards.set_default(self.feed)
            self.cards.watch_status(self.feed)
            if self.cards.online is not None:  # the reader was opened before the station
                self._device(DeviceState("card_reader", self.cards.online, self.cards.url))
        if d.scanner_url:
            self._readers.append(SerialReader(
                "scanner", d.scanner_url, scanner_parser(d.line_ending),
                self._inbox.put, baudrate=d.baudrate).start())
        if d.thermometer_url:
            parser = thermometer_parser(
                d.thermometer_protocol, modbus_address=d.modbus_address,
                modbus_register=d.modbus_register,
                limits=(t.temperature_min_celsius, t.temperature_max_celsius))
            self._readers.append(SerialReader("thermometer", d.thermometer_url, parser,
                                              self._inbox.put, baudrate=d.baudrate).start())
        return self

    def stop(self) -> None:
        if self.cards is not None:
            self.cards.set_default(None)
            self.cards.unwatch_status(self.feed)
        for reader in self._readers:
            reader.stop()
        self._readers.clear()
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(2.0)
        if self.gate is not None:
            self.gate.stop()
        client = getattr(self.health_verify, "__self__", None)
        if hasattr(client, "close"):
            client.close()  # the verification service's kept-alive connections

    def __enter__(self) -> "Station":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def feed(self, event) -> None:
        """Hand a device event to the station (readers do this; tests may too)."""
        self._inbox.put(event)

    def open_gate(self, cause: str = "manual") -> bool:
        """Open the gate for its time (the caller has audited a manual opening)."""
        if self.gate is None:
            return False
        self.gate.open(cause)
        return True

    def _gate_changed(self, state: GateState) -> None:
        self._notify(state)
        self._device(DeviceState("gate", state.state != "unknown", state.detail))

    def _device(self, state: DeviceState) -> None:
        """Show a device's state; a change is kept in the device log for the cockpit."""
        self._notify(state)
        if self._device_online.get(state.device) == state.online:
            return
        self._device_online[state.device] = state.online
        try:
            device_log.record(self.ctx, state.device, state.online, state.detail)
        except Exception:  # the log is for the record; the gate keeps working without it
            log.exception("check station: could not log %r", state)

    # --- the station thread ----------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                event = self._inbox.get(timeout=TICK_SECONDS)
            except queue.Empty:
                self._handle_outputs(self.pairing.tick(time.monotonic()))
                continue
            try:
                self._handle_event(event)
            except Exception:  # one bad event must not stop the gate
                log.exception("check station: could not handle %r", event)

    def _handle_event(self, event) -> None:
        kind = getattr(event, "kind", "")
        if kind == "scan":
            self._handle_outputs(self.pairing.scan(
                Scan(event.text, event.symbology, event.at or time.monotonic(), "scanner")))
        elif kind == "temperature":
            reading = Reading(event.celsius, event.plausible, event.at or time.monotonic(),
                              "thermometer")
            outputs = self.pairing.reading(reading)
            self._handle_outputs(outputs, celsius=event.celsius)
        elif kind == "id_card":
            self._card(event)
        elif kind == "status":
            self._device(DeviceState(event.device_id, event.online, event.detail))
        elif kind in ("no_read", "fault", "discarded"):
            log.info("check station: %s", event)

    def _handle_outputs(self, outputs, celsius: float | None = None) -> None:
        for out in outputs:
            if isinstance(out, Paired):
                self._judge(out)
            elif isinstance(out, Incomplete):
                self._log(checks.CheckRecord(
                    verdict=Verdict.INCOMPLETE.value, reasons=(out.reason,),
                    code_text=(out.scan.text if out.scan.card is not None
                               else self.classifier.stored_form(out.scan.text)),
                    code_kind="id_card" if out.scan.card is not None else "",
                    symbology=out.scan.symbology or "",
                    **self._where()), out.scan.at)
            else:
                self._notify(PromptShown(out, celsius))

    def _card(self, card) -> None:
        from app.visitors.id_numbers import mask

        self._notify(CardShown(card.name, mask(card.id_number), card.expired))
        number_hash = checks.watch_hash(self._key, card.id_number)
        self._handle_outputs(self.pairing.scan(
            Scan(number_hash, "id-card", card.at or time.monotonic(), "card_reader", card)))

    def _classify(self, scan: Scan) -> tuple[object, list[str]]:
        """The code and the keyed hashes the watchlist is asked about."""
        if scan.card is not None:
            pass_id, on_site = preregistration.admission_by_document(self.ctx, scan.text)
            return id_card_code(scan.text, scan.card.expired, pass_id, on_site), [scan.text]
        code = self.classifier.classify(scan.text)
        hashes = [checks.watch_hash(self._key, scan.text)]
        if code.reference:
            hashes.append(checks.watch_hash(self._key, code.reference))
        if code.kind == "visitor_pass":  # the pre-registered person's identity number too
            hashes.append(preregistration.pass_document_hash(self.ctx, code.reference))
        return code, hashes

    def _judge(self, pair: Paired) -> None:
        code, hashes = self._classify(pair.scan)
        judgement = self.policy.judge(code, pair.reading.celsius,
                                      checks.is_watchlisted(self.ctx, [h for h in hashes if h]))
        if (code.kind in ("visitor_pass", "id_card") and code.reference
                and judgement.verdict is Verdict.PASS):
            preregistration.check_in(self.ctx, code.reference, self.guard)
        self._log(checks.CheckRecord(
            verdict=judgement.verdict.value, reasons=judgement.reasons, code_kind=code.kind,
            code_status=code.status, code_text=code.stored_text,
            code_reference=code.reference, symbology=pair.scan.symbology or "",
            celsius=pair.reading.celsius, policy_version=self.policy.version,
            **self._where()), max(pair.scan.at, pair.reading.at))

    def _where(self) -> dict:
        return {"post": self.ctx.settings.station.post, "guard": self.guard,
                "scanner": self.devices.scanner_url,
                "thermometer": self.devices.thermometer_url}

    def _log(self, record: checks.CheckRecord, last_event_at: float) -> None:
        summary = checks.record(self.ctx, record)
        if summary.verdict == Verdict.PASS.value:
            self.open_gate("pass")  # only a pass: a deny never opens the gate
        latency = (time.monotonic() - last_event_at) * 1000
        self._notify(CheckLogged(summary, latency))

    def _notify(self, update: Update) -> None:
        for listener in list(self.listeners):
            try:
                listener(update)
            except Exception:
                log.exception("check station listener failed on %r", update)
