"""The whole check on screen: simulators on ptys → readers → station → database → the page."""

import dataclasses

import pytest

from hardware.simulators import ScannerSimulator, ThermometerSimulator
from tests.recorder import Heard
from ui.pages.override_dialog import OverrideDialog
from ui.pages.station_page import StationPage


@pytest.fixture
def page(qtbot, demo_ctx, guard, runner, translations):
    with ScannerSimulator() as scanner, ThermometerSimulator("ascii") as thermometer:
        s = demo_ctx.settings
        demo_ctx.settings = dataclasses.replace(s, devices=dataclasses.replace(
            s.devices,
            scanner=dataclasses.replace(s.devices.scanner, url=scanner.port),
            thermometer=dataclasses.replace(s.devices.thermometer, url=thermometer.port,
                                            protocol="ascii")))
        station_page = StationPage(demo_ctx, guard, runner)
        qtbot.addWidget(station_page)
        station_page.sound = Heard()
        qtbot.waitUntil(lambda: bool(station_page.device_online["scanner"]
                                     and station_page.device_online["thermometer"]),
                        timeout=5000)
        yield station_page, scanner, thermometer
        station_page.shutdown()


def test_pass_and_deny_shown_big_with_sound_and_logged(qtbot, page):
    station_page, scanner, thermometer = page
    assert "扫码器：在线" in station_page.lights["scanner"].text()
    scanner.send_scan("STAFF-0007")
    qtbot.waitUntil(lambda: station_page.panel.words_text == "请测体温", timeout=3000)
    thermometer.send_temperature(36.5)
    qtbot.waitUntil(lambda: station_page.panel.words_text == "通过", timeout=3000)
    assert station_page.panel.detail.text() == "36.5 °C"
    qtbot.waitUntil(lambda: station_page.count_labels["pass"].text() == "1", timeout=3000)
    scanner.send_scan("STAFF-0008")
    thermometer.send_temperature(37.8)
    qtbot.waitUntil(lambda: station_page.panel.words_text == "禁止通行", timeout=3000)
    assert "体温达到或超过发热线" in station_page.panel.detail.text()
    qtbot.waitUntil(lambda: station_page.table.rowCount() == 2, timeout=3000)
    assert station_page.table.item(0, 1).text() == "禁止通行"
    assert station_page.sound.played.count("pass") == 1
    assert station_page.sound.played.count("deny") == 1
    assert station_page.escalate_button.isEnabled()  # the denial can be followed up
    station_page.escalate_last()
    from app.incidents import workorders

    qtbot.waitUntil(lambda: len(workorders.open_orders(station_page.ctx)) == 1, timeout=3000)
    assert workorders.open_orders(station_page.ctx)[0].kind == "check_denial"


def test_guard_overrides_with_a_reason(qtbot, page):
    station_page, scanner, thermometer = page
    scanner.send_scan("UNREADABLE CODE")
    thermometer.send_temperature(36.6)
    qtbot.waitUntil(lambda: station_page.panel.words_text == "禁止通行", timeout=3000)
    station_page.open_override()
    dialog = station_page.findChild(OverrideDialog)
    assert dialog is not None and dialog.allow.isChecked()
    dialog.submit()  # no reason: refused, nothing lost
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=3000)
    assert dialog.error.text() == "请填写人工决定的理由。"
    dialog.reason.setText("持介绍信，已电话核实")
    dialog.submit()
    qtbot.waitUntil(lambda: station_page.panel.words_text == "通过", timeout=3000)
    assert "值班保安人工决定" in station_page.panel.detail.text()
    qtbot.waitUntil(lambda: station_page.count_labels["pass"].text() == "1", timeout=3000)
    assert station_page.count_labels["deny"].text() == "0"


def test_unplugged_thermometer_turns_its_light_red(qtbot, page):
    station_page, _scanner, thermometer = page
    thermometer.unplug()
    qtbot.waitUntil(lambda: station_page.device_online["thermometer"] is False, timeout=3000)
    assert "测温仪：离线" in station_page.lights["thermometer"].text()
    thermometer.replug()
    qtbot.waitUntil(lambda: station_page.device_online["thermometer"] is True, timeout=3000)
