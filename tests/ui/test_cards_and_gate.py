"""The ID card reader and the gate on screen, through ptys: a card at the check station opens
the gate; the guard opens it by hand with a reason; a card at the visitor desk fills the
walk-in form, leaving only the host and the purpose to type."""

import dataclasses

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.services import checks
from app.station.card_desk import CardDesk
from app.visitors import preregistration
from db.models import AuditEntry
from db.visitor_models import Visit
from hardware.simulators import ThermometerSimulator
from hardware.simulators.id_card import DEMO_CARDS, IdCardReaderSimulator
from hardware.simulators.relay import RelaySimulator
from tests.recorder import Heard
from ui.pages.gate_panel import ManualOpenDialog
from ui.pages.station_page import StationPage
from ui.pages.visitors_page import VisitorsPage

EXPECTED, EXPIRED, WATCHED, WALK_IN = DEMO_CARDS



@pytest.fixture
def reader(demo_ctx, admin):
    preregistration.preregister(demo_ctx, admin, [preregistration.Expected(
        EXPECTED.name, "resident_id", EXPECTED.id_number, "刘主任", "办公室", "会议")])
    checks.add_to_watchlist(demo_ctx, admin, WATCHED.id_number, WATCHED.name, "测试")
    with IdCardReaderSimulator() as simulator:
        desk = CardDesk(simulator.port).start()
        yield simulator, desk
        desk.stop()


def with_devices(ctx, **devices):
    s = ctx.settings
    ctx.settings = dataclasses.replace(s, devices=dataclasses.replace(s.devices, **devices))


@pytest.fixture
def gate_page(qtbot, demo_ctx, guard, runner, translations, reader):
    simulator, desk = reader
    with ThermometerSimulator("ascii") as thermometer, RelaySimulator("usb") as board:
        s = demo_ctx.settings.devices
        with_devices(demo_ctx, thermometer=dataclasses.replace(
            s.thermometer, url=thermometer.port, protocol="ascii"),
            gate=dataclasses.replace(s.gate, url=board.port, open_seconds=1.0))
        page = StationPage(demo_ctx, guard, runner, cards=desk)
        qtbot.addWidget(page)
        page.sound = Heard()
        qtbot.waitUntil(lambda: bool(page.device_online["card_reader"]
                                     and page.device_online["thermometer"]
                                     and page.gate.state == "closed"), timeout=5000)
        yield page, simulator, thermometer, board
        page.shutdown()


def test_an_expected_visitors_card_passes_and_the_gate_opens_then_closes(qtbot, gate_page):
    page, card_reader, thermometer, board = gate_page
    assert "身份证阅读器：在线" in page.lights["card_reader"].text()
    assert "闸机：关闭" in page.gate.label.text()
    card_reader.place(EXPECTED)
    qtbot.waitUntil(lambda: page.panel.words_text == "请测体温", timeout=3000)
    assert "赵敏  110101********1235" in page.panel.detail.text()
    thermometer.send_temperature(36.4)
    qtbot.waitUntil(lambda: page.panel.words_text == "通过", timeout=3000)
    assert "赵敏" in page.panel.detail.text() and "36.4 °C" in page.panel.detail.text()
    qtbot.waitUntil(lambda: page.gate.state == "open", timeout=3000)
    assert board.on is True and "闸机：开启" in page.gate.label.text()
    qtbot.waitUntil(lambda: page.gate.state == "closed", timeout=3000)
    assert board.on is False


def test_an_expired_card_is_flagged_and_denied_and_the_gate_stays_shut(qtbot, gate_page):
    page, card_reader, thermometer, board = gate_page
    card_reader.place(EXPIRED)
    qtbot.waitUntil(lambda: "证件已过期" in page.panel.detail.text(), timeout=3000)
    thermometer.send_temperature(36.4)
    qtbot.waitUntil(lambda: page.panel.words_text == "禁止通行", timeout=3000)
    assert "身份证已过期" in page.panel.detail.text()
    qtbot.wait(300)
    assert board.on is False and page.gate.state == "closed"


def test_manual_opening_asks_for_a_reason_is_audited_and_opens(qtbot, gate_page, demo_ctx):
    page, _reader, _thermometer, board = gate_page
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.override_button.setFocus()
    qtbot.keyClick(page.override_button, Qt.Key.Key_F9)
    dialog = page.findChild(ManualOpenDialog)
    assert dialog is not None and dialog.reason.currentText() == ""
    dialog.submit()  # no reason: refused, the gate stays shut
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=3000)
    assert dialog.error.text() == "请填写开闸的理由。" and board.on is False
    dialog.reason.setCurrentText("救护车进院")
    dialog.submit()
    qtbot.waitUntil(lambda: board.on is True, timeout=3000)
    with demo_ctx.unit_of_work() as s:
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "gate.manual_open")).one()
    assert entry.actor == "guard" and "救护车进院" in entry.detail


