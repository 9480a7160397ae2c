"""A chart's data to CSV (with a BOM, so Excel reads the Chinese) and the chart itself to PNG,
from a button or from the chart's right-click menu."""

from __future__ import annotations

import csv
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

Rows = list[list[object]]


def export_csv(parent: QWidget, rows: Rows | None, name: str, path: str | None = None) -> bool:
    if not rows:
        return False
    if path is None:
        title = QCoreApplication.translate("ChartExport", "Export the data")
        path, _ = QFileDialog.getSaveFileName(parent, title, f"{name}.csv", "CSV (*.csv)")
        if not path:
            return False
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)
    return True


def export_png(parent: QWidget, plot: QWidget, name: str, path: str | None = None) -> bool:
    if path is None:
        title = QCoreApplication.translate("ChartExport", "Export the chart")
        path, _ = QFileDialog.getSaveFileName(parent, title, f"{name}.png", "PNG (*.png)")
        if not path:
            return False
    return plot.grab().save(path, "PNG")


def add_export_menu(parent: QWidget, plot, rows: Callable[[], Rows | None], name: str) -> None:
    """Adds "export data" and "export chart" to a pyqtgraph plot's right-click menu (its own
    CSV export leaves out bar charts)."""
    menu = plot.getPlotItem().vb.menu
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("ChartExport", "Export data (CSV)…"),
                   lambda: export_csv(parent, rows(), name))
    menu.addAction(QCoreApplication.translate("ChartExport", "Export chart (PNG)…"),
                   lambda: export_png(parent, plot, name))
