"""Resident ID numbers (GB 11643-1999) and other documents: pure rules, no Qt, no database."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.i18n import Message
from app.visitors.id_numbers import (
    PROVINCE_CODES,
    DocumentKind,
    IdProblem,
    birth_date,
    check_digit,
    gender,
    mask,
    normalise,
    normalise_document,
    partial_problem,
    validate_document,
    validate_resident_id,
)

TODAY = date(2026, 11, 28)
SAMPLE = "11010519491231002X"  # the well-known sample: Beijing Chaoyang, born 1949-12-31


def make_id(first17: str) -> str:
    return first17 + check_digit(first17)


def code(problem: IdProblem | None) -> str | None:
    return problem.code if problem else None


def test_the_well_known_sample_is_valid():
    assert check_digit(SAMPLE[:17]) == "X"
    assert validate_resident_id(SAMPLE, TODAY) is None


@pytest.mark.parametrize("first17", ["11010519491231002", "44030419900101001",
                                     "34052419800101001", "00000000000000000"])
def test_check_digit_follows_mod_11_2(first17):
    """Weight of position i (from the left) is 2^(17 - i) mod 11; 1 - sum maps to 0-9 or X."""
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(first17))
    value = (12 - total % 11) % 11
    assert check_digit(first17) == ("X" if value == 10 else str(value))


@pytest.mark.parametrize("bad", ["1101051949123100", "110105194912310021", "1101051949123100A"])
def test_check_digit_needs_exactly_17_digits(bad):
    with pytest.raises(ValueError):
        check_digit(bad)


@pytest.mark.parametrize("first17", ["44030419900101001", "31011520000229123", "65010219000101004",
                                     "81000019850607007", "83000020010911008"])
def test_real_format_numbers_are_valid(first17):
    assert validate_resident_id(make_id(first17), TODAY) is None


def test_lower_case_x_is_accepted_and_normalised():
    assert normalise("11010519491231002x") == SAMPLE
    assert validate_resident_id("11010519491231002x", TODAY) is None


def test_full_width_input_and_spaces_are_normalised():
    typed = "１１０１０５\u3000１９４９１２３１ ００２ｘ"
    assert normalise(typed) == SAMPLE
    assert validate_resident_id(typed, TODAY) is None


def test_wrong_check_digit_names_the_right_one():
    problem = validate_resident_id(SAMPLE[:17] + "5", TODAY)
    assert problem.code == "check_digit"
    assert isinstance(problem.message, Message) and problem.message.context == "IdNumber"
    assert problem.message.params == {"expected": "X", "actual": "5"}
    assert "should be X, not 5" in str(problem)


@pytest.mark.parametrize("length", [15, 17, 19])
def test_wrong_lengths_are_rejected(length):
    number = (SAMPLE[:17] + "0" * 5)[:length]
    problem = validate_resident_id(number, TODAY)
    assert problem.code == "length"
    if length != 15:
        assert problem.message.params["count"] == length


def test_an_old_15_digit_number_gets_its_own_hint():
    problem = validate_resident_id("110105491231002", TODAY)
    assert problem.code == "length" and "15-digit" in str(problem)


def test_empty_input_asks_for_the_number():
    assert code(validate_resident_id("  \u3000", TODAY)) == "empty"
    assert partial_problem("", TODAY) is None


@pytest.mark.parametrize("number, problem_code", [
    ("1101A519491231002X", "not_digit"),
    ("11010519491231002Y", "last_character"),
    ("19010519491231002X", "region"),
    ("00010519491231002X", "region"),
    ("72010519491231002X", "region"),
])
def test_bad_characters_and_regions(number, problem_code):
    assert code(validate_resident_id(number, TODAY)) == problem_code


@pytest.mark.parametrize("birth, problem_code", [
    ("20230230", "birth_date"),  # 30 February
    ("20231301", "birth_date"),  # month 13
    ("20230000", "birth_date"),
    ("20210229", "birth_date"),  # not a leap year
    ("20990101", "birth_in_future"),
    ("20261129", "birth_in_future"),  # tomorrow
    ("18991231", "birth_before_1900"),
])
def test_bad_birth_dates(birth, problem_code):
    number = make_id("110105" + birth + "002")
    assert code(validate_resident_id(number, TODAY)) == problem_code


def test_born_today_and_on_1900_01_01_are_fine():
    assert validate_resident_id(make_id("11010520261128002"), TODAY) is None
    assert validate_resident_id(make_id("11010519000101002"), TODAY) is None


def test_messages_render_with_their_placeholders():
    problem = validate_resident_id(make_id("11010520230230002"), TODAY)
    assert str(problem) == "The birth date 20230230 does not exist."
    assert str(validate_resident_id("99010519491231002X", TODAY)).startswith(
        "No province has the code 99")


# -- as you type ----------------------------------------------------------------------------

@pytest.mark.parametrize("number", [SAMPLE, make_id("44030420001231001"),
                                   make_id("31011520261128123")])
def test_every_prefix_of_a_valid_number_is_quiet(number):
    for end in range(len(number) + 1):
        assert partial_problem(number[:end], TODAY) is None, number[:end]


def test_a_lower_case_x_typed_last_is_quiet():
    assert partial_problem("11010519491231002x", TODAY) is None


@pytest.mark.parametrize("quiet, flagged, problem_code", [
    ("1101", "1101A", "not_digit"),
    ("1", "19", "region"),  # no province code starts 19
    ("0", "00", "region"),
    ("110105", "1101053", "birth_date"),  # no year 3xxx
    ("1101051", "11010518", "birth_date"),  # 18xx is before 1900
    ("11010520", "110105203", "birth_date"),  # 203x is after 2026
    ("11010520261", "110105202612", "birth_date"),  # December 2026 has not come yet
    ("1101051949", "11010519491", None),  # 10-19 holds real months: still quiet
    ("11010519491", "110105194913", "birth_date"),  # month 13
    ("1101051949", "110105194900", "birth_date"),  # month 00
    ("110105194902", "1101051949023", "birth_date"),  # February has no day 3x
    ("1101051949043", "11010519490431", "birth_date"),  # 31 April, flagged at 14 digits
    ("1101051949022", "11010519490229", "birth_date"),  # 1949 was no leap year
    ("1101051949123100", "11010519491231002", None),
    ("11010519491231002", "110105194912310025", "check_digit"),
    ("11010519491231002", "11010519491231002Y", "last_character"),
    ("11010519491231002X", "11010519491231002X1", "length"),
])
def test_a_typo_is_flagged_as_soon_as_it_is_certain(quiet, flagged, problem_code):
    assert partial_problem(quiet, TODAY) is None
    assert code(partial_problem(flagged, TODAY)) == problem_code


def test_partial_date_message_names_the_digits():
    problem = partial_problem("110105194913", TODAY)
    assert str(problem) == "No birth date begins with 194913."


# -- what the number says -------------------------------------------------------------------

def test_birth_date_and_gender():
    assert birth_date(SAMPLE) == date(1949, 12, 31)
    assert gender(SAMPLE) == "female"  # 17th digit 2
    assert gender(make_id("11010519491231001")) == "male"
    assert birth_date("１１０１０５１９４９１２３１００２ｘ") == date(1949, 12, 31)


@pytest.mark.parametrize("bad", ["", "110105", "1101051949AB31002X"])
def test_birth_date_of_a_broken_number_raises(bad):
    with pytest.raises(ValueError):
        birth_date(bad)


def test_gender_of_a_short_number_raises():
    with pytest.raises(ValueError):
        gender("1101051949")


# -- masking --------------------------------------------------------------------------------

def test_an_18_character_number_shows_first_6_and_last_4():
    assert mask(SAMPLE) == "110105********002X"
    assert mask("11010519491231002x") == "110105********002X"
    assert mask("110105 19491231 002X") == "110105********002X"


@pytest.mark.parametrize("text", ["", "E", "E1", "E12", "E123", "E1234567", "E12345678",
                                  "H1234567890", "110105491231002", "AB12345678901234",
                                  "11010519491231002", "1101051949123100211"])
def test_other_lengths_never_show_more_than_half(text):
    masked = mask(text)
    assert len(masked) == len(text)
    shown = sum(c != "*" for c in masked)
    assert shown <= len(text) // 2
    assert all(m in ("*", t) for m, t in zip(masked, text))


def test_a_passport_keeps_its_ends():
    assert mask("E12345678") == "E1*****78"


# -- other documents ------------------------------------------------------------------------

@pytest.mark.parametrize("kind, text", [
    (DocumentKind.PASSPORT, "E12345678"),
    (DocumentKind.PASSPORT, "ej1234567"),  # lower case is upper-cased
    (DocumentKind.PASSPORT, "C01X00T47"),  # a foreign passport
    (DocumentKind.PASSPORT, "12345"),
    (DocumentKind.HK_MACAO_PERMIT, "C12345678"),  # mainland resident, card format
    (DocumentKind.HK_MACAO_PERMIT, "CA1234567"),
    (DocumentKind.HK_MACAO_PERMIT, "H1234567801"),  # Hong Kong resident, with issue count
    (DocumentKind.HK_MACAO_PERMIT, "M12345678"),
    (DocumentKind.TAIWAN_PERMIT, "12345678"),
    (DocumentKind.TAIWAN_PERMIT, "1234567801"),
    (DocumentKind.TAIWAN_PERMIT, "A123456789"),
    (DocumentKind.OTHER, "军官证 第 12345 号"),
    (DocumentKind.OTHER, "X"),
    (DocumentKind.RESIDENT_ID, SAMPLE),
    ("passport", "E12345678"),  # the plain value as it comes from the database
])
def test_valid_documents(kind, text):
    assert validate_document(kind, text, TODAY) is None


@pytest.mark.parametrize("kind, text, problem_code", [
    (DocumentKind.PASSPORT, "E123", "format"),
    (DocumentKind.PASSPORT, "E1234567890123456789", "format"),
    (DocumentKind.PASSPORT, "E1234-5678", "format"),
    (DocumentKind.PASSPORT, "", "empty"),
    (DocumentKind.HK_MACAO_PERMIT, "W12345678", "format"),
    (DocumentKind.HK_MACAO_PERMIT, "C1234567", "format"),
    (DocumentKind.HK_MACAO_PERMIT, "H123456789012", "format"),
    (DocumentKind.TAIWAN_PERMIT, "1234567", "format"),
    (DocumentKind.TAIWAN_PERMIT, "123456789", "format"),
    (DocumentKind.TAIWAN_PERMIT, "A1234567", "format"),
    (DocumentKind.OTHER, "X" * 33, "format"),
    (DocumentKind.OTHER, "AB\x07CD", "format"),
    (DocumentKind.OTHER, " ", "empty"),
    (DocumentKind.RESIDENT_ID, SAMPLE[:17] + "1", "check_digit"),
])
def test_invalid_documents(kind, text, problem_code):
    problem = validate_document(kind, text, TODAY)
    assert code(problem) == problem_code
    assert problem.message.context == "IdNumber" and str(problem)


def test_normalise_document():
    assert normalise_document(DocumentKind.PASSPORT, " ｅ１２３４５６７８ ") == "E12345678"
    assert normalise_document(DocumentKind.RESIDENT_ID, "11010519491231002x") == SAMPLE
    assert normalise_document(DocumentKind.OTHER, "abc 123") == "abc123"


# -- the check digit, as a property ---------------------------------------------------------

first17s = st.builds(
    lambda region, rest, born, seq: region + rest + born.strftime("%Y%m%d") + seq,
    st.sampled_from(sorted(PROVINCE_CODES)),
    st.text("0123456789", min_size=4, max_size=4),
    st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    st.text("0123456789", min_size=3, max_size=3),
)


@given(first17s, st.sampled_from("0123456789X"))
def test_only_the_check_digit_makes_a_number_valid(first17, last):
    right = check_digit(first17)
    assert validate_resident_id(first17 + right, TODAY) is None
    assert partial_problem(first17 + right, TODAY) is None
    if last != right:
        assert code(validate_resident_id(first17 + last, TODAY)) == "check_digit"


@given(first17s)
def test_every_prefix_of_a_generated_number_is_quiet(first17):
    number = make_id(first17)
    assert all(partial_problem(number[:end], TODAY) is None for end in range(19))
