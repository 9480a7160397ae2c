"""The Check station page: the verdict for each person, today's counts, the last checks,
device lights, the gate, and the guard's manual decision (F8) or opening (F9). No keystroke
for a normal check: a code or an ID card and a temperature."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import Changes, CurrentUser
from app.services import checks
from app.station.codes import KIND_LABELS
from app.station.gate import GateState
from app.station.policy import REASONS
from app.station.runner import CardShown, CheckLogged, DeviceState, PromptShown
from ui.pages.duty_panel import DutyPanel
from ui.pages.gate_panel import GatePanel
from ui.pages.verdict_panel import VerdictPanel
from ui.sound import VerdictSound
from ui.widgets import Retranslating, read_only_table
from ui.worker import ServiceRunner

SHOW_VERDICT_MS = 6000
RECENT = 20
COUNTED = ("pass", "deny", "incomplete", "manual")


class StationBridge(QObject):
    """Carries station updates from the station thread to the GUI thread (queued signal)."""

    updated = Signal(object)


def reason_text(reasons) -> str:
    return "；".join(QCoreApplication.translate("Reason", REASONS[r].text) if r in REASONS
                    else r for r in reasons)


class StationPage(Retranslating, QWidget):
    changes_made = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None, cards=None):
        super().__init__(parent)
        self.setObjectName("page_check")
        self.ctx, self.user, self.runner = ctx, user, runner
        self.cards = cards  # the workstation's CardDesk, or None
        self._card_text = ""
        self.station = None
        self.sound = VerdictSound()
        self.last_check: checks.CheckSummary | None = None
        self._last_update = None
        self.device_online: dict[str, bool | None] = dict.fromkeys(
            ("scanner", "thermometer", "card_reader"))

        self.panel = VerdictPanel()
        self.count_labels = {v: QLabel("…", objectName=f"count_{v}") for v in COUNTED}
        self.count_titles = {v: QLabel() for v in COUNTED}
        self.lights = {d: QLabel(objectName=f"light_{d}") for d in self.device_online}
        self.gate = GatePanel(ctx, user, runner)
        self.gate.opened_by_hand.connect(self._open_gate_by_hand)
        self.override_button = QPushButton(objectName="overrideButton")
        self.override_button.clicked.connect(self.open_override)
        self.escalate_button = QPushButton(objectName="escalateCheck", enabled=False)
        self.escalate_button.clicked.connect(self.escalate_last)
        self.fullscreen_button = QPushButton()
        self.fullscreen_button.clicked.connect(self.toggle_full_screen)
        side = QGridLayout()
        for row, v in enumerate(COUNTED):
            side.addWidget(self.count_titles[v], row, 0)
            side.addWidget(self.count_labels[v], row, 1, Qt.AlignmentFlag.AlignRight)
        for row, light in enumerate(self.lights.values(), start=len(COUNTED)):
            side.addWidget(light, row, 0, 1, 2)
        row = len(COUNTED) + len(self.lights)
        side.addWidget(self.gate, row, 0, 1, 2)
        side.setRowStretch(row + 1, 1)
        side.addWidget(self.override_button, row + 2, 0, 1, 2)
        side.addWidget(self.escalate_button, row + 3, 0, 1, 2)
        side.addWidget(self.fullscreen_button, row + 4, 0, 1, 2)
        side_box = QWidget(objectName="stationSide")
        side_box.setLayout(side)
        side_box.setFixedWidth(260)
        top = QHBoxLayout()
        top.addWidget(self.panel, 1)
        top.addWidget(side_box)

        self.table = read_only_table(5, "recentChecks")
        self.duty = DutyPanel(ctx, runner)
        self.duty.setFixedWidth(260)
        bottom = QHBoxLayout()
        bottom.addWidget(self.table, 1)
        bottom.addWidget(self.duty)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addLayout(bottom, 2)

        self.bridge = StationBridge(self)
        self.bridge.updated.connect(self.on_update, Qt.ConnectionType.QueuedConnection)
        self._idle_timer = QTimer(self, singleShot=True, interval=SHOW_VERDICT_MS)
        self._idle_timer.timeout.connect(lambda: self.panel.show_state("idle"))
        for key, slot in (("F8", self.open_override), ("F9", self.gate.ask_to_open),
                          ("F11", self.toggle_full_screen)):
            QShortcut(QKeySequence(key), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._counts: dict[str, int] = {}
        self._recent: list[checks.CheckSummary] = []
        self.retranslate()
        self.refresh()
        self.start_station()

    # --- the station -------------------------------------------------------------------

    def start_station(self) -> None:
        from app.station.gate import Gate, GateSetup
        from app.station.runner import DeviceSetup, Station, health_verifier

        devices = DeviceSetup.from_settings(self.ctx.settings)
        gate_setup = GateSetup.from_settings(self.ctx.settings)
        cards = self.cards if self._configured()["card_reader"] else None
        if not (devices.configured or cards or gate_setup.url):
            return
        self.station = Station(self.ctx, devices, guard=self.user.username,
                               health_verify=health_verifier(self.ctx.settings),
                               listeners=[self.bridge.updated.emit], cards=cards,
                               gate=Gate(gate_setup) if gate_setup.url else None)
        self.station.start()

    def shutdown(self) -> None:
        """Stop the readers and the station thread (the window is closing)."""
        if self.station is not None:
            self.station.stop()
            self.station = None
        self._idle_timer.stop()

    def on_update(self, update) -> None:
        self._last_update = update
        if isinstance(update, GateState):
            if update.state == "unknown" and self.gate.state != "unknown":
                self.sound.play("deny")  # a device alert: the gate may be stuck open or shut
            self.gate.show_state(update.state, update.detail)
        elif isinstance(update, DeviceState):
            if update.device in self.device_online:
                self.device_online[update.device] = update.online
                self._show_lights()
        elif isinstance(update, CardShown):
            self._card_text = f"{update.name}  {update.document_masked}"
            if update.expired:
                self._card_text += "  " + self.tr("(card expired)")
        elif isinstance(update, PromptShown):
            detail = f"{update.celsius:.1f} °C" if update.celsius is not None else ""
            self.panel.show_state(update.prompt.value, detail or self._card_text)
            self.sound.play("prompt")
            self._idle_timer.start()
        elif isinstance(update, CheckLogged):
            self.show_check(update.check)
            self.changes_made.emit(Changes.of("check", "visit"))  # a pass may check a visitor in

    def show_check(self, check: checks.CheckSummary) -> None:
        self.last_check = check
        self.escalate_button.setEnabled(check.verdict == "deny")
        detail = self._detail(check)
        if check.code_kind == "id_card" and self._card_text:
            detail = self._card_text + "  ·  " + detail
        self._card_text = ""
        self.panel.show_state(check.verdict, detail)
        self.sound.play({"pass": "pass", "deny": "deny"}.get(check.verdict, "prompt"))
        self._idle_timer.start()
        self.refresh()

    def _detail(self, check: checks.CheckSummary) -> str:
        parts = [f"{check.celsius:.1f} °C"] if check.celsius is not None else []
        if check.reasons:
            parts.append(reason_text(check.reasons))
        return "  ·  ".join(parts)

    # --- today's counts and the last checks ----------------------------------------------

    def refresh(self) -> None:
        self.runner.submit(_counts_and_recent, self.ctx, on_done=self._show_lists)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("settings"):  # new devices or a new policy: a fresh station
            self.shutdown()
            self.device_online = dict.fromkeys(self.device_online)
            self._show_lights()
            self.gate.show_state("")
            self.start_station()
        if changes.touches("check"):
            self.refresh()
        if changes.touches("roster"):
            self.duty.refresh()

    def _show_lists(self, result) -> None:
        self._counts, self._recent = result
        for v in COUNTED:
            self.count_labels[v].setText(str(self._counts.get(v, 0)))
        self.table.setRowCount(len(self._recent))
        for row, c in enumerate(self._recent):
            kind = KIND_LABELS.get(c.code_kind)
            cells = (c.at.astimezone().strftime("%H:%M:%S"), self._verdict_word(c.verdict),
                     QCoreApplication.translate("CodeKind", kind.text) if kind else "—", f"{c.celsius:.1f}" if c.celsius is not None else "—",
                     reason_text(c.reasons) + (f"（{c.note}）" if c.note else ""))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _verdict_word(self, verdict: str) -> str:
        from ui.pages.verdict_panel import STATES

        return QCoreApplication.translate("VerdictPanel", STATES[verdict][1]) \
            if verdict in STATES else verdict

    def _show_lights(self) -> None:
        names = {"scanner": self.tr("QR scanner"), "thermometer": self.tr("Thermometer"),
                 "card_reader": self.tr("ID card reader")}
        configured = self._configured()
        for device, label in self.lights.items():
            state = self.device_online[device]
            if state is None and configured[device]:
                state = "connecting"
            colour = {True: "#1b873f", False: "#c62828"}.get(state, "#9aa5b4")
            words = {True: self.tr("online"), False: self.tr("offline"),
                     "connecting": self.tr("connecting…"), None: self.tr("not configured")}[state]
            label.setText(f"<span style='color:{colour}; font-size:16pt'>●</span> "
                          f"{names[device]}：{words}")

    def _configured(self) -> dict[str, bool]:
        d = self.ctx.settings.devices
        return {"scanner": bool(d.scanner.url), "thermometer": bool(d.thermometer.url),
                "card_reader": bool(self.cards is not None and self.cards.url)}

    # --- the guard's decision and the screen ---------------------------------------------

    def open_override(self) -> None:
        if self.last_check is None:
            return
        from ui.pages.override_dialog import OverrideDialog

        dialog = OverrideDialog(self.ctx, self.user, self.runner, self.last_check, self)
        dialog.decided.connect(self._overridden)
        dialog.open()

    def _overridden(self, outcome) -> None:
        self.show_check(outcome.value)
        self.changes_made.emit(outcome.changes)
        if outcome.value.verdict == "pass" and self.station is not None:
            self.station.open_gate("override")  # the guard let the person in

    def _open_gate_by_hand(self) -> None:
        """The opening is in the audit log already; now the relay."""
        if self.station is not None:
            self.station.open_gate("manual")
        self.changes_made.emit(Changes.of("audit"))

    def escalate_last(self) -> None:
        """A denial the guard wants followed up becomes a work order."""
        from app.incidents import workorders

        if self.last_check is None or self.last_check.verdict != "deny":
            return
        self.escalate_button.setEnabled(False)
        self.runner.submit(workorders.escalate_check, self.ctx, self.user, self.last_check.id,
                           on_done=lambda outcome: self.changes_made.emit(outcome.changes),
                           on_error=lambda _e: self.escalate_button.setEnabled(True))

    def toggle_full_screen(self) -> None:
        window = self.window()
        window.showNormal() if window.isFullScreen() else window.showFullScreen()

    def retranslate(self) -> None:
        titles = {"pass": self.tr("Passed today"), "deny": self.tr("Denied today"),
                  "incomplete": self.tr("Incomplete today"), "manual": self.tr("Manual today")}
        for v, label in self.count_titles.items():
            label.setText(titles[v])
        self.override_button.setText(self.tr("Guard's decision (F8)"))
        self.fullscreen_button.setText(self.tr("Full screen (F11)"))
        self.escalate_button.setText(self.tr("Open a work order for this denial"))
        self.gate.retranslate()
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Verdict"),
                                              self.tr("Code"), self.tr("°C"), self.tr("Why")])
        self._show_lights()
        self.panel.retranslate()
        if self._recent:
            self._show_lists((self._counts, self._recent))


def _counts_and_recent(ctx: AppContext):
    return checks.today_counts(ctx), checks.recent(ctx, RECENT)
