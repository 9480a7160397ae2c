"""The main window: header, navigation rail, one page per area, status bar.

Pages are built on first visit; a ``Changes`` record from any action is broadcast once to
every page that exists so each decides whether to refresh.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import Changes, CurrentUser, Role
from resources import icon_path
from ui.i18n import Translations
from ui.pages.placeholder import NotYetPage
from ui.widgets import Retranslating
from ui.worker import ServiceRunner

AREAS = (
    ("check", QT_TRANSLATE_NOOP("MainWindow", "Check station")),
    ("visitors", QT_TRANSLATE_NOOP("MainWindow", "Visitors & vehicles")),
    ("cameras", QT_TRANSLATE_NOOP("MainWindow", "Cameras")),
    ("roster", QT_TRANSLATE_NOOP("MainWindow", "Roster")),
    ("incidents", QT_TRANSLATE_NOOP("MainWindow", "Incidents")),
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard")),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings")),
)
MIN_SIZE = QSize(1024, 640)
NAV_WIDTH = 200
DEFAULT_SIZE = QSize(1366, 768)
ARCHIVE_MINUTES = 15  # how often the scheduled export looks for a finished day's report
log = logging.getLogger(__name__)


class MainWindow(Retranslating, QMainWindow):
    changes_made = Signal(object)  # Changes
    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 translations: Translations, ui_state: QSettings,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.translations, self.ui_state = translations, ui_state
        self.setObjectName("mainWindow")
        self.setMinimumSize(MIN_SIZE)
        self._pages: dict[str, QWidget] = {}
        self.cards = None  # the ID card reader, shared by the check station and the visitor desk
        self._start_card_reader()
        self._start_cameras()

        self.title = QLabel(objectName="headerTitle")
        self.clock = QLabel(objectName="headerClock")
        self.sign_out = QPushButton(objectName="signOutButton")
        self.sign_out.clicked.connect(self.sign_out_requested)
        header = QWidget(objectName="header")
        row = QHBoxLayout(header)
        row.addWidget(self.title)
        row.addStretch(1)
        row.addWidget(self.clock)
        row.addWidget(self.sign_out)

        self.nav = QListWidget(objectName="navRail")
        self.nav.setIconSize(QSize(28, 28))
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setWordWrap(True)
        for key, _label in AREAS:
            item = QListWidgetItem(QIcon(str(icon_path(key))), "")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.stack = QStackedWidget(objectName="pageStack")
        for _ in AREAS:
            self.stack.addWidget(QWidget())  # replaced by the real page on first visit
        self.nav.currentRowChanged.connect(self._show_row)

        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(0)
        columns.addWidget(self.nav)
        columns.addWidget(self.stack, 1)
        central = QWidget()
        rows = QVBoxLayout(central)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(0)
        rows.addWidget(header)
        rows.addWidget(body, 1)
        self.setCentralWidget(central)

        from ui.status_bar import StationStatusBar

        self.status = StationStatusBar(ctx, user)
        self.setStatusBar(self.status)
        self.status.sync_light.open_panel.connect(self.show_sync_panel)
        self.status.sync_light.start_agent()
        self.changes_made.connect(self._broadcast)
        self._duty_ticks = 0

        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._tick()
        self._archive_timer = QTimer(self, interval=ARCHIVE_MINUTES * 60_000)
        self._archive_timer.timeout.connect(self.archive_reports)
        self._archive_timer.start()
        QTimer.singleShot(10_000, self, self.archive_reports)
        self.retranslate()
        self._restore_state()

    # --- pages ---------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [key for key, _ in AREAS]

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.page_keys().index(key))
        return self.page(key)

    def current_page_key(self) -> str:
        return AREAS[max(self.nav.currentRow(), 0)][0]

    def page(self, key: str) -> QWidget:
        if key not in self._pages:
            index = self.page_keys().index(key)
            page = self._build_page(key)
            old = self.stack.widget(index)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, page)
            self._pages[key] = page
        return self._pages[key]

    def _build_page(self, key: str) -> QWidget:
        if key == "settings":
            from ui.pages.settings_page import SettingsPage

            page = SettingsPage(self.ctx, self.user, self.runner, self.translations.language)
            page.language_chosen.connect(self.switch_language)
            page.changes_made.connect(self.changes_made)
            return page
        if key == "check":
            from ui.pages.station_page import StationPage

            page = StationPage(self.ctx, self.user, self.runner, cards=self.cards)
            page.changes_made.connect(self.changes_made)
            return page
        if key == "cameras":
            from ui.pages.cameras_page import CamerasPage

            page = CamerasPage(self.ctx, self.user, self.runner, self.cameras,
                               self.ui_state)
            page.changes_made.connect(self.changes_made)
            return page
        if key == "roster" and self.user.has_role(Role.LEAD, Role.ADMIN):
            from ui.pages.roster_page import RosterPage

            page = RosterPage(self.ctx, self.user, self.runner)
            page.changes_made.connect(self.changes_made)
            return page
        if key == "roster":  # guards read the published roster
            from ui.pages.roster_read_page import PublishedRosterPage

            return PublishedRosterPage(self.ctx, self.user, self.runner)
        if key == "dashboard":
            from ui.pages.dashboard_page import DashboardPage

            page = DashboardPage(self.ctx, self.user, self.runner)
            page.changes_made.connect(self.changes_made)
            return page
        if key == "incidents":
            from ui.pages.incidents_page import IncidentsPage

            page = IncidentsPage(self.ctx, self.user, self.runner)
            page.changes_made.connect(self.changes_made)
            return page
        if key == "visitors":
            from ui.pages.visitors_page import VisitorsPage

            page = VisitorsPage(self.ctx, self.user, self.runner, cards=self.cards)
            page.changes_made.connect(self.changes_made)
            return page
        return NotYetPage(key)

    def show_sync_panel(self):
        from ui.pages.sync_panel import SyncPanel

        panel = SyncPanel(self.ctx, self.runner, self)
        panel.show()
        return panel

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = AREAS[row][0]
        self.stack.setCurrentIndex(row)
        self.stack.setCurrentWidget(self.page(key))
        self.ui_state.setValue("ui/page", key)

    def _start_card_reader(self) -> None:
        from app.station.card_desk import CardDesk

        reader = self.ctx.settings.devices.card_reader
        if self.cards is None:  # one desk for the window's life; it reads only when set up
            self.cards = CardDesk("", reader.baudrate)
        self.cards.reconnect(reader.url, reader.baudrate)

    def _start_cameras(self) -> None:
        """The cameras run from the start: motion in armed zones raises alerts on any page."""
        from app.cameras.hub import CameraHub
        from ui.pages.cameras_page import HubBridge

        self.camera_bridge = HubBridge(self)
        self.camera_bridge.updated.connect(self._camera_update,
                                           Qt.ConnectionType.QueuedConnection)
        self.cameras = CameraHub.from_settings(self.ctx, [self.camera_bridge.updated.emit])
        self.cameras.start()
        self.alert_sound = None

    def _camera_update(self, update) -> None:
        from app.cameras.hub import AlertRaised, Escalated

        if isinstance(update, AlertRaised | Escalated):
            if isinstance(update, AlertRaised):
                self._play_alert()
            self.changes_made.emit(Changes.of("work_order"))

    def _play_alert(self) -> None:
        from ui.sound import VerdictSound

        if self.alert_sound is None:
            self.alert_sound = VerdictSound()
        self.alert_sound.play("deny")

    def _broadcast(self, changes: Changes) -> None:
        if changes.touches("roster"):
            self.refresh_duty()
        if changes.touches("settings"):
            self.status.retranslate()
            self._tick()
            self._start_card_reader()
        for page in self._pages.values():
            handler = getattr(page, "on_changes", None)
            if handler:
                handler(changes)

    # --- language, clock, state ----------------------------------------------------------

    def switch_language(self, language: str) -> None:
        if language != self.translations.language:
            self.translations.install(language)
            self.ui_state.setValue("ui/language", language)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guardroom — {0}").format(self.ctx.settings.station.post))
        self.sign_out.setText(self.tr("Sign out"))
        for row, (_key, label) in enumerate(AREAS):
            self.nav.item(row).setText(QCoreApplication.translate("MainWindow", label))
        self._tick()

    def refresh_duty(self) -> None:
        from app.roster import plans

        self.runner.submit(plans.on_duty, self.ctx, on_done=self.status.show_duty)

    def _tick(self) -> None:
        if hasattr(self, "status"):
            if self._duty_ticks % 60 == 0:
                self.refresh_duty()
            self._duty_ticks += 1
        self.title.setText(self.tr("Guardroom · {0}").format(self.ctx.settings.station.post))
        now = QDateTime.currentDateTime()
        self.clock.setText(self.locale().toString(now, "yyyy-MM-dd dddd HH:mm:ss"))

    def _restore_state(self) -> None:
        geometry = self.ui_state.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        page = self.ui_state.value("ui/page", "check")
        self.show_page(page if page in self.page_keys() else "check")

    def save_state(self) -> None:
        self.ui_state.setValue("window/geometry", self.saveGeometry())
        self.ui_state.sync()

    def archive_reports(self) -> None:
        """The scheduled export: past days' reports the archive folder lacks, off the GUI
        thread (a folder that cannot be written is logged and tried again later)."""
        folder = self.ctx.settings.reports.archive_dir
        if not folder:
            return
        from PySide6.QtCore import QCoreApplication

        from app.reports import archive
        from ui.reports.pdf import write_pdf

        self.runner.submit(archive.export_due, self.ctx, Path(folder), write_pdf,
                           QCoreApplication.translate, on_done=self._archived,
                           on_error=lambda e: log.warning("report archive: %s", e),
                           receiver=self)

    def _archived(self, written) -> None:
        for path in written:
            log.info("report archive: wrote %s", path)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._timer.stop()
        self._archive_timer.stop()
        for page in self._pages.values():
            stop = getattr(page, "shutdown", None)
            if stop:
                stop()
        self.cards.stop()
        self.cameras.stop()
        self.status.sync_light.stop_agent()
        self.save_state()
        super().closeEvent(event)
