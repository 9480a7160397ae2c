"""The gate's on-duty panel names the guards of the shift running now and of the next one,
from the published roster, also past midnight when the night shift began the day before."""

from datetime import datetime

from app.roster import plans
from tests.app.roster.test_plans import fill_legally
from ui.pages.duty_panel import DutyPanel

MONTH = "2026-11"


def test_the_night_shift_past_midnight_and_the_morning_shift_after_it(qtbot, demo_ctx, admin,
                                                                       runner, translations,
                                                                       now):
    plan = plans.open_draft(demo_ctx, admin, MONTH)
    problem, roster, day_guard = fill_legally(plan.problem)  # 28th, main gate, day shift
    gate = [g for g in problem.guards if "gate" in g.qualifications and g.id != day_guard.id]
    night, morning = gate[0], gate[1]
    roster = roster.with_cell(night.id, 27, "B", "gate").with_cell(morning.id, 28, "A", "gate")
    plans.save_draft(demo_ctx, admin, MONTH, problem, roster)
    plans.publish(demo_ctx, admin, MONTH)

    now.value = datetime(2026, 11, 29, 1, 30).astimezone()  # the 28th's night shift still on
    panel = DutyPanel(demo_ctx, runner)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.duty is not None, timeout=5000)
    on_now = [panel.now_list.item(i).text() for i in range(panel.now_list.count())]
    coming = [panel.next_list.item(i).text() for i in range(panel.next_list.count())]
    assert on_now == [f"大门 夜班：{night.name}"]
    assert coming == [f"大门 白班：{morning.name}"]
    assert "11-29 07:00" in panel.next_title.text()

    now.value = datetime(2026, 11, 28, 12, 0).astimezone()  # the 28th's day shift
    panel.refresh()
    qtbot.waitUntil(lambda: day_guard.name in panel.now_list.item(0).text(), timeout=5000)
    assert panel.next_list.item(0).text() == f"大门 夜班：{night.name}"
    panel.stop()


def test_the_station_page_shows_the_panel(qtbot, make_window, guard):
    window = make_window(guard)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("check")
    assert page.duty.isVisible() and page.duty.now_list.height() > 40
    qtbot.waitUntil(lambda: page.duty.duty is not None, timeout=5000)
    assert page.duty.now_list.count() == 1  # nothing published: says so
