"""The monthly and yearly summaries: the period's totals, denials by reason, visitors by
department and incidents by type, with charts and a table per day (month) or per month
(year). Every figure is counted in SQL; the per-day table comes from one grouped query."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from app.cockpit import trends
from app.cockpit.sql_time import local_midnight
from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP, Translate, identity
from app.reports import period
from app.reports.document import Chart, Page, Report
from app.reports.sections import (
    VERDICT_LABELS,
    checks_section,
    departments_table,
    incidents_table,
    reasons_table,
)


def monthly(ctx: AppContext, month: date, translate: Translate = identity) -> Report:
    first = month.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    title = QT_TRANSLATE_NOOP("Report", "Monthly gate summary {month}").with_(
        month=f"{first:%Y-%m}")
    return _summary(ctx, "monthly", first, last, "day", title, translate)


def yearly(ctx: AppContext, year: int, translate: Translate = identity) -> Report:
    title = QT_TRANSLATE_NOOP("Report", "Yearly gate summary {year}").with_(year=year)
    return _summary(ctx, "yearly", date(year, 1, 1), date(year, 12, 31), "month", title,
                    translate)


def _summary(ctx: AppContext, kind: str, first: date, last: date, step: str, title,
             translate: Translate) -> Report:
    start, end = local_midnight(first), local_midnight(last + timedelta(days=1))
    f = period.figures(ctx, start, end)
    page = Page(translate)
    text = page.t(title)
    page.title(text, page.t(QT_TRANSLATE_NOOP(
        "Report", "{first} to {last} · post {post} · made {made}").with_(
        first=f"{first:%Y-%m-%d}", last=f"{last:%Y-%m-%d}", post=ctx.settings.station.post,
        made=f"{ctx.now().astimezone():%Y-%m-%d %H:%M}")))
    checks_section(page, f)
    series = {k: trends.trend_between(ctx, k, first, last, step)
              for k in ("entries", "visitors", "vehicles", "incidents")}
    labels = tuple(f"{s:%m-%d}" if step == "day" else f"{s:%m}" for s in series["entries"].starts)
    names = {k: page.t(m) for k, m in VERDICT_LABELS.items()}
    page.chart("entries", Chart(page.t(QT_TRANSLATE_NOOP("Report", "Checks")), labels,
                                series["entries"].series, names))
    visitors = Chart(page.t(QT_TRANSLATE_NOOP("Report", "Visitors and vehicles")), labels,
                     {"visitors": _sum(series["visitors"]), "vehicles": _sum(series["vehicles"])},
                     {"visitors": page.t(QT_TRANSLATE_NOOP("Report", "visitors")),
                      "vehicles": page.t(QT_TRANSLATE_NOOP("Report", "vehicles"))})
    page.chart("visitors", visitors)
    page.heading(QT_TRANSLATE_NOOP("Report", "Denials by reason"))
    reasons_table(page, f)
    page.heading(QT_TRANSLATE_NOOP("Report", "Visitors"))
    page.line(QT_TRANSLATE_NOOP("Report", "{n} visitors arrived; {vehicles} vehicles entered "
                                          "({staff} staff).").with_(
        n=f.visitors, vehicles=f.vehicles, staff=f.staff_vehicles))
    departments_table(page, f)
    page.heading(QT_TRANSLATE_NOOP("Report", "Incidents by type"))
    incidents_table(page, f)
    page.heading(QT_TRANSLATE_NOOP("Report", "Day by day") if step == "day"
                 else QT_TRANSLATE_NOOP("Report", "Month by month"))
    entries = series["entries"].series
    rows = [[labels[i], entries.get("pass", [0] * len(labels))[i],
             entries.get("deny", [0] * len(labels))[i], visitors.series["visitors"][i],
             visitors.series["vehicles"][i], _sum(series["incidents"])[i]]
            for i in range(len(labels))]
    page.table([QT_TRANSLATE_NOOP("Report", "Date"), VERDICT_LABELS["pass"],
                VERDICT_LABELS["deny"], QT_TRANSLATE_NOOP("Report", "Visitors"),
                QT_TRANSLATE_NOOP("Report", "Vehicles"), QT_TRANSLATE_NOOP("Report", "Incidents")],
               rows)
    return Report(kind, first, last, text, page.html(), page.charts)


def _sum(trend: trends.Trend) -> list[int]:
    total = [0] * len(trend.starts)
    for counts in trend.series.values():
        for i, n in enumerate(counts):
            total[i] += n
    return total
