"""The cockpit's trends (range, hover, CSV and PNG export), reports (PDF saved off the GUI
thread, audited) and health panels, with pytest-qt."""

import csv
import subprocess
from datetime import date, datetime

from app.services import audit_log, checks, device_log
from ui.pages.dashboard_page import DashboardPage
from ui.pages.reports_panel import ReportsPanel
from ui.pages.trends_panel import TrendsPanel


def test_trends_over_a_range_with_hover_and_exports(qtbot, demo_ctx, runner, translations,
                                                    now, tmp_path):
    for hour, verdict in ((8, "pass"), (8, "pass"), (9, "deny"), (23, "pass")):
        now.value = datetime(2026, 11, 27, hour, 10).astimezone()
        checks.record(demo_ctx, checks.CheckRecord(
            verdict=verdict, reasons=("fever",) if verdict == "deny" else ()))
    panel = TrendsPanel(demo_ctx, runner)
    qtbot.addWidget(panel)
    panel.choose("entries", "day", date(2026, 11, 27))
    qtbot.waitUntil(lambda: panel.trend is not None and panel.trend.span == "day", timeout=5000)
    assert panel.trend.series == {"pass": [0] * 8 + [2] + [0] * 14 + [1],
                                  "deny": [0] * 9 + [1] + [0] * 14}
    assert len(panel.plot.getPlotItem().listDataItems()) == 2
    assert panel.values_at(8) == "2026-11-27 08:00：通过 2，禁止 0"
    assert "4" in panel.total.text()
    assert panel.export_csv(str(tmp_path / "t.csv"))
    with open(tmp_path / "t.csv", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["start", "通过", "禁止"] and rows[9][1:] == ["2", "0"]
    assert panel.export_png(str(tmp_path / "t.png"))
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    panel.choose("denials", "week", date(2026, 11, 28))
    qtbot.waitUntil(lambda: panel.trend.kind == "denials", timeout=5000)
    assert panel.trend.step == "hour" and len(panel.trend.starts) == 7 * 24
    assert panel.trend.total("fever") == 1
    assert panel.series_name("fever") != "fever"  # the reason in words


def test_a_report_saved_from_the_cockpit_is_a_pdf_and_audited(qtbot, demo_ctx, admin, runner,
                                                              translations, now, tmp_path):
    now.value = datetime(2026, 11, 27, 9, 0).astimezone()
    checks.record(demo_ctx, checks.CheckRecord(verdict="pass"))
    panel = ReportsPanel(demo_ctx, admin, runner)
    qtbot.addWidget(panel)
    panel.day.setDate(date(2026, 11, 27))
    with qtbot.waitSignal(panel.saved, timeout=20000) as saved:
        panel.save(str(tmp_path / "daily.pdf"))
    text = subprocess.run(["pdftotext", saved.args[0], "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "2026-11-27" in text
    exports = [e for e in audit_log.recent(demo_ctx) if e.action == "report.export"]
    assert [(e.actor, e.target_id) for e in exports] == [("admin",
                                                          "guardroom-daily-2026-11-27.pdf")]


def test_the_cockpit_shows_device_and_camera_health(qtbot, demo_ctx, guard, runner,
                                                    translations, now):
    from app.cameras import records

    now.value = datetime(2026, 11, 28, 8, 0).astimezone()
    device_log.record(demo_ctx, "scanner", True)
    now.advance(minutes=5)
    device_log.record(demo_ctx, "scanner", False, "port lost")
    records.log_state(demo_ctx, "东门", True, "", now())
    page = DashboardPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.cockpit is not None, timeout=5000)
    assert [(h.name, h.online) for h in page.cockpit.health] == [("scanner", False),
                                                                 ("东门", True)]
    assert "扫码器" in page.health.text() and "东门" in page.health.text()
    page.tabs.setCurrentWidget(page.trends)
    qtbot.waitUntil(lambda: page.trends.trend is not None, timeout=5000)
    page.shutdown()


def test_todays_charts_export_their_data_and_pictures(qtbot, demo_ctx, guard, runner,
                                                      translations, now, tmp_path):
    from ui.chart_export import export_csv, export_png

    now.value = datetime(2026, 11, 28, 9, 30).astimezone()
    for verdict, celsius in (("pass", 36.5), ("deny", 37.9)):
        checks.record(demo_ctx, checks.CheckRecord(verdict=verdict, celsius=celsius))
    page = DashboardPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.cockpit is not None, timeout=5000)
    assert export_csv(page, page.chart_rows("hours"), "h", str(tmp_path / "h.csv"))
    with open(tmp_path / "h.csv", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["小时", "通过", "禁止"] and rows[10][:3] == ["09:00", "1", "1"]
    assert page.chart_rows("temperatures")[1:] == [["36.5", 1], ["37.9", 1]]
    assert export_png(page, page.temperatures, "t", str(tmp_path / "t.png"))
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    texts = [a.text() for a in page.hours.getPlotItem().vb.menu.actions()]
    assert "导出数据（CSV）…" in texts and "导出图表（PNG）…" in texts
    page.shutdown()
