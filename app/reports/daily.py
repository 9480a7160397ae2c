"""The daily activity report: passes, denials with reasons, visitors, vehicles, incidents,
inspections, handover notes and who was on duty, for one local day."""

from __future__ import annotations

from datetime import date, timedelta

from app.cockpit import trends
from app.cockpit.sql_time import local_midnight
from app.context import AppContext
from app.duty import period as period_records
from app.i18n import QT_TRANSLATE_NOOP, Translate, identity
from app.incidents.workorders import STATE_LABELS
from app.reports import period
from app.reports.document import Chart, Page, Report
from app.reports.sections import (
    VERDICT_LABELS,
    checks_section,
    departments_table,
    reasons_table,
    tr_category,
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
    _inspections(page, ctx, start, end)
    _handovers(page, ctx, start, end)
    _on_duty(page, ctx, start, end)
    return Report("daily", day, day, title, page.html(), page.charts)


def _verdict_names(page: Page) -> dict[str, str]:
    return {k: page.t(m) for k, m in VERDICT_LABELS.items()}


def _incidents(page: Page, ctx: AppContext, f: period.PeriodFigures) -> None:
    page.heading(QT_TRANSLATE_NOOP("Report", "Incidents and work orders"))
    rows = [[f"{i.raised_at.astimezone():%H:%M}", tr_category(page, i.category), i.title,
             i.location,
             page.t(STATE_LABELS[i.state]) if i.state in STATE_LABELS else i.state,
             i.assignee or "—"] for i in period.incidents(ctx, f.start, f.end)]
    page.line(QT_TRANSLATE_NOOP(
        "Report", "{n} raised, {open} still open at the end of the day.").with_(
        n=sum(f.incidents_by_type.values()), open=f.incidents_open))
    page.table([QT_TRANSLATE_NOOP("Report", "Time"), QT_TRANSLATE_NOOP("Report", "Type"),
                QT_TRANSLATE_NOOP("Report", "What"), QT_TRANSLATE_NOOP("Report", "Where"),
                QT_TRANSLATE_NOOP("Report", "State"), QT_TRANSLATE_NOOP("Report", "Assignee")],
               rows)


def _inspections(page: Page, ctx: AppContext, start, end) -> None:
    page.heading(QT_TRANSLATE_NOOP("Report", "Safety inspections"))
    rows = [[f"{r.started_at.astimezone():%H:%M}", r.checklist_name, r.location or r.post,
             r.started_by, r.not_ok, page.t(QT_TRANSLATE_NOOP("Report", "finished"))
             if r.finished_at else page.t(QT_TRANSLATE_NOOP("Report", "not finished"))]
            for r in period_records.inspections_between(ctx, start, end)]
    page.table([QT_TRANSLATE_NOOP("Report", "Time"), QT_TRANSLATE_NOOP("Report", "Checklist"),
                QT_TRANSLATE_NOOP("Report", "Where"), QT_TRANSLATE_NOOP("Report", "By"),
                QT_TRANSLATE_NOOP("Report", "Items not in order"),
                QT_TRANSLATE_NOOP("Report", "State")],
               rows, QT_TRANSLATE_NOOP("Report", "No inspection rounds."))
    hazards = period_records.hazards_between(ctx, start, end)
    page.line(QT_TRANSLATE_NOOP(
        "Report", "Hazards: {found} found today; {open} not fixed at the end of the day, "
                  "{overdue} of them past their deadline.").with_(
        found=len(hazards.found), open=len(hazards.open_at_end),
        overdue=sum(h.overdue_at_end for h in hazards.open_at_end)))
    page.table([QT_TRANSLATE_NOOP("Report", "Found"), QT_TRANSLATE_NOOP("Report", "Hazard"),
                QT_TRANSLATE_NOOP("Report", "Where"), QT_TRANSLATE_NOOP("Report", "Owner"),
                QT_TRANSLATE_NOOP("Report", "Deadline")],
               [[f"{h.found_at.astimezone():%m-%d %H:%M}", h.description, h.location,
                 h.owner or "—", f"{h.deadline.astimezone():%m-%d}" + (" ⚠" if h.overdue_at_end
                                                                     else "")
                 if h.deadline else "—"] for h in hazards.open_at_end])


def _handovers(page: Page, ctx: AppContext, start, end) -> None:
    page.heading(QT_TRANSLATE_NOOP("Report", "Shift handover"))
    rows = []
    for h in period_records.handovers_between(ctx, start, end):
        faults = "；".join(f"{e.name}：{e.note}" if e.note else e.name for e in h.faults)
        rows.append([f"{h.written_at.astimezone():%H:%M}", h.post, h.written_by,
                     h.acknowledged_by or page.t(QT_TRANSLATE_NOOP("Report", "not yet")),
                     h.notes, faults or "—", f"{h.new_items} / {h.carried_items}"])
    page.table([QT_TRANSLATE_NOOP("Report", "Time"), QT_TRANSLATE_NOOP("Report", "Post"),
                QT_TRANSLATE_NOOP("Report", "Handed over by"),
                QT_TRANSLATE_NOOP("Report", "Taken over by"),
                QT_TRANSLATE_NOOP("Report", "Notes"),
                QT_TRANSLATE_NOOP("Report", "Equipment faults"),
                QT_TRANSLATE_NOOP("Report", "Open items new / carried")],
               rows, QT_TRANSLATE_NOOP("Report", "No handover was written."))


def _on_duty(page: Page, ctx: AppContext, start, end) -> None:
    page.heading(QT_TRANSLATE_NOOP("Report", "On duty"))
    rows = [[d.post, d.shift, f"{d.starts:%m-%d %H:%M}–{d.ends:%m-%d %H:%M}",
             "、".join(d.guards)] for d in plans.duties_between(ctx, start, end)]
    page.table([QT_TRANSLATE_NOOP("Report", "Post"), QT_TRANSLATE_NOOP("Report", "Shift"),
                QT_TRANSLATE_NOOP("Report", "Hours"), QT_TRANSLATE_NOOP("Report", "Guards")],
               rows, QT_TRANSLATE_NOOP("Report", "No published roster covers this day."))

