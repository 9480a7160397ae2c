"""Reports: the figures equal what the database holds for the period (checked against the
records as they were written, counted in Python), the PDF's text carries them (extracted
with pdftotext), the archive writes each missing day once, and the command line works."""

import random
import re
import subprocess
from datetime import date, datetime, time, timedelta

import pytest

from app.cockpit.sql_time import local_midnight
from app.reports import archive, daily, period, summary
from app.services import audit_log, checks
from db.incident_models import WorkOrder
from db.visitor_models import VehicleStay, Visit

DAY = date(2026, 11, 27)
DEPARTMENTS = ("办公室", "财务科", "信息中心")
REASONS = (("fever",), ("code_red",), ("fever", "code_yellow"), ("watchlist",))


def moments(rng: random.Random, n: int) -> list[datetime]:
    """Local times over the day before, the day and the day after, with the boundaries."""
    start = datetime.combine(DAY - timedelta(days=1), time.min)
    edges = [datetime.combine(DAY, time.min), datetime.combine(DAY, time(23, 59, 59, 999000)),
             datetime.combine(DAY + timedelta(days=1), time.min),
             datetime.combine(DAY, time.min) - timedelta(milliseconds=1)]
    return edges + [start + timedelta(seconds=rng.randrange(3 * 86400)) for _ in range(n)]


@pytest.fixture
def history(ctx, now):
    """A seeded mix of checks, visits, vehicles and work orders; returns what was written
    on DAY, tallied in Python."""
    rng = random.Random(7)
    want = {"verdicts": {}, "reasons": {}, "visitors": 0, "left": 0, "departments": {},
            "vehicles": 0, "staff": 0, "kinds": {}, "open": 0, "fevers": 0}

    def on_day(at: datetime) -> bool:
        return at.date() == DAY

    def bump(table: dict, key: str) -> None:
        table[key] = table.get(key, 0) + 1

    for at in moments(rng, 120):
        now.value = at.astimezone()
        verdict = rng.choice(("pass", "pass", "pass", "deny", "incomplete"))
        reasons = rng.choice(REASONS) if verdict == "deny" else ()
        celsius = 37.8 if "fever" in reasons else 36.5
        checks.record(ctx, checks.CheckRecord(verdict=verdict, reasons=reasons,
                                              celsius=celsius))
        if on_day(at):
            bump(want["verdicts"], verdict)
            for r in reasons:
                bump(want["reasons"], r)
            want["fevers"] += celsius >= 37.3
    with ctx.unit_of_work() as s:
        for at in moments(rng, 40):
            dept = rng.choice(DEPARTMENTS)
            left = at + timedelta(hours=rng.choice((1, 30))) if rng.random() < 0.7 else None
            s.add(Visit(arrived_at=at.astimezone(), left_at=left and left.astimezone(),
                        name="访客", host_department=dept))
            if on_day(at):
                want["visitors"] += 1
                bump(want["departments"], dept)
                end = datetime.combine(DAY + timedelta(days=1), time.min)
                want["left"] += left is not None and left < end
        for at in moments(rng, 30):
            staff = rng.random() < 0.5
            s.add(VehicleStay(plate="京A00001", arrived_at=at.astimezone(), whitelisted=staff))
            if on_day(at):
                want["vehicles"] += 1
                want["staff"] += staff
        for at in moments(rng, 12):
            kind = rng.choice(("medical", "intrusion", "hazard"))
            closed = at + timedelta(hours=rng.choice((1, 40)))
            s.add(WorkOrder(kind="manual", category=kind, raised_at=at.astimezone(),
                            closed_at=closed.astimezone(), state="closed"))
            if on_day(at):
                bump(want["kinds"], kind)
                want["open"] += closed >= datetime.combine(DAY + timedelta(days=1), time.min)
    return want


def test_the_days_figures_equal_the_records(ctx, history):
    f = period.figures(ctx, local_midnight(DAY), local_midnight(DAY + timedelta(days=1)))
    assert f.verdicts == history["verdicts"]
    assert f.reasons == history["reasons"]
    assert f.fevers == history["fevers"]
    assert (f.visitors, f.visitors_left) == (history["visitors"], history["left"])
    assert f.departments == history["departments"]
    assert (f.vehicles, f.staff_vehicles) == (history["vehicles"], history["staff"])
    assert f.incidents_by_type == history["kinds"]
    assert f.incidents_open == history["open"]


def test_an_empty_day(ctx, history):
    empty = DAY - timedelta(days=5)
    f = period.figures(ctx, local_midnight(empty), local_midnight(empty + timedelta(days=1)))
    assert (f.checks, f.visitors, f.vehicles, f.incidents_by_type) == (0, 0, 0, {})


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture
def write_pdf(qapp):
    from ui.reports.pdf import write_pdf

    return write_pdf


