"""Sections that the daily, monthly and yearly reports share."""

from __future__ import annotations

from app.cockpit.trends import OTHER
from app.i18n import QT_TRANSLATE_NOOP
from app.incidents.workorders import CATEGORIES
from app.reports.document import Page
from app.reports.period import PeriodFigures
from app.station.policy import REASONS

VERDICT_LABELS = {
    "pass": QT_TRANSLATE_NOOP("Report", "passed"),
    "deny": QT_TRANSLATE_NOOP("Report", "denied"),
    "incomplete": QT_TRANSLATE_NOOP("Report", "incomplete"),
    "manual": QT_TRANSLATE_NOOP("Report", "left to the guard"),
}
DEPARTMENTS_SHOWN = 12
UNNAMED = QT_TRANSLATE_NOOP("Report", "(not given)")


def tr_category(page: Page, category: str) -> str:
    return page.t(CATEGORIES[category]) if category in CATEGORIES else category


def checks_section(page: Page, f: PeriodFigures) -> None:
    page.heading(QT_TRANSLATE_NOOP("Report", "Checks at the gate"))
    page.table([QT_TRANSLATE_NOOP("Report", "Checked"), *VERDICT_LABELS.values(),
                QT_TRANSLATE_NOOP("Report", "Fever readings")],
               [[f.checks, *(f.verdicts.get(v, 0) for v in VERDICT_LABELS), f.fevers]])


def reasons_table(page: Page, f: PeriodFigures) -> None:
    rows = [[page.t(REASONS[code]), n] for code, n in
            sorted(f.reasons.items(), key=lambda item: -item[1])]
    page.table([QT_TRANSLATE_NOOP("Report", "Reason"), QT_TRANSLATE_NOOP("Report", "Denials")],
               rows, QT_TRANSLATE_NOOP("Report", "Nobody was denied."))


def departments_table(page: Page, f: PeriodFigures) -> None:
    rows = [[page.t(UNNAMED) if name == OTHER else name, n]
            for name, n in list(f.departments.items())[:DEPARTMENTS_SHOWN]]
    page.table([QT_TRANSLATE_NOOP("Report", "Host department"),
                QT_TRANSLATE_NOOP("Report", "Visitors")], rows)


def incidents_table(page: Page, f: PeriodFigures) -> None:
    rows = [[tr_category(page, c), n] for c, n in f.incidents_by_type.items()]
    page.table([QT_TRANSLATE_NOOP("Report", "Type"), QT_TRANSLATE_NOOP("Report", "Incidents")],
               rows, QT_TRANSLATE_NOOP("Report", "No incidents."))
