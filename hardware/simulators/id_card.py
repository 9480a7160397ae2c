"""A simulated ID card reader speaking the GA 467 SAM protocol, with synthetic cards."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from hardware import id_card
from hardware.events import ParserCounters
from hardware.simulators.base import DeviceSimulator


@dataclass(frozen=True)
class SyntheticCard:
    name: str
    id_number: str
    gender: str = "1"  # 1 male, 2 female
    nation: str = "01"
    birth: str = "19900101"
    address: str = "北京市东城区示例路1号"
    authority: str = "北京市公安局东城分局"
    valid_from: str = "20200101"
    valid_to: str = "20400101"  # or 长期
    photo: bytes = b"\x00" * id_card.PHOTO_BYTES


def encode_base_info(card: SyntheticCard) -> bytes:
    """The data of a "read base information" reply for ``card``."""
    values = {"name": card.name, "gender": card.gender, "nation": card.nation,
              "birth": card.birth, "address": card.address, "id_number": card.id_number,
              "authority": card.authority, "valid_from": card.valid_from,
              "valid_to": card.valid_to, "reserved": ""}
    text = b"".join(_field(values[name], size) for name, size in id_card.TEXT_FIELDS)
    return (len(text).to_bytes(2, "big") + len(card.photo).to_bytes(2, "big") + text
            + card.photo)


def _field(value: str, size: int) -> bytes:
    raw = value.encode("utf-16-le")[:size]
    return raw + " ".encode("utf-16-le") * ((size - len(raw)) // 2)


class IdCardReaderSimulator(DeviceSimulator):
    """Answers find / select / read for the card placed on it; ``corrupt_next`` spoils the
    check byte of the next reply (the reader must retry); ``split_replies`` sends each reply
    in pieces of that many bytes, a few milliseconds apart (a slow USB-serial bridge)."""

    def __init__(self, **link):
        super().__init__(name="id-card-reader", **link)
        self.card: SyntheticCard | None = None
        self.corrupt_next = False
        self.split_replies = 0
        self._pieces = bytearray()
        self._pieces_lock = threading.Lock()
        self._sending = False
        self.commands: list[bytes] = []
        self._buffer = bytearray()
        self._counters = ParserCounters()

    def place(self, card: SyntheticCard) -> None:
        self.card = card

    def remove(self) -> None:
        self.card = None

    def answer(self, data: bytes) -> bytes:
        self._buffer += data
        replies = b""
        for payload in id_card.cut_replies(self._buffer, self._counters):
            command = payload[:2]
            self.commands.append(command)
            replies += self._reply(command)
        if self.split_replies:
            self._trickle(replies)
            return b""
        return replies

    def _trickle(self, replies: bytes) -> None:
        """Queue ``replies`` behind what is still being sent, in order, piece by piece."""
        def send() -> None:
            while True:
                with self._pieces_lock:
                    piece = bytes(self._pieces[:self.split_replies])
                    del self._pieces[:self.split_replies]
                    if not piece:
                        self._sending = False
                        return
                self.send_raw(piece)
                time.sleep(0.003)

        with self._pieces_lock:
            self._pieces += replies
            if self._sending:
                return
            self._sending = True
        threading.Thread(target=send, name="card-reply-pieces", daemon=True).start()

    def _reply(self, command: bytes) -> bytes:
        if command == id_card.FIND_CARD:
            payload = b"\x00\x00\x9f" if self.card else b"\x00\x00\x80"
        elif command == id_card.SELECT_CARD:
            payload = b"\x00\x00\x90" if self.card else b"\x00\x00\x81"
        elif command == id_card.READ_BASE:
            payload = (b"\x00\x00\x90" + encode_base_info(self.card)) if self.card \
                else b"\x00\x00\x41"
        else:
            payload = b"\x00\x00\x90"
        reply = id_card.frame(payload)
        if self.corrupt_next:
            self.corrupt_next = False
            reply = reply[:-1] + bytes([reply[-1] ^ 0xFF])
        return reply


# Made-up people with valid check digits, for the demo and the tests: one expected today (the
# demo pre-registers them), one with an expired card, one on the demo watchlist, one walk-in.
DEMO_CARDS = (
    SyntheticCard("赵敏", "110101198503151235", gender="2", nation="01", birth="19850315",
                  address="北京市东城区和平里街道1号", valid_from="20190601", valid_to="20390601"),
    SyntheticCard("钱进", "110102199007122348", gender="1", nation="03", birth="19900712",
                  address="北京市西城区金融街2号", valid_from="20050101", valid_to="20250101"),
    SyntheticCard("孙立", "310104197801013457", gender="1", nation="01", birth="19780101",
                  address="上海市徐汇区漕溪路3号", valid_from="20180101", valid_to="长期"),
    SyntheticCard("李娜", "440305199511204568", gender="2", nation="01", birth="19951120",
                  address="广东省深圳市南山区科技园4号", valid_from="20210315", valid_to="20410315"),
)
