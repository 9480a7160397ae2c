"""The lead's roster page: an edit shows its broken rule at once, undo/redo and pins, a swap,
the solver with progress and a stop that keeps the best roster, publishing."""

import pytest
from PySide6.QtCore import QMimeData, Qt

from app.roster import plans
from ui.pages.roster_page import RosterPage
from ui.roster_grid import MIME


@pytest.fixture
def page(qtbot, demo_ctx, admin, runner, translations):
    roster_page = RosterPage(demo_ctx, admin, runner)
    qtbot.addWidget(roster_page)
    roster_page.resize(1300, 700)
    roster_page.show()
    qtbot.waitUntil(lambda: roster_page.model is not None, timeout=10000)
    yield roster_page
    roster_page.shutdown()


def on_leave(model):
    """A guard and one of their leave days."""
    for row, guard in enumerate(model.guards):
        if guard.days_off:
            return row, guard, min(guard.days_off)
    raise AssertionError("the template has nobody on leave")


def test_the_draft_opens_as_a_grid_with_every_rule_listed(page):
    model = page.model
    assert page.month.currentData() == "2026-12"  # the lead plans the coming month
    assert (model.rowCount(), model.columnCount()) == (80, 31)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "1\n二"  # 1 Dec 2026: a Tuesday
    assert page.violations.count() > 0 and "违反硬性规则" in page.score.text()


def test_an_edit_on_leave_is_flagged_at_once_and_undo_redo_pin_work(qtbot, page):
    model = page.model
    row, guard, day = on_leave(model)
    page.view.setFocus()
    page.view.setCurrentIndex(model.index(row, day))
    before = len(page.report.violations)
    qtbot.keyClick(page.view, Qt.Key.Key_A)
    assert model.roster.shift(guard.id, day) == "A" and model.roster.post(guard.id, day)
    assert (guard.id, day) in model.bad  # framed red in the grid
    rules = [page.violations.item(i).text() for i in range(page.violations.count())]
    assert any(guard.name in r and "休假或休息日被排班" in r for r in rules)  # in words
    assert "休假或休息日被排班" in page.why.reasons.item(0).text()  # the cell's "why"
    page.undo_stack.undo()
    assert model.roster.shift(guard.id, day) is None
    assert not [v for v in page.report.violations if v.rule == "day_off"]
    assert len(page.report.violations) == before
    page.undo_stack.redo()
    assert model.roster.shift(guard.id, day) == "A"
    qtbot.keyClick(page.view, Qt.Key.Key_P)
    assert model.pinned(guard.id, day)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert model.roster.shift(guard.id, day) is None and model.pinned(guard.id, day)


def test_dragging_a_cell_onto_another_guard_swaps_them(qtbot, page):
    model = page.model
    page.view.setCurrentIndex(model.index(0, 5))
    qtbot.keyClick(page.view, Qt.Key.Key_E)
    data = QMimeData()
    data.setData(MIME, b"0,5")
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(3, 5))
    first, fourth = model.guards[0].id, model.guards[3].id
    assert model.roster.shift(first, 5) is None and model.roster.shift(fourth, 5) == "E"
    page.undo_stack.undo()
    assert model.roster.shift(first, 5) == "E"


def test_candidates_for_a_shift_are_ranked_harmless_first(qtbot, page):
    model = page.model
    page.view.setCurrentIndex(model.index(0, 10))
    qtbot.keyClick(page.view, Qt.Key.Key_M)
    lines = [page.why.others.item(i).text() for i in range(page.why.others.count())]
    assert lines and "不新增违规" in lines[0]
    assert len(lines) <= 8


