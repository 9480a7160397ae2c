"""Small shared widgets."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel, QTableWidget, QWidget


class MessageLabel(QLabel):
    """A word-wrapped line for errors or notices; hidden while empty."""

    def __init__(self, kind: str = "error", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{kind}Label")
        self.setWordWrap(True)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def set_kind(self, kind: str) -> None:
        """Switch between "error" and "notice" (the style sheet colours each)."""
        if self.objectName() != f"{kind}Label":
            self.setObjectName(f"{kind}Label")
            self.style().unpolish(self)
            self.style().polish(self)


class Retranslating:
    """Mixin: calls ``retranslate()`` whenever the application language changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate(self) -> None:  # pragma: no cover - each class provides its own
        raise NotImplementedError


class TranslatedDialog(Retranslating, QDialog):
    pass


def read_only_table(columns: int, name: str) -> QTableWidget:
    """A list the guard reads and selects rows in, never edits."""
    table = QTableWidget(0, columns, objectName=name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table
