import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from ui.main_window import AREAS, MainWindow
from ui.pages.placeholder import NotYetPage


def test_every_area_has_a_page(make_window, admin):
    window = make_window(admin)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "查验台", "访客与车辆", "视频监控", "排班", "事件工单", "驾驶舱", "设置"]
    for key, _ in AREAS:
        page = window.show_page(key)
        assert window.stack.currentWidget() is page
        assert not isinstance(page, NotYetPage)  # every area has landed


def test_a_guard_reads_the_roster_and_cannot_plan(make_window, guard):
    from PySide6.QtWidgets import QPushButton

    from ui.pages.roster_read_page import PublishedRosterPage

    window = make_window(guard)
    page = window.show_page("roster")
    assert isinstance(page, PublishedRosterPage)
    assert page.findChild(QPushButton, "solve") is None


def test_status_bar_names_user_role_post_and_database(make_window, guard, demo_ctx):
    window = make_window(guard)
    bar = window.status
    assert bar.user_label.text() == "值班：李明（保安）"
    assert bar.post_label.text() == "岗位：主门岗"
    assert bar.devices_label.text() == "设备：未配置"
    assert bar.sync_light.text() == "● 同步：单机运行"
    assert bar.db_label.toolTip() == str(demo_ctx.database_path)


def test_language_switch_retranslates_the_running_window(qtbot, make_window, admin,
                                                         translations, ui_state):
    window = make_window(admin)
    settings = window.show_page("settings")
    window.switch_language("en")  # Qt delivers LanguageChange through the event loop
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Check station")
    assert settings.tabs.tabText(0) == "Workstation"
    assert settings.station.save_button.text() == "Save"
    assert window.sign_out.text() == "Sign out"
    assert window.status.post_label.text() == "Post: 主门岗"
    assert ui_state.value("ui/language") == "en"
    window.switch_language("zh_CN")
    qtbot.waitUntil(lambda: window.nav.item(6).text() == "设置")


def test_geometry_and_page_persist(qtbot, demo_ctx, runner, translations, ui_state, admin):
    first = MainWindow(demo_ctx, admin, runner, translations, ui_state)
    qtbot.addWidget(first)
    first.show()
    first.resize(1100, 700)
    first.show_page("roster")
    first.close()
    state = QSettings(str(demo_ctx.paths.ui_state), QSettings.Format.IniFormat)
    second = MainWindow(demo_ctx, admin, runner, translations, state)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (1100, 700)
    assert second.current_page_key() == "roster"


def test_fits_1366_by_768(make_window, admin):
    window = make_window(admin)
    window.resize(1366, 768)
    window.show()
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 768
    window.show_page("settings")
    assert window.width() == 1366 and window.height() == 768


@pytest.fixture
def dressed(qapp):
    """The application in the program's own fonts and style sheet, for this test only."""
    from ui.launch import dress

    font, sheet = qapp.font(), qapp.styleSheet()
    dress(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def test_the_roster_pages_tools_keep_their_whole_labels_at_1366(dressed, make_window, admin):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox

    window = make_window(admin)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("roster")
    tools = page.findChildren(QAbstractButton) + page.findChildren(QAbstractSpinBox)
    shown = [w for w in tools if w.isVisibleTo(page) and w.text()]
    assert len(shown) >= 12
    for widget in shown:
        assert widget.width() >= widget.sizeHint().width(), widget.objectName()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_screenshot_command_writes_the_window_without_a_display(tmp_path, lang):
    png = tmp_path / f"shot-{lang}.png"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY",
                                                            "WAYLAND_DISPLAY")}
    run = subprocess.run([sys.executable, "-m", "app", "--demo", "--lang", lang,
                          "--screenshot", str(png)], capture_output=True, text=True, timeout=120,
                         env=env)
    assert run.returncode == 0, run.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)
    # The nav rail is dark and the page light: a real render, not a blank image.
    assert QImage(str(png)).pixelColor(20, 600).lightness() < 80
    assert QImage(str(png)).pixelColor(800, 600).lightness() > 200


def test_language_choice_order(qapp):
    from ui.i18n import choose_language

    assert choose_language("en", "zh_CN") == "en"  # --lang wins
    assert choose_language(None, "en") == "en"  # then the choice saved from Settings
    assert choose_language(None, None) in ("zh_CN", "en")  # then the system locale
