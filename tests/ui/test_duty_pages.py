"""The Incidents page's tabs: incident photos and actions, safety inspections with hazards,
the shift handover. Real SQLite, offscreen Qt; writes go through the service runner."""


import pytest
from PySide6.QtGui import QColor, QImage

from app.duty import checklists, handover, hazards, inspections
from app.incidents import photos, workorders
from app.services import accounts
from app.services.demo import DEMO_PASSWORD
from ui.pages.handover_panel import HandoverPanel
from ui.pages.incidents_page import IncidentsPage
from ui.pages.inspections_panel import InspectionsPanel


@pytest.fixture
def picture(tmp_path):
    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    path = tmp_path / "现场.png"
    assert image.save(str(path))
    return path


def wired(qtbot, widget):
    widget.changes_made.connect(widget.on_changes)  # the main window's broadcast
    qtbot.addWidget(widget)
    return widget


def test_an_incident_with_its_type_photos_and_actions(qtbot, demo_ctx, guard, runner,
                                                      picture, tmp_path):
    page = wired(qtbot, IncidentsPage(demo_ctx, guard, runner))
    assert [page.tabs.tabText(i) for i in range(3)] != ["", "", ""]
    dialog = page.open_report()
    dialog.kind.setCurrentIndex(dialog.kind.findData("fire_alarm"))
    dialog.what.setText("三楼烟感报警")
    dialog.note.setText("已通知物业")
    not_a_picture = tmp_path / "说明.txt"
    not_a_picture.write_text("文字")
    dialog.set_photo(not_a_picture)
    dialog.submit()  # refused, nothing reported, the form keeps what was typed
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=5000)
    assert workorders.recent_orders(demo_ctx) == [] and dialog.what.text() == "三楼烟感报警"
    dialog.set_photo(picture)
    dialog.submit()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    (order,) = workorders.recent_orders(demo_ctx)
    assert (order.category, order.actions) == ("fire_alarm", "已通知物业")
    qtbot.waitUntil(lambda: page.photos.count() == 1, timeout=5000)
    page.note.setText("消防控制室复位")
    page.add_photo_file(picture)
    qtbot.waitUntil(lambda: page.photos.count() == 2, timeout=5000)
    assert photos.photo_count(demo_ctx, order.id) == 2
    page.note.setText("确认为误报，已复位")
    page.actions_button.click()
    qtbot.waitUntil(lambda: "确认为误报" in page.facts.text(), timeout=5000)
    assert "已通知物业" in page.facts.text()


