"""The Cameras page: the wall (1, 2×2, 3×3, 4×4 or the saved custom layout), the cameras to
drag onto it, the full view of one camera on its main stream (double-click; Esc back), a
snapshot of the selected tile (audited), and the camera alerts waiting for a guard."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDrag, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.cameras import records
from app.context import AppContext
from app.domain import Changes, CurrentUser, Role
from app.incidents import workorders
from ui.camera_wall import MIME, TILE_FORMATS, CameraWall, Doorbell
from ui.i18n import error_text
from ui.widgets import MessageLabel, Retranslating
from ui.worker import ServiceRunner

LAYOUTS = (1, 2, 3, 4)


class HubBridge(QObject):
    """Carries the camera hub's updates (alerts, camera states) to the GUI thread."""

    updated = Signal(object)


class CameraList(QListWidget):
    """The configured cameras; drag one onto a tile."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cameraList")
        self.setDragEnabled(True)

    def mimeData(self, items):  # noqa: N802 - Qt's name
        data = QMimeData()
        if items:
            data.setData(MIME, QByteArray(items[0].data(Qt.ItemDataRole.UserRole).encode()))
        return data

    def startDrag(self, actions) -> None:  # noqa: N802 - Qt's name
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.exec(Qt.DropAction.CopyAction)


class FullView(QWidget):
    """One camera on its main stream, resized to the view in the capture thread and painted
    as its frames arrive (a slow look also shows the camera going offline)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.reader = None
        self.name = ""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.doorbell = Doorbell(self)
        self.doorbell.rang.connect(self._look)
        self._timer = QTimer(self, interval=500)
        self._timer.timeout.connect(self._look)
        self._seq = -1
        self.painted = 0  # frames painted

    def watch(self, name: str, reader) -> None:
        self.stop()
        self.name, self.reader, self._seq = name, reader, -1
        if reader is not None:
            reader.on_new_frame = self.doorbell.ring
        self._timer.start()
        self.update()

    def stop(self) -> None:
        self._timer.stop()
        if self.reader is not None:
            self.reader.on_new_frame = None
        self.reader = None

    def view_size(self) -> tuple[int, int]:
        return max(16, self.width() & ~1), max(16, self.height() & ~1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.reader is not None:
            self.reader.set_size(self.view_size())

    def _look(self) -> None:
        self.doorbell.answer()
        frame = self.reader.latest() if self.reader is not None else None
        if (frame.seq if frame is not None else -1) != self._seq:
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        frame = self.reader.latest() if self.reader is not None else None
        if frame is not None and frame.seq != self._seq:
            self.painted += 1
        self._seq = frame.seq if frame is not None else -1
        if frame is not None:
            image = frame.image
            h, w = image.shape[:2]
            picture = QImage(image, w, h, image.strides[0], TILE_FORMATS[image.shape[2]])
            painter.drawImage((self.width() - w) // 2, (self.height() - h) // 2, picture)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(12, 24, self.name)
        painter.end()


class CamerasPage(Retranslating, QWidget):
    changes_made = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner, hub,
                 ui_state=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_cameras")
        self.ctx, self.user, self.runner, self.hub = ctx, user, runner, hub
        self.ui_state = ui_state
        self.cameras = CameraList()
        for name in hub.cameras:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.cameras.addItem(item)
        self.wall = CameraWall(hub)
        self.wall.full_view_requested.connect(self.open_full_view)
        self.full = FullView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.wall)
        self.stack.addWidget(self.full)
        self.layout_buttons = QButtonGroup(self)
        tools = QHBoxLayout()
        for side in LAYOUTS:
            button = QPushButton(f"{side}×{side}" if side > 1 else "1", checkable=True,
                                 objectName=f"layout{side}")
            self.layout_buttons.addButton(button, side)
            tools.addWidget(button)
        self.layout_buttons.idClicked.connect(lambda side: self.set_layout(side))
        self.custom_button = QPushButton(objectName="customLayout")
        self.custom_button.clicked.connect(self.restore_custom)
        self.save_custom_button = QPushButton(objectName="saveCustomLayout")
        self.save_custom_button.clicked.connect(self.save_custom)
        self.snapshot_button = QPushButton(objectName="snapshot")
        self.snapshot_button.clicked.connect(self.take_snapshot)
        self.zones_button = QPushButton(objectName="editZones")
        self.zones_button.clicked.connect(lambda: self.edit_zones())
        self.zones_button.setVisible(user.has_role(Role.ADMIN))
        self.back_button = QPushButton(objectName="backToWall", visible=False)
        self.back_button.clicked.connect(self.close_full_view)
        for button in (self.custom_button, self.save_custom_button, self.snapshot_button,
                       self.zones_button, self.back_button):
            tools.addWidget(button)
        tools.addStretch(1)
        self.message = MessageLabel("notice")
        self.alerts_title = QLabel(objectName="alertsTitle")
        self.alerts = QListWidget(objectName="cameraAlerts")
        self.acknowledge_button = QPushButton(objectName="acknowledgeAlert")
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.error = MessageLabel("error")
        side_panel = QVBoxLayout()
        self.cameras_title = QLabel()
        for part in (self.cameras_title, self.cameras, self.alerts_title, self.alerts,
                     self.acknowledge_button, self.error):
            side_panel.addWidget(part)
        side_box = QWidget()
        side_box.setLayout(side_panel)
        side_box.setFixedWidth(240)
        centre = QVBoxLayout()
        centre.addLayout(tools)
        centre.addWidget(self.stack, 1)
        centre.addWidget(self.message)
        columns = QHBoxLayout(self)
        columns.addLayout(centre, 1)
        columns.addWidget(side_box)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_full_view,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._orders: list[workorders.WorkOrderSummary] = []
        self.retranslate()
        self.set_layout(ctx.settings.camera_wall.layout, list(hub.cameras))
        self.refresh_alerts()

    # --- layouts -----------------------------------------------------------------------------

    def set_layout(self, side: int, cameras: list[str] | None = None) -> None:
        self.wall.set_layout(side, cameras)
        button = self.layout_buttons.button(side)
        if button is not None:
            button.setChecked(True)

    def save_custom(self) -> None:
        if self.ui_state is not None:
            self.ui_state.setValue("cameras/custom", json.dumps(
                {"side": self.wall.side, "tiles": self.wall.tiles}, ensure_ascii=False))
        self.message.show_text(self.tr("This layout is saved as the custom one."))

    def restore_custom(self) -> None:
        saved = self.ui_state.value("cameras/custom") if self.ui_state is not None else None
        if not saved:
            self.message.show_text(self.tr("No custom layout saved yet."))
            return
        layout = json.loads(saved)
        self.set_layout(int(layout["side"]), [n if n in self.hub.cameras else ""
                                              for n in layout["tiles"]])

    # --- full view ---------------------------------------------------------------------------

    def open_full_view(self, name: str) -> None:
        self.stack.setCurrentWidget(self.full)
        reader = self.hub.open_full(name, self.full.view_size())
        self.full.watch(name, reader)
        self.back_button.setVisible(True)
        self.full.setFocus()

    def close_full_view(self) -> None:
        if self.stack.currentWidget() is not self.full:
            return
        self.full.stop()
        self.hub.close_full()
        self.stack.setCurrentWidget(self.wall)
        self.back_button.setVisible(False)

    # --- snapshots ---------------------------------------------------------------------------

    def take_snapshot(self) -> None:
        name = self.full.name if self.stack.currentWidget() is self.full \
            else self.wall.tiles[self.wall.selected]
        jpeg = self.hub.snapshot_jpeg(name) if name else None
        if jpeg is None:
            self.message.show_text(self.tr("No picture to keep: the camera is not live."))
            return
        self.runner.submit(records.save_snapshot, self.ctx, self.user, name, jpeg,
                           on_done=lambda path: self.message.show_text(
                               self.tr("Snapshot kept: {0}").format(path.name)),
                           on_error=lambda e: self.message.show_text(error_text(e)))

    def edit_zones(self, camera: str | None = None):
        """Administrators draw the selected tile's camera's motion zones."""
        from ui.pages.zone_editor import ZoneEditor

        name = camera or self.wall.tiles[self.wall.selected]
        if not name:
            self.message.show_text(self.tr("Select a tile with a camera first."))
            return None
        dialog = ZoneEditor(self.ctx, self.user, self.runner, name,
                            self.hub.snapshot_jpeg(name), self)
        dialog.saved.connect(lambda outcome: self.changes_made.emit(outcome.changes))
        dialog.open()
        return dialog

    # --- alerts ------------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("work_order"):
            self.refresh_alerts()
        if changes.touches("camera_zone"):
            self.hub.reload_zones()

    def refresh_alerts(self) -> None:
        self.runner.submit(workorders.open_orders, self.ctx, on_done=self._show_alerts)

    def _show_alerts(self, orders) -> None:
        self._orders = [o for o in orders if o.kind == "camera_motion" and o.state == "new"]
        self.wall.alerting = {o.camera for o in self._orders}
        self.alerts.clear()
        for order in self._orders:
            at = order.raised_at.astimezone().strftime("%H:%M:%S")
            mark = "⚠ " if order.escalated else ""
            item = QListWidgetItem(f"{mark}{at}  {order.camera} · {order.zone}")
            item.setData(Qt.ItemDataRole.UserRole, str(order.id))
            self.alerts.addItem(item)
        if self._orders and self.alerts.currentRow() < 0:
            self.alerts.setCurrentRow(0)
        self.alerts_title.setText(self.tr("Alerts waiting: {0}").format(len(self._orders)))
        self.wall.update()

    def acknowledge_selected(self) -> None:
        """The guard takes the alert on: it becomes an acknowledged work order."""
        row = self.alerts.currentRow()
        if row < 0 or row >= len(self._orders):
            return
        order = self._orders[row]
        self.runner.submit(workorders.move, self.ctx, self.user, order.id, "acknowledged",
                           on_done=self._acknowledged, on_error=self._failed)

    def _acknowledged(self, outcome) -> None:
        self.error.show_text("")
        self.message.show_text(self.tr("Work order opened: {0}").format(outcome.value.title))
        self.changes_made.emit(outcome.changes)

    def _failed(self, error: BaseException) -> None:
        self.error.show_text(error_text(error))

    # --- the page's life -----------------------------------------------------------------------

    def shutdown(self) -> None:
        self.full.stop()
        self.hub.close_full()

    def retranslate(self) -> None:
        self.cameras_title.setText(self.tr("Cameras (drag onto a tile)"))
        self.custom_button.setText(self.tr("Custom"))
        self.save_custom_button.setText(self.tr("Save as custom"))
        self.snapshot_button.setText(self.tr("Snapshot"))
        self.zones_button.setText(self.tr("Motion zones…"))
        self.back_button.setText(self.tr("Back to the wall (Esc)"))
        self.acknowledge_button.setText(self.tr("Take it on (opens a work order)"))
        self.alerts_title.setText(self.tr("Alerts waiting: {0}").format(len(self._orders)))
        self.wall.words = {"live": self.tr("live"), "offline": self.tr("OFFLINE"),
                           "for": self.tr("for {0}"), "empty": self.tr("drag a camera here"),
                           "connecting": self.tr("connecting…")}
        self.wall.format_duration = self._duration
        self.wall.update()

    def _duration(self, seconds: int) -> str:
        if seconds < 60:
            return self.tr("{0} s").format(seconds)
        if seconds < 3600:
            return self.tr("{0} min {1} s").format(seconds // 60, seconds % 60)
        return self.tr("{0} h {1} min").format(seconds // 3600, seconds % 3600 // 60)
