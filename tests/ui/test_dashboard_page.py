"""The cockpit page shows today's figures from the database, refreshed off the GUI thread."""

from datetime import datetime

from app.domain import Changes
from app.services import checks
from ui.pages.dashboard_page import DashboardPage


def test_today_on_the_cockpit(qtbot, demo_ctx, guard, runner, translations, now):
    now.value = datetime(2026, 11, 28, 8, 30).astimezone()
    for verdict, celsius in (("pass", 36.5), ("pass", 36.6), ("deny", 37.9)):
        checks.record(demo_ctx, checks.CheckRecord(verdict=verdict, celsius=celsius))
    page = DashboardPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.cockpit is not None, timeout=5000)
    assert page.cockpit.hourly["pass"][8] == 2 and page.cockpit.hourly["deny"][8] == 1
    assert page.totals.text().startswith("今日：通过 2，禁止 1")
    assert len(page.hours.getPlotItem().items) >= 3  # two stacks of bars and the average
    checks.record(demo_ctx, checks.CheckRecord(verdict="incomplete"))
    page.on_changes(Changes.of("check"))
    qtbot.waitUntil(lambda: page.cockpit.hourly["incomplete"][8] == 1, timeout=5000)
    assert "未完成 1" in page.totals.text()
    page.shutdown()
