"""A Qt table model over the visit log: holds only the rows fetched so far and asks for the
next keyset page (500 rows) when the view scrolls near the end — never the whole table."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from app.context import AppContext
from app.visitors import log
from app.visitors.registry import VisitSummary
from ui.worker import ServiceRunner

ROOT = QModelIndex()
COLUMNS = (QT_TRANSLATE_NOOP("VisitLogModel", "Arrived"),
           QT_TRANSLATE_NOOP("VisitLogModel", "Left"),
           QT_TRANSLATE_NOOP("VisitLogModel", "Name"),
           QT_TRANSLATE_NOOP("VisitLogModel", "Document"),
           QT_TRANSLATE_NOOP("VisitLogModel", "Department"),
           QT_TRANSLATE_NOOP("VisitLogModel", "Visiting"),
           QT_TRANSLATE_NOOP("VisitLogModel", "Vehicle"))


class VisitLogModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, runner: ServiceRunner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.filter = log.LogFilter()
        self.rows: list[VisitSummary] = []
        self._more = True
        self._loading = False
        self._generation = 0

    def set_filter(self, flt: log.LogFilter) -> None:
        self.beginResetModel()
        self.filter, self.rows, self._more, self._loading = flt, [], True, False
        self._generation += 1
        self.endResetModel()
        self.fetchMore(ROOT)

    def rowCount(self, parent=ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("VisitLogModel", COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        v = self.rows[index.row()]
        left = v.left_at.astimezone().strftime("%H:%M") if v.left_at else ""
        return (v.arrived_at.astimezone().strftime("%Y-%m-%d %H:%M"), left, v.name,
                v.document_masked, v.host_department, v.host_name, v.plate)[index.column()]

    def canFetchMore(self, parent=ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent=ROOT) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._loading = True
        after = log.cursor_of(self.rows[-1]) if self.rows else None
        generation = self._generation
        self.runner.submit(log.page, self.ctx, self.filter, after,
                           on_done=lambda rows: self._arrived(generation, rows), receiver=self)

    def _arrived(self, generation: int, rows: list[VisitSummary]) -> None:
        if generation != self._generation:
            return  # the filter changed while this page was on its way
        self._loading = False
        self._more = len(rows) == log.PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
