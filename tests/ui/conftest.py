import gc

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def collect_between_tests():
    """As the program does (ui.collector): no automatic collection inside a Qt call."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def runner(qapp):
    from ui.worker import ServiceRunner

    r = ServiceRunner()
    yield r
    r.shutdown()


@pytest.fixture
def translations(qapp):
    from ui.i18n import Translations

    t = Translations(qapp)
    t.install("zh_CN")
    yield t
    t.install("en")


@pytest.fixture
def ui_state(ctx, qapp):
    return QSettings(str(ctx.paths.ui_state), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, demo_ctx, runner, translations, ui_state):
    from ui.main_window import MainWindow

    made = []

    def make(user):
        window = MainWindow(demo_ctx, user, runner, translations, ui_state)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()  # stops its devices and cameras, as quitting the program does
    QApplication.processEvents()
