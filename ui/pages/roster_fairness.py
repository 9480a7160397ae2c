"""The fairness tab of the roster page: hours, nights and weekends per guard as bars
(pyqtgraph), with the spread of each."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from app.roster import fairness
from ui.widgets import Retranslating

MEASURES = ("hours", "nights", "weekends")


class FairnessPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        import pyqtgraph as pg

        self.measure = QComboBox(objectName="fairnessMeasure")
        for key in MEASURES:
            self.measure.addItem("", key)
        self.measure.currentIndexChanged.connect(lambda _i: self._draw())
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.getPlotItem().setClipToView(True)
        self.bars = None
        self.summary = QLabel(objectName="fairnessSpread", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.measure)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.summary)
        self.loads: list[fairness.GuardLoad] = []
        self.retranslate()

    def show_loads(self, problem, roster) -> None:
        self.loads = fairness.loads(problem, roster)
        self._draw()

    def values(self) -> list[float]:
        key = self.measure.currentData()
        return [float(getattr(load, key)) for load in self.loads]

    def _draw(self) -> None:
        import pyqtgraph as pg

        values = self.values()
        x = list(range(len(values)))
        if self.bars is None:  # one item, redrawn in place: no Qt objects left for the collector
            self.bars = pg.BarGraphItem(x=x, height=values, width=0.8, brush="#4f8cff")
            self.plot.addItem(self.bars)
        else:
            self.bars.setOpts(x=x, height=values)
        s = fairness.spread(values)
        self.summary.setText(self.tr("Lowest {0}, highest {1}, mean {2}, spread (σ) {3}")
                             .format(s.minimum, s.maximum, s.mean, s.stdev))

    def retranslate(self) -> None:
        names = {"hours": self.tr("Hours per guard"), "nights": self.tr("Nights per guard"),
                 "weekends": self.tr("Weekends worked per guard")}
        for i in range(self.measure.count()):
            self.measure.setItemText(i, names[self.measure.itemData(i)])
        if self.loads:
            self._draw()
