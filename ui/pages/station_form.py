"""The workstation's settings file as a form. Administrators edit it; others read it.

A save that fails validation keeps everything typed and lists each bad key with its reason.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import settings as settings_mod
from app.context import AppContext
from app.domain import CurrentUser, Role
from app.i18n import GuardroomError
from app.services import station_settings
from ui.i18n import render
from ui.widgets import MessageLabel, Retranslating
from ui.worker import ServiceRunner


def _spin(low: float, high: float, decimals: int = 0, step: float = 1.0):
    box = QDoubleSpinBox() if decimals else QSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    if decimals:
        box.setDecimals(decimals)
    return box


def _combo(choices: tuple[str, ...]) -> QComboBox:
    box = QComboBox()
    for choice in choices:
        box.addItem(choice, choice)
    return box


class StationForm(Retranslating, QWidget):
    changes_made = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.post = QLineEdit(objectName="post")
        self.fever = _spin(0, 99, 1, 0.1)
        self.temp_min = _spin(0, 99, 1, 0.5)
        self.temp_max = _spin(0, 99, 1, 0.5)
        self.scanner_url = QLineEdit(objectName="scannerUrl")
        self.scanner_eol = _combo(settings_mod.LINE_ENDINGS)
        self.thermo_url = QLineEdit(objectName="thermometerUrl")
        self.thermo_protocol = _combo(settings_mod.THERMOMETER_PROTOCOLS)
        self.modbus_address = _spin(0, 65535)
        self.modbus_register = _spin(0, 65535)
        self.card_reader_url = QLineEdit(objectName="cardReaderUrl")
        self.gate_url = QLineEdit(objectName="gateUrl")
        self.gate_protocol = _combo(settings_mod.GATE_PROTOCOLS)
        self.gate_channel = _spin(0, 99)
        self.gate_address = _spin(0, 65535)
        self.gate_coil = _spin(0, 65535)
        self.gate_seconds = _spin(0, 999, 1, 0.5)
        self.card_fills_address = QCheckBox(objectName="cardFillsAddress")
        self.hub_url = QLineEdit(objectName="hubUrl")
        self.sync_interval = _spin(0, 100000)
        self.retention = _spin(0, 100000)
        self.sign_out_hour = _spin(-1, 99)
        self.photo_camera = QLineEdit(objectName="photoCamera")
        self.archive_dir = QLineEdit(objectName="reportArchiveDir")
        self.cameras = QLabel()
        self.window_seconds = _spin(0, 1000, 1, 1.0)
        self.staff_pattern = QLineEdit(objectName="staffPattern")
        self.health_url = QLineEdit(objectName="healthUrl")
        self.health_key = QLineEdit(objectName="healthKey")
        self.health_key.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.health_timeout = _spin(0, 100, 1, 0.1)
        self.policy = QLabel(wordWrap=True, objectName="policySummary")

        self.groups: list[tuple[QGroupBox, QFormLayout, list[tuple[QLabel, str]]]] = []
        content = QWidget()
        column = QVBoxLayout(content)
        for fields in (
                [(self.post, "station.post")],
                [(self.fever, "thresholds.fever_celsius"),
                 (self.temp_min, "thresholds.temperature_min_celsius"),
                 (self.temp_max, "thresholds.temperature_max_celsius")],
                [(self.scanner_url, "devices.scanner.url"),
                 (self.scanner_eol, "devices.scanner.line_ending"),
                 (self.thermo_url, "devices.thermometer.url"),
                 (self.thermo_protocol, "devices.thermometer.protocol"),
                 (self.modbus_address, "devices.thermometer.modbus_address"),
                 (self.modbus_register, "devices.thermometer.modbus_register"),
                 (self.card_reader_url, "devices.card_reader.url"),
                 (self.gate_url, "devices.gate.url"),
                 (self.gate_protocol, "devices.gate.protocol"),
                 (self.gate_channel, "devices.gate.channel"),
                 (self.gate_address, "devices.gate.modbus_address"),
                 (self.gate_coil, "devices.gate.coil"),
                 (self.gate_seconds, "devices.gate.open_seconds")],
                [(self.policy, "check.policy_version"),
                 (self.window_seconds, "check.window_seconds"),
                 (self.staff_pattern, "check.staff_card_pattern"),
                 (self.health_url, "health_code.url"),
                 (self.health_key, "health_code.api_key"),
                 (self.health_timeout, "health_code.timeout_seconds")],
                [(self.cameras, "cameras")],
                [(self.hub_url, "sync.hub_url"), (self.sync_interval, "sync.interval_seconds")],
                [(self.retention, "privacy.retention_days"),
                 (self.sign_out_hour, "visitors.auto_sign_out_hour"),
                 (self.photo_camera, "visitors.photo_camera"),
                 (self.card_fills_address, "visitors.card_fills_address"),
                 (self.archive_dir, "reports.archive_dir")]):
            box = QGroupBox()
            form = QFormLayout(box)
            labels = []
            for widget, key in fields:
                label = QLabel()
                label.setToolTip(key)
                form.addRow(label, widget)
                labels.append((label, key))
            column.addWidget(box)
            self.groups.append((box, form, labels))
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(content)

        self.notice = MessageLabel("notice")
        self.errors = MessageLabel("error")
        self.errors.setObjectName("settingsErrors")
        self.save_button = QPushButton(objectName="saveSettings")
        self.revert_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)

        self.editable = user.has_role(Role.ADMIN)
        content.setEnabled(self.editable)
        self.save_button.setVisible(self.editable)
        self.revert_button.setVisible(self.editable)
        self.load()
        self.retranslate()

    # --- between the form and Settings ---------------------------------------------------

    def load(self) -> None:
        s = station_settings.current(self.ctx)
        self.post.setText(s.station.post)
        self.fever.setValue(s.thresholds.fever_celsius)
        self.temp_min.setValue(s.thresholds.temperature_min_celsius)
        self.temp_max.setValue(s.thresholds.temperature_max_celsius)
        self.scanner_url.setText(s.devices.scanner.url)
        self.scanner_eol.setCurrentIndex(self.scanner_eol.findData(s.devices.scanner.line_ending))
        t = s.devices.thermometer
        self.thermo_url.setText(t.url)
        self.thermo_protocol.setCurrentIndex(self.thermo_protocol.findData(t.protocol))
        self.modbus_address.setValue(t.modbus_address)
        self.modbus_register.setValue(t.modbus_register)
        self.card_reader_url.setText(s.devices.card_reader.url)
        g = s.devices.gate
        self.gate_url.setText(g.url)
        self.gate_protocol.setCurrentIndex(self.gate_protocol.findData(g.protocol))
        self.gate_channel.setValue(g.channel)
        self.gate_address.setValue(g.modbus_address)
        self.gate_coil.setValue(g.coil)
        self.gate_seconds.setValue(g.open_seconds)
        self.card_fills_address.setChecked(s.visitors.card_fills_address)
        self.hub_url.setText(s.sync.hub_url)
        self.sync_interval.setValue(s.sync.interval_seconds)
        self.retention.setValue(s.privacy.retention_days)
        self.sign_out_hour.setValue(s.visitors.auto_sign_out_hour)
        self.photo_camera.setText(s.visitors.photo_camera)
        self.archive_dir.setText(s.reports.archive_dir)
        self._camera_count = len(s.cameras)
        self.window_seconds.setValue(s.check.window_seconds)
        self.staff_pattern.setText(s.check.staff_card_pattern)
        self.health_url.setText(s.health_code.url)
        self.health_key.setText(s.health_code.api_key)
        self.health_timeout.setValue(s.health_code.timeout_seconds)
        self._policy = (s.check.policy_version, s.thresholds.fever_celsius)
        self.errors.show_text("")
        self.retranslate()

    def values(self) -> settings_mod.Settings:
        import dataclasses

        current = station_settings.current(self.ctx)
        return station_settings.with_values(
            current,
            station={"post": self.post.text().strip()},
            thresholds={"fever_celsius": round(self.fever.value(), 1),
                        "temperature_min_celsius": round(self.temp_min.value(), 1),
                        "temperature_max_celsius": round(self.temp_max.value(), 1)},
            devices={"scanner": settings_mod.ScannerSettings(
                         url=self.scanner_url.text().strip(),
                         line_ending=self.scanner_eol.currentData()),
                     "thermometer": settings_mod.ThermometerSettings(
                         url=self.thermo_url.text().strip(),
                         protocol=self.thermo_protocol.currentData(),
                         modbus_address=self.modbus_address.value(),
                         modbus_register=self.modbus_register.value()),
                     "card_reader": dataclasses.replace(
                         current.devices.card_reader, url=self.card_reader_url.text().strip()),
                     "gate": dataclasses.replace(
                         current.devices.gate, url=self.gate_url.text().strip(),
                         protocol=self.gate_protocol.currentData(),
                         channel=self.gate_channel.value(),
                         modbus_address=self.gate_address.value(), coil=self.gate_coil.value(),
                         open_seconds=round(self.gate_seconds.value(), 1))},
            sync={"hub_url": self.hub_url.text().strip(),
                  "interval_seconds": self.sync_interval.value()},
            privacy={"retention_days": self.retention.value()},
            visitors={"auto_sign_out_hour": self.sign_out_hour.value(),
                      "photo_camera": self.photo_camera.text().strip(),
                      "card_fills_address": self.card_fills_address.isChecked()},
            reports={"archive_dir": self.archive_dir.text().strip()},
            check={"window_seconds": round(self.window_seconds.value(), 1),
                   "staff_card_pattern": self.staff_pattern.text().strip()},
            health_code={"url": self.health_url.text().strip(),
                         "api_key": self.health_key.text(),
                         "timeout_seconds": round(self.health_timeout.value(), 1)})

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.errors.show_text("")
        self.notice.show_text("")
        self.runner.submit(station_settings.save, self.ctx, self.user, self.values(),
                           on_done=self._saved, on_error=self._failed)

    def _saved(self, outcome) -> None:
        self.save_button.setEnabled(True)
        self.load()  # the saved values, with the policy version the service gave them
        self.notice.show_text(self.tr("Saved."))
        self.changes_made.emit(outcome.changes)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        problems = getattr(error, "problems", None)
        if problems:
            from PySide6.QtCore import QCoreApplication

            lines = [p.render(QCoreApplication.translate) for p in problems]
            self.errors.show_text(self.tr("Not saved:") + "\n" + "\n".join(lines))
        elif isinstance(error, GuardroomError):
            self.errors.show_text(render(error.message))
        else:
            self.errors.show_text(self.tr("Not saved: {0}").format(error))

    def retranslate(self) -> None:
        titles = (self.tr("Duty post"), self.tr("Temperature"), self.tr("Devices"),
                  self.tr("Check station"), self.tr("Cameras"), self.tr("Sync hub"),
                  self.tr("Visitors and privacy"))
        names = {
            "station.post": self.tr("Post name"),
            "thresholds.fever_celsius": self.tr("Fever from (°C)"),
            "thresholds.temperature_min_celsius": self.tr("Lowest plausible reading (°C)"),
            "thresholds.temperature_max_celsius": self.tr("Highest plausible reading (°C)"),
            "devices.scanner.url": self.tr("QR scanner port"),
            "devices.scanner.line_ending": self.tr("Scanner line ending"),
            "devices.thermometer.url": self.tr("Thermometer port"),
            "devices.thermometer.protocol": self.tr("Thermometer protocol"),
            "devices.thermometer.modbus_address": self.tr("Modbus address"),
            "devices.thermometer.modbus_register": self.tr("Modbus register"),
            "devices.card_reader.url": self.tr("ID card reader port"),
            "devices.gate.url": self.tr("Gate relay port"),
            "devices.gate.protocol": self.tr("Gate relay protocol"),
            "devices.gate.channel": self.tr("Relay channel (USB board)"),
            "devices.gate.modbus_address": self.tr("Relay Modbus address"),
            "devices.gate.coil": self.tr("Relay coil (Modbus)"),
            "devices.gate.open_seconds": self.tr("Gate stays open (seconds)"),
            "cameras": self.tr("Configured cameras"),
            "check.policy_version": self.tr("Entry policy"),
            "check.window_seconds": self.tr("Scan and reading within (seconds)"),
            "check.staff_card_pattern": self.tr("Staff card pattern"),
            "health_code.url": self.tr("Health-code service"),
            "health_code.api_key": self.tr("Service key"),
            "health_code.timeout_seconds": self.tr("Service timeout (seconds)"),
            "sync.hub_url": self.tr("Hub address"),
            "sync.interval_seconds": self.tr("Sync every (seconds)"),
            "privacy.retention_days": self.tr("Keep visitor personal data (days)"),
            "visitors.auto_sign_out_hour": self.tr("Sign out visitors still inside at "
                                                   "(hour, -1: never)"),
            "visitors.photo_camera": self.tr("Camera for visitor photos"),
            "visitors.card_fills_address": self.tr("ID card fills the address"),
            "reports.archive_dir": self.tr("Save each day's report to"),
        }
        for (box, _form, labels), title in zip(self.groups, titles):
            box.setTitle(title)
            for label, key in labels:
                label.setText(names[key])
        self.cameras.setText(self.tr("{0} (edited in the settings file until the camera wall "
                                     "is available)").format(getattr(self, "_camera_count", 0)))
        self.scanner_url.setPlaceholderText(self.tr("e.g. COM3, /dev/ttyACM0, socket://host:port"))
        self.thermo_url.setPlaceholderText(self.tr("e.g. COM4, rfc2217://host:port"))
        self.card_reader_url.setPlaceholderText(self.tr("e.g. COM5; empty: no card reader"))
        self.gate_url.setPlaceholderText(self.tr("e.g. COM6; empty: the guard opens the gate"))
        self.card_fills_address.setText(self.tr("also store the address read from the card"))
        self.hub_url.setPlaceholderText(self.tr("empty: this workstation works alone"))
        self.photo_camera.setPlaceholderText(self.tr("e.g. rtsp://…, usb:0; empty: no photos"))
        self.archive_dir.setPlaceholderText(self.tr("a folder, e.g. a share of the bureau's "
                                                    "archive; empty: not saved"))
        version, fever = getattr(self, "_policy", (1, 37.3))
        self.policy.setText(self.tr(
            "Version {0}: pass only with a green code (or a valid pass or staff card), a "
            "temperature below {1} °C and no watchlist match; otherwise deny with the reasons. "
            "A code that cannot be verified is a manual check.").format(version, fever))
        self.health_url.setPlaceholderText(self.tr("empty: every health code is a manual "
                                                   "check"))
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Revert"))
        if not self.editable:
            self.notice.show_text(self.tr("Only an administrator can change these settings."))
