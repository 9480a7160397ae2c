"""The three thermometer protocols on byte fixtures: frames, noise, splits, checksums, range."""

import pytest

from hardware import modbus
from hardware.events import DeviceFault, TemperatureEvent
from hardware.protocols import thermometer_parser
from hardware.thermometer_ascii import AsciiThermometerParser, encode_reading, parse_reading_line
from hardware.thermometer_gy import (
    CONTINUOUS,
    QUERY,
    GyMcu90614Parser,
    decode_frame,
    encode_frame,
)
from tests.hardware.conftest import feed_in_pieces

# 36.50 °C object, 25.00 °C ambient, by hand: 5A+5A+45+04+0E+42+09+C4 = 0x21A → SUM 1A
GY_FRAME = bytes.fromhex("5a5a4504 0e42 09c4 1a")
GY_FEVER = encode_frame(38.25, 24.5)


# --- GY-MCU90614 -------------------------------------------------------------------------

def test_gy_frame_by_hand():
    assert decode_frame(GY_FRAME) == (36.5, 25.0)
    assert encode_frame(36.5, 25.0) == GY_FRAME
    assert GyMcu90614Parser().feed(GY_FRAME, now=3.0) == [TemperatureEvent(36.5, True, 25.0, 3.0)]


def test_gy_host_commands_carry_their_checksum():
    assert QUERY == bytes([0xA5, 0x15, 0xBA]) and (0xA5 + 0x15) & 0xFF == 0xBA
    assert CONTINUOUS == bytes([0xA5, 0x45, 0xEA]) and (0xA5 + 0x45) & 0xFF == 0xEA


def test_gy_negative_temperatures_are_signed():
    assert decode_frame(encode_frame(-12.34, -5.0)) == (-12.34, -5.0)


GY_STREAM = b"\x00\xff\x5a" + GY_FRAME + b"\x5a\x5a\x45" + GY_FEVER + b"\x12"


@pytest.mark.parametrize("cut", range(1, len(GY_STREAM)))
def test_gy_noise_and_splits(cut):
    parser = GyMcu90614Parser()
    events = feed_in_pieces(parser, GY_STREAM, [cut])
    assert [e.celsius for e in events] == [36.5, 38.25]
    assert parser.counters.frames_ok == 2 and parser.counters.bad_checksum == 0


def test_gy_bad_checksum_is_dropped_and_counted_and_the_next_frame_found():
    broken = GY_FRAME[:-1] + b"\x00"
    parser = GyMcu90614Parser()
    assert [e.celsius for e in parser.feed(broken + GY_FEVER)] == [38.25]
    assert parser.counters.bad_checksum == 1 and parser.counters.frames_ok == 1


def test_gy_a_frame_cut_short_by_a_real_one():
    parser = GyMcu90614Parser()
    assert [e.celsius for e in parser.feed(GY_FRAME[:6] + GY_FEVER)] == [38.25]


def test_gy_modes():
    assert GyMcu90614Parser().greeting() == CONTINUOUS
    assert GyMcu90614Parser().poll(10.0) == (b"", [])
    query = GyMcu90614Parser("query", query_interval=0.5)
    assert query.greeting() == b""
    assert [query.poll(t)[0] for t in (0.0, 0.2, 0.5, 0.6, 1.0)] == [QUERY, b"", QUERY, b"",
                                                                      QUERY]
    with pytest.raises(ValueError):
        GyMcu90614Parser("sometimes")


def test_out_of_range_is_flagged_re_measure_not_dropped():
    parser = GyMcu90614Parser()
    cold, hot, edge = (parser.feed(encode_frame(c))[0] for c in (29.9, 45.1, 30.0))
    assert not cold.plausible and not hot.plausible and edge.plausible
    narrow = GyMcu90614Parser(limits=(35.0, 42.0))
    assert not narrow.feed(encode_frame(34.0))[0].plausible


# --- Modbus RTU --------------------------------------------------------------------------

def test_crc16_modbus_check_value_and_a_known_request():
    assert modbus.crc16(b"123456789") == 0x4B37
    assert modbus.read_request(1, 0, 1) == bytes.fromhex("010300000001840a")


def test_modbus_response_and_request_round_trip():
    response = modbus.read_response(7, [365, -12])
    assert modbus.decode_reply(response) == modbus.ModbusReply(7, (365, -12))
    assert modbus.decode_reply(response[:-1] + b"\x00") is None
    request = modbus.decode_request(modbus.read_request(7, 0x10, 2))
    assert request == modbus.ModbusRequest(7, 3, 0x10, 2)
    assert modbus.decode_request(b"\x07\x03\x00\x10\x00\x02\x00\x00") is None


def test_modbus_reading_and_exception():
    parser = modbus.ModbusThermometer(slave=7)
    events = parser.feed(modbus.read_response(7, [366]) + modbus.exception_response(7, 3, 2))
    assert events[0] == TemperatureEvent(36.6, True)
    assert events[1].kind == "fault" and events[1].reason == "exception"
    assert "illegal data address" in events[1].detail


