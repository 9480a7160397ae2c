"""Registering a walk-in visitor with the keyboard alone, then checking them out."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.visitors import registry
from ui.pages.visitors_page import VisitorsPage

ID = "11010519491231002X"


def type_text(qtbot, text):
    """Type into the focused field: ASCII as key presses, Chinese as an input method commits
    it (the way a guard's pinyin IME delivers it)."""
    widget = QApplication.focusWidget()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def type_and_tab(qtbot, text):
    type_text(qtbot, text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_keyboard_only_registration(qtbot, demo_ctx, guard, runner, translations):
    page = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    page.changes_made.connect(page.on_changes)  # what the main window's broadcast does
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.form.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.name)
    type_and_tab(qtbot, "张三")
    type_and_tab(qtbot, "")  # the document kind: resident ID card is the default
    type_text(qtbot, "1101051949123100")
    type_text(qtbot, "21")  # wrong check digit: a hint at once
    assert page.form.number_hint.text() == "校验码应为 X，不是 1，请检查是否有输错的数字。"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    type_text(qtbot, "x")
    assert page.form.number_hint.text() == ""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_and_tab(qtbot, "13800138000")
    type_and_tab(qtbot, "李科长")
    type_and_tab(qtbot, "办公室")
    type_text(qtbot, "送文件")
    with qtbot.waitSignal(page.form.registered, timeout=5000) as signal:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    visit = signal.args[0].value
    assert (visit.name, visit.document_masked, visit.host_name) == ("张三", "110105********002X",
                                                                   "李科长")
    assert page.form.name.text() == "" and QApplication.focusWidget() is page.form.name
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=3000)
    assert page.table.item(0, 2).text() == "110105********002X"
    assert [v.id for v in registry.find(demo_ctx, document=ID)] == [visit.id]


def test_a_failed_save_keeps_what_was_typed(qtbot, demo_ctx, guard, runner, translations):
    page = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    page.form.name.setText("王五")
    page.form.number.setText("110105194912310021")
    page.form.plate.setText("京AI2345")
    page.form.save()
    qtbot.waitUntil(lambda: page.form.message.isVisibleTo(page.form), timeout=3000)
    assert "校验码" in page.form.message.text()
    assert (page.form.name.text(), page.form.number.text()) == ("王五", "110105194912310021")


def test_check_out_from_the_on_site_list(qtbot, demo_ctx, guard, runner, translations):
    registry.register(demo_ctx, guard, registry.WalkIn("赵六", "resident_id", ID))
    page = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=3000)
    page.table.selectRow(0)
    page.check_out_selected()
    qtbot.waitUntil(lambda: registry.on_site(demo_ctx) == [], timeout=3000)


def test_visit_log_tab_filters_and_exports_masked(qtbot, demo_ctx, guard, runner, translations,
                                                  tmp_path):
    from app.services import accounts, audit_log
    from app.services.demo import DEMO_PASSWORD
    from app.visitors.id_numbers import check_digit

    for i, name in enumerate(["张伟", "张敏", "李强"]):
        first17 = f"11010519800101{i:03d}"
        registry.register(demo_ctx, guard, registry.WalkIn(
            name, "resident_id", first17 + check_digit(first17), host_department="办公室"))
    lead = accounts.login(demo_ctx, "lead", DEMO_PASSWORD)
    page = VisitorsPage(demo_ctx, lead, runner)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.log)
    qtbot.waitUntil(lambda: page.log.model.rowCount() == 3, timeout=3000)
    page.log.name.setText("张")
    page.log.search()
    qtbot.waitUntil(lambda: page.log.model.rowCount() == 2, timeout=3000)
    target = tmp_path / "visits.csv"
    page.log.export(str(target))
    qtbot.waitUntil(lambda: target.exists(), timeout=3000)
    text = target.read_text("utf-8-sig")
    assert "张伟" in text and "李强" not in text and "110105********" in text
    assert "1101051980010100" not in text
    qtbot.waitUntil(lambda: audit_log.recent(demo_ctx, 1)[0].action == "visit.export",
                    timeout=3000)


