"""The camera wall: a grid of tiles painted by one widget as their frames arrive.

Each tile's reader already resized its newest frame to the tile's size in the capture thread,
so painting is a copy of a small picture — Qt scales nothing, and each tile is painted with a
clip of its own rectangle, which lets Qt copy the picture straight in. A reader tells the wall
when it has a new frame (one wake-up for however many arrive meanwhile); the wall then repaints
just the tiles with a new frame, at most every LOOK_GAP_MS. A frame not yet painted when a
newer one arrives is simply never painted. Tiles: the camera's name, a live/offline badge
with how long, the frames per second shown; an offline tile says so plainly; a tile with an
alert nobody has acknowledged flashes red. Drag a camera onto a tile; double-click a tile for
the full view.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen, QRegion
from PySide6.QtWidgets import QWidget

MIME = "application/x-guardroom-camera"
# Tiles come as BGRA from the capture thread: the same bytes as Qt's RGB32 on a little-endian
# machine, so painting them is a copy (three-byte BGR would be converted on every paint).
TILE_FORMATS = {3: QImage.Format.Format_BGR888, 4: QImage.Format.Format_RGB32}
GAP = 2
BAR_HEIGHT = 22
LOOK_GAP_MS = 10  # at most 100 looks (and paints) a second, however many cameras
LATENCY_EVERY = 8  # a sample of frames is enough for a median; reading costs CPU too
LABEL_EVERY = 0.5  # seconds between two updates of a tile's label (its fps)
STALLED = 0.5  # seconds without a painted frame after which a tile's fps falls
BACKGROUND, EMPTY_TILE, BAR = QColor("#11161d"), QColor("#1d2430"), QColor(0, 0, 0, 150)
LIVE, OFFLINE, CONNECTING = QColor("#1b873f"), QColor("#c62828"), QColor("#9aa5b4")
EMPTY_TEXT, WHITE = QColor("#56647a"), QColor("#ffffff")
ALERT_PEN, SELECTED_PEN = QPen(QColor("#ff1744"), 6), QPen(QColor("#4f8cff"), 2)


class TileStats:
    """Frames actually painted, per second, over the last two seconds."""

    def __init__(self):
        self.painted: list[float] = []
        self.last_seq = -1
        self.count = 0  # frames painted since the tile got its camera

    def paint(self, seq: int, now: float) -> bool:
        if seq == self.last_seq:
            return False
        self.last_seq = seq
        self.count += 1
        self.painted.append(now)
        if len(self.painted) > 120:
            del self.painted[:60]
        return True

    def fps(self, now: float) -> float:
        """Frames over the time they span: steady at a steady rate (counting frames in a fixed
        window flips between 24 and 25 with the window's phase, and each flip redraws the
        tile's label); a tile whose frames stopped counts the time since its last one."""
        recent = [t for t in self.painted if t >= now - 2.0]
        if len(recent) < 2:
            return 0.0
        end = recent[-1] if now - recent[-1] < STALLED else now
        return (len(recent) - 1) / max(end - recent[0], 1e-3)


class Doorbell(QObject):
    """Rung on a capture thread after each new frame (a reader's ``on_new_frame``);
    ``rang`` is emitted on the GUI thread once for however many rings come before
    ``answer()``: one wake-up per look, not one per frame."""

    rang = Signal()
    _rung = Signal()  # emitted on a capture thread, delivered on the GUI thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pending = False
        self._rung.connect(self.rang, Qt.ConnectionType.QueuedConnection)

    def ring(self) -> None:
        if not self._pending:
            self._pending = True
            try:
                self._rung.emit()
            except RuntimeError:  # the widget is gone
                pass

    def answer(self) -> None:
        """The GUI thread is looking now: frames arriving from now on ring again."""
        self._pending = False


class _Label:
    """A tile's label (name, state and fps on a dark band as wide as the text, at most the
    tile's width), drawn once into a picture and laid over each frame as one small blend
    until it changes."""

    def __init__(self, text: str, colour: QColor, state, at: float, width: int, font: QFont,
                 ratio: float = 1.0):
        self.colour, self.state, self.at = colour, state, at
        self.look = (text, colour, width, ratio)  # what the picture shows, at which size
        width = min(width, 20 + QFontMetrics(font).horizontalAdvance(text) + 8)
        # at the screen's own pixel density, so the text stays sharp on a scaled display
        self.bar = QImage(max(1, round(width * ratio)), round(BAR_HEIGHT * ratio),
                          QImage.Format.Format_ARGB32_Premultiplied)
        self.bar.setDevicePixelRatio(ratio)
        self.bar.fill(BAR)
        painter = QPainter(self.bar)
        painter.fillRect(QRect(6, 7, 8, 8), colour)
        painter.setPen(WHITE)
        painter.setFont(font)
        painter.drawText(QRect(20, 0, max(1, width - 20), BAR_HEIGHT),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.end()


class CameraWall(QWidget):
    full_view_requested = Signal(str)
    assignment_changed = Signal()

    def __init__(self, hub, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cameraWall")
        self.hub = hub
        self.side = 2
        self.tiles: list[str] = []  # camera name per tile ("" = empty)
        self.stats: dict[int, TileStats] = {}
        self.alerting: set[str] = set()
        self.selected = 0
        self.latencies: list[float] = []  # glass-to-tile, where frames carry their send time
        self.waits: list[float] = []  # ms from a frame kept by its reader to its tile painted
        self.measure_latency = False  # read the time code back from every LATENCY_EVERY-th frame
        self._shown: dict[str, tuple[int, int]] = {}
        self._flash = False
        self.setAcceptDrops(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 180)
        self.doorbell = Doorbell(self)
        self.doorbell.rang.connect(self._woken)
        self._next_look = 0.0
        self._look_timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._look_timer.timeout.connect(self._look)
        self._labels: dict[int, _Label] = {}
        self._font = QFont(self.font())
        self._font.setPointSize(10)
        self._rects: tuple[tuple[int, int, int], list[QRect]] = ((0, 0, 0), [])
        self._flash_timer = QTimer(self, interval=500)
        self._flash_timer.timeout.connect(self._toggle_flash)
        self.words = {"live": "LIVE", "offline": "OFFLINE", "for": "{0}", "empty": "",
                      "connecting": "…"}
        self.format_duration = _duration  # the page gives a translated one

    # --- layout ------------------------------------------------------------------------------

    def set_layout(self, side: int, cameras: list[str] | None = None) -> None:
        names = list(cameras) if cameras is not None else list(self.tiles)
        self.side = side
        count = side * side
        self.tiles = (names + [""] * count)[:count]
        self.stats = {i: TileStats() for i in range(count)}
        self._labels.clear()
        self.selected = min(self.selected, count - 1)
        self._sync_readers()
        self.update()
        self.assignment_changed.emit()

    def assign(self, tile: int, camera: str) -> None:
        if camera in self.tiles:  # a camera shows in one tile: the two swap
            self.tiles[self.tiles.index(camera)] = self.tiles[tile]
        self.tiles[tile] = camera
        self.stats[tile] = TileStats()
        self._labels.clear()
        self._sync_readers()
        self.update()
        self.assignment_changed.emit()

    def tile_rect(self, index: int) -> QRect:
        return QRect(self._tile_rects()[index])

    def _tile_rects(self) -> list[QRect]:
        """Every tile's rectangle, worked out again only when the size or the layout changes
        (painting asks for them with every frame)."""
        w, h, side = self.width(), self.height(), self.side
        if self._rects[0] != (w, h, side):
            rects = []
            for index in range(side * side):
                col, row = index % side, index // side
                x0, x1 = col * w // side, (col + 1) * w // side
                y0, y1 = row * h // side, (row + 1) * h // side
                rects.append(QRect(x0 + GAP // 2, y0 + GAP // 2, x1 - x0 - GAP, y1 - y0 - GAP))
            self._rects = ((w, h, side), rects)
        return self._rects[1]

    def tile_at(self, pos) -> int:
        for i in range(len(self.tiles)):
            if self.tile_rect(i).contains(pos):
                return i
        return -1

    def _sync_readers(self) -> None:
        """Readers for the cameras on screen at their tiles' sizes; the others paused."""
        wanted = {}
        if self.isVisible():
            for i, name in enumerate(self.tiles):
                if name:
                    r = self.tile_rect(i)
                    wanted[name] = (max(16, r.width() & ~1), max(16, r.height() & ~1))
        for name in set(self._shown) - set(wanted):
            self._listen(name, False)
            self.hub.hide(name)
        for name, size in wanted.items():
            if self._shown.get(name) != size:
                self.hub.show(name, size)
            self._listen(name, True)
        self._shown = wanted

    def _listen(self, name: str, on: bool) -> None:
        reader = self.hub.reader(name)
        if reader is not None:
            reader.on_new_frame = self.doorbell.ring if on else None

    # --- Qt events ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._sync_readers()
        self._flash_timer.start()
        self._look()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._flash_timer.stop()
        self._look_timer.stop()
        for name in self._shown:
            self._listen(name, False)
            self.hub.hide(name)
        self._shown = {}
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._sync_readers()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        tile = self.tile_at(event.position().toPoint())
        if tile >= 0:
            self.selected = tile
            self.update()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        tile = self.tile_at(event.position().toPoint())
        if tile >= 0 and self.tiles[tile]:
            self.full_view_requested.emit(self.tiles[tile])

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        tile = self.tile_at(event.position().toPoint())
        name = bytes(event.mimeData().data(MIME)).decode("utf-8")
        if tile >= 0 and name:
            self.assign(tile, name)
            event.acceptProposedAction()

    # --- painting ----------------------------------------------------------------------------

    def _woken(self) -> None:
        """Frames arrived: look now, or when LOOK_GAP_MS has passed since the last look (frames
        arriving meanwhile join that look: fewer, fuller paints whatever the cameras' phases)."""
        wait = self._next_look - time.monotonic()
        if wait <= 0:
            self._look()
        elif not self._look_timer.isActive():
            self._look_timer.start(max(1, round(wait * 1000)))

    def _look(self) -> None:
        """Repaint just the tiles with a new frame (Qt joins them into one paint)."""
        self.doorbell.answer()
        self._next_look = time.monotonic() + LOOK_GAP_MS / 1000
        rects = self._tile_rects()
        for i, name in enumerate(self.tiles):
            reader = self.hub.reader(name) if name else None
            frame = reader.latest() if reader is not None else None
            if frame is not None and frame.seq != self.stats[i].last_seq:
                self.update(rects[i])

    def _toggle_flash(self) -> None:
        if self.alerting & set(self.tiles):
            self._flash = not self._flash
            self.update()
        # also refresh the "offline for …" counters once in a while
        elif any(name and self._offline(name) for name in self.tiles):
            self.update()

    def _offline(self, name: str) -> bool:
        reader = self.hub.reader(name)
        return reader is None or not reader.online

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        region = event.region()
        now = time.monotonic()
        painter.setFont(self._font)
        tiles, covered = [], QRegion()
        rects = self._tile_rects()
        for i, name in enumerate(self.tiles):
            rect = rects[i]
            if region.intersects(rect):
                reader = self.hub.reader(name) if name else None
                frame = reader.latest() if reader is not None else None
                tiles.append((i, name, rect))
                if self._covers(frame, rect):
                    covered += rect
        background = region - covered  # the gaps, and tiles without a whole picture
        if not background.isEmpty():
            painter.setClipRegion(background)
            painter.fillRect(background.boundingRect(), BACKGROUND)
        for i, name, rect in tiles:
            # the tile's own rectangle as the clip: Qt copies the picture in one go instead of
            # blending it line by line on its thread pool, as it does under a many-piece clip
            painter.setClipRect(rect)
            self._paint_tile(painter, i, name, rect, now)
        painter.end()

    def _covers(self, frame, rect: QRect) -> bool:
        """Will the tile's picture cover its whole rectangle?"""
        if frame is None:
            return False
        h, w = frame.image.shape[:2]
        return w >= rect.width() and h >= rect.height()

    def _paint_tile(self, painter: QPainter, i: int, name: str, rect: QRect, now: float) -> None:
        reader = self.hub.reader(name) if name else None
        frame = reader.latest() if reader is not None else None
        if frame is not None:
            image = frame.image
            h, w = image.shape[:2]
            if w < rect.width() or h < rect.height():  # a frame from before a resize
                painter.fillRect(rect, EMPTY_TILE)
            picture = QImage(image, w, h, image.strides[0], TILE_FORMATS[image.shape[2]])
            painter.drawImage(rect.topLeft(), picture)  # already the tile's size: no scaling
            self.stats[i].paint(frame.seq, now)
            if self.measure_latency and frame.seq % LATENCY_EVERY == 0:
                from app.cameras.hub import picture_age_ms

                age = picture_age_ms(image)
                if age is not None:
                    self.latencies.append(age)
                self.waits.append((now - frame.at) * 1000)
        else:
            painter.fillRect(rect, EMPTY_TILE)
        self._paint_badges(painter, i, name, rect, reader, frame, now)

    def _label(self, i: int, name: str, reader, now: float, width: int) -> _Label:
        online = reader is not None and reader.online
        connecting = reader is None or reader.online is None
        since = int(now - reader.since) if reader is not None else 0
        ratio = self.devicePixelRatioF()
        state = (name, online, connecting, since if not online else 0, width, ratio)
        label = self._labels.get(i)
        if label is not None and label.state == state and (not online
                                                            or now - label.at < LABEL_EVERY):
            return label
        if online:
            colour = LIVE
            text = f"{name}  {self.words['live']}  {self.stats[i].fps(now):.0f} fps"
        else:
            badge = self.words["connecting"] if connecting else self.words["offline"]
            colour = CONNECTING if connecting else OFFLINE
            text = f"{name}  {badge}" + ("" if connecting else
                                        "  " + self.words["for"].format(self.format_duration(since)))
        if label is None or label.look != (text, colour, width, ratio):
            label = _Label(text, colour, state, now, width, self._font, ratio)
        else:
            label.state, label.at = state, now
        self._labels[i] = label
        return label

    def _paint_badges(self, painter, i, name, rect, reader, frame, now) -> None:
        if not name:
            painter.setPen(EMPTY_TEXT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.words["empty"])
        else:
            label = self._label(i, name, reader, now, rect.width())
            online = reader is not None and reader.online
            if not online and frame is None:
                connecting = reader is None or reader.online is None
                painter.setPen(label.colour)
                big = QFont(painter.font())
                big.setPointSize(16)
                painter.save()
                painter.setFont(big)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                                 self.words["connecting"] if connecting else self.words["offline"])
                painter.restore()
            painter.drawImage(rect.topLeft(), label.bar)
        if name in self.alerting and self._flash:
            painter.setPen(ALERT_PEN)
            painter.drawRect(rect.adjusted(3, 3, -3, -3))
        elif i == self.selected:
            painter.setPen(SELECTED_PEN)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def displayed_fps(self) -> list[float]:
        now = time.monotonic()
        return [self.stats[i].fps(now) for i, name in enumerate(self.tiles) if name]


def _duration(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
