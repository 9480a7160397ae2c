"""The roster grid: guards down, days across, one shift (and post) per cell, coloured per shift.

Cells that break a hard rule are framed red, pinned cells carry a corner mark. Keyboard: type
a shift's letter to assign it (Del or "-" for a day off), P pins or unpins; drag a cell onto
another guard's cell of the same day to swap them. Every edit goes through the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPolygon, QUndoCommand
from PySide6.QtWidgets import QStyledItemDelegate, QTableView

from app.roster.model import Pin, Problem, Roster

SHIFT_COLOURS = {"A": "#fff4c2", "B": "#c9d7f2", "E": "#dff2d8", "M": "#fde2c8",
                 "N": "#d9cdee", "D": "#f6c9cf"}
WEEKDAYS = "一二三四五六日"
MIME = "application/x-guardroom-roster-cell"
NO_PARENT = QModelIndex()


class RosterTable(QAbstractTableModel):
    """The roster being edited; ``edited`` after every change (the page re-checks rules)."""

    edited = Signal()
    swapped = Signal(str, str, int)  # two guards' cells of one day dragged onto each other

    def __init__(self, problem: Problem, roster: Roster, parent=None):
        super().__init__(parent)
        self.problem, self.roster = problem, roster
        self.guards = list(problem.guards)
        self.bad: set[tuple[str, int]] = set()  # cells touched by a hard violation
        self.post_names = {q.id: q.name for q in problem.posts}

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.guards)

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else self.problem.horizon

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            weekday = (self.problem.first_weekday + section) % 7
            return f"{section + 1}\n{WEEKDAYS[weekday]}"
        g = self.guards[section]
        return f"{g.name} {g.id}"

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        guard, day = self.guards[index.row()].id, index.column()
        shift, post = self.roster.cell(guard, day)
        if role == Qt.ItemDataRole.DisplayRole:
            if shift is None:
                return "休" if day in self.guards[index.row()].days_off else ""
            return shift + (self.post_names.get(post, "")[:1] if post else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            if shift is None:
                return QColor("#eeeeee") if day in self.guards[index.row()].days_off else None
            return QColor(SHIFT_COLOURS.get(shift, "#ffffff"))
        if role == Qt.ItemDataRole.ToolTipRole and post:
            return self.post_names.get(post, post)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: QModelIndex):
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)

    def supportedDropActions(self):  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction

    def mimeTypes(self):  # noqa: N802 - Qt's name
        return [MIME]

    def mimeData(self, indexes):  # noqa: N802 - Qt's name
        data = QMimeData()
        if indexes:
            data.setData(MIME, f"{indexes[0].row()},{indexes[0].column()}".encode())
        return data

    def dropMimeData(self, data, action, row, column, parent):  # noqa: N802 - Qt's name
        if not data.hasFormat(MIME) or not parent.isValid():
            return False
        source_row, day = (int(x) for x in bytes(data.data(MIME)).decode().split(","))
        if day != parent.column() or source_row == parent.row():
            return False  # a swap is between two guards on the same day
        self.swapped.emit(self.guards[source_row].id, self.guards[parent.row()].id, day)
        return False  # the undo stack makes the change, not the view

    # --- what the page asks ----------------------------------------------------------------

    def pinned(self, guard: str, day: int) -> bool:
        return any(p.guard == guard and p.day == day for p in self.problem.pins)

    def set_cell(self, guard: str, day: int, cell, pinned: bool | None = None) -> None:
        self.set_cells([(guard, day, cell, pinned)])

    def set_cells(self, cells: list[tuple[str, int, object, bool | None]]) -> None:
        """(guard, day, (shift, post), pinned or None to leave it) for each cell; the rules
        are checked once for the lot (a solved month changes a thousand cells)."""
        if not cells:
            return
        rows = {g.id: i for i, g in enumerate(self.guards)}
        for guard, day, (shift, post), pinned in cells:
            self.roster = self.roster.with_cell(guard, day, shift, post)
            if pinned is not None:
                pins = tuple(p for p in self.problem.pins
                             if not (p.guard == guard and p.day == day))
                if pinned:
                    pins += (Pin(guard, day, shift, post),)
                self.problem = self.problem.with_(pins=pins)
        touched = [(rows[guard], day) for guard, day, _cell, _pinned in cells]
        top = self.index(min(r for r, _ in touched), min(d for _, d in touched))
        bottom = self.index(max(r for r, _ in touched), max(d for _, d in touched))
        self.dataChanged.emit(top, bottom)
        self.edited.emit()

    def replace(self, problem: Problem, roster: Roster) -> None:
        self.beginResetModel()
        self.problem, self.roster = problem, roster
        self.guards = list(problem.guards)
        self.post_names = {q.id: q.name for q in problem.posts}
        self.endResetModel()
        self.edited.emit()

    def post_for(self, guard_id: str, day: int, shift: str) -> str | None:
        """The post a typed shift goes to: the cell's own if it runs that shift, else the
        first post the guard may stand that does."""
        if not self.problem.posts:
            return None
        current = self.roster.post(guard_id, day)
        runs = {q.id: q.shifts for q in self.problem.posts}
        if current and (not runs[current] or shift in runs[current]):
            return current
        guard = self.problem.guard_index[guard_id]
        for post in self.problem.allowed_posts(guard):
            if not runs[post] or shift in runs[post]:
                return post
        return None


class CellEdit(QUndoCommand):
    """One or two cells changed (a typed shift, a day off, a pin, a swap)."""

    def __init__(self, model: RosterTable, changes: list[tuple[str, int, object, object]],
                 text: str):
        super().__init__(text)
        self.model = model
        # (guard, day, (cell, pinned) before, (cell, pinned) after)
        self.changes = changes

    def redo(self) -> None:
        self.model.set_cells([(g, d, after[0], after[1]) for g, d, _before, after in self.changes])

    def undo(self) -> None:
        self.model.set_cells([(g, d, before[0], before[1])
                              for g, d, before, _after in reversed(self.changes)])


class CellDelegate(QStyledItemDelegate):
    """A red frame on a cell that breaks a hard rule, a corner mark on a pinned cell."""

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        model: RosterTable = index.model()
        guard, day = model.guards[index.row()].id, index.column()
        if (guard, day) in model.bad:
            painter.save()
            painter.setPen(QPen(QColor("#c62828"), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()
        if model.pinned(guard, day):
            painter.save()
            r = option.rect
            painter.setBrush(QColor("#1d4ed8"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon(QPolygon([QPoint(r.right() - 7, r.top()),
                                          QPoint(r.right(), r.top()),
                                          QPoint(r.right(), r.top() + 7)]))
            painter.restore()


class RosterView(QTableView):
    """Keyboard edits go to ``key_edit`` (the page turns them into undoable commands)."""

    key_edit = Signal(str, int, str)  # guard, day, "shift:X" | "off" | "pin"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("rosterGrid")
        self.setItemDelegate(CellDelegate(self))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QTableView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.horizontalHeader().setDefaultSectionSize(34)
        self.verticalHeader().setDefaultSectionSize(22)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        index = self.currentIndex()
        model = self.model()
        if not index.isValid() or model is None:
            return super().keyPressEvent(event)
        guard, day = model.guards[index.row()].id, index.column()
        text = event.text().upper()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or text == "-":
            self.key_edit.emit(guard, day, "off")
        elif text == "P":
            self.key_edit.emit(guard, day, "pin")
        elif text and text in model.problem.shift_index:
            self.key_edit.emit(guard, day, f"shift:{text}")
        else:
            super().keyPressEvent(event)


class ProblemEdit(QUndoCommand):
    """A change to the month's inputs (a wish, a post, an event, a rotation template): the
    problem and the roster before and after, so undo takes it back whole."""

    def __init__(self, model: RosterTable, after: tuple[Problem, Roster], text: str):
        super().__init__(text)
        self.model = model
        self.before = (model.problem, model.roster)
        self.after = after

    def redo(self) -> None:
        self.model.replace(*self.after)

    def undo(self) -> None:
        self.model.replace(*self.before)
