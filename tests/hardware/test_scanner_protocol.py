"""The scanner parser on byte fixtures: terminators, AIM prefixes, NoRead, noise, GB18030."""

import logging

import pytest

from hardware.events import DiscardedEvent, NoReadEvent, ScanEvent
from hardware.scanner_protocol import ScannerParser, encode_scan
from tests.hardware.conftest import feed_in_pieces

STREAM = b"]Q1GRV1-0001\r\nNoRead\r\n]C112345678\r\n%%noread\r\nSTAFF 42\r\nnr\r\n"
EXPECTED = [ScanEvent("GRV1-0001", "]Q1", 12), NoReadEvent("NoRead"),
            ScanEvent("12345678", "]C1", 11), NoReadEvent("%%noread"),
            ScanEvent("STAFF 42", None, 8), NoReadEvent("nr")]


def test_a_stream_of_codes_and_no_reads():
    assert ScannerParser().feed(STREAM) == EXPECTED


@pytest.mark.parametrize("cut", range(1, len(STREAM)))
def test_split_at_every_point_gives_the_same_events(cut):
    assert feed_in_pieces(ScannerParser(), STREAM, [cut]) == EXPECTED


def test_byte_by_byte():
    assert feed_in_pieces(ScannerParser(), STREAM, list(range(1, len(STREAM)))) == EXPECTED


@pytest.mark.parametrize("ending, stream", [
    ("auto", b"A\rB\nC\r\nD\n\rE\r"), ("CR", b"A\rB\rC\rD\rE\r"), ("LF", b"A\nB\nC\nD\nE\n"),
    ("CRLF", b"A\r\nB\r\nC\r\nD\r\nE\r\n")])
def test_line_endings(ending, stream):
    texts = [e.text for e in ScannerParser(ending).feed(stream)]
    assert texts == ["A", "B", "C", "D", "E"]


def test_crlf_split_between_cr_and_lf_counts_once():
    parser = ScannerParser("CRLF")
    assert parser.feed(b"ABC\r") == []
    assert [e.text for e in parser.feed(b"\nDEF\r\n")] == ["ABC", "DEF"]


def test_a_line_without_its_terminator_waits():
    parser = ScannerParser("CR")
    assert parser.feed(b"GRV1-0002") == []
    assert parser.feed(b"\r")[0].text == "GRV1-0002"


def test_noise_between_lines_is_skipped():
    parser = ScannerParser()
    events = parser.feed(b"\x00\x00\r\n\r\n \t\rOK1\r\x07\x07\n")
    assert events == [ScanEvent("OK1", None, 3)]
    assert parser.counters.frames_ok == 1 and parser.counters.garbage_bytes == 6


def test_aim_prefix_alone_is_not_a_code():
    parser = ScannerParser()
    assert parser.feed(b"]Q1\r]E04006381333931\r") == [ScanEvent("4006381333931", "]E0", 16)]


def test_a_bracket_that_is_not_an_aim_prefix_stays():
    assert ScannerParser().feed(b"]QQ1\r")[0] == ScanEvent("]QQ1", None, 4)


def test_over_long_line_is_discarded_with_a_warning_and_the_next_line_read(caplog):
    parser = ScannerParser(max_line=16)
    with caplog.at_level(logging.WARNING, logger="hardware.scanner_protocol"):
        events = parser.feed(b"X" * 20)
        events += parser.feed(b"Y" * 30 + b"\rGOOD\r")
    assert events == [DiscardedEvent("line too long", 20), ScanEvent("GOOD", None, 4)]
    assert parser.counters.discarded == 1
    assert "discarded 20 bytes" in caplog.text


def test_over_long_line_with_its_terminator_in_the_same_read():
    parser = ScannerParser(max_line=8)
    assert parser.feed(b"0123456789\rOK\r") == [DiscardedEvent("line too long", 10),
                                                 ScanEvent("OK", None, 2)]


def test_a_line_exactly_at_the_limit_is_kept():
    parser = ScannerParser(max_line=8)
    assert parser.feed(b"01234567") == []
    assert parser.feed(b"\r") == [ScanEvent("01234567", None, 8)]


def test_crlf_mode_keeps_a_cr_at_the_end_of_a_discarded_run():
    parser = ScannerParser("CRLF", max_line=4)
    assert [e.kind for e in parser.feed(b"TOOLONG\r")] == ["discarded"]
    assert parser.feed(b"\nOK\r\n") == [ScanEvent("OK", None, 2)]


def test_utf8_and_gb18030():
    parser = ScannerParser()
    events = parser.feed("访客 张三\r".encode("utf-8") + "访客 李四\r".encode("gb18030"))
    assert [e.text for e in events] == ["访客 张三", "访客 李四"]


def test_bytes_neither_utf8_nor_gb18030_are_line_noise():
    parser = ScannerParser()
    assert parser.feed(b"\xff\xfe\x80\x81\x82abc\rOK\r") == [ScanEvent("OK", None, 2)]
    assert parser.counters.garbage_bytes == 8


def test_the_time_given_is_the_time_stamped():
    assert ScannerParser().feed(b"A\r", now=12.5)[0].at == 12.5


def test_reset_forgets_a_partial_line():
    parser = ScannerParser()
    parser.feed(b"HALF")
    parser.reset()
    assert parser.feed(b"WHOLE\r")[0].text == "WHOLE"


@pytest.mark.parametrize("ending", ["CR", "LF", "CRLF"])
def test_encode_scan_round_trip(ending):
    data = encode_scan("健康码 ABC", ending, "]Q1")
    assert ScannerParser(ending).feed(data) == [ScanEvent("健康码 ABC", "]Q1", len(data) - len(ending) // 2)]


def test_unknown_line_ending_is_refused():
    with pytest.raises(ValueError):
        ScannerParser("NUL")
