"""The roster for the guards: the latest published version of the month, to read only — no
edits, no solving — with the reader's own row marked and scrolled to."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from app.context import AppContext
from app.domain import CurrentUser
from app.roster import plans
from ui.i18n import error_text
from ui.roster_grid import RosterTable
from ui.widgets import MessageLabel, Retranslating
from ui.worker import ServiceRunner

MINE = QColor("#fff59d")


class ReadOnlyRoster(RosterTable):
    """The published roster: nothing to drag, drop or type; the reader's row marked."""

    def __init__(self, problem, roster, mine: str | None, parent=None):
        super().__init__(problem, roster, parent)
        self.mine = mine

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def dropMimeData(self, *args):  # noqa: N802 - Qt's name
        return False

    def is_mine(self, row: int) -> bool:
        return self.mine is not None and self.guards[row].id == self.mine

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Vertical and self.is_mine(section):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return MINE
            if role == Qt.ItemDataRole.DisplayRole:
                return "★ " + super().headerData(section, orientation, role)
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and self.is_mine(index.row()):
            shift = self.roster.shift(self.guards[index.row()].id, index.column())
            return QColor(super().data(index, role) or MINE).darker(110) if shift else MINE
        return super().data(index, role)


class PublishedRosterPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_roster_read")
        self.ctx, self.user, self.runner = ctx, user, runner
        self.month_label = QLabel()
        self.month = QComboBox(objectName="rosterMonth")
        today = ctx.today()
        for first in (today.replace(day=1), _next_month(today)):
            self.month.addItem(f"{first:%Y-%m}", f"{first:%Y-%m}")
        self.month.currentIndexChanged.connect(lambda _i: self.load())
        self.version = QLabel(objectName="rosterVersion")
        self.view = QTableView(objectName="rosterGrid")
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setDragDropMode(QTableView.DragDropMode.NoDragDrop)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setDefaultSectionSize(34)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.empty = MessageLabel("notice")
        self.error = MessageLabel("error")
        top = QHBoxLayout()
        for part in (self.month_label, self.month, self.version):
            top.addWidget(part)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        self.model: ReadOnlyRoster | None = None
        self.shown: plans.PublishedView | None = None
        self.retranslate()
        self.load()

    def load(self) -> None:
        self.runner.submit(plans.published_view, self.ctx, self.user, self.month.currentData(),
                           on_done=self._loaded, on_error=self._failed)

    def _loaded(self, shown: plans.PublishedView) -> None:
        self.shown = shown
        self.error.show_text("")
        if shown.plan is None:
            self.model = None
            self.view.setModel(None)
            self.empty.show_text(self.tr("No roster has been published for {0} yet.").format(
                self.month.currentData()))
            self._show_version()
            return
        self.empty.show_text("")
        self.model = ReadOnlyRoster(shown.plan.problem, shown.plan.roster, shown.mine, self)
        self.view.setModel(self.model)
        mine = next((i for i in range(self.model.rowCount()) if self.model.is_mine(i)), None)
        if mine is not None:
            self.view.scrollTo(self.model.index(mine, 0), QTableView.ScrollHint.PositionAtTop)
        self._show_version()

    def _show_version(self) -> None:
        plan = self.shown.plan if self.shown else None
        self.version.setText(self.tr("Version {0}, published {1}").format(
            plan.summary.version, plan.summary.saved_at.astimezone().strftime("%Y-%m-%d %H:%M"))
            if plan else "")

    def on_changes(self, changes) -> None:
        if changes.touches("roster"):
            self.load()

    def _failed(self, error: BaseException) -> None:
        self.error.show_text(error_text(error))

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("Month"))
        if self.shown is not None:
            self._loaded(self.shown)


def _next_month(today: date) -> date:
    return (today.replace(day=28) + timedelta(days=4)).replace(day=1)
