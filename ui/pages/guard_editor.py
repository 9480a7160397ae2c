"""The lead's books of the guard force, as the roster needs them: each guard's qualifications
and contract, and everyone's leave. Both are kept with the guard in the database and carried
into every month's draft; ``booked`` tells the roster page to take them up."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser
from app.roster import inputs
from ui.i18n import error_text
from ui.widgets import MessageLabel, Retranslating, read_only_table

NO_LIMIT = 0  # a spin box at 0 means "no limit"


def _limit(value: int) -> int | None:
    return None if value == NO_LIMIT else value


class GuardsTab(Retranslating, QWidget):
    """The guard list; the selected guard's qualifications and contract below it."""

    booked = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, user: CurrentUser, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.terms: list[inputs.GuardTerms] = []
        self.table = read_only_table(4, "guardTerms")
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        self.quals = {q: QCheckBox(objectName=f"qual_{q}") for q in inputs.QUALIFICATIONS}
        self.min_hours = QSpinBox(objectName="minHours", maximum=400)
        self.max_hours = QSpinBox(objectName="maxHours", maximum=400)
        self.max_row = QSpinBox(objectName="maxConsecutive", maximum=31)
        self.max_nights = QSpinBox(objectName="maxNights", maximum=31)
        self.max_weekends = QSpinBox(objectName="maxWeekends", maximum=6)
        self.min_rest = QSpinBox(objectName="minRest", maximum=24)
        self.save_button = QPushButton(objectName="saveGuard")
        self.save_button.clicked.connect(self.save)
        self.message = MessageLabel("notice")
        self.error = MessageLabel("error")
        qual_row = QHBoxLayout()
        for box in self.quals.values():
            qual_row.addWidget(box)
        self.labels = [QLabel() for _ in range(7)]
        self.form = QFormLayout()
        self.form.addRow(self.labels[0], qual_row)
        for label, spin in zip(self.labels[1:], (self.min_hours, self.max_hours, self.max_row,
                                                self.max_nights, self.max_weekends,
                                                self.min_rest)):
            self.form.addRow(label, spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        for part in (self.save_button, self.message, self.error):
            layout.addWidget(part)
        self.retranslate()

    def load(self) -> None:
        self.runner.submit(inputs.guards, self.ctx, on_done=self._listed, on_error=self._failed)

    def _listed(self, terms: list[inputs.GuardTerms]) -> None:
        row = max(0, self.table.currentRow())
        self.terms = terms
        self.table.setRowCount(len(terms))
        for i, t in enumerate(terms):
            c = t.contract
            hours = f"{c.min_minutes // 60}–{c.max_minutes // 60 if c.max_minutes else '∞'}h"
            for col, text in enumerate((t.employee_no, t.name, " ".join(sorted(t.qualifications)),
                                        hours)):
                self.table.setItem(i, col, QTableWidgetItem(text))
        if terms:
            self.table.setCurrentCell(min(row, len(terms) - 1), 0)

    def select(self, employee_no: str) -> None:
        row = next(i for i, t in enumerate(self.terms) if t.employee_no == employee_no)
        self.table.setCurrentCell(row, 0)

    def _show_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.terms):
            return
        t = self.terms[row]
        for q, box in self.quals.items():
            box.setChecked(q in t.qualifications)
        c = t.contract
        self.min_hours.setValue(c.min_minutes // 60)
        self.max_hours.setValue((c.max_minutes or 0) // 60)
        self.max_row.setValue(c.max_consecutive or NO_LIMIT)
        self.max_nights.setValue(c.max_nights if c.max_nights is not None else NO_LIMIT)
        self.max_weekends.setValue(c.max_weekends if c.max_weekends is not None else NO_LIMIT)
        self.min_rest.setValue(c.min_rest_minutes // 60)

    def save(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.terms):
            return
        t = self.terms[row]
        quals = frozenset(q for q, box in self.quals.items() if box.isChecked())
        max_hours = _limit(self.max_hours.value())
        contract = replace(t.contract, min_minutes=self.min_hours.value() * 60,
                           max_minutes=max_hours * 60 if max_hours else None,
                           max_consecutive=_limit(self.max_row.value()),
                           max_nights=_limit(self.max_nights.value()),
                           max_weekends=_limit(self.max_weekends.value()),
                           min_rest_minutes=self.min_rest.value() * 60)
        self.error.show_text("")
        self.runner.submit(inputs.save_guard, self.ctx, self.user, t.id, quals, contract,
                           on_done=self._saved, on_error=self._failed)

    def _saved(self, outcome) -> None:
        self.message.show_text(self.tr("Saved for {0}; the draft takes it up.").format(
            outcome.value))
        self.booked.emit(outcome.changes)
        self.load()

    def _failed(self, error: BaseException) -> None:
        self.message.show_text("")
        self.error.show_text(error_text(error))

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Name"),
                                              self.tr("Qualifications"), self.tr("Hours")])
        words = {"gate": self.tr("Main gate"), "vehicle": self.tr("Vehicle gate"),
                 "cctv": self.tr("CCTV room")}
        for q, box in self.quals.items():
            box.setText(words.get(q, q))
        labels = (self.tr("Qualified for"), self.tr("Hours a month, at least"),
                  self.tr("Hours a month, at most (0: no limit)"),
                  self.tr("Working days in a row, at most (0: no limit)"),
                  self.tr("Night shifts a month, at most (0: no limit)"),
                  self.tr("Weekends worked, at most (0: no limit)"),
                  self.tr("Hours of rest between two shifts, at least (0: the shifts' rules)"))
        for label, text in zip(self.labels, labels):
            label.setText(text)
        self.save_button.setText(self.tr("Save the guard's terms"))


class LeaveTab(Retranslating, QWidget):
    """Leave as date ranges (hard days off); a range may run into the next month."""

    booked = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, user: CurrentUser, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.rows: list[inputs.Leave] = []
        self.table = read_only_table(4, "leaveList")
        self.guard = QComboBox(objectName="leaveGuard")
        today = QDate(self.ctx.today())
        self.first = QDateEdit(today, objectName="leaveFirst", calendarPopup=True,
                               displayFormat="yyyy-MM-dd")
        self.last = QDateEdit(today, objectName="leaveLast", calendarPopup=True,
                              displayFormat="yyyy-MM-dd")
        self.reason = QLineEdit(objectName="leaveReason", maxLength=100)
        self.add_button = QPushButton(objectName="addLeave")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(objectName="removeLeave")
        self.remove_button.clicked.connect(self.remove)
        self.message = MessageLabel("notice")
        self.error = MessageLabel("error")
        self.labels = [QLabel() for _ in range(4)]
        self.form = QFormLayout()
        for label, part in zip(self.labels, (self.guard, self.first, self.last, self.reason)):
            self.form.addRow(label, part)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        self.retranslate()

    def load(self) -> None:
        def both():
            return inputs.guards(self.ctx), inputs.leave(self.ctx)

        self.runner.submit(both, on_done=self._listed, on_error=self._failed)

    def _listed(self, found) -> None:
        terms, rows = found
        chosen = self.guard.currentData()
        self.guard.clear()
        for t in terms:
            self.guard.addItem(f"{t.name} {t.employee_no}", t.id)
        if chosen is not None and self.guard.findData(chosen) >= 0:
            self.guard.setCurrentIndex(self.guard.findData(chosen))
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, lv in enumerate(rows):
            for col, text in enumerate((f"{lv.name} {lv.employee_no}", f"{lv.first_day}",
                                        f"{lv.last_day}", lv.reason)):
                self.table.setItem(i, col, QTableWidgetItem(text))

    def add(self) -> None:
        guard = self.guard.currentData()
        if guard is None:
            return
        self.error.show_text("")
        self.runner.submit(inputs.add_leave, self.ctx, self.user, guard,
                           self.first.date().toPython(), self.last.date().toPython(),
                           self.reason.text(), on_done=self._saved, on_error=self._failed)

    def remove(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        self.runner.submit(inputs.remove_leave, self.ctx, self.user, self.rows[row].id,
                           on_done=self._saved, on_error=self._failed)

    def _saved(self, outcome) -> None:
        self.message.show_text(self.tr("Leave saved; the drafts take it up."))
        self.booked.emit(outcome.changes)
        self.load()

    def _failed(self, error: BaseException) -> None:
        self.message.show_text("")
        self.error.show_text(error_text(error))  # the form keeps what was typed

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Guard"), self.tr("From"), self.tr("To"),
                                              self.tr("Reason")])
        for label, text in zip(self.labels, (self.tr("Guard"), self.tr("From"),
                                             self.tr("To (inclusive)"), self.tr("Reason"))):
            label.setText(text)
        self.add_button.setText(self.tr("Add leave"))
        self.remove_button.setText(self.tr("Remove the selected leave"))
