"""Identity documents a visitor shows: the resident ID number (GB 11643-1999) and the others.

A resident ID number is 6 digits of region, 8 of birth date (YYYYMMDD), 3 of sequence (odd for
men, even for women) and an ISO 7064 MOD 11-2 check character. ``validate_resident_id`` judges
a whole number; ``partial_problem`` judges what has been typed so far and flags only what is
already certainly wrong. Problem codes: empty, length, not_digit, last_character, region,
birth_date, birth_in_future, birth_before_1900, check_digit, format.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP, Message

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARACTERS = "10X98765432"
# Province-level codes of GB/T 2260, plus 83: the residence permits of Taiwan residents
# (港澳台居民居住证) carry 810000 / 820000 / 830000 numbers with the same check character.
PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82 83".split())
EARLIEST_BIRTH = date(1900, 1, 1)
LENGTH = 18
DIGITS = frozenset("0123456789")


class DocumentKind(StrEnum):
    RESIDENT_ID = "resident_id"
    PASSPORT = "passport"
    HK_MACAO_PERMIT = "hk_macao_permit"  # 往来港澳通行证 / 港澳居民来往内地通行证
    TAIWAN_PERMIT = "taiwan_permit"  # 台湾居民来往大陆通行证
    OTHER = "other"


DOCUMENT_LABELS = {
    DocumentKind.RESIDENT_ID: QT_TRANSLATE_NOOP("DocumentKind", "resident ID card"),
    DocumentKind.PASSPORT: QT_TRANSLATE_NOOP("DocumentKind", "passport"),
    DocumentKind.HK_MACAO_PERMIT: QT_TRANSLATE_NOOP("DocumentKind", "Hong Kong/Macao permit"),
    DocumentKind.TAIWAN_PERMIT: QT_TRANSLATE_NOOP("DocumentKind", "Taiwan permit"),
    DocumentKind.OTHER: QT_TRANSLATE_NOOP("DocumentKind", "other document"),
}


@dataclass(frozen=True)
class IdProblem:
    code: str
    message: Message

    def __str__(self) -> str:
        return self.message.render()


def normalise(text: str) -> str:
    """Drop all spaces (full-width too), turn full-width characters half-width, x → X."""
    text = "".join(unicodedata.normalize("NFKC", text).split())
    return text[:-1] + "X" if text.endswith("x") else text


def check_digit(first17: str) -> str:
    """The MOD 11-2 check character ("0"-"9" or "X") for the first 17 digits."""
    if len(first17) != 17 or not set(first17) <= DIGITS:
        raise ValueError(f"expected 17 digits, got {first17!r}")
    return CHECK_CHARACTERS[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def validate_resident_id(text: str, today: date | None = None) -> IdProblem | None:
    """None when ``text`` is a valid resident ID number, else what is wrong with it."""
    number = normalise(text)
    if not number:
        return _empty()
    if len(number) != LENGTH:
        if len(number) == 15 and set(number) <= DIGITS:
            return IdProblem("length", QT_TRANSLATE_NOOP(
                "IdNumber", "Old 15-digit numbers are no longer valid; ask for the "
                "18-character number."))
        return IdProblem("length", QT_TRANSLATE_NOOP(
            "IdNumber", "A resident ID number must have 18 characters, not {count}.").with_(
            count=len(number)))
    return _prefix_problem(number, today or date.today())


def partial_problem(text: str, today: date | None = None) -> IdProblem | None:
    """What is certainly wrong with a number still being typed (a prefix), if anything."""
    number = normalise(text)
    if len(number) > LENGTH:
        return validate_resident_id(number, today)
    return _prefix_problem(number, today or date.today())


def _prefix_problem(number: str, today: date) -> IdProblem | None:
    for position, char in enumerate(number[:17], start=1):
        if char not in DIGITS:
            return IdProblem("not_digit", QT_TRANSLATE_NOOP(
                "IdNumber", "Character {position} must be a digit, not {char}.").with_(
                position=position, char=char))
    if len(number) == LENGTH and number[17] not in DIGITS | {"X"}:
        return IdProblem("last_character", QT_TRANSLATE_NOOP(
            "IdNumber", "The last character must be a digit or X, not {char}.").with_(
            char=number[17]))
    if len(number) >= 2 and number[:2] not in PROVINCE_CODES:
        return IdProblem("region", QT_TRANSLATE_NOOP(
            "IdNumber", "No province has the code {region}: check the first two digits.").with_(
            region=number[:2]))
    digits = number[6:14]
    if len(digits) == 8:
        problem = _birth_date_problem(digits, today)
        if problem:
            return problem
    elif digits and not _date_can_start_with(digits, today):
        return IdProblem("birth_date", QT_TRANSLATE_NOOP(
            "IdNumber", "No birth date begins with {digits}.").with_(digits=digits))
    if len(number) == LENGTH:
        expected = check_digit(number[:17])
        if number[17] != expected:
            return IdProblem("check_digit", QT_TRANSLATE_NOOP(
                "IdNumber", "The check digit should be {expected}, not {actual}: "
                "look for a mistyped digit.").with_(expected=expected, actual=number[17]))
    return None


def _birth_date_problem(digits: str, today: date) -> IdProblem | None:
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return IdProblem("birth_date", QT_TRANSLATE_NOOP(
            "IdNumber", "The birth date {digits} does not exist.").with_(digits=digits))
    if born > today:
        return IdProblem("birth_in_future", QT_TRANSLATE_NOOP(
            "IdNumber", "The birth date {date} is in the future.").with_(date=born.isoformat()))
    if born < EARLIEST_BIRTH:
        return IdProblem("birth_before_1900", QT_TRANSLATE_NOOP(
            "IdNumber", "The birth date {date} is before 1900.").with_(date=born.isoformat()))
    return None


def _date_can_start_with(prefix: str, today: date) -> bool:
    """Whether some date from 1900-01-01 to ``today`` written YYYYMMDD starts with ``prefix``."""
    years = [y for y in range(EARLIEST_BIRTH.year, today.year + 1)
             if str(y).startswith(prefix[:4])]
    if len(prefix) <= 4:
        return bool(years)
    for year in years:  # the year is complete here: at most one
        for month in range(1, 13):
            if not f"{month:02d}".startswith(prefix[4:6]) or date(year, month, 1) > today:
                continue
            if len(prefix) <= 6:
                return True
            for day in range(1, calendar.monthrange(year, month)[1] + 1):
                if f"{day:02d}".startswith(prefix[6:]) and date(year, month, day) <= today:
                    return True
    return False


def birth_date(id_number: str) -> date:
    """The birth date written in a resident ID number (ValueError if there is none)."""
    digits = normalise(id_number)[6:14]
    if len(digits) != 8 or not set(digits) <= DIGITS:
        raise ValueError("no birth date in this number")
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))


def gender(id_number: str) -> str:
    """"male" or "female": the 17th digit is odd for men, even for women."""
    digit = normalise(id_number)[16:17]
    if digit not in DIGITS:
        raise ValueError("no sequence digit in this number")
    return "male" if int(digit) % 2 else "female"


def mask(id_number: str) -> str:
    """First 6 + asterisks + last 4 for 18 characters; other lengths show at most half."""
    text = normalise(id_number)
    n = len(text)
    if n == LENGTH:
        head, tail = 6, 4
    else:
        tail = min(4, n // 4)
        head = min(6, n // 2 - tail)
    return text[:head] + "*" * (n - head - tail) + text[n - tail:]


PASSPORT = re.compile(r"[0-9A-Z]{5,17}")
HK_MACAO_PERMIT = re.compile(r"[CHM][0-9A-Z]{8,10}")
TAIWAN_PERMIT = re.compile(r"[0-9]{8}|[0-9A-Z]{10}")


def normalise_document(kind: DocumentKind, text: str) -> str:
    """The number as it is stored and compared: ``normalise``, and upper case but for OTHER."""
    number = normalise(text)
    return number if DocumentKind(kind) is DocumentKind.OTHER else number.upper()


def validate_document(kind: DocumentKind, text: str,
                      today: date | None = None) -> IdProblem | None:
    """None when ``text`` is a plausible number for a document of ``kind``."""
    kind = DocumentKind(kind)
    if kind is DocumentKind.RESIDENT_ID:
        return validate_resident_id(text, today)
    number = normalise_document(kind, text)
    if not number:
        return _empty()
    if kind is DocumentKind.PASSPORT and not PASSPORT.fullmatch(number):
        return IdProblem("format", QT_TRANSLATE_NOOP(
            "IdNumber", "A passport number has 5 to 17 letters and digits."))
    if kind is DocumentKind.HK_MACAO_PERMIT and not HK_MACAO_PERMIT.fullmatch(number):
        return IdProblem("format", QT_TRANSLATE_NOOP(
            "IdNumber", "A Hong Kong/Macao permit number is C, H or M followed by 8 to 10 "
            "letters and digits."))
    if kind is DocumentKind.TAIWAN_PERMIT and not TAIWAN_PERMIT.fullmatch(number):
        return IdProblem("format", QT_TRANSLATE_NOOP(
            "IdNumber", "A Taiwan permit number has 8 digits, or 10 letters and digits."))
    if kind is DocumentKind.OTHER and (len(number) > 32 or not number.isprintable()):
        return IdProblem("format", QT_TRANSLATE_NOOP(
            "IdNumber", "A document number has at most 32 printable characters."))
    return None


def _empty() -> IdProblem:
    return IdProblem("empty", QT_TRANSLATE_NOOP("IdNumber", "Enter the document number."))
