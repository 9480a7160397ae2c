"""The visit log: filters over years of records, a lazily filled table, export (audited)."""

from __future__ import annotations

from datetime import datetime, time, timezone

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser, Role
from app.visitors import export, log
from ui.pages.keyset_model import KeysetModel
from ui.pages.log_sources import KIND_NAMES, SOURCES
from ui.widgets import MessageLabel, Retranslating
from ui.worker import ServiceRunner


class VisitLogPanel(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.kind = QComboBox(objectName="logKind")
        for key in SOURCES:
            self.kind.addItem("", key)
        self.kind.currentIndexChanged.connect(lambda _i: self.search())
        self.since = QDateEdit(QDate(self.ctx.today()).addYears(-5), calendarPopup=True,
                               objectName="logSince")
        self.until = QDateEdit(QDate(self.ctx.today()), calendarPopup=True, objectName="logUntil")
        for edit in (self.since, self.until):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.post = QLineEdit(objectName="logPost")
        self.verdict = QComboBox(objectName="logVerdict")
        for code in ("", "pass", "deny", "manual", "incomplete"):
            self.verdict.addItem("", code)
        self.name = QLineEdit(objectName="logName")
        self.document = QLineEdit(objectName="logDocument")
        self.plate = QLineEdit(objectName="logPlate")
        self.department = QLineEdit(objectName="logDepartment")
        self.search_button = QPushButton(objectName="logSearch")
        self.export_button = QPushButton(objectName="logExport")
        self.export_button.setVisible(user.has_role(Role.LEAD, Role.ADMIN))
        self.message = MessageLabel("notice")
        filters = QHBoxLayout()
        for widget in (self.kind, self.since, self.until, self.verdict, self.post,
                       self.search_button, self.export_button):
            filters.addWidget(widget)
        people = QHBoxLayout()
        for widget in (self.name, self.document, self.plate, self.department):
            people.addWidget(widget)
        for edit in (self.name, self.document, self.plate, self.department, self.post):
            edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.export_button.clicked.connect(self.export)
        self.model = KeysetModel(runner, self)
        self.table = QTableView(objectName="visitLog")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(people)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def current_filter(self) -> log.LogFilter:
        until = datetime.combine(self.until.date().toPython(), time.max).astimezone()
        since = datetime.combine(self.since.date().toPython(), time.min).astimezone()
        return log.LogFilter(until=until.astimezone(timezone.utc),
                             since=since.astimezone(timezone.utc), post=self.post.text().strip(),
                             verdict=self.verdict.currentData() or "",
                             name_prefix=self.name.text().strip(),
                             document=self.document.text().strip(),
                             plate=self.plate.text().strip(),
                             host_department=self.department.text().strip())

    def search(self) -> None:
        self.message.show_text("")
        kind = self.kind.currentData()
        for edit in (self.name, self.document, self.department):
            edit.setEnabled(kind == "visits")
        self.plate.setEnabled(kind in ("visits", "vehicles"))
        self.verdict.setEnabled(kind == "checks")
        self.post.setEnabled(kind in ("visits", "checks"))
        self.export_button.setEnabled(kind == "visits")
        self.model.set_source(SOURCES[kind](self.ctx, self.current_filter()))

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the visit log"),
                                                  "visits.xlsx", "Excel (*.xlsx);;CSV (*.csv)")
        if not path:
            return
        self.runner.submit(export.export_visits, self.ctx, self.user, self.current_filter(), path,
                           on_done=lambda n: self.message.show_text(
                               self.tr("{0} visits exported (masked); the export is "
                                       "recorded in the audit log.").format(n)),
                           on_error=lambda e: self.message.show_text(str(e)), receiver=self)

    def retranslate(self) -> None:
        self.name.setPlaceholderText(self.tr("Name begins with"))
        self.document.setPlaceholderText(self.tr("Document number (exact)"))
        self.plate.setPlaceholderText(self.tr("Plate"))
        self.department.setPlaceholderText(self.tr("Department"))
        self.search_button.setText(self.tr("Search"))
        self.post.setPlaceholderText(self.tr("Post"))
        self.since.setToolTip(self.tr("From this day"))
        for i, text in enumerate((self.tr("All verdicts"), self.tr("Passed"), self.tr("Denied"),
                                  self.tr("Manual"), self.tr("Incomplete"))):
            self.verdict.setItemText(i, text)
        self.export_button.setText(self.tr("Export"))
        self.until.setToolTip(self.tr("Show visits up to this day, newest first"))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, QCoreApplication.translate(
                "LogColumns", KIND_NAMES[self.kind.itemData(i)].text))
        if self.model.columnCount():
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                              self.model.columnCount() - 1)
