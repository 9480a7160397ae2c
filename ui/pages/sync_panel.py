"""The Sync panel: changes the hub refused (with why) and concurrent writes that lost, for
the lead to review. Read through the service runner; nothing here opens a database."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from app.context import AppContext
from app.services import sync_review
from ui.i18n import error_text
from ui.widgets import MessageLabel, TranslatedDialog, read_only_table
from ui.worker import ServiceRunner


class SyncPanel(TranslatedDialog):
    def __init__(self, ctx: AppContext, runner: ServiceRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncPanel")
        self.ctx, self.runner = ctx, runner
        self.rejected_title = QLabel(objectName="dialogTitle")
        self.rejected = read_only_table(4, "syncRejected")
        self.conflicts_title = QLabel(objectName="dialogTitle")
        self.conflicts = read_only_table(5, "syncConflicts")
        self.message = MessageLabel("error")
        layout = QVBoxLayout(self)
        for widget in (self.rejected_title, self.rejected, self.conflicts_title, self.conflicts,
                       self.message):
            layout.addWidget(widget)
        self.resize(900, 520)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self.runner.submit(sync_review.rejected, self.ctx, on_done=self._show_rejected,
                           on_error=self._failed)
        self.runner.submit(sync_review.conflicts, self.ctx, on_done=self._show_conflicts,
                           on_error=self._failed)

    def _fill(self, table, rows: list[tuple]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(str(text)))

    def _show_rejected(self, items: list[sync_review.RejectedItem]) -> None:
        self._fill(self.rejected, [(i.at.astimezone().strftime("%m-%d %H:%M"), i.table,
                                    self._reason(i.reason), i.row_id) for i in items])

    def _show_conflicts(self, items: list[sync_review.ConflictItem]) -> None:
        self._fill(self.conflicts, [(i.at.astimezone().strftime("%m-%d %H:%M"), i.table,
                                     i.field, i.kept, i.lost) for i in items])

    def _reason(self, code: str) -> str:
        words = {
            "append-only": self.tr("this log can only be added to"),
            "lead-only": self.tr("only a lead's workstation may change the roster"),
            "central": self.tr("settings and watchlists are changed centrally"),
            "changed-centrally": self.tr("changed centrally meanwhile; the hub's version "
                                         "was kept"),
            "unknown-row": self.tr("the hub does not know this record"),
            "unknown-table": self.tr("this version of the program is unknown to the hub"),
            "unknown-field": self.tr("this version of the program is unknown to the hub"),
            "malformed": self.tr("damaged change"),
        }
        return words.get(code, code)

    def _failed(self, error: BaseException) -> None:
        self.message.show_text(error_text(error))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync"))
        self.rejected_title.setText(self.tr("Changes the hub refused"))
        self.conflicts_title.setText(self.tr("Concurrent changes that lost (the newer one was "
                                             "kept)"))
        self.rejected.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Table"), self.tr("Why"), self.tr("Record")])
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Table"), self.tr("Field"), self.tr("Kept"),
             self.tr("Lost")])
