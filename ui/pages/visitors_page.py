"""Visitors & vehicles: the walk-in form beside the on-site list (who is inside now, since
when, overstays marked), with check-out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import Changes, CurrentUser, Role
from app.visitors import preregistration, registry
from ui.i18n import error_text, render
from ui.pages.staff_vehicles_panel import StaffVehiclesPanel
from ui.pages.vehicles_panel import VehiclesPanel
from ui.pages.visit_log_panel import VisitLogPanel
from ui.pages.walk_in_form import WalkInForm
from ui.pages.watchlist_panel import WatchlistPanel
from ui.widgets import MessageLabel, Retranslating, read_only_table
from ui.worker import ServiceRunner

OVERSTAY_COLOUR = QColor("#fde2e1")
REFRESH_MS = 60_000  # overstays appear without anyone touching the screen


class VisitorsPage(Retranslating, QWidget):
    changes_made = Signal(object)

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None, cards=None):
        super().__init__(parent)
        self.setObjectName("page_visitors")
        self.ctx, self.user, self.runner = ctx, user, runner
        self.visits: list[registry.VisitSummary] = []
        self._late_alerted = 0
        self.form = WalkInForm(ctx, user, runner, cards=cards)
        self.form.setFixedWidth(430)
        self.form.registered.connect(lambda outcome: self.changes_made.emit(outcome.changes))
        self.title = QLabel(objectName="onSiteTitle")
        self.table = read_only_table(6, "onSite")
        self.check_out_button = QPushButton(objectName="checkOut")
        self.check_out_button.clicked.connect(self.check_out_selected)
        self.unmask_button = QPushButton(objectName="unmask")
        self.unmask_button.clicked.connect(lambda: self.unmask_selected())
        self.unmask_button.setVisible(user.has_role(Role.LEAD, Role.ADMIN))
        self.scan_out = QLineEdit(objectName="scanToCheckOut")
        self.scan_out.returnPressed.connect(self.check_out_scanned)
        self.scan_message = MessageLabel("error")
        self.scan_notice = MessageLabel("notice")
        self.preregister_button = QPushButton(objectName="preregister")
        self.preregister_button.clicked.connect(lambda: self.open_preregister())
        self.preregister_button.setVisible(user.has_role(Role.LEAD, Role.ADMIN))
        self.import_button = QPushButton(objectName="importExpected")
        self.import_button.clicked.connect(lambda: self.import_expected())
        self.import_button.setVisible(user.has_role(Role.LEAD, Role.ADMIN))
        self.import_report = MessageLabel("error")
        self.import_notice = MessageLabel("notice")
        self.print_button = QPushButton(objectName="printOnSite")
        self.print_button.clicked.connect(lambda: self.print_on_site())
        on_site = QWidget()
        right = QVBoxLayout(on_site)
        right.addWidget(self.title)
        right.addWidget(self.scan_out)
        right.addWidget(self.scan_message)
        right.addWidget(self.scan_notice)
        right.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_out_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.unmask_button)
        buttons.addWidget(self.preregister_button)
        buttons.addWidget(self.import_button)
        right.addLayout(buttons)
        right.addWidget(self.import_report)
        right.addWidget(self.import_notice)
        self.log = VisitLogPanel(ctx, user, runner)
        self.vehicles = VehiclesPanel(ctx, user, runner)
        self.vehicles.changes_made.connect(self.changes_made)
        self.tabs = QTabWidget(objectName="visitorTabs")
        self.tabs.addTab(on_site, "")
        self.tabs.addTab(self.vehicles, "")
        self.tabs.addTab(self.log, "")
        self.watchlist = self.staff_vehicles = None
        if user.has_role(Role.LEAD, Role.ADMIN):
            self.staff_vehicles = StaffVehiclesPanel(ctx, user, runner)
            self.staff_vehicles.changes_made.connect(self.changes_made)
            self.tabs.addTab(self.staff_vehicles, "")
            self.watchlist = WatchlistPanel(ctx, user, runner)
            self.watchlist.changes_made.connect(self.changes_made)
            self.tabs.addTab(self.watchlist, "")
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QHBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.tabs, 1)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.timeout.connect(self.vehicles.refresh)
        self._timer.start()
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:  # the on-site visitors (vehicles refresh themselves)
        self.runner.submit(_housekeeping_then_list, self.ctx, on_done=self._show)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("settings"):
            self.form.apply_settings()
        if changes.touches("visit"):
            self.refresh()
        if changes.touches("vehicle"):
            self.vehicles.refresh()

    def _show(self, visits: list[registry.VisitSummary]) -> None:
        self.visits = visits
        now = self.ctx.now()
        self.table.setRowCount(len(visits))
        for row, v in enumerate(visits):
            cells = (v.arrived_at.astimezone().strftime("%H:%M"), v.name, v.document_masked,
                     " ".join(p for p in (v.host_department, v.host_name) if p), v.plate,
                     self.tr("overstayed") if v.overstaying(now) else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if v.overstaying(now):
                    item.setBackground(QBrush(OVERSTAY_COLOUR))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        late = sum(v.overstaying(now) for v in visits)
        title = self.tr("On site now: {0}").format(len(visits))
        if late:  # the overstay alert: red, in the title the guard looks at
            title += "  <span style='color:#c62828; font-weight:bold'>" + self.tr(
                "{0} overstayed — call their hosts").format(late) + "</span>"
            if late > self._late_alerted:
                QApplication.beep()
        self._late_alerted = late
        self.title.setText(title)

    def check_out_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.visits):
            self.runner.submit(registry.check_out, self.ctx, self.user, self.visits[row].id,
                               on_done=lambda o: self.changes_made.emit(o.changes),
                               receiver=self)

    def unmask_selected(self, reason: str | None = None) -> None:
        """A lead sees the selected visitor's full number after stating why (audited)."""
        from PySide6.QtWidgets import QInputDialog

        row = self.table.currentRow()
        if not 0 <= row < len(self.visits):
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Show the full number"),
                                              self.tr("Why is the full number needed? "
                                                      "(recorded in the audit log)"))
            if not ok:
                return
        self.runner.submit(registry.unmask, self.ctx, self.user, self.visits[row].id, reason,
                           on_done=self._unmasked, on_error=self._unmask_failed, receiver=self)

    def _unmasked(self, number: str) -> None:
        self.scan_notice.show_text(self.tr("Full number: {0}").format(number))
        QTimer.singleShot(30_000, lambda: self.scan_notice.show_text(""))  # not left on screen

    def _unmask_failed(self, error: BaseException) -> None:
        self.scan_message.show_text(error_text(error))

    def check_out_scanned(self) -> None:
        """A slip or pass read by a keyboard-mode scanner into the field, then Enter."""
        text = self.scan_out.text()
        self.scan_out.clear()
        self.scan_message.show_text("")
        self.runner.submit(registry.check_out_by_pass, self.ctx, self.user, text,
                           on_done=lambda o: self.changes_made.emit(o.changes),
                           on_error=lambda e: self.scan_message.show_text(
                               error_text(e)),
                           receiver=self)

    def print_on_site(self, printer=None) -> bool:
        """The list of everyone inside, for an evacuation roll call."""
        from ui import printing

        printer = printer or printing.choose_printer(self)
        if printer is None:
            return False
        printing.print_document(printing.on_site_document(
            self.visits, self.ctx.settings.station.post, self.ctx.now()), printer)
        return True

    def open_preregister(self):
        from ui.pages.preregister_dialog import PreregisterDialog

        dialog = PreregisterDialog(self.ctx, self.user, self.runner, self)
        dialog.issued.connect(lambda outcome: self.import_notice.show_text(
            self.tr("{0} passes issued.").format(len(outcome.value))))
        dialog.open()
        return dialog

    def import_expected(self, path: str | None = None, png_dir: str | None = None) -> None:
        """Pre-register the visitors in a CSV/XLSX file; a refused file lists each bad row."""
        from PySide6.QtWidgets import QFileDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Expected visitors"), "", "Excel / CSV (*.xlsx *.csv)")
            if not path:
                return
        self.import_report.show_text("")
        self.import_notice.show_text("")
        self.runner.submit(preregistration.import_file, self.ctx, self.user, Path(path),
                           on_done=lambda outcome: self._imported(outcome, png_dir),
                           on_error=self._import_refused, receiver=self)

    def _imported(self, outcome, png_dir: str | None) -> None:
        from PySide6.QtWidgets import QFileDialog

        from app.visitors.pass_images import write_pngs

        issued = outcome.value
        if png_dir is None:
            png_dir = QFileDialog.getExistingDirectory(self, self.tr("Save the passes (PNG) in"))
        if png_dir:
            write_pngs(issued, Path(png_dir))
        self.import_notice.show_text(self.tr("{0} passes issued.").format(len(issued)))
        self.changes_made.emit(outcome.changes)

    def _import_refused(self, error: BaseException) -> None:
        problems = getattr(error, "problems", None)
        lines = [error_text(error)]
        for row, message in problems or []:
            lines.append(self.tr("row {0}: {1}").format(row, render(message)))
        self.import_report.show_text("\n".join(lines))

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.log and not self.log.model.rows:
            self.log.search()

    def shutdown(self) -> None:
        self._timer.stop()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Since"), self.tr("Name"), self.tr("Document"), self.tr("Visiting"),
            self.tr("Vehicle"), self.tr("Note")])
        self.check_out_button.setText(self.tr("Check out the selected visitor"))
        self.print_button.setText(self.tr("Print the on-site list"))
        self.scan_out.setPlaceholderText(self.tr("Scan the slip or pass to check out"))
        self.unmask_button.setText(self.tr("Show the full number…"))
        self.import_button.setText(self.tr("Import expected visitors…"))
        self.preregister_button.setText(self.tr("Pre-register a visitor…"))
        self.tabs.setTabText(0, self.tr("On site"))
        self.tabs.setTabText(1, self.tr("Vehicles"))
        self.tabs.setTabText(2, self.tr("Visit log"))
        if self.watchlist is not None:
            self.tabs.setTabText(3, self.tr("Staff vehicles"))
            self.tabs.setTabText(4, self.tr("Watchlist"))
        self._show(self.visits)


def _housekeeping_then_list(ctx: AppContext) -> list[registry.VisitSummary]:
    """Each minute: the late sign-out, the retention purge (both cheap when there is nothing
    to do), then who is inside."""
    registry.auto_sign_out(ctx)
    registry.purge_expired(ctx)
    return registry.on_site(ctx)
