"""Pre-registered visitors: signed passes, all-or-nothing imports, one-scan check-in."""

import dataclasses
from datetime import date, timedelta

import pytest

from app import passes
from app.services import accounts, checks
from app.services.demo import DEMO_PASSWORD
from app.station.runner import CheckLogged, DeviceSetup, Station
from app.visitors import preregistration, registry
from app.visitors.preregistration import Expected, ImportRefused
from hardware.simulators import ScannerSimulator, ThermometerSimulator
from tests.app.test_station import wait_online
from tests.recorder import Recorder

ID = "11010519491231002X"
OTHER_ID = "440106199207150028"[:17]


@pytest.fixture
def lead(demo_ctx):
    return accounts.login(demo_ctx, "lead", DEMO_PASSWORD)


def test_a_pass_is_signed_for_the_window_and_masked(demo_ctx, lead, now):
    today = now().date()
    issued = preregistration.preregister(demo_ctx, lead, [Expected(
        "陈静", "resident_id", ID, host_department="办公室",
        valid_from=today, valid_to=today + timedelta(days=1))]).value
    (p,) = issued
    assert p.document_masked == "110105********002X" and ID not in p.pass_text
    public = passes.PassKeys(demo_ctx.paths.keys).public_key()
    check = passes.verify(public, p.pass_text, today)
    assert check.valid and check.visit_id == str(p.id)
    assert passes.verify(public, p.pass_text, today + timedelta(days=2)).reason == "pass_expired"
    assert [e.id for e in preregistration.expected_today(demo_ctx)] == [p.id]


def test_guards_cannot_preregister(demo_ctx, guard):
    with pytest.raises(accounts.PermissionDenied):
        preregistration.preregister(demo_ctx, guard, [Expected("a", "resident_id", ID)])


def test_import_with_bad_rows_imports_nothing_and_names_each_row(demo_ctx, lead, tmp_path):
    from app.visitors.id_numbers import check_digit

    good = OTHER_ID + check_digit(OTHER_ID)
    csv_file = tmp_path / "expected.csv"
    csv_file.write_text(
        "姓名,证件类型,证件号码,被访部门,开始日期,结束日期\n"
        f"孙丽,身份证,{good},人事科,,\n"
        "周涛,身份证,110105194912310021,财务科,,\n"  # wrong check digit
        f",身份证,{good},财务科,,\n"  # no name
        f"马强,身份证,{good},信息中心,2026-13-01,\n",  # no such month
        encoding="gb18030")  # as Excel saves it on a Chinese Windows
    with pytest.raises(ImportRefused) as refused:
        preregistration.import_file(demo_ctx, lead, csv_file)
    assert [row for row, _ in refused.value.problems] == [2, 3, 4]
    assert "check digit" in refused.value.problems[0][1].render()
    assert preregistration.expected_today(demo_ctx) == []
    csv_file.write_text("姓名,证件号码,被访部门\n" f"孙丽,{good},人事科\n", encoding="utf-8-sig")
    (issued,) = preregistration.import_file(demo_ctx, lead, csv_file).value
    assert issued.name == "孙丽"