def test_a_crash_mid_form_loses_nothing_and_leaves_no_plain_number(qtbot, demo_ctx, guard,
                                                                    runner, translations):
    first = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(first)
    first.form.name.setText("钱七")
    first.form.number.setText(ID)
    first.form.number.textEdited.emit(ID)  # as typing does
    draft = demo_ctx.paths.root / "walk-in-draft.sealed"
    qtbot.waitUntil(draft.exists, timeout=3000)
    assert ID.encode() not in draft.read_bytes()
    # The program dies here; a new window comes up with what was typed.
    second = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(second)
    assert (second.form.name.text(), second.form.number.text()) == ("钱七", ID)
    with qtbot.waitSignal(second.form.registered, timeout=5000):
        second.form.save()
    qtbot.waitUntil(lambda: not draft.exists(), timeout=3000)


def test_slip_and_on_site_list_print_from_the_page(qtbot, demo_ctx, guard, runner,
                                                   translations, tmp_path):
    from ui import printing

    page = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    page.changes_made.connect(page.on_changes)
    assert not page.form.slip_button.isEnabled()
    page.form.name.setText("张三")
    page.form.number.setText(ID)
    with qtbot.waitSignal(page.form.registered, timeout=5000):
        page.form.save()
    assert page.form.slip_button.isEnabled()
    slip = tmp_path / "slip.pdf"
    assert page.form.print_slip(printing.pdf_printer(str(slip)))
    assert slip.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: len(page.visits) == 1, timeout=3000)
    roll = tmp_path / "onsite.pdf"
    assert page.print_on_site(printing.pdf_printer(str(roll)))
    assert roll.read_bytes().startswith(b"%PDF")


def test_vehicle_in_and_out_from_the_keyboard(qtbot, demo_ctx, guard, runner, translations):
    from app.visitors import vehicles

    page = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    page.changes_made.connect(page.on_changes)
    panel = page.vehicles
    panel.province.setCurrentIndex(panel.province.findData("京"))
    panel.plate.setText("a12345")  # the province comes from the picker
    panel.plate.returnPressed.emit()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=3000)
    assert panel.table.item(0, 1).text() == "京A12345"
    panel.plate.setText("京AI2345")
    panel.log("in")
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=3000)
    assert "I 和 O" in panel.message.text()
    panel.plate.setText("京A12345")
    panel.log("out")
    qtbot.waitUntil(lambda: vehicles.on_site(demo_ctx) == [], timeout=3000)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=3000)


def test_lead_imports_expected_visitors_with_a_row_report(qtbot, demo_ctx, runner, translations,
                                                          tmp_path):
    from app.services import accounts
    from app.visitors import preregistration

    lead = accounts.login(demo_ctx, "lead", "demo1234")
    page = VisitorsPage(demo_ctx, lead, runner)
    qtbot.addWidget(page)
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,证件号码\n张三,123\n李四,\n", encoding="utf-8")
    page.import_expected(str(bad), png_dir="")
    qtbot.waitUntil(lambda: page.import_report.isVisibleTo(page), timeout=3000)
    report = page.import_report.text()
    assert "未导入任何记录" in report and "第 1 行" in report and "第 2 行" in report
    good = tmp_path / "good.csv"
    good.write_text(f"姓名,证件号码\n张三,{ID}\n", encoding="utf-8")
    page.import_expected(str(good), png_dir=str(tmp_path / "passes"))
    qtbot.waitUntil(lambda: page.import_notice.isVisibleTo(page), timeout=3000)
    assert len(list((tmp_path / "passes").glob("*.png"))) == 1
    assert [p.name for p in preregistration.expected_today(demo_ctx)] == ["张三"]