MODBUS_STREAM = (b"\x07\x03\x02\xff" + modbus.read_response(8, [371])  # other slave: ignored
                 + modbus.read_response(7, [365]) + b"\x07\x83" + modbus.read_response(7, [-50]))


@pytest.mark.parametrize("cut", range(1, len(MODBUS_STREAM)))
def test_modbus_noise_other_slaves_and_splits(cut):
    parser = modbus.ModbusThermometer(slave=7)
    events = feed_in_pieces(parser, MODBUS_STREAM, [cut])
    assert [(e.celsius, e.plausible) for e in events] == [(36.5, True), (-5.0, False)]


def test_modbus_bad_crc_is_dropped_and_counted():
    good = modbus.read_response(1, [372])
    parser = modbus.ModbusThermometer()
    assert [e.celsius for e in parser.feed(good[:-1] + b"\xee" + good)] == [37.2]
    assert parser.counters.bad_checksum == 1 and parser.counters.frames_ok == 1


def test_modbus_polls_retries_then_reports_a_timeout():
    parser = modbus.ModbusThermometer(slave=3, register=5, poll_interval=1.0, timeout=0.3,
                                      retries=2)
    request = modbus.read_request(3, 5)
    sent = [(t, parser.poll(t)) for t in (0.0, 0.1, 0.3, 0.5, 0.6, 0.8)]
    assert [t for t, (data, _) in sent if data] == [0.0, 0.3, 0.6]
    assert all(data in (b"", request) for _, (data, _) in sent)
    data, events = parser.poll(0.9)
    assert data == b"" and events == [
        DeviceFault("timeout", "slave 3 did not answer 3 requests", 0.9)]
    assert parser.poll(1.5) == (b"", [])  # waits for the next poll interval
    assert parser.poll(1.9)[0] == request


def test_modbus_an_answer_ends_the_wait_and_schedules_the_next_poll():
    parser = modbus.ModbusThermometer(poll_interval=0.5, timeout=0.3)
    assert parser.poll(0.0)[0]
    parser.feed(modbus.read_response(1, [360]), now=0.1)
    assert parser.poll(0.4) == (b"", [])
    assert parser.poll(0.6)[0]


# --- ASCII lines -------------------------------------------------------------------------

@pytest.mark.parametrize("line, celsius", [
    ("36.5", 36.5), ("T=36.5", 36.5), ("TEMP:36.5C", 36.5), ("36.5 C", 36.5),
    ("Temp 36.5℃", 36.5), ("temp: 37,4 °C", 37.4), ("体温 36.8℃", 36.8), ("-3", -3.0)])
def test_ascii_reading_lines(line, celsius):
    assert parse_reading_line(line) == celsius


@pytest.mark.parametrize("line", ["", "TEMP:", "HELLO", "36.5F", "1234.5", "36.5.1", "T=T=36"])
def test_ascii_lines_that_are_not_readings(line):
    assert parse_reading_line(line) is None


ASCII_STREAM = (b"\x00booting\r\n" + "T=36.5\r\n".encode() + "Temp 38.0℃\n".encode("gb18030")
                + b"TEMP:29.0C\r\n" + b"junk\r")


@pytest.mark.parametrize("cut", range(1, len(ASCII_STREAM)))
def test_ascii_noise_encodings_and_splits(cut):
    parser = AsciiThermometerParser()
    events = feed_in_pieces(parser, ASCII_STREAM, [cut])
    assert [(e.celsius, e.plausible) for e in events] == [(36.5, True), (38.0, True),
                                                          (29.0, False)]
    assert parser.counters.frames_ok == 3 and parser.counters.garbage_bytes == 12


def test_ascii_every_style_round_trips():
    parser = AsciiThermometerParser()
    data = b"".join(encode_reading(36.6, style) for style in range(5))
    assert [e.celsius for e in parser.feed(data)] == [36.6] * 5


# --- choosing a protocol -----------------------------------------------------------------

def test_protocol_names_match_the_settings():
    from app.settings import LINE_ENDINGS as SETTINGS_ENDINGS
    from app.settings import THERMOMETER_PROTOCOLS as SETTINGS_PROTOCOLS
    from hardware.protocols import LINE_ENDINGS, THERMOMETER_PROTOCOLS

    assert THERMOMETER_PROTOCOLS == SETTINGS_PROTOCOLS and LINE_ENDINGS == SETTINGS_ENDINGS
    kinds = [type(thermometer_parser(p)).__name__ for p in THERMOMETER_PROTOCOLS]
    assert kinds == ["GyMcu90614Parser", "ModbusThermometer", "AsciiThermometerParser"]
    with pytest.raises(ValueError):
        thermometer_parser("smoke-signals")
