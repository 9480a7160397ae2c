"""ID cards at the check station and the gate relay, through real ptys: a card reader and a
relay board simulator, the card desk, the station and its gate, a real SQLite file."""

import time

import pytest
from sqlalchemy import select

from app.services import audit_log, checks, gate_log
from app.station.card_desk import CardDesk
from app.station.gate import Gate, GateSetup, GateState
from app.station.runner import CardShown, CheckLogged, DeviceSetup, DeviceState, Station
from app.visitors import preregistration
from db.models import AuditEntry
from db.visitor_models import Visit
from hardware.simulators import ThermometerSimulator
from hardware.simulators.id_card import DEMO_CARDS, IdCardReaderSimulator
from hardware.simulators.relay import RelaySimulator
from tests.recorder import Recorder

EXPECTED, EXPIRED, WATCHED, WALK_IN = DEMO_CARDS


@pytest.fixture
def people(demo_ctx, admin):
    preregistration.preregister(demo_ctx, admin, [preregistration.Expected(
        EXPECTED.name, "resident_id", EXPECTED.id_number, "刘主任", "办公室", "会议")])
    checks.add_to_watchlist(demo_ctx, admin, WATCHED.id_number, WATCHED.name, "测试")
    return demo_ctx


@pytest.fixture
def gate_station(people, tmp_path):
    ctx = people
    with IdCardReaderSimulator() as reader, ThermometerSimulator("gy-mcu90614") as thermo, \
            RelaySimulator("usb") as board:
        updates = Recorder()
        cards = CardDesk(reader.port)
        gate = Gate(GateSetup(board.port, "usb", open_seconds=1.0))
        station = Station(ctx, DeviceSetup(thermometer_url=thermo.port), guard="guard",
                          listeners=[updates], cards=cards, gate=gate)
        with station:
            cards.start()
            try:
                online = set()
                while online != {"card_reader", "thermometer", "gate"}:
                    online.add(updates.wait_for(
                        lambda u: isinstance(u, DeviceState) and u.online).device)
                yield ctx, reader, thermo, board, updates
            finally:
                cards.stop()


def check_for(updates, timeout=5.0):
    return updates.wait_for(lambda u: isinstance(u, CheckLogged), timeout).check


def gate_change(updates, state, timeout=5.0):
    return updates.wait_for(lambda u: isinstance(u, GateState) and u.state == state, timeout)


def test_expected_visitor_card_and_temperature_pass_check_in_and_open_the_gate(gate_station):
    ctx, reader, thermo, board, updates = gate_station
    assert board.on is False  # the station closed the gate when it started
    thermo.send_temperature(36.5)
    reader.place(EXPECTED)
    shown = updates.wait_for(lambda u: isinstance(u, CardShown))
    assert shown.name == EXPECTED.name and shown.document_masked == "110101********1235"
    check = check_for(updates)
    assert (check.verdict, check.code_kind) == ("pass", "id_card")
    assert gate_change(updates, "open").cause == "pass" and board.on is True
    assert gate_change(updates, "closed").cause == "timer" and board.on is False
    with ctx.unit_of_work() as s:
        visit = s.scalars(select(Visit)).one()
        assert (visit.name, visit.document_masked) == (EXPECTED.name, "110101********1235")
        stored = s.get(checks.Check, check.id).code_text
    assert EXPECTED.id_number not in stored  # the log keeps only the keyed hash


def test_the_same_card_left_on_the_reader_is_one_person(gate_station):
    ctx, reader, thermo, board, updates = gate_station
    reader.place(EXPECTED)
    updates.wait_for(lambda u: isinstance(u, CardShown))
    thermo.send_temperature(36.4)
    assert check_for(updates).verdict == "pass"
    reads = reader.commands.count(b"\x30\x01")
    time.sleep(1.2)  # several polling rounds with the card still lying there
    assert reader.commands.count(b"\x30\x01") > reads
    assert not [u for u in updates.events if isinstance(u, CardShown)][1:]
    reader.remove()
    time.sleep(0.7)
    reader.place(EXPECTED)  # taken away and put back: a new read
    updates.wait_for(lambda u: isinstance(u, CardShown))


@pytest.mark.parametrize("card, reason", [(EXPIRED, "card_expired"), (WATCHED, "watchlist"),
                                          (WALK_IN, "not_registered")])
def test_denied_cards_never_open_the_gate(gate_station, card, reason):
    ctx, reader, thermo, board, updates = gate_station
    reader.place(card)
    shown = updates.wait_for(lambda u: isinstance(u, CardShown))
    assert shown.expired is (card is EXPIRED)
    thermo.send_temperature(36.6)
    check = check_for(updates)
    assert check.verdict == "deny" and reason in check.reasons
    time.sleep(0.3)
    assert board.on is False
    assert not [u for u in updates.events if isinstance(u, GateState) and u.state == "open"]


def test_fever_with_an_expected_card_is_denied(gate_station):
    ctx, reader, thermo, board, updates = gate_station
    reader.place(EXPECTED)
    updates.wait_for(lambda u: isinstance(u, CardShown))
    thermo.send_temperature(37.3)
    check = check_for(updates)
    assert (check.verdict, check.reasons) == ("deny", ("fever",))
    assert board.on is False


def test_manual_opening_needs_a_reason_and_is_audited(gate_station, guard):
    ctx, reader, thermo, board, updates = gate_station
    with pytest.raises(checks.CheckError):
        gate_log.manual_open(ctx, guard, " ")
    gate_log.manual_open(ctx, guard, "送餐车辆")
    with ctx.unit_of_work() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "gate.manual_open")).one()
        assert entry.actor == "guard" and "送餐车辆" in entry.detail
    assert audit_log.verify(ctx).ok


def test_a_relay_that_does_not_acknowledge_makes_the_gate_unknown(people):
    with RelaySimulator("modbus") as board:
        updates = Recorder()
        gate = Gate(GateSetup(board.port, "modbus", open_seconds=1.0), listeners=[updates])
        board.mute = True
        gate.start()
        try:
            state = updates.wait_for(lambda u: u.state == "unknown")
            assert state.detail == "no acknowledgement" and board.on is False
            gate.open("pass")
            assert updates.wait_for(lambda u: u.cause == "pass").state == "unknown"
            board.mute = False  # the board answers again: the retry finds the gate closed
            assert updates.wait_for(lambda u: u.state == "closed", timeout=8).cause == "retry"
            gate.open("manual")
            assert updates.wait_for(lambda u: u.state == "open").cause == "manual"
            assert board.on is True
        finally:
            gate.stop()


def test_a_card_reader_that_is_missing_shows_offline(people, tmp_path):
    updates = Recorder()
    cards = CardDesk(str(tmp_path / "no-such-port"))
    station = Station(people, DeviceSetup(), listeners=[updates], cards=cards)
    with station:
        cards.start()
        try:
            state = updates.wait_for(lambda u: isinstance(u, DeviceState))
            assert (state.device, state.online) == ("card_reader", False)
        finally:
            cards.stop()


def test_walk_in_form_claims_cards_before_the_station(people):
    desk = CardDesk("loop://")
    station_cards, form_cards = Recorder(), Recorder()
    desk.set_default(station_cards)
    desk.claim(form_cards)
    card = _decoded(EXPECTED)
    desk.feed(card)
    assert form_cards.events == [card] and station_cards.events == []
    desk.release(form_cards)
    desk.feed(card)
    assert station_cards.events == [card]


def _decoded(card):
    from datetime import date

    from hardware.id_card import decode_base_info
    from hardware.simulators.id_card import encode_base_info

    return decode_base_info(encode_base_info(card), date(2026, 11, 28))