def test_lead_adds_to_the_watchlist_and_registration_is_stopped(qtbot, demo_ctx, guard, runner,
                                                                 translations):
    from app.services import accounts

    lead = accounts.login(demo_ctx, "lead", "demo1234")
    lead_page = VisitorsPage(demo_ctx, lead, runner)
    qtbot.addWidget(lead_page)
    panel = lead_page.watchlist
    panel.value.setText(ID)
    panel.label.setText("张某")
    panel.reason.setText("冒用证件")
    panel.add()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=3000)
    assert panel.table.item(0, 0).text() == "张某"
    guard_page = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(guard_page)
    assert guard_page.watchlist is None
    guard_page.form.name.setText("张三")
    guard_page.form.number.setText(ID)
    guard_page.form.save()
    qtbot.waitUntil(lambda: guard_page.form.message.isVisibleTo(guard_page.form), timeout=3000)
    assert "布控名单" in guard_page.form.message.text()


def test_scanning_the_slip_checks_the_visitor_out(qtbot, demo_ctx, guard, runner, translations):
    visit = registry.register(demo_ctx, guard, registry.WalkIn("赵六", "resident_id", ID)).value
    page = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    page.changes_made.connect(page.on_changes)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=3000)
    page.scan_out.setText("GRP1.not.a-real-pass")
    page.check_out_scanned()
    qtbot.waitUntil(lambda: page.scan_message.isVisibleTo(page), timeout=3000)
    assert page.scan_message.text() == "这不是本单位签发的通行证。"
    page.scan_out.setText(registry.visit_pass(demo_ctx, visit))
    page.check_out_scanned()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=3000)
    assert registry.on_site(demo_ctx) == []


def test_host_directory_completes_names_and_fills_the_department(qtbot, demo_ctx, guard, runner,
                                                                 translations, tmp_path):
    import subprocess
    import sys

    listing = tmp_path / "hosts.csv"
    listing.write_text("姓名,部门\n刘主任,办公室\n吴科长,财务科\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "app", "visits", "directory", str(listing),
                          "--data-dir", str(demo_ctx.paths.root), "--lang", "zh_CN"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "2" in run.stdout, run.stderr
    page = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    form = page.form
    qtbot.waitUntil(lambda: form.host_name.completer() is not None, timeout=3000)
    completer = form.host_name.completer()
    completer.setCompletionPrefix("吴")
    assert completer.currentCompletion() == "吴科长"
    completer.activated.emit("吴科长")
    assert form.host_department.text() == "财务科"


def test_the_log_shows_vehicles_and_checks_too(qtbot, demo_ctx, guard, runner, translations):
    from app.services import checks
    from app.visitors import vehicles

    vehicles.vehicle_in(demo_ctx, guard, "京A12345")
    vehicles.vehicle_out(demo_ctx, guard, "沪B54321")  # out without an entry
    checks.record(demo_ctx, checks.CheckRecord(verdict="deny", reasons=("fever",),
                                               code_kind="staff_card", celsius=37.9))
    page = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.log)
    panel = page.log
    panel.kind.setCurrentIndex(panel.kind.findData("vehicles"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=3000)
    assert panel.model.headerData(2, Qt.Orientation.Horizontal) == "车牌"
    panel.kind.setCurrentIndex(panel.kind.findData("checks"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=3000)
    row = [panel.model.data(panel.model.index(0, c)) for c in range(5)]
    assert row[1:4] == ["禁止通行", "员工卡", "37.9"] and "发热线" in row[4]


def test_lead_preregisters_one_visitor_and_gets_the_pass_png(qtbot, demo_ctx, runner,
                                                             translations, tmp_path):
    from app.services import accounts
    from app.visitors import preregistration

    lead = accounts.login(demo_ctx, "lead", "demo1234")
    page = VisitorsPage(demo_ctx, lead, runner)
    qtbot.addWidget(page)
    dialog = page.open_preregister()
    dialog.name.setText("孙丽")
    dialog.number.setText("12345")  # too short: refused, nothing lost
    dialog.submit(png_dir="")
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=3000)
    assert "18 位" in dialog.error.text() and dialog.name.text() == "孙丽"
    dialog.number.setText(ID)
    with qtbot.waitSignal(dialog.issued, timeout=5000):
        dialog.submit(png_dir=str(tmp_path / "png"))
    assert len(list((tmp_path / "png").glob("*.png"))) == 1
    assert [p.name for p in preregistration.expected_today(demo_ctx)] == ["孙丽"]


def test_lead_whitelists_a_staff_vehicle(qtbot, demo_ctx, guard, runner, translations):
    from app.services import accounts
    from app.visitors import vehicles

    lead = accounts.login(demo_ctx, "lead", "demo1234")
    page = VisitorsPage(demo_ctx, lead, runner)
    qtbot.addWidget(page)
    panel = page.staff_vehicles
    panel.plate.setText("京A88888")
    panel.owner.setText("王主任")
    panel.department.setText("办公室")
    panel.add()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=3000)
    assert vehicles.vehicle_in(demo_ctx, guard, "京A88888").value.whitelisted


