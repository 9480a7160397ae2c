"""Vehicle plates (GA 36-2018): kinds, normalisation and clear messages for bad plates."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.visitors.plates import (
    PLATE_KIND_LABELS,
    PROVINCES,
    PlateKind,
    PlateResult,
    classify,
    is_valid,
    normalise,
)


@pytest.mark.parametrize("text, kind", [
    ("京A12345", PlateKind.ORDINARY),
    ("沪B8A9C2", PlateKind.ORDINARY),
    ("琼Z00001", PlateKind.ORDINARY),
    ("京AD12345", PlateKind.NEW_ENERGY),  # small, pure electric
    ("粤BFA1234", PlateKind.NEW_ENERGY),  # small, hybrid, letter in second place
    ("京AA12345", PlateKind.NEW_ENERGY),  # small, a later energy letter of GA 36-2018
    ("京A12345D", PlateKind.NEW_ENERGY),  # large, pure electric
    ("苏E12345F", PlateKind.NEW_ENERGY),  # large, hybrid
    ("粤B1234挂", PlateKind.TRAILER),
    ("鲁QA123挂", PlateKind.TRAILER),
    ("川A1234学", PlateKind.COACH),
    ("京A1234警", PlateKind.POLICE),
    ("沪A1234领", PlateKind.CONSULATE),
    ("粤Z1234港", PlateKind.HONG_KONG),
    ("粤ZA123澳", PlateKind.MACAO),
    ("使123456", PlateKind.EMBASSY),
    ("123456使", PlateKind.EMBASSY),
    ("WJ京12345", PlateKind.MILITARY),
    ("WJ12345", PlateKind.MILITARY),
    ("WJ粤1234消", PlateKind.MILITARY),
    ("VA12345", PlateKind.MILITARY),
    ("KB00123", PlateKind.MILITARY),
])
def test_valid_plates_and_their_kinds(text, kind):
    result = classify(text)
    assert result == PlateResult(text, kind, None)
    assert result.ok and is_valid(text)


def test_every_province_is_known():
    assert len(PROVINCES) == 31 == len(set(PROVINCES))
    assert all(is_valid(p + "A12345") for p in PROVINCES)


def test_every_kind_has_a_label():
    assert set(PLATE_KIND_LABELS) == set(PlateKind)
    assert {m.context for m in PLATE_KIND_LABELS.values()} == {"PlateKind"}


@pytest.mark.parametrize("typed, plate", [
    ("京a12345", "京A12345"),
    (" 京 A 123 45 ", "京A12345"),
    ("京A·12345", "京A12345"),
    ("京A.12345", "京A12345"),
    ("京A-12345", "京A12345"),
    ("京\u3000A12345", "京A12345"),
    ("京Ａ１２３４５", "京A12345"),  # full-width letters and digits
    ("京ａd１２３４５", "京AD12345"),
    ("wj京12345", "WJ京12345"),
    ("粤z1234港", "粤Z1234港"),
])
def test_typed_forms_are_normalised(typed, plate):
    assert normalise(typed) == plate
    result = classify(typed)
    assert result.plate == plate and result.ok


@pytest.mark.parametrize("text, fragment", [
    ("", "Enter a plate number"),
    ("  ", "Enter a plate number"),
    ("京AI2345", "I and O are not used"),
    ("京A1O345", "I and O are not used"),
    ("京I12345", "I and O are not used"),
    ("京O12345", "I and O are not used"),
    ("京A1234I挂", "I and O are not used"),
    ("港A12345", "Unknown province 港"),
    ("台A12345", "Unknown province 台"),
    ("A12345", "begins with a province character"),
    ("12345", "begins with a province character"),
    ("京", "After 京 comes the letter of the issuing office"),
    ("京112345", "After 京 comes the letter of the issuing office, not 1"),
    ("京A1234", "Expected 5 characters after 京A (6 on a new-energy plate), found 4"),
    ("京A", "Expected 5 characters after 京A (6 on a new-energy plate), found 0"),
    ("京A1234567", "Expected 5 characters after 京A (6 on a new-energy plate), found 7"),
    ("京A123456", "new-energy plate"),  # 6 digits: neither small nor large new energy
    ("京AD1234X", "new-energy plate"),
    ("京AX12345", "new-energy plate"),  # X is no energy letter
    ("京A1234DD", "new-energy plate"),
    ("京A12#45", "Unexpected character # on a plate"),
    ("京A12警45", "Unexpected character 警 on a plate"),
    ("粤B123挂", "Expected 4 characters between 粤B and 挂, found 3"),
    ("粤B12345挂", "Expected 4 characters between 粤B and 挂, found 5"),
    ("京A1234港", "港 plates begin with 粤Z"),
    ("沪B1234澳", "澳 plates begin with 粤Z"),
    ("使12345", "embassy plate"),
    ("使1234567", "embassy plate"),
    ("12使3456", "embassy plate"),
    ("VA1234", "military plate"),
    ("VA123456", "military plate"),
    ("WJ京123", "armed-police plate"),
    ("WJ京1234567", "armed-police plate"),
])
def test_bad_plates_get_a_clear_message(text, fragment):
    result = classify(text)
    assert result.kind is None and not result.ok and not is_valid(text)
    assert result.problem.context == "Plate"
    assert fragment in result.problem.render()


def test_messages_carry_their_placeholders_for_translation():
    problem = classify("京A1234").problem
    assert problem.text == "Expected 5 characters after {prefix} (6 on a new-energy plate), found {count}."
    assert problem.params == {"prefix": "京A", "count": 4}
    assert classify("桂A12345").problem is None


serial_char = st.sampled_from("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")


@given(st.sampled_from(PROVINCES), st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ"),
       st.text(serial_char, min_size=5, max_size=5))
def test_any_ordinary_plate_is_valid(province, office, serial):
    assert classify(province + office + serial).kind is PlateKind.ORDINARY


@given(st.text(min_size=0, max_size=12))
def test_classify_never_fails_and_always_explains(text):
    result = classify(text)
    assert (result.kind is None) == (result.problem is not None)
    if result.problem:
        assert result.problem.render()