def test_cli_import_reports_rows(demo_ctx, tmp_path):
    import subprocess
    import sys

    csv_file = tmp_path / "expected.csv"
    csv_file.write_text("name,document_number\n王五,123\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "app", "visits", "import", str(csv_file),
                          "--data-dir", str(demo_ctx.paths.root), "--lang", "en"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "row 1:" in run.stderr and "Nothing was imported" in run.stderr


@pytest.fixture
def gate(ctx, tmp_path):
    ctx.settings = dataclasses.replace(
        ctx.settings, check=dataclasses.replace(ctx.settings.check, window_seconds=3.0))
    with ScannerSimulator() as scanner, ThermometerSimulator("ascii") as thermometer:
        updates = Recorder()
        station = Station(ctx, DeviceSetup(scanner.port, thermometer.port, "ascii"),
                          guard="guard", listeners=[updates])
        with station:
            wait_online(updates)
            yield scanner, thermometer, updates


def scan_person(gate, text, celsius=36.5):
    scanner, thermometer, updates = gate
    scanner.send_scan(text)
    thermometer.send_temperature(celsius)
    return updates.wait_for(lambda u: isinstance(u, CheckLogged)).check


def test_one_scan_of_a_valid_pass_checks_the_visitor_in(demo_ctx, lead, gate):
    (p,) = preregistration.preregister(demo_ctx, lead, [
        Expected("陈静", "resident_id", ID, host_department="办公室")]).value
    check = scan_person(gate, p.pass_text)
    assert (check.verdict, check.code_kind) == ("pass", "visitor_pass")
    (visit,) = registry.on_site(demo_ctx)
    assert (visit.name, visit.document_masked) == ("陈静", "110105********002X")
    scan_person(gate, p.pass_text, 36.6)  # scanned again: still one visit
    assert len(registry.on_site(demo_ctx)) == 1
    assert preregistration.expected_today(demo_ctx) == []


def test_a_forged_or_expired_pass_is_denied(demo_ctx, lead, gate):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    today = demo_ctx.today()  # the station's clock is the context's
    forged = passes.issue(Ed25519PrivateKey.generate(), "x", today, today)
    assert scan_person(gate, forged).reasons == ("pass_forged",)
    key = passes.PassKeys(demo_ctx.paths.keys).private_key()
    old = passes.issue(key, "y", today - timedelta(days=3), today - timedelta(days=1))
    assert scan_person(gate, old, 36.6).reasons == ("pass_expired",)
    assert registry.on_site(demo_ctx) == []


def test_a_watchlisted_person_with_a_pass_is_stopped(demo_ctx, lead, gate):
    (p,) = preregistration.preregister(demo_ctx, lead, [Expected("张某", "resident_id", ID)]).value
    checks.add_to_watchlist(demo_ctx, lead, ID, "张某", "")
    assert scan_person(gate, p.pass_text).reasons == ("watchlist",)
    assert registry.on_site(demo_ctx) == []


def test_xlsx_import_and_no_plain_number_on_disk(demo_ctx, lead, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "证件类型", "证件号码", "被访部门", "开始日期"])
    sheet.append(["陈静", "身份证", ID, "办公室", date.today()])
    source = tmp_path / "upload" / "expected.xlsx"
    source.parent.mkdir()
    book.save(source)
    (issued,) = preregistration.import_file(demo_ctx, lead, source).value
    assert issued.name == "陈静" and issued.valid_from == date.today().isoformat()
    for path in demo_ctx.paths.root.rglob("*"):
        if path.is_file():
            assert ID.encode() not in path.read_bytes(), path


def test_cli_import_writes_qr_pngs_that_decode_to_the_pass(demo_ctx, tmp_path):
    import json
    import subprocess
    import sys

    import cv2

    csv_file = tmp_path / "expected.csv"
    csv_file.write_text(f"姓名,证件号码,被访部门\n陈静,{ID},办公室\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "app", "visits", "import", str(csv_file),
                          "--png-dir", str(tmp_path / "png"), "--json",
                          "--data-dir", str(demo_ctx.paths.root)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    record = json.loads(run.stdout.splitlines()[0])
    (png,) = (tmp_path / "png").glob("*.png")
    text, _points, _ = cv2.QRCodeDetectorAruco().detectAndDecode(cv2.imread(str(png)))
    assert text == record["pass_text"]


def test_a_pass_holder_checks_out_with_the_same_pass(demo_ctx, lead, guard):
    (p,) = preregistration.preregister(demo_ctx, lead, [Expected("陈静", "resident_id", ID)]).value
    with pytest.raises(registry.VisitError):
        registry.check_out_by_pass(demo_ctx, guard, p.pass_text)  # not come in yet
    preregistration.check_in(demo_ctx, str(p.id), "guard")
    assert len(registry.on_site(demo_ctx)) == 1
    registry.check_out_by_pass(demo_ctx, guard, p.pass_text)
    assert registry.on_site(demo_ctx) == []
