"""Starting the program: Qt application, language, workstation, sign-in, main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.context import AppContext
from app.domain import CurrentUser
from app.services import accounts
from app.startup import LaunchOptions, Workstation, open_workstation
from resources import style_path
from ui.collector import Collector
from ui.i18n import Translations, choose_language, error_text
from ui.worker import ServiceRunner

log = logging.getLogger(__name__)
UI_FONTS = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei"]
SCREENSHOT_USER = "admin"


def headless_if_asked(options: LaunchOptions) -> None:
    """Screenshots and the self-check render without a display."""
    if (options.screenshot or options.selfcheck) and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    dress(app)
    if app.findChild(Collector) is None:
        Collector(app)
    return app


def dress(app: QApplication) -> None:
    """The program's look: its fonts (a Chinese one first) and its style sheet."""
    font = QFont()
    font.setFamilies(UI_FONTS)
    font.setPointSize(11)
    app.setFont(font)
    try:
        app.setStyleSheet(style_path().read_text(encoding="utf-8"))
    except OSError as exc:
        log.warning("no style sheet: %s", exc)


def ui_state_for(ctx: AppContext) -> QSettings:
    """Window geometry and view choices live beside the data, not in the registry."""
    return QSettings(str(ctx.paths.ui_state), QSettings.Format.IniFormat)


class Shell:
    """Sign-in → main window → sign-out → sign-in … for one workstation."""

    def __init__(self, ctx: AppContext, translations: Translations, ui_state: QSettings):
        self.ctx, self.translations, self.ui_state = ctx, translations, ui_state
        self.runner = ServiceRunner()
        self.window = None
        self._dialog = None

    def start(self) -> None:
        from ui.login_dialog import FirstAdminDialog, LoginDialog

        dialog_cls = LoginDialog if accounts.has_users(self.ctx) else FirstAdminDialog
        self._dialog = dialog_cls(self.ctx, self.runner)
        self._dialog.signed_in.connect(self.open_window)
        self._dialog.rejected.connect(QApplication.quit)
        self._dialog.show()

    def open_window(self, user: CurrentUser):
        from ui.main_window import MainWindow

        self.window = MainWindow(self.ctx, user, self.runner, self.translations, self.ui_state)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.show()
        return self.window

    def sign_out(self) -> None:
        window, self.window = self.window, None
        if window is None:
            return
        user = window.user
        window.close()
        window.deleteLater()
        self.runner.submit(accounts.sign_out, self.ctx, user, on_done=lambda _r: self.start(),
                           on_error=lambda _e: self.start())

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.close()  # saves its state and stops the check station
        self.runner.shutdown()


def grab_window(window, size) -> QImage:
    window.resize(size)
    window.show()
    QApplication.processEvents()
    return window.grab().toImage()


def screenshot(shell: Shell, path: Path, page: str | None) -> int:
    from ui.main_window import DEFAULT_SIZE

    user = accounts.login(shell.ctx, SCREENSHOT_USER, _demo_password())
    window = shell.open_window(user)
    shown = window.show_page(page or "check")
    window.resize(DEFAULT_SIZE)
    window.show()
    _settle(shown, shell.runner)
    image = grab_window(window, DEFAULT_SIZE)
    window.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        print(f"could not write {path}", file=sys.stderr)
        return 1
    print(path)
    return 0


def _settle(page, runner: ServiceRunner, seconds: float = 4.0) -> None:
    """Before the picture: let the page's data arrive and, with the demo's simulated gate
    running on the check station, the first visitor through."""
    import time

    deadline = time.monotonic() + seconds
    waiting_for_visitor = getattr(page, "station", None) is not None and hasattr(
        page, "last_check")
    while time.monotonic() < deadline and (
            runner.busy or (waiting_for_visitor and page.last_check is None)):
        QApplication.processEvents()
        time.sleep(0.02)
    QApplication.processEvents()


def _demo_password() -> str:
    from app.services.demo import DEMO_PASSWORD

    return DEMO_PASSWORD


def open_for_gui(options: LaunchOptions) -> tuple[QApplication, Workstation, Translations,
                                                  QSettings] | None:
    headless_if_asked(options)
    app = make_application()
    translations = Translations(app)
    try:
        workstation = open_workstation(options)
    except Exception as exc:  # shown, then the program ends
        translations.install(choose_language(options.lang, None))
        text = error_text(exc)
        log.exception("could not open the workstation")
        print(text, file=sys.stderr)
        if not options.screenshot and not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
            QMessageBox.critical(None, APP_NAME, text)
        return None
    ui_state = ui_state_for(workstation.context)
    translations.install(choose_language(options.lang, ui_state.value("ui/language")))
    return app, workstation, translations, ui_state


def run_gui(options: LaunchOptions) -> int:
    opened = open_for_gui(options)
    if opened is None:
        return 1
    app, workstation, translations, ui_state = opened
    shell = Shell(workstation.context, translations, ui_state)
    try:
        if options.screenshot:
            return screenshot(shell, Path(options.screenshot), options.page)
        shell.start()
        if os.environ.get("GUARDROOM_EXIT_WHEN_READY"):  # bench/startup.py
            _exit_when_ready(shell)
        return app.exec()
    finally:
        shell.shutdown()
        workstation.close()


def _exit_when_ready(shell: Shell) -> None:
    """Benchmark hook: sign in as the demo guard, print 'ready' once the window is painted."""
    from PySide6.QtCore import QTimer

    def ready() -> None:
        print("ready", flush=True)
        QApplication.quit()

    def signed_in(user) -> None:
        shell.open_window(user)
        QTimer.singleShot(0, ready)

    shell._dialog.hide()
    shell.runner.submit(accounts.login, shell.ctx, "guard", _demo_password(), on_done=signed_in)