def test_a_silent_relay_shows_the_gate_unknown(qtbot, gate_page):
    page, _reader, _thermometer, board = gate_page
    board.mute = True
    page.station.open_gate("manual")
    qtbot.waitUntil(lambda: page.gate.state == "unknown", timeout=3000)
    assert "状态未知" in page.gate.label.text() and "no acknowledgement" in page.gate.label.text()
    assert page.device_online.get("gate") is None  # the gate has its own line, not a light
    assert page.sound.played == ["deny"]  # the device alert sounds once


@pytest.fixture
def desk_page(qtbot, demo_ctx, guard, runner, translations, reader):
    simulator, desk = reader
    page = VisitorsPage(demo_ctx, guard, runner, cards=desk)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: desk.online is True, timeout=5000)
    yield page, simulator, desk
    page.shutdown()


def test_walk_in_with_the_card_reader_takes_only_host_and_purpose(qtbot, desk_page, demo_ctx):
    page, card_reader, _desk = desk_page
    form = page.form
    card_reader.place(WALK_IN)
    qtbot.waitUntil(lambda: form.name.text() == WALK_IN.name, timeout=3000)
    assert form.number.text() == "440305********4568" and form.number.isReadOnly()
    assert "女" in form.card_info.text() and "1995-11-20" in form.card_info.text()
    assert not form.address.isVisibleTo(form)  # the admin has not enabled the address
    qtbot.waitUntil(lambda: form.host_name.hasFocus(), timeout=3000)
    type_with_ime(form.host_name, "刘主任")
    qtbot.keyClick(form.host_name, Qt.Key.Key_Tab)  # past the department
    qtbot.keyClick(form.host_department, Qt.Key.Key_Tab)
    type_with_ime(form.purpose, "送交材料")
    qtbot.keyClick(form.purpose, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "已登记" in form.notice.text(), timeout=3000)
    with demo_ctx.unit_of_work() as s:
        visit = s.scalars(select(Visit)).one()
    assert (visit.name, visit.document_masked, visit.gender, visit.host_name, visit.purpose) == (
        WALK_IN.name, "440305********4568", "female", "刘主任", "送交材料")
    assert visit.address_sealed == "" and WALK_IN.id_number not in visit.document_sealed
    assert form.name.text() == "" and not form.number.isReadOnly()


def test_the_card_fills_the_address_where_the_admin_allows(qtbot, demo_ctx, guard, runner,
                                                           translations, reader):
    demo_ctx.settings = dataclasses.replace(demo_ctx.settings, visitors=dataclasses.replace(
        demo_ctx.settings.visitors, card_fills_address=True))
    simulator, desk = reader
    page = VisitorsPage(demo_ctx, guard, runner, cards=desk)
    qtbot.addWidget(page)
    page.show()
    simulator.place(WALK_IN)
    qtbot.waitUntil(lambda: page.form.address.text() == WALK_IN.address, timeout=5000)
    assert page.form.address.isVisibleTo(page.form)
    page.shutdown()


def test_the_desk_flags_expired_and_watchlisted_cards(qtbot, desk_page):
    page, card_reader, _desk = desk_page
    form = page.form
    card_reader.place(EXPIRED)
    qtbot.waitUntil(lambda: form.name.text() == EXPIRED.name, timeout=3000)
    assert "已过期" in form.card_info.text()
    card_reader.remove()
    qtbot.wait(700)
    card_reader.place(WATCHED)
    qtbot.waitUntil(lambda: "布控名单" in form.message.text(), timeout=3000)
    assert form.name.text() == WATCHED.name


def test_cards_go_to_the_station_when_the_desk_is_not_on_screen(qtbot, desk_page):
    page, _reader, desk = desk_page
    seen = []
    desk.set_default(seen.append)
    page.hide()
    desk.feed(_decoded(WALK_IN))
    assert len(seen) == 1 and page.form.name.text() == ""
    desk.set_default(None)


def type_with_ime(widget, text):
    """Chinese is typed through an input method: it commits the chosen characters."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    assert widget.hasFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _decoded(card):
    from datetime import date

    from hardware.id_card import decode_base_info
    from hardware.simulators.id_card import encode_base_info

    return decode_base_info(encode_base_info(card), date(2026, 11, 28))


def test_a_vendor_photo_decoder_plug_in_shows_the_card_photo(qtbot, desk_page, monkeypatch):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from hardware import id_card

    image = QImage(102, 126, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    decoded = []

    def decode(wlt: bytes) -> bytes:
        decoded.append(len(wlt))
        return bytes(data)

    monkeypatch.setattr(id_card, "photo_decoder", lambda: decode)
    page, card_reader, _desk = desk_page
    card_reader.place(WALK_IN)
    qtbot.waitUntil(lambda: page.form.card_photo.isVisibleTo(page.form), timeout=3000)
    assert decoded == [id_card.PHOTO_BYTES] and page.form.card_photo.pixmap().height() == 96


def test_without_a_decoder_no_photo_is_shown(qtbot, desk_page):
    from hardware import id_card

    assert id_card.photo_decoder() is None  # none is installed here
    page, card_reader, _desk = desk_page
    card_reader.place(WALK_IN)
    qtbot.waitUntil(lambda: page.form.name.text() == WALK_IN.name, timeout=3000)
    qtbot.wait(100)
    assert not page.form.card_photo.isVisibleTo(page.form)