def test_solve_shows_progress_and_stop_keeps_the_best_roster(qtbot, page):
    page.solve(seconds=120)
    qtbot.waitUntil(lambda: "最优" in page.progress.text() or "求解中：" in page.progress.text(),
                    timeout=30000)
    qtbot.waitUntil(lambda: "求解中：当前最优" in page.progress.text(), timeout=60000)
    checks = []
    page.model.edited.connect(lambda: checks.append(1))
    page.stop_solving()
    qtbot.waitUntil(lambda: page.solve_button.isEnabled(), timeout=30000)
    assert "已停止" in page.progress.text()
    worked = sum(1 for _g, _d, s, _p in page.model.roster.cells() if s is not None)
    assert worked > 500  # the best roster found so far is in the grid
    assert checks == [1]  # the rules are checked once for the whole month, not per cell
    page.undo_stack.undo()  # a solve is one step to take back
    assert all(s is None for _g, _d, s, _p in page.model.roster.cells())


def test_a_sick_guard_is_replanned_at_the_leads_price_of_a_change(qtbot, page):
    page.solve(seconds=8)
    qtbot.waitUntil(lambda: "完成" in page.progress.text(), timeout=60000)
    model, before = page.model, page.model.roster
    assert page.report.feasible
    penalty = page.report.objective
    row = next(i for i, g in enumerate(model.guards)
               if before.shift(g.id, 10) and before.shift(g.id, 11))
    sick = model.guards[row].id
    page.change_cost.setValue(40)
    page.sick_replan(sick, 10, days=2)
    qtbot.waitUntil(lambda: page.solve_button.isEnabled(), timeout=60000)
    after = model.roster
    assert after.shift(sick, 10) is None and after.shift(sick, 11) is None
    assert sick in model.problem.guard_index and {10, 11} <= model.problem.guard_index[
        sick].days_off  # the absence is part of the plan now
    changed = after.changed_cells(before)
    assert 2 <= len(changed) <= 10 and f"改动 {len(changed)} 个班次" in page.progress.text()
    # the sick guard's two shifts are taken over: no post is left a guard short for them
    assert page.report.feasible and page.report.objective < penalty + 100
    page.undo_stack.undo()
    assert model.roster.shift(sick, 10) == before.shift(sick, 10)


def test_publishing_is_refused_while_hard_rules_are_broken(qtbot, page, demo_ctx):
    page.publish()
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page), timeout=5000)
    assert "硬性规则" in page.error.text()
    assert plans.latest_published(demo_ctx, "2026-12") is None


def test_the_status_bar_names_who_is_on_duty_now(qtbot, make_window, demo_ctx, admin, now):
    from datetime import datetime

    from tests.app.roster.test_plans import fill_legally

    month = "2026-11"
    plan = plans.open_draft(demo_ctx, admin, month)
    problem, roster, guard = fill_legally(plan.problem)
    plans.save_draft(demo_ctx, admin, month, problem, roster)
    plans.publish(demo_ctx, admin, month)
    now.value = datetime(2026, 11, 28, 9, 30).astimezone()  # the 28th's day shift
    window = make_window(admin)
    qtbot.waitUntil(lambda: guard.name in window.status.duty_label.text(), timeout=5000)
    assert window.status.duty_label.text().startswith("当前在岗：")
    assert "大门 白班" in window.status.duty_label.toolTip()


def test_fairness_export_and_a_landscape_print_per_post(qtbot, page, tmp_path):
    from openpyxl import load_workbook

    from ui import printing

    model = page.model
    page.view.setCurrentIndex(model.index(0, 2))
    qtbot.keyClick(page.view, Qt.Key.Key_B)  # one night
    page.fairness.measure.setCurrentIndex(1)
    assert page.fairness.values()[0] == 1.0 and sum(page.fairness.values()) == 1.0
    assert "最高 1.0" in page.fairness.summary.text()
    out = tmp_path / "roster.xlsx"
    page.export(str(out))
    qtbot.waitUntil(lambda: "已导出" in page.message.text(), timeout=5000)
    assert load_workbook(out)["排班 2026-12"]["E2"].value.startswith("B")
    pdf = tmp_path / "roster.pdf"
    assert page.print_roster(printing.pdf_printer(str(pdf)))
    import re

    data = pdf.read_bytes()
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) >= len(model.problem.posts)
    assert b"/MediaBox" in data
