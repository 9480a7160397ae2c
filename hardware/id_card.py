"""Second-generation resident ID card readers (GA 467 SAM protocol over serial).

Frames: ``AA AA AA 96 69``, a 2-byte big-endian length of everything after it, then
``CMD PARA [data]`` (commands) or ``SW1 SW2 SW3 [data]`` (replies), closed by an XOR check byte
over the length and all that follows it. The reader is polled find → select → read about every
300 ms; a card left on the reader is reported once, until it is taken away. The card's raw
frames are personal data: nothing here logs them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from hardware.events import DeviceEvent, DeviceFault
from hardware.parsing import NOTHING, StreamParser

PREAMBLE = bytes.fromhex("AAAAAA9669")
RESET_SAM = b"\x01\xff"
SAM_STATUS = b"\x11\xff"
FIND_CARD = b"\x20\x01"
SELECT_CARD = b"\x20\x02"
READ_BASE = b"\x30\x01"
STATUS_NAMES = {b"\x00\x00\x90": "success", b"\x00\x00\x9f": "card found",
                b"\x00\x00\x80": "no card", b"\x00\x00\x81": "select failed",
                b"\x00\x00\x10": "receive error", b"\x00\x00\x11": "check byte error",
                b"\x00\x00\x21": "unknown command", b"\x00\x00\x23": "command not allowed",
                b"\x00\x00\x24": "unauthorised", b"\x00\x00\x31": "card authentication failed",
                b"\x00\x00\x41": "read failed", b"\x00\x00\x60": "SAM self-test failed"}
TEXT_BYTES, PHOTO_BYTES = 256, 1024
# (field, bytes) of the 256-byte UCS-2LE text block, in order.
TEXT_FIELDS = (("name", 30), ("gender", 2), ("nation", 4), ("birth", 16), ("address", 70),
               ("id_number", 36), ("authority", 30), ("valid_from", 16), ("valid_to", 16),
               ("reserved", 36))
NATIONS = ("汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
           "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 "
           "怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
LONG_TERM = "长期"


PHOTO_PLUGINS = "guardroom.wlt_decoder"


def photo_decoder():
    """The card vendor's WLT photo decoder, if one is installed as a plug-in: an entry point
    in the group ``guardroom.wlt_decoder`` naming a callable that takes the 1,024-byte WLT
    block and returns an image (BMP, JPEG or PNG bytes). None when there is none — then no
    photo is shown (the WLT format is the vendor's; nothing here decodes it)."""
    from importlib.metadata import entry_points

    for plugin in entry_points(group=PHOTO_PLUGINS):
        try:
            return plugin.load()
        except Exception as exc:  # a broken plug-in must not stop the reader
            import logging

            logging.getLogger(__name__).warning("WLT decoder %s: %s", plugin.name, exc)
    return None


def check_byte(body: bytes) -> int:
    value = 0
    for byte in body:
        value ^= byte
    return value


def frame(payload: bytes) -> bytes:
    """Wrap a command (CMD PARA data) or a reply (SW1 SW2 SW3 data) in a frame."""
    body = (len(payload) + 1).to_bytes(2, "big") + payload
    return PREAMBLE + body + bytes([check_byte(body)])


@dataclass(frozen=True, slots=True)
class IdCardEvent:
    """A card read from the reader: the base information, decoded."""

    kind: ClassVar[str] = "id_card"
    name: str
    gender: str  # "male" | "female" | ""
    nation: str
    birth: date | None
    address: str
    id_number: str
    authority: str
    valid_from: date | None
    valid_to: date | None  # None: long-term (长期)
    expired: bool
    photo_wlt: bytes = field(default=b"", repr=False)  # for a vendor decoder plug-in only
    at: float = 0.0


def _date(text: str) -> date | None:
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def decode_base_info(data: bytes, today: date, now: float = 0.0) -> IdCardEvent | None:
    """The reply data of "read base information": lengths, text block, photo block."""
    if len(data) < 4:
        return None
    text_len, photo_len = int.from_bytes(data[:2], "big"), int.from_bytes(data[2:4], "big")
    text = data[4:4 + text_len]
    photo = data[4 + text_len:4 + text_len + photo_len]
    if len(text) < TEXT_BYTES:
        return None
    fields, at = {}, 0
    for name, size in TEXT_FIELDS:
        fields[name] = text[at:at + size].decode("utf-16-le", "replace").strip(" \x00")
        at += size
    code = fields["nation"]
    nation = NATIONS[int(code) - 1] if code.isdigit() and 1 <= int(code) <= len(NATIONS) else ""
    valid_to = None if fields["valid_to"].startswith(LONG_TERM) else _date(fields["valid_to"])
    return IdCardEvent(
        name=fields["name"], gender={"1": "male", "2": "female"}.get(fields["gender"], ""),
        nation=nation, birth=_date(fields["birth"]), address=fields["address"],
        id_number=fields["id_number"].upper(), authority=fields["authority"],
        valid_from=_date(fields["valid_from"]), valid_to=valid_to,
        expired=valid_to is not None and valid_to < today, photo_wlt=bytes(photo), at=now)


def cut_replies(buffer: bytearray, counters) -> list[bytes]:
    """Whole frames' payloads (SW1 SW2 SW3 data) out of ``buffer``; garbage and frames with a
    bad check byte are dropped and counted, and the search resumes after them."""
    payloads = []
    while True:
        start = buffer.find(PREAMBLE)
        if start < 0:
            keep = next((n for n in range(len(PREAMBLE) - 1, 0, -1)
                         if buffer.endswith(PREAMBLE[:n])), 0)
            counters.garbage_bytes += len(buffer) - keep
            del buffer[:len(buffer) - keep]
            return payloads
        counters.garbage_bytes += start
        del buffer[:start]
        if len(buffer) < 7:
            return payloads
        length = int.from_bytes(buffer[5:7], "big")
        if len(buffer) < 7 + length:
            return payloads
        body = bytes(buffer[5:7 + length - 1])
        if length < 1 or check_byte(body) != buffer[7 + length - 1]:
            counters.bad_checksum += 1
            del buffer[:1]
            continue
        counters.frames_ok += 1
        payloads.append(body[2:])
        del buffer[:7 + length]


class IdCardReader(StreamParser):
    """Polls the reader: find → select → read; a card on the reader is reported once."""

    STEPS = (FIND_CARD, SELECT_CARD, READ_BASE)

    def __init__(self, interval: float = 0.3, timeout: float = 1.0, retries: int = 2,
                 today=date.today):
        super().__init__()
        self.interval, self.timeout, self.retries, self.today = interval, timeout, retries, today
        self._buffer = bytearray()
        self.reset()

    def reset(self) -> None:
        self._buffer.clear()
        self._step = 0
        self._sent_at: float | None = None
        self._attempts = 0
        self._next = 0.0
        self._present: str | None = None  # the ID number of the card lying on the reader

    def greeting(self) -> bytes:
        return frame(SAM_STATUS)

    def poll(self, now: float) -> tuple[bytes, list[DeviceEvent]]:
        if self._sent_at is None:
            if now < self._next:
                return NOTHING
        elif now - self._sent_at < self.timeout:
            return NOTHING
        elif self._attempts > self.retries:
            self._restart(now)
            return b"", [DeviceFault("timeout", "the card reader did not answer", now)]
        if self._sent_at is None:
            self._attempts = 0
        self._sent_at = now
        self._attempts += 1
        return frame(self.STEPS[self._step]), []

    def feed(self, data: bytes, now: float = 0.0) -> list[DeviceEvent]:
        self._buffer += data
        events: list[DeviceEvent] = []
        for payload in cut_replies(self._buffer, self.counters):
            event = self._answer(payload, now)
            if event is not None:
                events.append(event)
        return events

    def _answer(self, payload: bytes, now: float) -> DeviceEvent | None:
        status, data = payload[:3], payload[3:]
        if self._sent_at is None:  # an answer to the greeting, or a late one
            return None
        step = self.STEPS[self._step]
        self._sent_at = None
        if step == FIND_CARD:
            if status == b"\x00\x00\x9f":
                self._step = 1
                self._next = now
            else:
                self._present = None  # no card: the last one was taken away
                self._restart(now)
            return None
        if step == SELECT_CARD:
            if status == b"\x00\x00\x90":
                self._step = 2
                self._next = now
            else:
                self._restart(now)
            return None
        self._restart(now)
        if status != b"\x00\x00\x90":
            return DeviceFault("card", STATUS_NAMES.get(status, status.hex()), now)
        card = decode_base_info(data, self.today(), now)
        if card is None:
            self.counters.discarded += 1
            return None
        if card.id_number == self._present:
            return None  # still the same card on the reader
        self._present = card.id_number
        return card

    def _restart(self, now: float) -> None:
        self._step, self._sent_at, self._next = 0, None, now + self.interval
