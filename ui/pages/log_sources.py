"""The three logs the guard can search: visits, vehicles and checks (sources for KeysetModel)."""

from __future__ import annotations

from dataclasses import dataclass

from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP
from app.services import checks
from app.station.codes import KIND_LABELS
from app.visitors import log, vehicles


def _when(value) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


def _tr(context: str, message) -> str:
    from PySide6.QtCore import QCoreApplication

    if not message:
        return ""
    return QCoreApplication.translate(context, getattr(message, "text", message))


@dataclass
class VisitSource:
    ctx: AppContext
    filter: log.LogFilter
    columns = (QT_TRANSLATE_NOOP("LogColumns", "Arrived"), QT_TRANSLATE_NOOP("LogColumns", "Left"),
               QT_TRANSLATE_NOOP("LogColumns", "Name"), QT_TRANSLATE_NOOP("LogColumns", "Document"),
               QT_TRANSLATE_NOOP("LogColumns", "Department"),
               QT_TRANSLATE_NOOP("LogColumns", "Visiting"),
               QT_TRANSLATE_NOOP("LogColumns", "Vehicle"))

    def fetch(self, after):
        return log.page(self.ctx, self.filter, after)

    def cursor(self, row):
        return log.cursor_of(row)

    def cells(self, v):
        return (_when(v.arrived_at), _when(v.left_at), v.name, v.document_masked,
                v.host_department, v.host_name, v.plate)


@dataclass
class VehicleSource:
    ctx: AppContext
    filter: log.LogFilter
    columns = (QT_TRANSLATE_NOOP("LogColumns", "In"), QT_TRANSLATE_NOOP("LogColumns", "Out"),
               QT_TRANSLATE_NOOP("LogColumns", "Plate"),
               QT_TRANSLATE_NOOP("LogColumns", "Staff vehicle"),
               QT_TRANSLATE_NOOP("LogColumns", "Logged by"))

    def fetch(self, after):
        return vehicles.page(self.ctx, self.filter.until, self.filter.plate, after)

    def cursor(self, row):
        return row.stamp

    def cells(self, v):
        return (_when(v.arrived_at), _when(v.left_at), v.plate, "✓" if v.whitelisted else "",
                v.source)


@dataclass
class CheckSource:
    ctx: AppContext
    filter: log.LogFilter
    columns = (QT_TRANSLATE_NOOP("LogColumns", "Time"), QT_TRANSLATE_NOOP("LogColumns", "Verdict"),
               QT_TRANSLATE_NOOP("LogColumns", "Code"), QT_TRANSLATE_NOOP("LogColumns", "°C"),
               QT_TRANSLATE_NOOP("LogColumns", "Why"))

    def fetch(self, after):
        f = self.filter
        return checks.page(self.ctx, f.until, after, verdict=f.verdict, since=f.since,
                           post=f.post)

    def cursor(self, row):
        return row.at, row.id

    def cells(self, c):
        from ui.pages.station_page import reason_text
        from ui.pages.verdict_panel import STATES

        verdict = STATES[c.verdict][1] if c.verdict in STATES else None
        return (_when(c.at), _tr("VerdictPanel", verdict) or c.verdict,
                _tr("CodeKind", KIND_LABELS.get(c.code_kind)),
                f"{c.celsius:.1f}" if c.celsius is not None else "",
                reason_text(c.reasons) + (f"（{c.note}）" if c.note else ""))


SOURCES = {"visits": VisitSource, "vehicles": VehicleSource, "checks": CheckSource}
KIND_NAMES = {"visits": QT_TRANSLATE_NOOP("LogColumns", "Visitors"),
              "vehicles": QT_TRANSLATE_NOOP("LogColumns", "Vehicles"),
              "checks": QT_TRANSLATE_NOOP("LogColumns", "Checks")}
