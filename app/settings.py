"""Per-workstation settings: a TOML file, typed, validated, with a schema version.

Every problem is reported as a :class:`SettingsProblem` naming the key and the reason, so the
Settings page and the command line can say exactly what to fix. Unknown keys are problems too
(a typo must not silently fall back to a default).
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, GuardroomError, Message, Translate, identity

SCHEMA_VERSION = 1
LINE_ENDINGS = ("auto", "CR", "LF", "CRLF")
THERMOMETER_PROTOCOLS = ("gy-mcu90614", "modbus", "ascii")
GATE_PROTOCOLS = ("usb", "modbus")
BAUDRATES = (2400, 4800, 9600, 19200, 38400, 57600, 115200)


@dataclass(frozen=True)
class StationSettings:
    post: str = "主门岗"


@dataclass(frozen=True)
class ThresholdSettings:
    fever_celsius: float = 37.3
    temperature_min_celsius: float = 30.0
    temperature_max_celsius: float = 45.0


@dataclass(frozen=True)
class ScannerSettings:
    url: str = ""
    line_ending: str = "auto"


@dataclass(frozen=True)
class ThermometerSettings:
    url: str = ""
    protocol: str = "gy-mcu90614"
    modbus_address: int = 1
    modbus_register: int = 0


@dataclass(frozen=True)
class CardReaderSettings:
    """The resident ID card reader (GA 467 SAM protocol); empty URL: none."""

    url: str = ""
    baudrate: int = 115200


@dataclass(frozen=True)
class GateSettings:
    """The relay that opens the turnstile or barrier; empty URL: none (the guard opens it)."""

    url: str = ""
    protocol: str = "usb"  # usb relay board | modbus (write single coil)
    channel: int = 1  # the USB board's relay channel
    modbus_address: int = 1
    coil: int = 0
    open_seconds: float = 5.0  # how long a pass keeps the gate open
    baudrate: int = 9600


@dataclass(frozen=True)
class DeviceSettings:
    scanner: ScannerSettings = field(default_factory=ScannerSettings)
    thermometer: ThermometerSettings = field(default_factory=ThermometerSettings)
    card_reader: CardReaderSettings = field(default_factory=CardReaderSettings)
    gate: GateSettings = field(default_factory=GateSettings)


@dataclass(frozen=True)
class CameraSettings:
    name: str
    url: str
    sub_url: str = ""


@dataclass(frozen=True)
class CameraWallSettings:
    """The camera wall: when a silent camera counts as offline, and when an alert nobody
    acknowledged goes to the lead."""

    offline_after_seconds: float = 3.0
    escalate_minutes: int = 5
    layout: int = 2  # tiles per side on start: 1, 2, 3 or 4


@dataclass(frozen=True)
class SyncSettings:
    hub_url: str = ""
    interval_seconds: int = 30
    token: str = ""  # this workstation's token, issued by the hub's administrator
    ca_file: str = ""  # a private CA's certificate for an https:// hub; empty: the system's


@dataclass(frozen=True)
class PrivacySettings:
    retention_days: int = 180


@dataclass(frozen=True)
class ReportSettings:
    """Where each day's report is saved after midnight (the bureau's archive); empty: not."""

    archive_dir: str = ""


@dataclass(frozen=True)
class VisitorSettings:
    """The visitor register: when the day's remaining visitors are signed out automatically
    (-1: never); such a sign-out is flagged so the guard can follow it up."""

    auto_sign_out_hour: int = 22
    photo_camera: str = ""  # rtsp://…, http://…, usb:0 or file:PATH; empty: no photos
    card_fills_address: bool = False  # a read ID card also fills the address (admin's choice)


@dataclass(frozen=True)
class CheckSettings:
    """How the check station pairs a scan with a reading and which codes it knows."""

    window_seconds: float = 10.0
    staff_card_pattern: str = r"^STAFF-[0-9A-Z]{4,16}$"
    policy_version: int = 1  # raised by the Settings service whenever the policy changes


@dataclass(frozen=True)
class HealthCodeSettings:
    """The health-code verification service (empty URL: every health code is a manual check)."""

    url: str = ""
    api_key: str = ""
    timeout_seconds: float = 1.5


@dataclass(frozen=True)
class Settings:
    schema_version: int = SCHEMA_VERSION
    station: StationSettings = field(default_factory=StationSettings)
    thresholds: ThresholdSettings = field(default_factory=ThresholdSettings)
    devices: DeviceSettings = field(default_factory=DeviceSettings)
    cameras: tuple[CameraSettings, ...] = ()
    camera_wall: CameraWallSettings = field(default_factory=CameraWallSettings)
    sync: SyncSettings = field(default_factory=SyncSettings)
    privacy: PrivacySettings = field(default_factory=PrivacySettings)
    check: CheckSettings = field(default_factory=CheckSettings)
    visitors: VisitorSettings = field(default_factory=VisitorSettings)
    health_code: HealthCodeSettings = field(default_factory=HealthCodeSettings)
    reports: ReportSettings = field(default_factory=ReportSettings)


@dataclass(frozen=True)
class SettingsProblem:
    key: str
    reason: Message

    def render(self, translate: Translate = identity) -> str:
        line = QT_TRANSLATE_NOOP("Settings", "{key}: {reason}")
        return line.with_(key=self.key, reason=self.reason.render(translate)).render(translate)


class SettingsError(GuardroomError):
    def __init__(self, problems: list[SettingsProblem]):
        self.problems = problems
        first = problems[0]
        super().__init__(
            QT_TRANSLATE_NOOP("Settings", "{key}: {reason}").with_(
                key=first.key, reason=first.reason.render()
            )
        )

    def render_all(self, translate: Translate = identity) -> list[str]:
        return [p.render(translate) for p in self.problems]


def _problem(key: str, text: str, **params: object) -> SettingsProblem:
    return SettingsProblem(key, text.with_(**params))


# --- validation rules, one function per kind of value ---------------------------------------


def _check_type(key: str, value: Any, kind: type) -> SettingsProblem | None:
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = {
            str: QT_TRANSLATE_NOOP("Settings", "must be text"),
            bool: QT_TRANSLATE_NOOP("Settings", "must be true or false"),
            int: QT_TRANSLATE_NOOP("Settings", "must be a whole number"),
            float: QT_TRANSLATE_NOOP("Settings", "must be a number"),
        }
        return _problem(key, names[kind])
    return None


def _range(key: str, value: float, low: float, high: float) -> list[SettingsProblem]:
    if not low <= value <= high:
        return [
            _problem(
                key,
                QT_TRANSLATE_NOOP("Settings", "must be between {low} and {high}"),
                low=low,
                high=high,
            )
        ]
    return []


def _choice(key: str, value: object, choices: tuple) -> list[SettingsProblem]:
    if value not in choices:
        shown = ", ".join(str(c) if c != "" else '""' for c in choices)
        return [
            _problem(key, QT_TRANSLATE_NOOP("Settings", "must be one of: {choices}"), choices=shown)
        ]
    return []


def _url(key: str, value: str, schemes: tuple[str, ...]) -> list[SettingsProblem]:
    if value and not value.startswith(schemes):
        return [
            _problem(
                key,
                QT_TRANSLATE_NOOP("Settings", "must start with {schemes}"),
                schemes=", ".join(schemes),
            )
        ]
    return []


def _regex(key: str, value: str) -> list[SettingsProblem]:
    import re

    try:
        re.compile(value)
    except re.error as exc:
        return [_problem(key, QT_TRANSLATE_NOOP("Settings", "is not a valid pattern: {error}"),
                         error=str(exc))]
    return []


def validate(settings: Settings) -> list[SettingsProblem]:
    """Rules that span fields or ranges; types were checked while loading."""
    s = settings
    problems: list[SettingsProblem] = []
    if not s.station.post.strip():
        problems.append(
            _problem("station.post", QT_TRANSLATE_NOOP("Settings", "must not be empty"))
        )
    t = s.thresholds
    problems += _range("thresholds.fever_celsius", t.fever_celsius, 36.0, 39.0)
    problems += _range("thresholds.temperature_min_celsius", t.temperature_min_celsius, 20.0, 36.0)
    problems += _range("thresholds.temperature_max_celsius", t.temperature_max_celsius, 38.0, 50.0)
    problems += _choice("devices.scanner.line_ending", s.devices.scanner.line_ending, LINE_ENDINGS)
    th = s.devices.thermometer
    problems += _choice("devices.thermometer.protocol", th.protocol, THERMOMETER_PROTOCOLS)
    problems += _range("devices.thermometer.modbus_address", th.modbus_address, 1, 247)
    problems += _range("devices.thermometer.modbus_register", th.modbus_register, 0, 65535)
    problems += _choice("devices.card_reader.baudrate", s.devices.card_reader.baudrate,
                        BAUDRATES)
    gate = s.devices.gate
    problems += _choice("devices.gate.protocol", gate.protocol, GATE_PROTOCOLS)
    problems += _range("devices.gate.channel", gate.channel, 1, 16)
    problems += _range("devices.gate.modbus_address", gate.modbus_address, 1, 247)
    problems += _range("devices.gate.coil", gate.coil, 0, 65535)
    problems += _range("devices.gate.open_seconds", gate.open_seconds, 1, 60)
    problems += _choice("devices.gate.baudrate", gate.baudrate, BAUDRATES)
    names = set()
    for i, cam in enumerate(s.cameras):
        key = f"cameras[{i}]"
        if not cam.name.strip():
            problems.append(
                _problem(f"{key}.name", QT_TRANSLATE_NOOP("Settings", "must not be empty"))
            )
        elif cam.name in names:
            problems.append(_problem(f"{key}.name", QT_TRANSLATE_NOOP("Settings", "is used twice")))
        names.add(cam.name)
        problems += _url(f"{key}.url", cam.url, ("rtsp://", "http://", "https://", "usb:", "file:"))
        if not cam.url:
            problems.append(
                _problem(f"{key}.url", QT_TRANSLATE_NOOP("Settings", "must not be empty"))
            )
    wall = s.camera_wall
    problems += _range("camera_wall.offline_after_seconds", wall.offline_after_seconds, 1, 60)
    problems += _range("camera_wall.escalate_minutes", wall.escalate_minutes, 1, 240)
    problems += _choice("camera_wall.layout", wall.layout, (1, 2, 3, 4))
    problems += _url("sync.hub_url", s.sync.hub_url, ("http://", "https://"))
    problems += _range("sync.interval_seconds", s.sync.interval_seconds, 5, 3600)
    problems += _range("privacy.retention_days", s.privacy.retention_days, 1, 3650)
    problems += _range("check.window_seconds", s.check.window_seconds, 2, 60)
    problems += _range("visitors.auto_sign_out_hour", s.visitors.auto_sign_out_hour, -1, 23)
    problems += _url("visitors.photo_camera", s.visitors.photo_camera,
                     ("rtsp://", "http://", "https://", "usb:", "file:"))
    problems += _range("check.policy_version", s.check.policy_version, 1, 10**6)
    problems += _regex("check.staff_card_pattern", s.check.staff_card_pattern)
    problems += _url("health_code.url", s.health_code.url, ("http://", "https://"))
    problems += _range("health_code.timeout_seconds", s.health_code.timeout_seconds, 0.2, 10)
    return problems


# --- TOML <-> dataclasses ---------------------------------------------------------------------


def _from_table(cls: type, table: Any, key: str, problems: list[SettingsProblem]) -> Any:
    if not isinstance(table, dict):
        problems.append(_problem(key or "(file)", QT_TRANSLATE_NOOP("Settings", "must be a table")))
        return cls() if key else Settings()
    hints = {f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for name, value in table.items():
        full = f"{key}.{name}" if key else name
        if name not in hints:
            problems.append(_problem(full, QT_TRANSLATE_NOOP("Settings", "is not a known setting")))
            continue
        kind = hints[name].type
        if kind in ("str", "int", "float", "bool"):
            base = {"str": str, "int": int, "float": float, "bool": bool}[kind]
            problem = _check_type(full, value, base)
            if problem:
                problems.append(problem)
            else:
                values[name] = float(value) if base is float else value
        elif name == "cameras":
            values[name] = _cameras(value, problems)
        else:
            sub = _SECTIONS[(cls.__name__, name)]
            values[name] = _from_table(sub, value, full, problems)
    try:
        return cls(**values)
    except TypeError:  # a required field (camera name/url) is missing
        missing = [
            n
            for n, f in hints.items()
            if n not in values
            and f.default is dataclasses.MISSING
            and f.default_factory is dataclasses.MISSING
        ]
        for n in missing:
            problems.append(_problem(f"{key}.{n}", QT_TRANSLATE_NOOP("Settings", "is required")))
        return None


def _cameras(value: Any, problems: list[SettingsProblem]) -> tuple[CameraSettings, ...]:
    if not isinstance(value, list):
        problems.append(
            _problem("cameras", QT_TRANSLATE_NOOP("Settings", "must be a list of tables"))
        )
        return ()
    cams = [
        _from_table(CameraSettings, item, f"cameras[{i}]", problems) for i, item in enumerate(value)
    ]
    return tuple(c for c in cams if c is not None)


_SECTIONS = {
    ("Settings", "station"): StationSettings,
    ("Settings", "thresholds"): ThresholdSettings,
    ("Settings", "devices"): DeviceSettings,
    ("Settings", "sync"): SyncSettings,
    ("Settings", "camera_wall"): CameraWallSettings,
    ("Settings", "privacy"): PrivacySettings,
    ("Settings", "check"): CheckSettings,
    ("Settings", "visitors"): VisitorSettings,
    ("Settings", "health_code"): HealthCodeSettings,
    ("Settings", "reports"): ReportSettings,
    ("DeviceSettings", "scanner"): ScannerSettings,
    ("DeviceSettings", "thermometer"): ThermometerSettings,
    ("DeviceSettings", "card_reader"): CardReaderSettings,
    ("DeviceSettings", "gate"): GateSettings,
}


def from_dict(data: dict) -> Settings:
    problems: list[SettingsProblem] = []
    version = data.get("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise SettingsError(
            [
                _problem(
                    "schema_version",
                    QT_TRANSLATE_NOOP(
                        "Settings",
                        "this program reads schema version {expected}, the file has {found}",
                    ),
                    expected=SCHEMA_VERSION,
                    found=version,
                )
            ]
        )
    settings = _from_table(Settings, data, "", problems)
    if not problems:
        problems = validate(settings)
    if problems:
        raise SettingsError(problems)
    return settings


def to_dict(settings: Settings) -> dict:
    return dataclasses.asdict(settings) | {
        "cameras": [dataclasses.asdict(c) for c in settings.cameras]
    }


def load(path: Path) -> Settings:
    """Read the settings file; a missing file means the defaults."""
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(
            [
                _problem(
                    path.name,
                    QT_TRANSLATE_NOOP("Settings", "is not valid TOML: {error}"),
                    error=str(exc),
                )
            ]
        ) from exc
    return from_dict(data)


def save(path: Path, settings: Settings) -> None:
    """Validate, then replace the file atomically (a crash leaves the old or the new file)."""
    import tomli_w

    problems = validate(settings)
    if problems:
        raise SettingsError(problems)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(tomli_w.dumps(to_dict(settings)), encoding="utf-8")
    tmp.replace(path)


def replace(settings: Settings, **sections: Any) -> Settings:
    return dataclasses.replace(settings, **sections)
