"""Pre-registering one expected visitor: their details and the days the pass is valid; the
signed pass can be saved as a QR image to send them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser
from app.visitors import id_numbers, preregistration
from ui.i18n import error_text, render
from ui.widgets import MessageLabel, TranslatedDialog
from ui.worker import ServiceRunner


class PreregisterDialog(TranslatedDialog):
    issued = Signal(object)  # Outcome

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in id_numbers.DocumentKind:
            self.kind.addItem(QCoreApplication.translate(
                "DocumentKind", id_numbers.DOCUMENT_LABELS[kind].text), kind.value)
        self.number = QLineEdit()
        self.host_name = QLineEdit()
        self.host_department = QLineEdit()
        self.purpose = QLineEdit()
        today = QDate(ctx.today())  # the compound's clock, not the desk's
        self.start = QDateEdit(today, calendarPopup=True)
        self.end = QDateEdit(today, calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.labels = [QLabel() for _ in range(8)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name, self.kind, self.number, self.host_name,
                                               self.host_department, self.purpose, self.start,
                                               self.end)):
            form.addRow(label, field)
        self.error = MessageLabel("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def expected(self) -> preregistration.Expected:
        return preregistration.Expected(
            self.name.text(), self.kind.currentData(), self.number.text(),
            self.host_name.text(), self.host_department.text(), self.purpose.text(),
            self.start.date().toPython(), self.end.date().toPython())

    def submit(self, png_dir: str | None = None) -> None:
        self.buttons.setEnabled(False)
        self.error.show_text("")
        self.runner.submit(preregistration.preregister, self.ctx, self.user, [self.expected()],
                           on_done=lambda o: self._done(o, png_dir), on_error=self._failed)

    def _done(self, outcome, png_dir: str | None) -> None:
        from app.visitors.pass_images import write_pngs

        if png_dir is None:
            png_dir = QFileDialog.getExistingDirectory(self, self.tr("Save the pass (PNG) in"))
        if png_dir:
            write_pngs(outcome.value, Path(png_dir))
        self.issued.emit(outcome)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        problems = getattr(error, "problems", None)
        message = problems[0][1] if problems else getattr(error, "message", None)
        self.error.show_text(render(message) if message is not None
                             else error_text(error))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pre-register a visitor"))
        for label, text in zip(self.labels, (
                self.tr("Name"), self.tr("Document"), self.tr("Number"), self.tr("Visiting"),
                self.tr("Department"), self.tr("Purpose"), self.tr("Valid from"),
                self.tr("Valid until"))):
            label.setText(text)
