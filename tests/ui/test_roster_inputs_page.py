"""The lead edits the month's inputs beside the grid: a guard's contract (kept with the guard,
taken up by the draft and its rule check), leave, wishes, a post, an event, a rotation."""

from datetime import date

import pytest

from app.roster import inputs, plans
from ui.pages.roster_page import RosterPage


@pytest.fixture
def page(qtbot, demo_ctx, admin, runner, translations):
    roster_page = RosterPage(demo_ctx, admin, runner)
    qtbot.addWidget(roster_page)
    roster_page.show()
    qtbot.waitUntil(lambda: roster_page.model is not None, timeout=10000)
    yield roster_page
    roster_page.shutdown()


def test_a_contract_edited_in_the_guards_tab_reaches_the_draft_and_is_checked(qtbot, page,
                                                                              demo_ctx):
    dialog = page.open_inputs()
    tab = dialog.guards
    qtbot.waitUntil(lambda: tab.table.rowCount() == 80, timeout=5000)
    gid = tab.terms[0].employee_no
    for day in range(3):  # three night shifts in the grid
        page.model.set_cell(gid, day, ("B", "patrol"))
    assert not [v for v in page.report.violations if v.guard == gid and v.rule == "max_nights"]
    tab.select(gid)
    assert tab.max_nights.value() == 10
    tab.max_nights.setValue(2)
    tab.save_button.click()
    qtbot.waitUntil(lambda: page.model.problem.guard_index[gid].contract.max_nights == 2,
                    timeout=5000)
    assert [v for v in page.report.violations if v.guard == gid and v.rule == "max_nights"]
    assert inputs.guards(demo_ctx)[0].contract.max_nights == 2  # kept with the guard
    assert plans.draft(demo_ctx, "2026-12").problem.guard_index[gid].contract.max_nights == 2


def test_an_impossible_contract_is_refused_and_the_form_keeps_it(qtbot, page):
    tab = page.open_inputs().guards
    qtbot.waitUntil(lambda: tab.table.rowCount() == 80, timeout=5000)
    tab.min_hours.setValue(300)
    tab.max_hours.setValue(100)
    tab.save_button.click()
    qtbot.waitUntil(lambda: bool(tab.error.text()), timeout=5000)
    assert tab.min_hours.value() == 300


def test_leave_added_in_the_leave_tab_is_a_day_off_in_the_grid(qtbot, page):
    from PySide6.QtCore import QDate

    tab = page.open_inputs().leave
    qtbot.waitUntil(lambda: tab.guard.count() == 80, timeout=5000)
    tab.guard.setCurrentIndex(1)
    gid = tab.guard.currentText().split()[-1]
    tab.first.setDate(QDate(2026, 12, 30))
    tab.last.setDate(QDate(2027, 1, 3))
    tab.reason.setText("婚假")
    tab.add_button.click()
    qtbot.waitUntil(lambda: {29, 30} <= page.model.problem.guard_index[gid].days_off,
                    timeout=5000)
    assert any(lv.last_day == date(2027, 1, 3) for lv in inputs.leave(page.ctx))


def test_wishes_posts_events_and_rotations_change_the_draft_and_undo(qtbot, page):
    dialog = page.open_inputs()
    model = page.model
    wishes = dialog.requests
    wishes.guard.setCurrentIndex(2)
    wishes.day.setValue(5)
    wishes.kind.setCurrentIndex(0)
    wishes.add_button.click()
    gid = model.guards[2].id
    assert any(r.guard == gid and r.day == 4 and not r.on for r in model.problem.requests)
    assert dialog.requests.list.count() == len(model.problem.requests)

    event = dialog.event_tab
    event.first.setValue(15)
    event.last.setValue(15)
    event.shift.setCurrentIndex(event.shift.findData("A"))
    event.post.setCurrentIndex(event.post.findData("gate"))
    event.extra.setValue(2)
    event.temporary.setValue(25)
    event.apply_button.click()
    gate = next(c for c in model.problem.cover if (c.day, c.shift, c.post) == (14, "A", "gate"))
    assert gate.minimum == 6  # four on a weekday, two more
    assert model.rowCount() == 105 and len(model.roster.shifts) == 105
    temp = model.guards[-1]
    assert 14 not in temp.days_off and len(temp.days_off) == 30
    assert "gate" in temp.qualifications
    page.undo_stack.undo()
    assert model.rowCount() == 80

    template = dialog.template
    template.rotation.setCurrentIndex(template.rotation.findData("day_night_off_off"))
    for row in range(4, 8):
        template.guards.item(row).setSelected(True)
    template.start.setValue(1)
    template.apply_button.click()
    first = model.guards[4]
    assert len([p for p in model.problem.pins if p.guard == first.id]) == 31 - len(
        first.days_off)
    assert not [v for v in page.report.violations if v.rule == "pin"]

    posts = dialog.posts
    posts.post.setCurrentIndex(posts.post.findData("lobby"))
    posts.boxes["N"].setChecked(True)
    posts.apply_button.click()
    assert "N" in next(q for q in model.problem.posts if q.id == "lobby").shifts
    assert any(c.post == "lobby" and c.shift == "N" for c in model.problem.cover)


def test_the_rest_rule_forbids_a_short_turnaround_and_the_grid_flags_it(qtbot, page):
    posts = page.open_inputs().posts
    model = page.model
    assert posts.rest.value() == 11  # the template's 11 hours (24-hour duty to a night: 11)
    gid = next(g.id for g in model.guards if not g.days_off)
    model.set_cell(gid, 3, ("A", model.post_for(gid, 3, "A")))
    model.set_cell(gid, 4, ("A", model.post_for(gid, 4, "A")))  # 19:00 to 07:00: 12 hours
    assert not [v for v in page.report.violations if v.guard == gid and v.rule == "succession"]
    posts.rest.setValue(13)
    posts.rest_button.click()
    assert "A" in model.problem.shift("A").forbidden_next
    assert [v for v in page.report.violations if v.guard == gid and v.rule == "succession"]
    page.undo_stack.undo()
    assert "A" not in model.problem.shift("A").forbidden_next