def test_a_round_a_hazard_in_red_and_its_follow_up(qtbot, demo_ctx, admin, guard, runner,
                                                   now, picture):
    lead = accounts.login(demo_ctx, "lead", DEMO_PASSWORD)
    guard_panel = wired(qtbot, InspectionsPanel(demo_ctx, guard, runner))
    assert guard_panel.edit_button.isHidden()
    admin_panel = wired(qtbot, InspectionsPanel(demo_ctx, admin, runner))
    editor = admin_panel.open_editor()
    editor.name.setText("消防安全巡查")
    editor.items.setPlainText("灭火器\n消防通道\n\n应急照明")
    editor.submit()
    qtbot.waitUntil(lambda: bool(checklists.checklists(demo_ctx)), timeout=5000)
    assert checklists.checklists(demo_ctx)[0].items == ("灭火器", "消防通道", "应急照明")
    editor.close()
    guard_panel.refresh()
    qtbot.waitUntil(lambda: guard_panel.checklist.count() == 1, timeout=5000)
    guard_panel.location.setText("办公楼一层")
    guard_panel.start_round()
    qtbot.waitUntil(lambda: hasattr(guard_panel, "round_dialog"), timeout=5000)
    form = guard_panel.round_dialog
    ok, note, raise_hazard, owner, days = form.rows[1]
    ok.setChecked(False)
    note.setText("纸箱堵塞")
    raise_hazard.setChecked(True)
    owner.setText("后勤科")
    days.setValue(1)
    form.set_photo(1, picture)
    form.submit()
    qtbot.waitUntil(lambda: guard_panel.hazard_table.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: guard_panel.round_table.rowCount() == 1
                    and guard_panel.round_table.item(0, 4) is not None
                    and "1" in guard_panel.round_table.item(0, 4).text(), timeout=5000)
    assert hazards.hazards(demo_ctx)[0].has_photo
    red = QColor("#c62828")
    assert guard_panel.hazard_table.item(0, 1).foreground().color() != red
    now.advance(days=1, seconds=1)  # a second past the deadline
    guard_panel.refresh_hazards()
    qtbot.waitUntil(lambda: guard_panel.hazard_table.item(0, 1).foreground().color() == red,
                    timeout=5000)
    lead_panel = wired(qtbot, InspectionsPanel(demo_ctx, lead, runner))
    qtbot.waitUntil(lambda: lead_panel.hazard_table.rowCount() == 1, timeout=5000)
    dialog = lead_panel.open_hazard(0)
    dialog.fixing.click()
    qtbot.waitUntil(lambda: hazards.hazards(demo_ctx)[0].state == "fixing", timeout=5000)
    dialog.fixed.click()  # nothing said about the repair: refused
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=5000)
    dialog.note.setText("纸箱已清走，复查通道畅通")
    dialog.fixed.click()
    qtbot.waitUntil(lambda: hazards.hazards(demo_ctx) == [], timeout=5000)
    qtbot.waitUntil(lambda: lead_panel.hazard_table.rowCount() == 0, timeout=5000)
    (done,) = hazards.hazards(demo_ctx, open_only=False)
    assert done.verified_by == "lead"
    assert len(inspections.rounds(demo_ctx)) == 1


def test_handover_written_acknowledged_and_an_item_closed(qtbot, demo_ctx, guard, runner,
                                                          now):
    night = accounts.login(demo_ctx, "guard2", DEMO_PASSWORD)
    handover.write(demo_ctx, night, notes="夜班", new_items=["3号钥匙未归还"])
    now.advance(hours=12)
    panel = wired(qtbot, HandoverPanel(demo_ctx, guard, runner))
    qtbot.waitUntil(lambda: panel.pending is not None, timeout=5000)
    assert panel.ack_button.isEnabled() and "3号钥匙未归还" in panel.pending_text.text()
    panel.ack_button.click()
    qtbot.waitUntil(lambda: panel.pending is None, timeout=5000)
    assert handover.recent(demo_ctx)[0].acknowledged_by == "guard"
    qtbot.waitUntil(lambda: panel.equipment.rowCount() == len(checklists.DEFAULT_EQUIPMENT),
                    timeout=5000)
    assert panel.item_list.count() == 1
    panel.notes.setPlainText("白班平稳")
    panel.new_items.setPlainText("道闸异响\n")
    panel.equipment.cellWidget(1, 1).setChecked(False)  # 测温仪 faulty, no note: refused
    panel.write()
    qtbot.waitUntil(lambda: panel.error.isVisibleTo(panel), timeout=5000)
    assert handover.recent(demo_ctx)[0].written_by == "guard2"
    assert panel.notes.toPlainText() == "白班平稳"
    panel.equipment.item(1, 2).setText("电池没电")
    panel.write()
    qtbot.waitUntil(lambda: panel.item_list.count() == 2, timeout=5000)
    latest = handover.recent(demo_ctx)[0]
    assert [i.text for i in latest.carried] == ["3号钥匙未归还"]
    assert [e.name for e in latest.faults] == ["测温仪"]
    assert not panel.ack_button.isEnabled()  # the writer does not acknowledge his own
    panel.item_list.setCurrentRow(0)
    panel.close_note.setText("已归还")
    panel.close_item()
    qtbot.waitUntil(lambda: panel.item_list.count() == 1, timeout=5000)
    assert [i.text for i in handover.open_items(demo_ctx)] == ["道闸异响"]
