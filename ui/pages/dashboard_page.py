"""The cockpit (lead and gate). "Today": checks per hour against the same weekday's average,
the temperature distribution, who is on site, open work orders by age, camera and device
health, who is on duty and the roster's coverage of the next 24 hours — refreshed off the
GUI thread every half minute and when checks, visits or work orders change. "Trends": any
range by hour, day or month. "Reports": the daily report and the summaries as PDF. Every
chart's right-click menu exports its data (CSV) and itself (PNG)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.cockpit import figures
from app.context import AppContext
from app.domain import CurrentUser
from app.reports.sections import VERDICT_LABELS
from ui.chart_export import add_export_menu
from ui.i18n import render
from ui.widgets import Retranslating
from ui.worker import ServiceRunner

REFRESH_MS = 30_000
DEVICE_NAMES = {"scanner": QT_TRANSLATE_NOOP("DashboardPage", "scanner"),
                "thermometer": QT_TRANSLATE_NOOP("DashboardPage", "thermometer"),
                "card_reader": QT_TRANSLATE_NOOP("DashboardPage", "ID card reader"),
                "gate": QT_TRANSLATE_NOOP("DashboardPage", "gate relay")}
COLOURS = {"pass": "#1b873f", "deny": "#c62828", "incomplete": "#9aa5b4", "manual": "#f2a900"}


def _plot(title: str):
    import pyqtgraph as pg

    plot = pg.PlotWidget(background="w", title=title)
    plot.showGrid(x=False, y=True, alpha=0.3)
    plot.getPlotItem().setClipToView(True)
    plot.getPlotItem().setDownsampling(auto=True, mode="peak")
    return plot


class DashboardPage(Retranslating, QWidget):
    changes_made = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_dashboard")
        self.ctx, self.user, self.runner = ctx, user, runner
        self.cockpit: figures.Cockpit | None = None
        self.duty = None
        self.hours = _plot("")
        self.temperatures = _plot("")
        add_export_menu(self, self.hours, lambda: self.chart_rows("hours"), "checks-per-hour")
        add_export_menu(self, self.temperatures, lambda: self.chart_rows("temperatures"),
                        "temperatures")
        self.site = QLabel(objectName="cockpitOnSite", wordWrap=True)
        self.orders = QLabel(objectName="cockpitOrders", wordWrap=True)
        self.on_duty = QLabel(objectName="cockpitDuty", wordWrap=True)
        self.totals = QLabel(objectName="cockpitTotals", wordWrap=True)
        self.health = QLabel(objectName="cockpitHealth", wordWrap=True)
        self.coverage = QLabel(objectName="cockpitCoverage", wordWrap=True)
        facts = QVBoxLayout()
        for label in (self.totals, self.site, self.orders, self.health, self.on_duty,
                      self.coverage):
            label.setStyleSheet("font-size: 13pt;")
            facts.addWidget(label)
        facts.addStretch(1)
        side = QWidget()
        side.setLayout(facts)
        side.setFixedWidth(330)
        today = QWidget(objectName="cockpitToday")
        grid = QGridLayout(today)
        grid.addWidget(self.hours, 0, 0)
        grid.addWidget(side, 0, 1, 2, 1)
        grid.addWidget(self.temperatures, 1, 0)
        from ui.pages.reports_panel import ReportsPanel
        from ui.pages.trends_panel import TrendsPanel

        self.trends = TrendsPanel(ctx, runner)
        self.reports = ReportsPanel(ctx, user, runner)
        self.tabs = QTabWidget(objectName="cockpitTabs")
        self.tabs.addTab(today, "")
        self.tabs.addTab(self.trends, "")
        self.tabs.addTab(self.reports, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        QVBoxLayout(self).addWidget(self.tabs)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        from app.roster import plans

        self.runner.submit(figures.refresh, self.ctx, on_done=self._show)
        self.runner.submit(plans.on_duty, self.ctx, on_done=self._show_duty)

    def on_changes(self, changes) -> None:
        if changes.touches("check", "visit", "vehicle", "work_order", "roster"):
            self.refresh()
        if self.tabs.currentWidget() is self.trends:
            self.trends.on_changes(changes)

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.trends:
            self.trends.refresh()

    def _show(self, cockpit: figures.Cockpit) -> None:
        import pyqtgraph as pg

        self.cockpit = c = cockpit
        self.hours.clear()
        base = [0.0] * 24
        for verdict in ("pass", "deny", "incomplete", "manual"):
            counts = c.hourly[verdict]
            if any(counts):
                self.hours.addItem(pg.BarGraphItem(
                    x=list(range(24)), height=counts, y0=list(base), width=0.7,
                    brush=COLOURS[verdict], name=verdict))
                base = [b + n for b, n in zip(base, counts)]
        self.hours.plot(list(range(24)), c.average, pen=pg.mkPen("#1d4ed8", width=2))
        self.temperatures.clear()
        if c.temperatures:
            xs, ns = zip(*c.temperatures)
            self.temperatures.addItem(pg.BarGraphItem(
                x=list(xs), height=list(ns), width=0.08,
                brushes=[COLOURS["deny"] if x >= self.ctx.settings.thresholds.fever_celsius
                         else COLOURS["pass"] for x in xs]))
        self._texts()

    def _show_duty(self, duty) -> None:
        self.duty = duty
        self._texts()

    def _texts(self) -> None:
        c = self.cockpit
        if c is not None:
            day = {v: sum(c.hourly[v]) for v in c.hourly}
            self.totals.setText(self.tr("Today: {0} passed, {1} denied, {2} incomplete, "
                                        "{3} decided by the guard").format(
                day["pass"], day["deny"], day["incomplete"], day["manual"]))
            self.site.setText(self.tr("On site now: {0} visitors ({1} past their time), "
                                      "{2} vehicles").format(
                c.on_site.visitors, c.on_site.overstaying, c.on_site.vehicles))
            open_orders = "; ".join(f"{label}: {n}" for label, n in c.orders)
            self.orders.setText(self.tr("Open work orders by age — {0}").format(open_orders))
            self.health.setText(self._health_text(c))
            self.coverage.setText(self._coverage_text(c))
        if self.duty is not None:
            lines = [f"{d.post} {d.shift}：{'、'.join(d.guards)}" for d in self.duty.now]
            self.on_duty.setText(self.tr("On duty now:") + "\n" + ("\n".join(lines) or "—"))

    def chart_rows(self, chart: str) -> list[list[object]] | None:
        """The table behind one of today's charts ("hours" or "temperatures")."""
        c = self.cockpit
        if c is None:
            return None
        if chart == "temperatures":
            return [["°C", self.tr("Readings")], *([f"{x:.1f}", n] for x, n in c.temperatures)]
        verdicts = ("pass", "deny", "incomplete", "manual")
        head = [self.tr("Hour"), *(render(VERDICT_LABELS[v]) for v in verdicts),
                self.tr("Same weekday, average")]
        return [head, *([f"{h:02d}:00", *(c.hourly[v][h] for v in verdicts), c.average[h]]
                        for h in range(24))]

    def _health_text(self, c: figures.Cockpit) -> str:
        lines = []
        for h in c.health:
            name = DEVICE_NAMES.get(h.name) if h.kind == "device" else None
            name = self.tr(name) if name else h.name
            state = self.tr("online") if h.online else self.tr("OFFLINE")
            where = f"{h.post} " if h.post else ""
            lines.append(where + self.tr("{0}: {1} since {2}").format(
                name, state, f"{h.since.astimezone():%m-%d %H:%M}"))
        return self.tr("Cameras and devices:") + "\n" + ("\n".join(lines) or self.tr(
            "no state recorded yet"))

    def _coverage_text(self, c: figures.Cockpit) -> str:
        lines = []
        for cover in c.coverage:
            shifts = "，".join(self.tr("{0}-{1}: {2} guards").format(
                f"{a:%H:%M}", f"{b:%H:%M}", n) for a, b, n in cover.shifts)
            gap = (" ⚠ " + self.tr("nobody from {0}").format(f"{cover.gap_from:%m-%d %H:%M}")
                   if cover.gap_from else "")
            lines.append(f"{cover.post}：{shifts}{gap}")
        return self.tr("Roster, next 24 hours:") + "\n" + ("\n".join(lines) or self.tr(
            "no published roster"))

    def shutdown(self) -> None:
        self._timer.stop()

    def retranslate(self) -> None:
        self.hours.setTitle(self.tr("Checks per hour today (line: the same weekday's "
                                    "average)"))
        self.temperatures.setTitle(self.tr("Temperatures today (°C)"))
        for i, text in enumerate((self.tr("Today"), self.tr("Trends"), self.tr("Reports"))):
            self.tabs.setTabText(i, text)
        self._texts()
