"""A report printed to PDF with Qt's QPdfWriter and QTextDocument, in a CJK font that the
PDF embeds, so the archive reads the same on any machine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.reports.document import CHART_HEIGHT, CHART_WIDTH, Report
from ui.reports.charts import paint

REPORT_FONTS = ("Microsoft YaHei", "SimSun", "Noto Sans CJK SC", "Source Han Sans SC",
                "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "SimHei")


def report_font() -> QFont:
    """The first installed font that has Chinese glyphs (the PDF embeds it)."""
    installed = set(QFontDatabase.families())
    font = QFont()
    for family in REPORT_FONTS:
        if family in installed:
            font.setFamily(family)
            break
    font.setPointSizeF(9.5)
    return font


def document(report: Report) -> QTextDocument:
    doc = QTextDocument()
    font = report_font()
    doc.setDefaultFont(font)
    doc.setHtml(report.html)
    for key, chart in report.charts.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{key}"),
                        paint(chart, CHART_WIDTH, CHART_HEIGHT, font))
    doc.setHtml(report.html)  # laid out again now that the images are known
    return doc


def write_pdf(report: Report, path: str | Path) -> Path:
    """Print ``report`` to ``path`` (A4 portrait); the folder must exist."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(report.title)
    writer.setCreator("Guardroom")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document(report).print_(writer)
    return path


def pdf_printer():
    """``write_pdf`` for the command line: starts a windowless Qt application first (the
    offscreen platform where no display is available)."""
    import os
    import sys

    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                     or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        pdf_printer.app = QGuiApplication(["guardroom"])
    return write_pdf
