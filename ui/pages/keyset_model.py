"""A Qt table model over a log read in keyset pages: it holds only the rows fetched so far and
asks its source for the next page (500 rows) when the view scrolls near the end."""

from __future__ import annotations

from typing import Callable, Protocol

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ui.worker import ServiceRunner

ROOT = QModelIndex()
PAGE = 500


class LogSource(Protocol):
    """One kind of log: its columns, how to fetch a page, a row's cursor and its cells."""

    columns: tuple  # Messages in context "LogColumns"

    def fetch(self, after) -> list: ...

    def cursor(self, row): ...

    def cells(self, row) -> tuple[str, ...]: ...


class KeysetModel(QAbstractTableModel):
    def __init__(self, runner: ServiceRunner, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.source: LogSource | None = None
        self.rows: list = []
        self._more = False
        self._loading = False
        self._generation = 0

    def set_source(self, source: LogSource) -> None:
        """Show ``source`` from its newest row (a new filter is a new source)."""
        self.beginResetModel()
        self.source, self.rows, self._more, self._loading = source, [], True, False
        self._generation += 1
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.fetchMore(ROOT)

    def rowCount(self, parent=ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.source is None else len(self.source.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and self.source is not None):
            return QCoreApplication.translate("LogColumns", self.source.columns[section].text)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self.source.cells(self.rows[index.row()])[index.column()]

    def canFetchMore(self, parent=ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent=ROOT) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or self.source is None:
            return
        self._loading = True
        after = self.source.cursor(self.rows[-1]) if self.rows else None
        generation, fetch = self._generation, self.source.fetch
        self.runner.submit(fetch, after, on_done=self._receiver(generation), receiver=self)

    def _receiver(self, generation: int) -> Callable[[list], None]:
        def arrived(rows: list) -> None:
            if generation != self._generation:
                return  # the source changed while this page was on its way
            self._loading = False
            self._more = len(rows) == PAGE
            if rows:
                self.beginInsertRows(ROOT, len(self.rows), len(self.rows) + len(rows) - 1)
                self.rows.extend(rows)
                self.endInsertRows()
        return arrived
