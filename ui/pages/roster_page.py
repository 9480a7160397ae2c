"""The Roster page (the lead's): the month's draft as a guards × days grid with live rule
checks, the solver in the background with its progress and a stop button that keeps the
best roster, undo/redo, pins, a sick guard's re-plan, and publishing with the difference."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser
from app.roster import plans
from app.roster.replan import CHANGE_COST
from app.roster.rules import rule_name
from app.roster.validator import Validator
from ui.i18n import error_text, render
from ui.pages.roster_fairness import FairnessPanel
from ui.pages.roster_side import CoverageTable, WhyPanel
from ui.pages.roster_task import SolveTask
from ui.roster_grid import CellEdit, RosterTable, RosterView
from ui.widgets import MessageLabel, Retranslating
from ui.worker import ServiceRunner


class RosterPage(Retranslating, QWidget):
    changes_made = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_roster")
        self.ctx, self.user, self.runner = ctx, user, runner
        self.month = QComboBox(objectName="rosterMonth")
        today = ctx.today()
        for first in (today.replace(day=1), _next_month(today)):
            self.month.addItem(f"{first:%Y-%m}", f"{first:%Y-%m}")
        self.month.setCurrentIndex(1)  # the lead plans the coming month
        self.month.currentIndexChanged.connect(lambda _i: self.load())
        self.undo_stack = QUndoStack(self)
        self.undo_button = QPushButton(objectName="undo")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(objectName="redo")
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.seconds = QSpinBox(objectName="solveSeconds", minimum=2, maximum=600, value=20,
                                suffix=" s")
        self.solve_button = QPushButton(objectName="solve")
        self.solve_button.clicked.connect(lambda: self.solve())
        self.stop_button = QPushButton(objectName="stopSolve", enabled=False)
        self.stop_button.clicked.connect(self.stop_solving)
        self.sick_days = QSpinBox(objectName="sickDays", minimum=1, maximum=31, value=3)
        self.change_cost = QSpinBox(objectName="changeCost", minimum=1, maximum=1000,
                                    value=CHANGE_COST)
        self.sick_button = QPushButton(objectName="sickReplan")
        self.sick_button.clicked.connect(lambda: self.sick_replan())
        self.save_button = QPushButton(objectName="saveDraft")
        self.save_button.clicked.connect(self.save)
        self.publish_button = QPushButton(objectName="publish")
        self.publish_button.clicked.connect(self.publish)
        self.export_button = QPushButton(objectName="exportRoster")
        self.export_button.clicked.connect(lambda: self.export())
        self.print_button = QPushButton(objectName="printRoster")
        self.print_button.clicked.connect(lambda: self.print_roster())
        self.inputs_button = QPushButton(objectName="rosterInputs")
        self.inputs_button.clicked.connect(lambda: self.open_inputs())
        self.inputs = None  # the month's inputs window, once opened
        self.score = QLabel(objectName="rosterScore")
        self.progress = QLabel(objectName="solveProgress")
        self.message = MessageLabel("notice")
        self.error = MessageLabel("error")
        self.view = RosterView()
        self.view.key_edit.connect(self.key_edit)
        self.violations = QListWidget(objectName="violations")
        self.violations.itemActivated.connect(self._go_to)
        self.violations.itemClicked.connect(self._go_to)
        self.why = WhyPanel()
        self.coverage = CoverageTable()
        self.fairness = FairnessPanel()
        self.side = QTabWidget()
        self.side.addTab(self.violations, "")
        self.side.addTab(self.why, "")
        self.side.addTab(self.coverage, "")
        self.side.addTab(self.fairness, "")
        self.side.setFixedWidth(380)
        self.task = SolveTask(self)
        self.task.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.task.finished.connect(self._solved, Qt.ConnectionType.QueuedConnection)
        self.task.failed.connect(self._solve_failed, Qt.ConnectionType.QueuedConnection)
        self.month_label = QLabel()
        self.month.setMinimumContentsLength(7)
        centre = QVBoxLayout()
        # three rows, so every button keeps its whole label on a 1366-pixel screen: the
        # month and its paperwork; the inputs and the solver; the sick-guard re-plan
        for parts in ((self.month_label, self.month, self.undo_button, self.redo_button, None,
                       self.save_button, self.publish_button, self.export_button,
                       self.print_button),
                      (self.inputs_button, None, self.seconds, self.solve_button,
                       self.stop_button),
                      (self.sick_days, self.change_cost, self.sick_button)):
            tools = QHBoxLayout()
            for part in parts:
                if part is None:
                    tools.addSpacing(16)
                else:
                    tools.addWidget(part)
            tools.addStretch(1)
            centre.addLayout(tools)
        status = QHBoxLayout()
        status.addWidget(self.score)
        status.addWidget(self.progress, 1)
        centre.addLayout(status)
        centre.addWidget(self.view, 1)
        centre.addWidget(self.message)
        centre.addWidget(self.error)
        columns = QHBoxLayout(self)
        columns.addLayout(centre, 1)
        columns.addWidget(self.side)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
            QShortcut(keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.model: RosterTable | None = None
        self._sick = None  # the problem with a sick guard's absence, while re-planning it
        self.validator: Validator | None = None
        self.report = None
        self.retranslate()
        self.load()

    # --- loading and the rule check ------------------------------------------------------------

    def load(self) -> None:
        self.runner.submit(plans.open_draft, self.ctx, self.user, self.month.currentData(),
                           on_done=self._loaded, on_error=self._failed)

    def _loaded(self, plan: plans.Plan) -> None:
        self.undo_stack.clear()
        self.model = RosterTable(plan.problem, plan.roster, self)
        self.model.edited.connect(self.check)
        self.model.swapped.connect(self.swap)
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._explain())
        self.model.modelReset.connect(self._inputs_changed)
        self.check()
        self._inputs_changed()

    def check(self) -> None:
        """Re-score the roster as it stands (the validator, not the solver)."""
        model = self.model
        if self.validator is None or self.validator.problem is not model.problem:
            self.validator = Validator(model.problem)
        self.report = report = self.validator.report(model.roster)
        model.bad = {(v.guard, d) for v in report.violations if v.guard
                     for d in (v.days or (v.day,)) if d is not None}
        self.view.viewport().update()
        self.score.setText(self.tr("Hard rules broken: {0}   Penalty: {1}").format(
            len(report.violations), report.objective))
        self.violations.clear()
        names = {g.id: g.name for g in model.problem.guards}
        for v in report.violations:
            who = names.get(v.guard, self.tr("cover")) if v.guard else self.tr("cover")
            item = QListWidgetItem(f"✖ {who}{self._day(v.day)}：{render(rule_name(v.rule))}"
                                   f"（{v.detail}）")
            item.setData(Qt.ItemDataRole.UserRole, (v.guard, v.day))
            self.violations.addItem(item)
        for p in sorted(report.penalties, key=lambda p: -p.cost)[:200]:
            who = names.get(p.guard, "") if p.guard else f"{p.shift}@{p.post or '-'}"
            item = QListWidgetItem(f"△ {who}{self._day(p.day)}：{render(rule_name(p.rule))} "
                                   f"−{p.cost}")
            item.setData(Qt.ItemDataRole.UserRole, (p.guard, p.day))
            self.violations.addItem(item)
        self.coverage.show_cover(model.problem, model.roster)
        self.fairness.show_loads(model.problem, model.roster)
        self._explain()

    def _day(self, day: int | None) -> str:
        return " " + self.tr("day {0}").format(day + 1) if day is not None else ""

    def _go_to(self, item: QListWidgetItem) -> None:
        guard, day = item.data(Qt.ItemDataRole.UserRole)
        if guard is None or day is None:
            return
        row = next(i for i, g in enumerate(self.model.guards) if g.id == guard)
        self.view.setCurrentIndex(self.model.index(row, day))

    def _explain(self) -> None:
        index = self.view.currentIndex()
        if self.model is None or not index.isValid():
            return
        guard, day = self.model.guards[index.row()].id, index.column()
        self.why.explain(self.validator, self.model.roster, guard, day)

    # --- edits -----------------------------------------------------------------------------------

    def key_edit(self, guard: str, day: int, what: str) -> None:
        model = self.model
        cell = model.roster.cell(guard, day)
        pinned = model.pinned(guard, day)
        if what == "pin":
            after = (cell, not pinned)
            text = self.tr("pin") if not pinned else self.tr("unpin")
        elif what == "off":
            after = ((None, None), pinned)
            text = self.tr("day off")
        else:
            shift = what.split(":", 1)[1]
            after = ((shift, model.post_for(guard, day, shift)), pinned)
            text = shift
        self.undo_stack.push(CellEdit(model, [(guard, day, (cell, pinned), after)], text))

    def swap(self, first: str, second: str, day: int) -> None:
        model = self.model
        a, b = model.roster.cell(first, day), model.roster.cell(second, day)
        pa, pb = model.pinned(first, day), model.pinned(second, day)
        self.undo_stack.push(CellEdit(model, [(first, day, (a, pa), (b, pa)),
                                              (second, day, (b, pb), (a, pb))],
                                      self.tr("swap")))

    # --- the month's inputs ------------------------------------------------------------------

    def open_inputs(self):
        from ui.pages.roster_inputs import RosterInputsDialog

        if self.inputs is None:
            self.inputs = RosterInputsDialog(self)
        self.inputs.show()
        self.inputs.raise_()
        return self.inputs

    def apply_inputs(self, problem, roster, text: str) -> None:
        """A change of the month's inputs (wishes, posts, an event, a rotation): undoable."""
        from ui.roster_grid import ProblemEdit

        self.undo_stack.push(ProblemEdit(self.model, (problem, roster), text))

    def take_up_books(self) -> None:
        """The guards' terms or leave changed in the books: the grid's draft takes them up."""
        from app.roster import inputs

        self.runner.submit(inputs.month_guards, self.ctx, self.month.currentData(),
                           on_done=self._books_taken, on_error=self._failed)

    def _books_taken(self, booked) -> None:
        from app.roster.drafting import refresh_guards

        if self.model is not None:
            self.model.replace(refresh_guards(self.model.problem, booked), self.model.roster)

    def _inputs_changed(self) -> None:
        if self.inputs is not None:
            self.inputs.refresh()

    # --- solving ---------------------------------------------------------------------------------

    def solve(self, seconds: float | None = None):
        from app.roster.solver import solve

        if self.task.running or self.model is None:
            return
        problem, hint = self.model.problem, self.model.roster
        budget = seconds or self.seconds.value()
        self._start(lambda cancel, progress: solve(problem, budget, workers=2, cancel=cancel,
                                                   progress=progress, hint=hint))

    def sick_replan(self, guard: str | None = None, day: int | None = None,
                    days: int | None = None) -> None:
        """The selected guard is sick from the selected day: a roster close to the one on
        screen, each changed cell costing what the lead set (a short post costs 100)."""
        from app.roster.replan import replan, with_absence

        index = self.view.currentIndex()
        if guard is None:
            if not index.isValid():
                return
            guard, day = self.model.guards[index.row()].id, index.column()
        count = days or self.sick_days.value()
        span = range(day, min(self.model.problem.horizon, day + count))
        published = self.model.roster
        problem = self.model.problem
        self._sick = with_absence(problem, guard, span)
        cost = self.change_cost.value()
        self._start(lambda cancel, progress: replan(problem, published, guard, span, seconds=10,
                                                    change_cost=cost, cancel=cancel,
                                                    progress=progress))

    def _start(self, work) -> None:
        self.solve_button.setEnabled(False)
        self.sick_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.error.show_text("")
        self.progress.setText(self.tr("Solving…"))
        self.task.start(work)

    def stop_solving(self) -> None:
        self.task.stop()

    def _progress(self, values) -> None:
        best, bound, seconds = values
        self.progress.setText(self.tr("Solving: best {0}, bound {1}, {2:.0f} s").format(
            "—" if best is None else best, "—" if bound is None else bound, seconds))

    def _solved(self, result) -> None:
        self._done_solving()
        sick, self._sick = self._sick, None
        if result.roster is None:
            self.error.show_text(self.tr("No roster found ({0}).").format(result.status))
            return
        model = self.model
        changes = [(g, d, (model.roster.cell(g, d), model.pinned(g, d)),
                    (result.roster.cell(g, d), model.pinned(g, d)))
                   for g, d in result.roster.changed_cells(model.roster)]
        if sick is not None:
            model.replace(sick, model.roster)  # the absence is part of the plan now
        self.undo_stack.push(CellEdit(model, changes, self.tr("solve")))
        self.progress.setText(self.tr("Done: penalty {0} ({1}, {2:.0f} s{3}); {4} cells "
                                      "changed").format(
            result.objective, result.status, result.wall_time,
            self.tr(", stopped") if result.cancelled else "", len(changes)))

    def _solve_failed(self, error) -> None:
        self._done_solving()
        self.error.show_text(error_text(error))

    def _done_solving(self) -> None:
        self.solve_button.setEnabled(True)
        self.sick_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    # --- saving and publishing -----------------------------------------------------------------

    def save(self) -> None:
        self.runner.submit(plans.save_draft, self.ctx, self.user, self.month.currentData(),
                           self.model.problem, self.model.roster,
                           on_done=lambda o: self.message.show_text(self.tr("Draft saved.")),
                           on_error=self._failed)

    def publish(self) -> None:
        month, problem, roster = self.month.currentData(), self.model.problem, self.model.roster

        def save_then_publish():
            plans.save_draft(self.ctx, self.user, month, problem, roster)
            return plans.publish(self.ctx, self.user, month)

        self.runner.submit(save_then_publish, on_done=self._published, on_error=self._failed)

    def _published(self, outcome) -> None:
        done: plans.Published = outcome.value
        names = {g.id: g.name for g in self.model.problem.guards}
        shown = ", ".join(f"{names.get(g, g)} {d + 1}" for g, d in done.changed[:12])
        more = "…" if len(done.changed) > 12 else ""
        self.message.show_text(self.tr("Published version {0}: {1} cells differ from version "
                                       "{2}. {3}{4}").format(done.summary.version,
                                                             len(done.changed),
                                                             done.previous_version, shown, more))
        self.changes_made.emit(outcome.changes)

    def export(self, path: str | None = None) -> None:
        """The roster and its fairness table as an Excel workbook."""
        from app.roster.fairness import export_xlsx

        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the roster"), f"roster-{self.month.currentData()}.xlsx",
                "Excel (*.xlsx)")
            if not path:
                return
        self.runner.submit(export_xlsx, self.model.problem, self.model.roster, path,
                           self.month.currentData(),
                           on_done=lambda _r: self.message.show_text(
                               self.tr("Exported to {0}").format(path)),
                           on_error=self._failed)

    def print_roster(self, printer=None) -> bool:
        """Landscape, one page per post (a long post is scaled to fit its page)."""
        from PySide6.QtGui import QPageLayout

        from ui import printing

        printer = printer or printing.choose_printer(self)
        if printer is None:
            return False
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printing.print_pages(printing.roster_pages(
            self.model.problem, self.model.roster, self.month.currentData()), printer)
        return True

    def _failed(self, error: BaseException) -> None:
        self.error.show_text(error_text(error))

    def shutdown(self) -> None:
        self.task.shutdown()
        if self.inputs is not None:
            self.inputs.close()

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("Month"))
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.solve_button.setText(self.tr("Solve"))
        self.stop_button.setText(self.tr("Stop (keep the best)"))
        self.sick_button.setText(self.tr("Sick: re-plan from the selected day"))
        self.sick_days.setSuffix(self.tr(" days"))
        self.change_cost.setPrefix(self.tr("change "))
        self.change_cost.setSuffix(self.tr(" pts"))
        self.change_cost.setToolTip(self.tr(
            "What one changed cell costs in a re-plan. A post one guard short costs 100: at "
            "40 a gap is filled when two changes can fill it; at 100 or more the fewest "
            "changes come first."))
        self.save_button.setText(self.tr("Save draft"))
        self.publish_button.setText(self.tr("Publish"))
        self.export_button.setText(self.tr("Export to Excel"))
        self.print_button.setText(self.tr("Print"))
        self.inputs_button.setText(self.tr("Guards, leave, events…"))
        self.side.setTabText(0, self.tr("Rules"))
        self.side.setTabText(1, self.tr("Why?"))
        self.side.setTabText(2, self.tr("Cover"))
        self.side.setTabText(3, self.tr("Fairness"))
        if self.model is not None:
            self.check()


def _next_month(today: date) -> date:
    return (today.replace(day=28) + timedelta(days=4)).replace(day=1)
