"""Trends over a chosen range (day, week, month, year) by hour, day or month: entries,
denials by reason, visitors by host department, vehicles and incidents by type. One line
per series (pyqtgraph, downsampled and clipped to view, so a year by the hour stays
smooth); the pointer shows the values under it; the data exports to CSV, the chart to PNG."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.cockpit import trends
from app.context import AppContext
from app.incidents.workorders import CATEGORIES
from app.reports.sections import VERDICT_LABELS
from app.station.policy import REASONS
from ui.chart_export import add_export_menu, export_csv, export_png
from ui.i18n import render
from ui.widgets import MessageLabel, Retranslating
from ui.worker import ServiceRunner

COLOURS = ("#1b873f", "#c62828", "#9aa5b4", "#f2a900", "#1d4ed8", "#7c3aed", "#0e7490",
           "#b45309", "#be185d", "#4b5563")


class TrendsPanel(Retranslating, QWidget):
    shown = Signal(object)  # the Trend now on screen

    def __init__(self, ctx: AppContext, runner: ServiceRunner, parent: QWidget | None = None):
        super().__init__(parent)
        import pyqtgraph as pg

        self.ctx, self.runner = ctx, runner
        self.trend: trends.Trend | None = None
        self.kind = QComboBox(objectName="trendKind")
        self.span = QComboBox(objectName="trendSpan")
        self.step = QComboBox(objectName="trendStep")
        self.last = QDateEdit(objectName="trendLast", calendarPopup=True,
                              displayFormat="yyyy-MM-dd")
        self.last.setDate(QDate(self.ctx.today()))
        self.csv_button = QPushButton(objectName="trendCsv")
        self.png_button = QPushButton(objectName="trendPng")
        self.total = QLabel(objectName="trendTotal")
        self.hover = QLabel(objectName="trendHover")
        self.message = MessageLabel()
        self.plot = pg.PlotWidget(background="w", axisItems={"bottom": pg.DateAxisItem()})
        item = self.plot.getPlotItem()
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        item.showGrid(x=False, y=True, alpha=0.3)
        self.legend = item.addLegend(offset=(10, 10))
        add_export_menu(self, self.plot, self.rows, "trend")
        self._mouse = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30,
                                     slot=self._moved)
        bar = QHBoxLayout()
        for w in (self.kind, self.span, self.step, self.last):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.png_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.hover)
        self.retranslate()
        self.span.setCurrentIndex(trends.SPANS.index("week"))
        self._default_step()
        self.kind.currentIndexChanged.connect(self.refresh)
        self.span.currentIndexChanged.connect(self._span_changed)
        self.step.currentIndexChanged.connect(self.refresh)
        self.last.dateChanged.connect(self.refresh)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.png_button.clicked.connect(lambda: self.export_png())

    # --- the data ------------------------------------------------------------------------

    def choose(self, kind: str, span: str, last: date, step: str | None = None) -> None:
        for box, value in ((self.kind, kind), (self.span, span)):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(value))
            box.blockSignals(False)
        self.step.blockSignals(True)
        self.step.setCurrentIndex(self.step.findData(step or trends.DEFAULT_STEP[span]))
        self.step.blockSignals(False)
        self.last.blockSignals(True)
        self.last.setDate(QDate(last.year, last.month, last.day))
        self.last.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        kind, span, step = self.kind.currentData(), self.span.currentData(), \
            self.step.currentData()
        if None in (kind, span, step):
            return
        self.runner.submit(trends.trend, self.ctx, kind, span, self.last.date().toPython(),
                           step, on_done=self._show, on_error=self._failed)

    def on_changes(self, changes) -> None:
        if changes.touches("check", "visit", "vehicle", "work_order"):
            self.refresh()

    def _span_changed(self) -> None:
        self._default_step()
        self.refresh()

    def _default_step(self) -> None:
        self.step.blockSignals(True)
        self.step.setCurrentIndex(self.step.findData(
            trends.DEFAULT_STEP[self.span.currentData() or "week"]))
        self.step.blockSignals(False)

    def _show(self, trend: trends.Trend) -> None:
        import pyqtgraph as pg

        self.trend = trend
        self.message.show_text("")
        self.plot.clear()
        self.legend.clear()
        xs = [s.timestamp() for s in trend.starts]
        for i, (name, counts) in enumerate(trend.series.items()):
            self.plot.plot(xs, counts, name=self.series_name(name),
                           pen=pg.mkPen(COLOURS[i % len(COLOURS)], width=2))
        self.total.setText(self.tr("Total in the range: {0}").format(trend.total()))
        self.hover.setText("")
        self.shown.emit(trend)

    def _failed(self, error: BaseException) -> None:
        from ui.i18n import error_text

        self.message.show_text(error_text(error))

    def series_name(self, name: str) -> str:
        kind = self.trend.kind if self.trend else ""
        if kind == "entries" and name in VERDICT_LABELS:
            return render(VERDICT_LABELS[name])
        if kind == "denials" and name in REASONS:
            return render(REASONS[name])
        if kind == "incidents" and name in CATEGORIES:
            return render(CATEGORIES[name])
        if kind == "vehicles":
            return self.tr("staff vehicles") if name == "staff" else self.tr("visitor vehicles")
        if name == trends.OTHER:
            return self.tr("other")
        return name

    # --- hover and export ----------------------------------------------------------------

    def values_at(self, index: int) -> str:
        """The text the pointer shows over bucket ``index``."""
        t = self.trend
        if t is None or not 0 <= index < len(t.starts):
            return ""
        when = t.starts[index].strftime("%Y-%m-%d %H:00" if t.step == "hour" else
                                        "%Y-%m-%d" if t.step == "day" else "%Y-%m")
        parts = [f"{self.series_name(n)} {c[index]}" for n, c in t.series.items()]
        return f"{when}：" + ("，".join(parts) or "0")

    def _moved(self, event) -> None:
        t = self.trend
        if t is None or not t.starts:
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(event[0])
        step = (t.starts[1].timestamp() - t.starts[0].timestamp()) if len(t.starts) > 1 else 1
        index = round((point.x() - t.starts[0].timestamp()) / step)
        self.hover.setText(self.values_at(index))

    def rows(self) -> list[list[object]] | None:
        """The table behind the chart, with the series named in words."""
        if self.trend is None:
            return None
        rows = self.trend.csv_rows()
        rows[0] = [rows[0][0], *(self.series_name(n) for n in rows[0][1:])]
        return rows

    def export_csv(self, path: str | None = None) -> bool:
        name = self.trend.kind if self.trend else "trend"
        return export_csv(self, self.rows(), name, path)

    def export_png(self, path: str | None = None) -> bool:
        return export_png(self, self.plot, "trend", path)

    def retranslate(self) -> None:
        def fill(box: QComboBox, items) -> None:
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for key, text in items:
                box.addItem(text, key)
            if current is not None:
                box.setCurrentIndex(box.findData(current))
            box.blockSignals(False)

        fill(self.kind, [("entries", self.tr("Entries")), ("denials", self.tr("Denials by reason")),
                         ("visitors", self.tr("Visitors by host department")),
                         ("vehicles", self.tr("Vehicles")),
                         ("incidents", self.tr("Incidents by type"))])
        fill(self.span, [("day", self.tr("Day")), ("week", self.tr("Week")),
                         ("month", self.tr("Month")), ("year", self.tr("Year"))])
        fill(self.step, [("hour", self.tr("by hour")), ("day", self.tr("by day")),
                         ("month", self.tr("by month"))])
        self.csv_button.setText(self.tr("Export data (CSV)…"))
        self.png_button.setText(self.tr("Export chart (PNG)…"))
        if self.trend is not None:
            self._show(self.trend)
