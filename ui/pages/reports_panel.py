"""Reports from the cockpit: the daily activity report, the monthly and the yearly summary,
saved as PDF (made off the GUI thread, the export audited) or printed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser
from app.reports import archive, daily, summary
from app.reports.document import Report, file_name
from ui.i18n import error_text
from ui.reports.pdf import write_pdf
from ui.widgets import MessageLabel, Retranslating
from ui.worker import ServiceRunner


def make_report(ctx: AppContext, kind: str, day: date) -> Report:
    translate = QCoreApplication.translate
    if kind == "daily":
        return daily.daily(ctx, day, translate)
    if kind == "monthly":
        return summary.monthly(ctx, day, translate)
    return summary.yearly(ctx, day.year, translate)


def make_and_save(ctx: AppContext, user: CurrentUser, kind: str, day: date, path: str):
    return archive.save(ctx, make_report(ctx, kind, day), path, write_pdf, user.username)


class ReportsPanel(Retranslating, QWidget):
    saved = Signal(str)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.kind = QComboBox(objectName="reportKind")
        self.day = QDateEdit(objectName="reportDay", calendarPopup=True,
                             displayFormat="yyyy-MM-dd")
        self.day.setDate(QDate(self.ctx.today()).addDays(-1))
        self.save_button = QPushButton(objectName="reportSave")
        self.print_button = QPushButton(objectName="reportPrint")
        self.explain = QLabel(objectName="reportExplain", wordWrap=True)
        self.archive_note = QLabel(objectName="reportArchive", wordWrap=True)
        self.message = MessageLabel()
        row = QHBoxLayout()
        for w in (self.kind, self.day, self.save_button, self.print_button):
            row.addWidget(w)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.archive_note)
        layout.addStretch(1)
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button.clicked.connect(lambda: self.print_report())
        self.retranslate()

    def save(self, path: str | None = None) -> None:
        kind, day = self.kind.currentData(), self.day.date().toPython()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                                  file_name(kind, day), "PDF (*.pdf)")
            if not path:
                return
        self.message.set_kind("notice")
        self.message.show_text(self.tr("Making the report…"))
        self.runner.submit(make_and_save, self.ctx, self.user, kind, day, path,
                           on_done=self._saved, on_error=self._failed)

    def print_report(self, printer=None) -> None:
        self.runner.submit(make_report, self.ctx, self.kind.currentData(),
                           self.day.date().toPython(),
                           on_done=lambda report: self._print(report, printer),
                           on_error=self._failed, receiver=self)

    def _print(self, report: Report, printer=None) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.reports.pdf import document

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
                return
        document(report).print_(printer)

    def _saved(self, path) -> None:
        self.message.set_kind("notice")
        self.message.show_text(self.tr("Saved {0}").format(path))
        self.saved.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        self.message.set_kind("error")
        self.message.show_text(error_text(error))

    def retranslate(self) -> None:
        current = self.kind.currentData()
        self.kind.clear()
        for key, text in (("daily", self.tr("Daily activity report")),
                          ("monthly", self.tr("Monthly summary (the month of the date)")),
                          ("yearly", self.tr("Yearly summary (the year of the date)"))):
            self.kind.addItem(text, key)
        if current is not None:
            self.kind.setCurrentIndex(self.kind.findData(current))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self.explain.setText(self.tr(
            "The daily report: passes, denials with reasons, visitors, vehicles, incidents, "
            "inspections, handover notes and who was on duty. The summaries add charts and a "
            "table per day or per month."))
        folder = self.ctx.settings.reports.archive_dir
        self.archive_note.setText(
            self.tr("Each day's report is also saved to {0} after midnight.").format(folder)
            if folder else self.tr("No archive folder is set: daily reports are saved only "
                                   "when you ask (Settings → Workstation)."))

