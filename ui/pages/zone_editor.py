"""Drawing motion zones on a camera's picture (administrators): click the corners, then say
what the zone is — watched or excluded, how sensitive, how big a change counts, and when it
is armed. The camera's current zones are drawn too and can be removed."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.cameras import records
from app.context import AppContext
from app.domain import CurrentUser
from hardware.camera.motion import Zone
from ui.i18n import error_text
from ui.widgets import MessageLabel, TranslatedDialog
from ui.worker import ServiceRunner

CANVAS = (640, 360)


class ZoneCanvas(QWidget):
    """The picture, the zones there are and the corners clicked so far (as fractions)."""

    changed = Signal()

    def __init__(self, picture: QImage | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.picture = picture
        self.points: list[tuple[float, float]] = []
        self.zones: list[Zone] = []
        self.setFixedSize(*CANVAS)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        pos = event.position()
        self.points.append((round(pos.x() / self.width(), 4),
                            round(pos.y() / self.height(), 4)))
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        if self.points:
            self.points.pop()
            self.update()
            self.changed.emit()

    def _polygon(self, points) -> QPolygonF:
        return QPolygonF([QPointF(x * self.width(), y * self.height()) for x, y in points])

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#1d2430"))
        if self.picture is not None:
            painter.drawImage(self.rect(), self.picture)
        for zone in self.zones:
            colour = QColor("#9aa5b4") if zone.exclude else QColor("#f2a900")
            painter.setPen(QPen(colour, 2))
            fill = QColor(colour)
            fill.setAlpha(50)
            painter.setBrush(fill)
            painter.drawPolygon(self._polygon(zone.points))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#4f8cff"), 2))
        if len(self.points) > 1:
            painter.drawPolyline(self._polygon(self.points + self.points[:1]))
        for x, y in self.points:
            painter.drawEllipse(QPointF(x * self.width(), y * self.height()), 4, 4)
        painter.end()


class ZoneEditor(TranslatedDialog):
    saved = Signal(object)  # Outcome

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner, camera: str,
                 picture_jpeg: bytes | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner, self.camera = ctx, user, runner, camera
        picture = QImage.fromData(picture_jpeg) if picture_jpeg else None
        self.canvas = ZoneCanvas(picture if picture is not None and not picture.isNull()
                                 else None)
        self.intro = QLabel(wordWrap=True)
        self.existing = QListWidget(objectName="zoneList")
        self.remove_button = QPushButton(objectName="removeZone")
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button = QPushButton(objectName="undoCorner")
        self.undo_button.clicked.connect(self.canvas.undo)
        self.name = QLineEdit(objectName="zoneName")
        self.exclude = QCheckBox(objectName="zoneExclude")
        self.sensitivity = QSpinBox(objectName="zoneSensitivity", minimum=1, maximum=100,
                                    value=50)
        self.min_area = QDoubleSpinBox(objectName="zoneMinArea", minimum=0.5, maximum=100,
                                       value=2.0, suffix=" %", singleStep=0.5)
        self.armed_from = QLineEdit(objectName="zoneFrom", placeholderText="22:00")
        self.armed_until = QLineEdit(objectName="zoneUntil", placeholderText="06:00")
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name, self.exclude, self.sensitivity,
                                              self.min_area, self.armed_from,
                                              self.armed_until)):
            form.addRow(label, field)
        self.error = MessageLabel("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(self.existing)
        side.addWidget(self.remove_button)
        side.addLayout(form)
        side.addWidget(self.undo_button)
        row = QHBoxLayout()
        row.addWidget(self.canvas)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._records: list[records.ZoneRecord] = []
        self.retranslate()
        self.load()

    def load(self) -> None:
        self.runner.submit(records.zones, self.ctx, self.camera, on_done=self._show_zones)

    def _show_zones(self, found) -> None:
        self._records = list(found)
        self.canvas.zones = [r.zone for r in self._records]
        self.existing.clear()
        for r in self._records:
            kind = self.tr("excluded") if r.zone.exclude else self.tr("watched")
            when = (f"{r.zone.armed_from}-{r.zone.armed_until}" if r.zone.armed_from
                    else self.tr("always"))
            self.existing.addItem(f"{r.zone.name}（{kind}，{when}）")
        self.canvas.update()

    def zone(self) -> Zone:
        return Zone(self.name.text().strip(), tuple(self.canvas.points), self.exclude.isChecked(),
                    self.sensitivity.value(), round(self.min_area.value() / 100, 4),
                    self.armed_from.text().strip(), self.armed_until.text().strip())

    def save(self) -> None:
        self.runner.submit(records.save_zone, self.ctx, self.user, self.camera, self.zone(),
                           on_done=self._saved, on_error=self._failed)

    def _saved(self, outcome) -> None:
        self.error.show_text("")
        self.canvas.points = []
        self.name.clear()
        self.saved.emit(outcome)
        self.load()

    def remove_selected(self) -> None:
        row = self.existing.currentRow()
        if 0 <= row < len(self._records):
            self.runner.submit(records.remove_zone, self.ctx, self.user, self._records[row].id,
                               on_done=self._saved, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.error.show_text(error_text(error))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Motion zones: {0}").format(self.camera))
        self.intro.setText(self.tr("Click the corners of the zone on the picture, then name "
                                   "it and save. Motion in a watched zone raises an alert; "
                                   "an excluded zone (a tree, a flag, a road) never does."))
        texts = (self.tr("Name"), self.tr("Exclude"), self.tr("Sensitivity (1-100)"),
                 self.tr("Minimum changed area"), self.tr("Armed from (HH:MM)"),
                 self.tr("Armed until (HH:MM)"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.exclude.setText(self.tr("never raise alerts here"))
        self.remove_button.setText(self.tr("Remove the selected zone"))
        self.undo_button.setText(self.tr("Undo the last corner"))
