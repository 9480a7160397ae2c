"""The GA 467 ID card reader: frames, base information, polling over a real pty."""

import time
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from hardware import id_card
from hardware.events import ParserCounters
from hardware.serial_reader import SerialReader
from hardware.simulators.id_card import IdCardReaderSimulator, SyntheticCard, encode_base_info

CARD = SyntheticCard("张三", "11010519491231002X", gender="1", nation="01", birth="19491231",
                     valid_to="20400101")
TODAY = date(2026, 11, 28)


def reply(card=CARD) -> bytes:
    return id_card.frame(b"\x00\x00\x90" + encode_base_info(card))


def test_frames_carry_an_xor_check_over_length_and_payload():
    f = id_card.frame(id_card.FIND_CARD)
    assert f == bytes.fromhex("AAAAAA9669 0003 2001 22".replace(" ", ""))


def test_base_information_is_decoded():
    card = id_card.decode_base_info(encode_base_info(CARD), TODAY)
    assert (card.name, card.gender, card.nation, card.birth, card.id_number) == (
        "张三", "male", "汉", date(1949, 12, 31), "11010519491231002X")
    assert card.valid_to == date(2040, 1, 1) and not card.expired
    old = id_card.decode_base_info(encode_base_info(SyntheticCard(
        "李四", "110105194912310021", gender="2", nation="05", valid_to="20200101")), TODAY)
    assert old.expired and old.gender == "female" and old.nation == "维吾尔"
    forever = id_card.decode_base_info(encode_base_info(SyntheticCard(
        "王五", "110105194912310021", valid_to="长期")), TODAY)
    assert forever.valid_to is None and not forever.expired


def test_split_noise_and_bad_check_bytes():
    counters = ParserCounters()
    good = reply()
    bad = good[:-1] + bytes([good[-1] ^ 0x55])
    stream = b"\x00\xaa\x13" + bad + b"noise" + good
    buffer, payloads = bytearray(), []
    for i in range(0, len(stream), 7):  # arriving in small pieces
        buffer += stream[i:i + 7]
        payloads += id_card.cut_replies(buffer, counters)
    assert len(payloads) == 1 and payloads[0][:3] == b"\x00\x00\x90"
    assert counters.bad_checksum == 1 and counters.frames_ok == 1


@given(st.binary(max_size=600))
def test_garbage_never_raises_and_a_good_frame_after_it_is_found(garbage):
    counters = ParserCounters()
    buffer = bytearray(garbage + b"\x00" * 8 + reply())
    payloads = id_card.cut_replies(buffer, counters)
    assert payloads and payloads[-1][:3] == b"\x00\x00\x90"


class Seen:
    def __init__(self):
        self.events = []

    def __call__(self, event):
        self.events.append(event)

    def cards(self):
        return [e for e in self.events if e.kind == "id_card"]


def wait(predicate, timeout=5.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_card_on_the_reader_is_read_once_until_taken_away():
    seen = Seen()
    with IdCardReaderSimulator() as sim, SerialReader(
            "id-card", sim.port, id_card.IdCardReader(interval=0.1, today=lambda: TODAY),
            seen):
        sim.place(CARD)
        wait(lambda: len(seen.cards()) == 1)
        assert seen.cards()[0].name == "张三"
        polled = len(sim.commands)
        wait(lambda: len(sim.commands) > polled + 6)  # still polling …
        assert len(seen.cards()) == 1  # … but the same card is not read twice
        sim.remove()
        wait(lambda: sim.commands[-1] == id_card.FIND_CARD)
        time.sleep(0.3)
        sim.place(SyntheticCard("李四", "110105194912310021", gender="2",
                                valid_to="20200101"))
        wait(lambda: len(seen.cards()) == 2)
        assert seen.cards()[1].expired


def test_a_bad_check_byte_is_rejected_and_the_read_retried():
    seen = Seen()
    parser = id_card.IdCardReader(interval=0.1, timeout=0.3, today=lambda: TODAY)
    with IdCardReaderSimulator() as sim, SerialReader("id-card", sim.port, parser, seen):
        sim.wait_for_client()
        time.sleep(0.2)
        sim.corrupt_next = True
        sim.place(CARD)
        wait(lambda: len(seen.cards()) == 1)
        assert parser.counters.bad_checksum >= 1


def test_replies_arriving_in_pieces_are_put_together():
    seen = Seen()
    parser = id_card.IdCardReader(interval=0.1, timeout=1.0, today=lambda: TODAY)
    with IdCardReaderSimulator() as sim, SerialReader("id-card", sim.port, parser, seen):
        sim.split_replies = 7  # a 1,295-byte base-information reply in 7-byte pieces
        sim.place(CARD)
        wait(lambda: len(seen.cards()) == 1)
        assert seen.cards()[0].id_number == "11010519491231002X"
        assert parser.counters.bad_checksum == 0
