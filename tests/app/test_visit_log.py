"""Keyset pages over the visit log: no row twice, none missed, ties on time broken by id."""

from datetime import timedelta

from app.visitors import log, registry
from app.visitors.id_numbers import check_digit
from app.visitors.registry import WalkIn


def number(i: int) -> str:
    first17 = f"11010519800101{i:03d}"
    return first17 + check_digit(first17)


def test_pages_cover_every_visit_once_newest_first(demo_ctx, guard, now):
    for i in range(23):
        if i % 5 == 0:
            now.advance(minutes=1)  # several visits share each minute: ties on time
        registry.register(demo_ctx, guard, WalkIn(f"访客{i:02d}", "resident_id", number(i),
                                                  host_department="办公室" if i % 2 else "财务科"))
    seen, after = [], None
    while True:
        rows = log.page(demo_ctx, log.LogFilter(), after, limit=4)
        if not rows:
            break
        seen += rows
        after = log.cursor_of(rows[-1])
    assert len(seen) == 23 and len({v.id for v in seen}) == 23
    keys = [(v.arrived_at, v.id) for v in seen]
    assert keys == sorted(keys, reverse=True)


def test_filters_and_opening_at_a_date(demo_ctx, guard, now):
    start = now()
    for i in range(6):
        now.advance(hours=1)
        registry.register(demo_ctx, guard, WalkIn(["张伟", "张敏", "李强"][i % 3], "resident_id",
                                                  number(i), host_department="办公室"))
    at_three = log.page(demo_ctx, log.LogFilter(until=start + timedelta(hours=3)))
    assert len(at_three) == 3 and at_three[0].arrived_at == start + timedelta(hours=3)
    assert {v.name for v in log.page(demo_ctx, log.LogFilter(name_prefix="张"))} == {"张伟", "张敏"}
    assert len(log.page(demo_ctx, log.LogFilter(name_prefix="张伟"))) == 2
    assert [v.document_masked for v in log.page(demo_ctx, log.LogFilter(document=number(4)))] \
        == ["110105********" + number(4)[-4:]]
    assert log.page(demo_ctx, log.LogFilter(host_department="财务科")) == []


def test_only_leads_export_and_exports_are_audited(demo_ctx, guard, tmp_path):
    import pytest

    from app.services import accounts, audit_log
    from app.visitors import export

    registry.register(demo_ctx, guard, WalkIn("王五", "resident_id", number(1)))
    with pytest.raises(accounts.PermissionDenied):
        export.export_visits(demo_ctx, guard, log.LogFilter(), tmp_path / "x.csv")
    lead = accounts.login(demo_ctx, "lead", "demo1234")
    assert export.export_visits(demo_ctx, lead, log.LogFilter(), tmp_path / "x.csv") == 1
    assert number(1) not in (tmp_path / "x.csv").read_text("utf-8-sig")
    entry = audit_log.recent(demo_ctx, 1)[0]
    assert (entry.action, entry.detail["rows"]) == ("visit.export", 1)


def test_xlsx_export_is_masked(demo_ctx, guard, tmp_path):
    import openpyxl

    from app.services import accounts
    from app.visitors import export

    registry.register(demo_ctx, guard, WalkIn("王五", "resident_id", number(2),
                                              host_department="办公室"))
    lead = accounts.login(demo_ctx, "lead", "demo1234")
    out = tmp_path / "visits.xlsx"
    assert export.export_visits(demo_ctx, lead, log.LogFilter(), out) == 1
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][2] == "姓名" and rows[1][2] == "王五"
    assert rows[1][3].startswith("110105") and "*" in rows[1][3]
    assert number(2).encode() not in out.read_bytes()
