"""The pure parts of the check: pairing a scan with a reading, codes, passes, the policy."""

from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import passes
from app.station.codes import (
    ClassifiedCode,
    CodeClassifier,
    HealthCodeKind,
    StaffCardKind,
    VisitorPassKind,
)
from app.station.pairing import Incomplete, Paired, Pairing, Prompt, Reading, Scan
from app.station.policy import Policy, Verdict


def scan(at, text="HC0000000001"):
    return Scan(text, "]Q1", at)


def reading(at, c=36.5, plausible=True):
    return Reading(c, plausible, at)


def test_scan_then_reading_pairs():
    p = Pairing(window=10)
    assert p.scan(scan(0)) == [Prompt.MEASURE]
    out = p.reading(reading(3))
    assert out == [Paired(scan(0), reading(3))]


def test_reading_then_scan_pairs():
    p = Pairing(window=10)
    assert p.reading(reading(0)) == [Prompt.SCAN]
    assert p.scan(scan(9.5)) == [Paired(scan(9.5), reading(0))]


def test_scan_without_reading_times_out_as_incomplete():
    p = Pairing(window=10)
    p.scan(scan(0))
    assert p.tick(9.9) == []
    assert p.tick(10.1) == [Incomplete(scan(0))]
    assert p.tick(30) == []


def test_two_scans_in_a_row_close_the_first():
    p = Pairing(window=10)
    p.scan(scan(0, "HCAAAAAAAA1"))
    out = p.scan(scan(2, "HCAAAAAAAA2"))
    assert out == [Incomplete(scan(0, "HCAAAAAAAA1")), Prompt.MEASURE]
    assert p.reading(reading(3)) == [Paired(scan(2, "HCAAAAAAAA2"), reading(3))]


def test_implausible_reading_asks_to_measure_again_and_is_never_paired():
    p = Pairing(window=10)
    p.scan(scan(0))
    assert p.reading(reading(1, 28.0, plausible=False)) == [Prompt.REMEASURE]
    assert p.waiting_for_reading
    assert p.reading(reading(2, 36.6)) == [Paired(scan(0), reading(2, 36.6))]


def test_a_pushing_thermometer_may_read_the_same_value_for_two_people():
    p = Pairing(window=10, repeat_seconds=0)
    p.scan(scan(0))
    assert isinstance(p.reading(reading(0.5, 36.5))[0], Paired)
    p.scan(scan(0.8))
    assert isinstance(p.reading(reading(1.0, 36.5))[0], Paired)


def test_a_held_value_repeated_by_a_polled_thermometer_is_one_reading():
    p = Pairing(window=10, repeat_seconds=2.0)
    p.scan(scan(0))
    assert isinstance(p.reading(reading(1, 36.4))[0], Paired)
    assert p.reading(reading(1.5, 36.4)) == []  # the same measurement, polled again
    assert p.reading(reading(2.0, 36.4)) == []
    p.scan(scan(2.5))
    assert isinstance(p.reading(reading(3.0, 36.7))[0], Paired)  # a new value: a new person


def test_stale_reading_is_not_paired_with_a_late_scan():
    p = Pairing(window=10)
    p.reading(reading(0))
    assert p.scan(scan(11)) == [Prompt.MEASURE]


GREEN = ClassifiedCode("health_code", "green")


@pytest.mark.parametrize("code, celsius, watch, verdict, reasons", [
    (GREEN, 36.5, False, Verdict.PASS, ()),
    (GREEN, 37.3, False, Verdict.DENY, ("fever",)),  # 37.3 or more denies
    (GREEN, 37.29, False, Verdict.PASS, ()),
    (ClassifiedCode("health_code", "red"), 36.5, False, Verdict.DENY, ("code_red",)),
    (ClassifiedCode("health_code", "yellow"), 38.0, True, Verdict.DENY,
     ("fever", "code_yellow", "watchlist")),
    (ClassifiedCode("health_code", "unverified"), 36.5, False, Verdict.MANUAL,
     ("code_unverified",)),
    (ClassifiedCode("health_code", "unverified"), 37.5, False, Verdict.DENY, ("fever",)),
    (ClassifiedCode("visitor_pass", "invalid", "pass_expired"), 36.5, False, Verdict.DENY,
     ("pass_expired",)),
    (GREEN, 36.5, True, Verdict.DENY, ("watchlist",)),
])
def test_policy(code, celsius, watch, verdict, reasons):
    judged = Policy(fever_celsius=37.3).judge(code, celsius, watch)
    assert (judged.verdict, judged.reasons) == (verdict, reasons)


def test_pass_signed_verified_and_dated(tmp_path):
    keys = passes.PassKeys(tmp_path)
    text = passes.issue(keys.private_key(), "visit-42", date(2026, 11, 28), date(2026, 11, 29))
    public = passes.PassKeys(tmp_path).public_key()
    assert passes.verify(public, text, date(2026, 11, 28)) == passes.PassCheck(True, "",
                                                                                "visit-42")
    assert passes.verify(public, text, date(2026, 11, 30)).reason == "pass_expired"
    assert passes.verify(public, text, date(2026, 11, 27)).reason == "pass_not_yet_valid"
    forged = passes.issue(Ed25519PrivateKey.generate(), "visit-42", date(2026, 1, 1),
                          date(2030, 1, 1))
    assert passes.verify(public, forged, date(2026, 11, 28)).reason == "pass_forged"
    assert passes.verify(public, "GRP1.garbage", date(2026, 11, 28)).reason == "pass_malformed"


def test_classifier_kinds_and_hashed_tokens(tmp_path):
    keys = passes.PassKeys(tmp_path)
    seen = []

    def verify(token):
        seen.append(token)
        return type("R", (), {"status": "red" if token.startswith("HCR") else "green"})()

    classifier = CodeClassifier([
        VisitorPassKind(keys.public_key(), lambda: date(2026, 11, 28)),
        StaffCardKind(r"^STAFF-\d{4}$"),
        HealthCodeKind(verify, lambda t: f"hash({t})"),
    ])
    good = passes.issue(keys.private_key(), "v1", date(2026, 11, 28), date(2026, 11, 28))
    assert classifier.classify(good).status == "green"
    assert classifier.classify(good).reference == "v1"
    assert classifier.classify("STAFF-1234") == ClassifiedCode("staff_card", "green", "",
                                                               "STAFF-1234", "STAFF-1234")
    red = classifier.classify("HCR-secret-token")
    assert (red.kind, red.status, red.stored_text) == ("health_code", "red",
                                                       "hash(HCR-secret-token)")
    assert classifier.classify("短") .reason == "unknown_code"
    assert classifier.stored_form("HCR-secret-token") == "hash(HCR-secret-token)"
    no_service = CodeClassifier([HealthCodeKind(None, lambda t: "h")]).classify("HC123456789")
    assert no_service.status == "unverified"


def test_keyed_hash_is_stable_and_keyed():
    from app.keys import keyed_hash

    digest = keyed_hash(b"k" * 32, "HCG-1234")
    assert digest == keyed_hash(b"k" * 32, "HCG-1234")
    assert digest != keyed_hash(b"j" * 32, "HCG-1234")
    assert digest != keyed_hash(b"k" * 32, "HCG-1235")
    with pytest.raises(ValueError):
        keyed_hash(b"", "HCG-1234")
