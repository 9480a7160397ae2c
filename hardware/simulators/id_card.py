"""A simulated ID card reader speaking the GA 467 SAM protocol, with synthetic cards."""

from __future__ import annotations

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
    check byte of the next reply (the reader must retry)."""

    def __init__(self, **link):
        super().__init__(name="id-card-reader", **link)
        self.card: SyntheticCard | None = None
        self.corrupt_next = False
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
        return replies

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