def test_lead_unmasks_with_a_reason_and_it_is_audited(qtbot, demo_ctx, guard, runner,
                                                      translations):
    from app.services import accounts, audit_log

    registry.register(demo_ctx, guard, registry.WalkIn("赵六", "resident_id", ID))
    lead = accounts.login(demo_ctx, "lead", "demo1234")
    page = VisitorsPage(demo_ctx, lead, runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=3000)
    page.table.selectRow(0)
    page.unmask_selected(reason="公安协查")
    qtbot.waitUntil(lambda: ID in page.scan_notice.text(), timeout=3000)
    assert audit_log.recent(demo_ctx, 1)[0].action == "visit.unmask"
    guard_page = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(guard_page)
    assert not guard_page.unmask_button.isVisibleTo(guard_page)


def test_check_log_filters_by_verdict(qtbot, demo_ctx, guard, runner, translations):
    from app.services import checks

    for verdict in ("pass", "deny", "pass"):
        checks.record(demo_ctx, checks.CheckRecord(verdict=verdict, post="主门岗"))
    page = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    panel = page.log
    panel.kind.setCurrentIndex(panel.kind.findData("checks"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=3000)
    panel.verdict.setCurrentIndex(panel.verdict.findData("deny"))
    panel.search()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=3000)
    panel.post.setText("东门岗")
    panel.search()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=3000)


def test_photo_only_with_consent_and_on_the_slip(qtbot, demo_ctx, guard, runner, translations,
                                                 tmp_path):
    import dataclasses

    import cv2
    import numpy as np

    from ui import printing

    video = tmp_path / "camera.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 10, (320, 240))
    for _ in range(4):
        writer.write(np.full((240, 320, 3), 128, np.uint8))
    writer.release()
    demo_ctx.settings = dataclasses.replace(demo_ctx.settings, visitors=dataclasses.replace(
        demo_ctx.settings.visitors, photo_camera=f"file:{video}"))
    page = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    form = page.form
    assert not form.photo_button.isEnabled()  # no consent yet
    form.consent.setChecked(True)
    assert form.photo_button.isEnabled()
    form.take_photo()
    qtbot.waitUntil(lambda: form.photo_jpeg is not None, timeout=5000)
    form.name.setText("张三")
    form.number.setText(ID)
    with qtbot.waitSignal(form.registered, timeout=5000) as signal:
        form.save()
    assert registry.photo(demo_ctx, signal.args[0].value.id) is not None
    assert not form.consent.isChecked() and form.photo_jpeg is None
    slip = tmp_path / "slip.pdf"
    assert form.print_slip(printing.pdf_printer(str(slip)))
    assert slip.stat().st_size > 5_000


def test_overstay_alert_in_the_title(qtbot, demo_ctx, guard, runner, translations, now):
    registry.register(demo_ctx, guard, registry.WalkIn("赵六", "resident_id", ID,
                                                       expected_minutes=30))
    page = VisitorsPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=3000)
    assert "超时" not in page.title.text()
    now.advance(minutes=31)
    page.refresh()
    qtbot.waitUntil(lambda: "1 人已超时" in page.title.text(), timeout=3000)
