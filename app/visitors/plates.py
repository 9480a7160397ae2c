"""Chinese motor-vehicle plates (GA 36-2018): what kind a plate is, or what is wrong with it.

A civil plate is a province character, the letter of the issuing office (no I or O) and a
serial: 5 characters (ordinary), 6 (new energy), or 4 and a suffix (挂学警领; 港澳 on 粤Z
cross-border plates). Embassy plates carry 使 and 6 digits. Military (PLA) and armed-police
(WJ) plates are accepted as their own kind.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP, Message

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
MILITARY_LETTERS = "VKHBSLJNGCEZ"  # first letter of a PLA plate: headquarters, services, regions
ARMED_POLICE_BRANCHES = "消边通森金电"  # last character of some armed-police plates
SUFFIXES = "挂学警港澳领"
SEPARATORS = str.maketrans("", "", ".·•・。-")


class PlateKind(StrEnum):
    ORDINARY = "ordinary"
    NEW_ENERGY = "new_energy"
    TRAILER = "trailer"  # 挂
    COACH = "coach"  # 学
    POLICE = "police"  # 警
    HONG_KONG = "hong_kong"  # 粤Z…港
    MACAO = "macao"  # 粤Z…澳
    CONSULATE = "consulate"  # 领
    EMBASSY = "embassy"  # 使
    MILITARY = "military"  # PLA and armed police (WJ)


PLATE_KIND_LABELS = {
    PlateKind.ORDINARY: QT_TRANSLATE_NOOP("PlateKind", "ordinary"),
    PlateKind.NEW_ENERGY: QT_TRANSLATE_NOOP("PlateKind", "new energy"),
    PlateKind.TRAILER: QT_TRANSLATE_NOOP("PlateKind", "trailer"),
    PlateKind.COACH: QT_TRANSLATE_NOOP("PlateKind", "driving-school coach"),
    PlateKind.POLICE: QT_TRANSLATE_NOOP("PlateKind", "police"),
    PlateKind.HONG_KONG: QT_TRANSLATE_NOOP("PlateKind", "Hong Kong cross-border"),
    PlateKind.MACAO: QT_TRANSLATE_NOOP("PlateKind", "Macao cross-border"),
    PlateKind.CONSULATE: QT_TRANSLATE_NOOP("PlateKind", "consulate"),
    PlateKind.EMBASSY: QT_TRANSLATE_NOOP("PlateKind", "embassy"),
    PlateKind.MILITARY: QT_TRANSLATE_NOOP("PlateKind", "military / armed police"),
}

_P = f"[{PROVINCES}]"
_OFFICE = "[A-HJ-NP-Z]"  # any letter but I and O
_S = "[0-9A-HJ-NP-Z]"  # a serial character: digits and letters but I and O
_PATTERNS = [(kind, re.compile(pattern)) for kind, pattern in [
    (PlateKind.ORDINARY, f"{_P}{_OFFICE}{_S}{{5}}"),
    # small new-energy cars: energy letter (D A B C E pure electric, F G H J K other), 5 more
    (PlateKind.NEW_ENERGY, f"{_P}{_OFFICE}[A-HJK]{_S}[0-9]{{4}}"),
    # large new-energy vehicles: 5 digits, then D (pure electric) or F (other)
    (PlateKind.NEW_ENERGY, f"{_P}{_OFFICE}[0-9]{{5}}[DF]"),
    (PlateKind.TRAILER, f"{_P}{_OFFICE}{_S}{{4}}挂"),
    (PlateKind.COACH, f"{_P}{_OFFICE}{_S}{{4}}学"),
    (PlateKind.POLICE, f"{_P}{_OFFICE}{_S}{{4}}警"),
    (PlateKind.CONSULATE, f"{_P}{_OFFICE}{_S}{{4}}领"),
    (PlateKind.HONG_KONG, f"粤Z{_S}{{4}}港"),
    (PlateKind.MACAO, f"粤Z{_S}{{4}}澳"),
    (PlateKind.EMBASSY, "使[0-9]{6}|[0-9]{6}使"),
    (PlateKind.MILITARY, f"WJ{_P}?[0-9A-Z]{{4,5}}[0-9A-Z{ARMED_POLICE_BRANCHES}]"),
    (PlateKind.MILITARY, f"[{MILITARY_LETTERS}][A-Z][0-9]{{5}}"),
]]


@dataclass(frozen=True)
class PlateResult:
    plate: str  # normalised
    kind: PlateKind | None
    problem: Message | None = None

    @property
    def ok(self) -> bool:
        return self.kind is not None


def normalise(text: str) -> str:
    """Drop spaces, dots and middle dots; full-width to half-width; upper case."""
    text = unicodedata.normalize("NFKC", text).translate(SEPARATORS)
    return "".join(text.split()).upper()


def classify(text: str) -> PlateResult:
    """The kind of plate ``text`` is, or a message saying what is wrong with it."""
    plate = normalise(text)
    for kind, pattern in _PATTERNS:
        if pattern.fullmatch(plate):
            return PlateResult(plate, kind)
    return PlateResult(plate, None, _problem(plate))


def is_valid(text: str) -> bool:
    return classify(text).ok


def _problem(plate: str) -> Message:
    if not plate:
        return QT_TRANSLATE_NOOP("Plate", "Enter a plate number.")
    first = plate[0]
    if "使" in plate:
        return QT_TRANSLATE_NOOP("Plate", "An embassy plate is 使 and 6 digits.")
    if first.isascii():
        if plate.startswith("WJ"):
            return QT_TRANSLATE_NOOP(
                "Plate", "An armed-police plate is WJ, an optional province and 5 or 6 characters.")
        if first in MILITARY_LETTERS and plate[1:2].isascii() and plate[1:2].isalpha():
            return QT_TRANSLATE_NOOP(
                "Plate", "A military plate is two letters and 5 digits, such as VA12345.")
        return QT_TRANSLATE_NOOP("Plate", "A plate begins with a province character, such as 京 or 粤.")
    if first not in PROVINCES:
        return QT_TRANSLATE_NOOP("Plate", "Unknown province {char}.").with_(char=first)
    office = plate[1:2]
    if not office:
        return QT_TRANSLATE_NOOP(
            "Plate", "After {prefix} comes the letter of the issuing office.").with_(prefix=first)
    if "I" in plate or "O" in plate:
        return QT_TRANSLATE_NOOP("Plate", "I and O are not used on plates.")
    if not ("A" <= office <= "Z"):
        return QT_TRANSLATE_NOOP(
            "Plate", "After {prefix} comes the letter of the issuing office, not {char}.").with_(
            prefix=first, char=office)
    prefix, rest = plate[:2], plate[2:]
    suffix = rest[-1] if rest and rest[-1] in SUFFIXES else ""
    body = rest[:-1] if suffix else rest
    for char in body:
        if not (char.isascii() and char.isalnum()):
            return QT_TRANSLATE_NOOP("Plate", "Unexpected character {char} on a plate.").with_(
                char=char)
    if suffix in ("港", "澳") and prefix != "粤Z":
        return QT_TRANSLATE_NOOP("Plate", "{suffix} plates begin with 粤Z.").with_(suffix=suffix)
    if suffix and len(body) != 4:
        return QT_TRANSLATE_NOOP(
            "Plate", "Expected 4 characters between {prefix} and {suffix}, found {count}.").with_(
            prefix=prefix, suffix=suffix, count=len(body))
    if len(body) == 6:
        return QT_TRANSLATE_NOOP(
            "Plate", "On a new-energy plate {prefix} is followed by a letter A to K (D or F on "
            "most), one more character and 4 digits (small cars), or by 5 digits and D or F "
            "(large vehicles).").with_(
            prefix=prefix)
    if len(body) != 5:
        return QT_TRANSLATE_NOOP(
            "Plate", "Expected 5 characters after {prefix} (6 on a new-energy plate), "
            "found {count}.").with_(prefix=prefix, count=len(body))
    return QT_TRANSLATE_NOOP("Plate", "{plate} is not a known plate format.").with_(plate=plate)
