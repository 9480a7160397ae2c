"""Hypothesis fuzzes every parser: nothing escapes, chunking never matters, and a valid frame
after garbage is still decoded."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware import modbus
from hardware.parsing import cut_frames
from hardware.protocols import LINE_ENDINGS, scanner_parser, thermometer_parser
from hardware.scanner_protocol import NO_READ_MESSAGES, TERMINATORS, encode_scan
from hardware.thermometer_ascii import encode_reading
from hardware.thermometer_gy import FRAME_LENGTH, HEADER, encode_frame
from tests.hardware.conftest import feed_in_pieces

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PARSERS = {
    "scanner": lambda: scanner_parser(max_line=64),
    "scanner-crlf": lambda: scanner_parser("CRLF", max_line=64),
    "gy-mcu90614": lambda: thermometer_parser("gy-mcu90614"),
    "modbus": lambda: thermometer_parser("modbus", modbus_address=1),
    "ascii": lambda: thermometer_parser("ascii"),
}
# Bytes that the parsers treat specially, so random data hits their edge cases often.
SPECIAL = st.sampled_from([b"\r", b"\n", b"\r\n", b"]Q1", b"NoRead", HEADER[:2], HEADER,
                           b"\x01\x03\x02", b"\x01\x83", b"TEMP:", b"36.5", b"\xa1\xe6"])
NOISE = st.lists(st.one_of(st.binary(max_size=40), SPECIAL), max_size=12).map(b"".join)
CUTS = st.lists(st.integers(min_value=0, max_value=600), max_size=8)


def summary(events):
    return [(e.kind, getattr(e, "text", None), getattr(e, "celsius", None)) for e in events]


@pytest.mark.parametrize("name", sorted(PARSERS))
@FUZZ
@given(data=NOISE, cuts=CUTS)
def test_no_exception_and_chunking_never_matters(name, data, cuts):
    whole = PARSERS[name]()
    pieces = PARSERS[name]()
    expected = whole.feed(data)
    assert summary(feed_in_pieces(pieces, data, [c for c in cuts if c < len(data)])) == \
        summary(expected)
    assert whole.counters.frames_ok == pieces.counters.frames_ok
    assert whole.counters.bad_checksum == pieces.counters.bad_checksum


CODE = st.text(st.sampled_from("ABCXYZ0123456789-_.:/+=访客证号"), min_size=1, max_size=16)


@FUZZ
@given(garbage=NOISE, code=CODE, ending=st.sampled_from(LINE_ENDINGS[1:]),
       aim=st.sampled_from([None, "]Q1", "]C1", "]E0"]), cuts=CUTS)
def test_scanner_a_code_after_garbage_and_a_terminator_is_read(garbage, code, ending, aim,
                                                                cuts):
    if code.casefold() in NO_READ_MESSAGES:
        code += "0"
    parser = scanner_parser(ending, max_line=64)
    data = garbage + TERMINATORS[ending] + encode_scan(code, ending, aim)
    events = feed_in_pieces(parser, data, [c for c in cuts if c < len(data)])
    assert (events[-1].kind, events[-1].text, events[-1].symbology) == ("scan", code, aim)


@FUZZ
@given(garbage=NOISE, celsius=st.integers(-400, 1250).map(lambda t: t / 10),
       style=st.integers(0, 4), cuts=CUTS)
def test_ascii_a_reading_after_garbage_and_a_line_end_is_read(garbage, celsius, style, cuts):
    data = garbage + b"\n" + encode_reading(celsius, style)
    events = feed_in_pieces(thermometer_parser("ascii"), data, [c for c in cuts if c < len(data)])
    assert events[-1].celsius == celsius


def false_frame_inside(frame, kinds, valid):
    """Whether a valid frame could start inside ``frame`` and run into the next one: then
    no byte-only framing can tell them apart, so the property below excludes it."""
    stream = frame + frame
    return any(stream.startswith(header, at) and valid(stream[at:at + length])
               for at in range(1, len(frame)) for header, length in kinds)


def assert_decoded_after_garbage(protocol, frame, kinds, valid, garbage, cuts, celsius):
    if false_frame_inside(frame, kinds, valid):
        return
    # A garbage tail may look like the start of a frame and swallow the first real one
    # (a checksum can match by chance); the second real frame is always found.
    data = garbage + frame + frame
    events = feed_in_pieces(thermometer_parser(protocol), data, [c for c in cuts if c < len(data)])
    assert events and events[-1].celsius == celsius


@FUZZ
@given(garbage=NOISE, obj=st.integers(-7000, 20000), ambient=st.integers(-4000, 12500),
       cuts=CUTS)
def test_gy_a_frame_after_garbage_is_decoded(garbage, obj, ambient, cuts):
    frame = encode_frame(obj / 100, ambient / 100)
    assert_decoded_after_garbage("gy-mcu90614", frame, [(HEADER, FRAME_LENGTH)],
                                 lambda f: sum(f[:-1]) & 0xFF == f[-1], garbage, cuts, obj / 100)


@FUZZ
@given(garbage=NOISE, value=st.integers(-400, 1250), cuts=CUTS)
def test_modbus_a_response_after_garbage_is_decoded(garbage, value, cuts):
    frame = modbus.read_response(1, [value])
    kinds = [(b"\x01\x03\x02", 7), (b"\x01\x83", 5)]
    assert_decoded_after_garbage("modbus", frame, kinds, modbus.crc_ok, garbage, cuts,
                                 value / 10)


@FUZZ
@given(data=st.binary(max_size=300))
def test_cut_frames_accounts_for_every_byte(data):
    """Every byte is in a frame, counted as garbage, a dropped bad-frame start, or kept."""
    from hardware.events import ParserCounters

    counters = ParserCounters()
    buffer = bytearray(data)
    frames = cut_frames(buffer, [(HEADER, FRAME_LENGTH)], lambda f: sum(f[:-1]) & 0xFF == f[-1],
                        counters)
    assert (len(frames) * FRAME_LENGTH + counters.garbage_bytes + counters.bad_checksum
            + len(buffer)) == len(data)
    assert len(buffer) < FRAME_LENGTH
