"""The shift handover tab: the handover waiting for this guard (acknowledge it), the post's
open items (close one), and the form the outgoing guard fills at the end of the shift: notes,
the state of each piece of equipment, new open items; the still-open ones are carried in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser
from app.duty import checklists, handover
from app.duty.handover import EquipmentCheck
from ui.i18n import error_text
from ui.pages.inspection_dialogs import local
from ui.widgets import MessageLabel, Retranslating
from ui.worker import ServiceRunner


class HandoverPanel(Retranslating, QWidget):
    changes_made = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("handoverPanel")
        self.ctx, self.user, self.runner = ctx, user, runner
        self.pending: handover.HandoverView | None = None
        self.items: list[handover.OpenItem] = []
        # The handover waiting for this guard.
        self.pending_box = QGroupBox(objectName="pendingHandover")
        self.pending_text = QLabel(wordWrap=True, objectName="pendingText")
        self.pending_text.setTextFormat(Qt.TextFormat.RichText)
        self.ack_button = QPushButton(objectName="acknowledgeHandover")
        self.ack_button.clicked.connect(self.acknowledge)
        box = QVBoxLayout(self.pending_box)
        box.addWidget(self.pending_text)
        box.addWidget(self.ack_button)
        # The post's open items.
        self.items_box = QGroupBox(objectName="openItemsBox")
        self.item_list = QListWidget(objectName="openItems")
        self.close_note = QLineEdit(objectName="closeNote")
        self.close_button = QPushButton(objectName="closeItem")
        self.close_button.clicked.connect(self.close_item)
        row = QHBoxLayout()
        row.addWidget(self.close_note, 1)
        row.addWidget(self.close_button)
        box = QVBoxLayout(self.items_box)
        box.addWidget(self.item_list)
        box.addLayout(row)
        # The end-of-shift form.
        self.form_box = QGroupBox(objectName="writeHandover")
        self.shift = QLineEdit(objectName="handoverShift")
        self.notes = QPlainTextEdit(objectName="handoverNotes")
        self.equipment = QTableWidget(0, 3, objectName="handoverEquipment")
        self.equipment.verticalHeader().hide()
        self.equipment.horizontalHeader().setStretchLastSection(True)
        self.new_items = QPlainTextEdit(objectName="handoverNewItems")
        self.carry_hint = QLabel(wordWrap=True, objectName="carryHint")
        self.write_button = QPushButton(objectName="writeHandoverButton")
        self.write_button.clicked.connect(self.write)
        self.form_labels = [QLabel() for _ in range(4)]
        box = QVBoxLayout(self.form_box)
        for label, field in zip(self.form_labels, (self.shift, self.notes, self.equipment,
                                                   self.new_items)):
            box.addWidget(label)
            box.addWidget(field)
        box.addWidget(self.carry_hint)
        box.addWidget(self.write_button)
        self.error = MessageLabel("error")
        left = QVBoxLayout()
        left.addWidget(self.pending_box)
        left.addWidget(self.items_box, 1)
        left.addWidget(self.error)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 1)
        columns.addWidget(self.form_box, 1)
        self.retranslate()
        self.runner.submit(checklists.equipment_items, self.ctx, on_done=self._show_equipment)
        self.refresh()

    # --- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.runner.submit(handover.pending, self.ctx, on_done=self._show_pending)
        self.runner.submit(handover.open_items, self.ctx, on_done=self._show_items)

    def on_changes(self, changes) -> None:
        if changes.touches("handover"):
            self.refresh()
        if changes.touches("checklist") and not self.equipment.rowCount():
            self.runner.submit(checklists.equipment_items, self.ctx,
                               on_done=self._show_equipment)

    def _show_pending(self, pending) -> None:
        self.pending = pending
        self.ack_button.setEnabled(pending is not None
                                   and pending.written_by != self.user.username)
        if pending is None:
            self.pending_text.setText(self.tr("No handover is waiting to be acknowledged."))
            return
        lines = [self.tr("<b>{0}</b> handed over at {1} ({2})").format(
            pending.written_by, local(pending.written_at), pending.shift or "—")]
        if pending.notes:
            lines.append(pending.notes.replace("\n", "<br>"))
        faults = pending.faults
        lines.append(self.tr("Equipment: all in order") if not faults else
                     self.tr("Equipment faults: {0}").format("；".join(
                         f"{e.name}（{e.note}）" for e in faults)))
        open_now = [i.text for i in pending.carried + pending.new_items if i.is_open]
        if open_now:
            lines.append(self.tr("Open items: {0}").format("；".join(open_now)))
        self.pending_text.setText("<br>".join(lines))

    def _show_items(self, items) -> None:
        self.items = list(items)
        self.item_list.clear()
        for i in self.items:
            entry = QListWidgetItem(f"{i.text}　（{local(i.raised_at)} {i.raised_by}）")
            entry.setData(Qt.ItemDataRole.UserRole, str(i.id))
            self.item_list.addItem(entry)
        if self.items:
            self.item_list.setCurrentRow(0)
        self.close_button.setEnabled(bool(self.items))
        self.carry_hint.setText(self.tr(
            "{0} open item(s) of this post will be carried into the handover.").format(
            len(self.items)) if self.items else self.tr("No open items to carry over."))

    def _show_equipment(self, names) -> None:
        self.equipment.setRowCount(len(names))
        for row, name in enumerate(names):
            item = QTableWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.equipment.setItem(row, 0, item)
            ok = QCheckBox(objectName=f"equipmentOk_{row}", checked=True)
            ok.setText(self.tr("ok"))
            self.equipment.setCellWidget(row, 1, ok)
            self.equipment.setItem(row, 2, QTableWidgetItem(""))

    def equipment_checks(self) -> list[EquipmentCheck]:
        checks = []
        for row in range(self.equipment.rowCount()):
            note = self.equipment.item(row, 2)
            checks.append(EquipmentCheck(self.equipment.item(row, 0).text(),
                                         self.equipment.cellWidget(row, 1).isChecked(),
                                         note.text() if note else ""))
        return checks

    # --- actions ------------------------------------------------------------------------------

    def acknowledge(self) -> None:
        if self.pending is not None:
            self.runner.submit(handover.acknowledge, self.ctx, self.user, self.pending.id,
                               on_done=self._done, on_error=self._failed)

    def close_item(self) -> None:
        row = self.item_list.currentRow()
        if 0 <= row < len(self.items):
            self.runner.submit(handover.close_item, self.ctx, self.user, self.items[row].id,
                               self.close_note.text(), on_done=self._closed,
                               on_error=self._failed)

    def write(self) -> None:
        self.write_button.setEnabled(False)
        self.runner.submit(handover.write, self.ctx, self.user, shift=self.shift.text(),
                           notes=self.notes.toPlainText(),
                           equipment=self.equipment_checks(),
                           new_items=self.new_items.toPlainText().splitlines(),
                           on_done=self._written, on_error=self._failed)

    def _written(self, outcome) -> None:
        self.notes.clear()
        self.new_items.clear()
        self.shift.clear()
        self.runner.submit(checklists.equipment_items, self.ctx, on_done=self._show_equipment)
        self.error.set_kind("notice")
        self.error.show_text(self.tr("Handover written; the next guard acknowledges it."))
        self.write_button.setEnabled(True)
        self.changes_made.emit(outcome.changes)

    def _closed(self, outcome) -> None:
        self.close_note.clear()
        self._done(outcome)

    def _done(self, outcome) -> None:
        self.error.show_text("")
        self.changes_made.emit(outcome.changes)

    def _failed(self, error: BaseException) -> None:
        self.write_button.setEnabled(True)
        self.error.set_kind("error")
        self.error.show_text(error_text(error))

    def retranslate(self) -> None:
        self.pending_box.setTitle(self.tr("Handover to acknowledge"))
        self.ack_button.setText(self.tr("I have read it: acknowledge"))
        self.items_box.setTitle(self.tr("Open items of this post"))
        self.close_note.setPlaceholderText(self.tr("How it was settled (optional)"))
        self.close_button.setText(self.tr("Close the item"))
        self.form_box.setTitle(self.tr("End of shift: write the handover"))
        for label, text in zip(self.form_labels, (self.tr("Shift"), self.tr("Notes"),
                                                  self.tr("Equipment"),
                                                  self.tr("New open items, one a line"))):
            label.setText(text)
        self.shift.setPlaceholderText(self.tr("e.g. day shift"))
        self.equipment.setHorizontalHeaderLabels([self.tr("Equipment"), self.tr("State"),
                                                  self.tr("Note (needed when faulty)")])
        self.write_button.setText(self.tr("Hand over"))
        if self.items or self.pending is not None:
            self._show_items(self.items)
            self._show_pending(self.pending)