def test_the_daily_pdf_carries_the_figures(ctx, history, tmp_path, write_pdf):
    report = daily.daily(ctx, DAY)
    path = archive.save(ctx, report, tmp_path / report.file_name(), write_pdf)
    text = pdf_text(path)
    assert "Daily gate report 2026-11-27" in text
    v = history["verdicts"]
    numbers = [sum(v.values()), v.get("pass", 0), v.get("deny", 0), v.get("incomplete", 0),
               v.get("manual", 0), history["fevers"]]
    assert re.search(r"\s+".join(str(n) for n in numbers), text), text[:2000]
    assert f"{history['visitors']} visitors arrived; {history['left']} of them" in text
    for dept, n in history["departments"].items():
        assert re.search(rf"{dept}\s+{n}\b", text)  # a CJK font is embedded: the text reads
    assert f"{history['vehicles']} vehicles entered: {history['staff']} staff" in text
    assert f"{sum(history['kinds'].values())} raised, {history['open']} still open" in text
    assert "guardroom-daily-2026-11-27.pdf" == path.name
    assert audit_log.recent(ctx, 1)[0].action == "report.export"


def test_the_daily_pdf_has_the_rounds_hazards_and_handovers(demo_ctx, admin, guard, now,
                                                           tmp_path, write_pdf):
    from app.duty import checklists, handover, hazards, inspections
    from app.duty.inspections import ItemCheck

    now.value = datetime.combine(DAY, time(8, 0)).astimezone()
    checklist = checklists.save(demo_ctx, admin, "消防安全巡查", ["灭火器", "消防通道"]).value
    rounds = inspections.start_round(demo_ctx, guard, checklist.id).value
    inspections.finish_round(demo_ctx, guard, rounds.id, [ItemCheck(True), ItemCheck(False, "堆放杂物")])
    hazards.report(demo_ctx, guard, "消防通道堆放杂物", location="二号楼",
                   deadline=now.value + timedelta(hours=4))
    now.value = datetime.combine(DAY, time(19, 0)).astimezone()
    handover.write(demo_ctx, guard, post="主门岗", notes="夜班注意东门道闸", new_items=["补充测温仪电池"])
    text = pdf_text(write_pdf(daily.daily(demo_ctx, DAY), tmp_path / "d.pdf"))
    assert re.search(r"08:00\s+消防安全巡查.*guard\s+1\b", text)  # one item not in order
    assert "Hazards: 1 found today; 1 not fixed at the end of the day, 1 of them past" in text
    assert "消防通道堆放杂物" in text and "二号楼" in text
    assert re.search(r"19:00\s+主门岗\s+guard\s+not yet\s+夜班注意东门", text)  # wraps
    assert re.search(r"—\s+1\s*/\s*0", text)  # no fault; one new open item, none carried


def test_the_monthly_and_yearly_summaries(ctx, history, tmp_path, write_pdf):
    month = summary.monthly(ctx, DAY)
    assert month.file_name() == "guardroom-monthly-2026-11.pdf"
    assert set(month.charts) == {"entries", "visitors"}
    assert len(month.charts["entries"].labels) == 30
    assert sum(month.charts["visitors"].series["visitors"]) == 40 + 4  # all of them, in Nov
    text = pdf_text(write_pdf(month, tmp_path / "m.pdf"))
    assert "Monthly gate summary 2026-11" in text and "Day by day" in text
    year = summary.yearly(ctx, 2026)
    assert len(year.charts["entries"].labels) == 12
    assert "Month by month" in pdf_text(write_pdf(year, tmp_path / "y.pdf"))


def test_the_archive_writes_each_missing_day_once(ctx, now, tmp_path, write_pdf):
    now.value = datetime(2026, 11, 28, 0, 30).astimezone()
    folder = tmp_path / "archive"
    (folder).mkdir()
    (folder / "guardroom-daily-2026-11-25.pdf").write_bytes(b"%PDF kept")
    assert archive.missing_days(folder, date(2026, 11, 28)) == [
        date(2026, 11, d) for d in (21, 22, 23, 24, 26, 27)]
    written = archive.export_due(ctx, folder, write_pdf)
    assert [p.name for p in written][-1] == "guardroom-daily-2026-11-27.pdf"
    assert len(written) == 6 and not list(folder.glob("*.part"))
    assert (folder / "guardroom-daily-2026-11-25.pdf").read_bytes() == b"%PDF kept"
    assert archive.export_due(ctx, folder, write_pdf) == []


def test_report_from_the_command_line(ctx, history, tmp_path, qapp):
    from app.__main__ import main

    data_dir = ctx.paths.root
    ctx.close()
    out = tmp_path / "daily.pdf"
    assert main(["--data-dir", str(data_dir), "--lang", "en", "report", "daily",
                 "--date", "2026-11-27", "--out", str(out)]) == 0
    assert f"{history['visitors']} visitors arrived" in pdf_text(out)
    with pytest.raises(SystemExit) as bad:
        main(["--data-dir", str(data_dir), "report", "daily", "--date", "27.11.2026",
              "--out", str(out)])
    assert bad.value.code == 2
