"""Exporting the visit log (the current filter) to XLSX or CSV — every export is audited."""

from __future__ import annotations

import csv
from dataclasses import asdict
from pathlib import Path

from app.context import AppContext
from app.domain import CurrentUser, Role
from app.services import audit_log
from app.services.accounts import require
from app.visitors import log

HEADER = ("到访时间", "离开时间", "姓名", "证件号码", "被访部门", "被访人", "事由", "车牌")


def _rows(ctx: AppContext, flt: log.LogFilter):
    """Every matching visit as a row of text, a page at a time (never the whole log at once)."""
    after = None
    while rows := log.page(ctx, flt, after):
        for v in rows:
            yield (v.arrived_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                   v.left_at.astimezone().strftime("%Y-%m-%d %H:%M") if v.left_at else "",
                   v.name, v.document_masked, v.host_department, v.host_name, v.purpose,
                   v.plate)
        after = log.cursor_of(rows[-1])


def _write_csv(path: Path, rows) -> int:
    count = 0
    with open(path, "w", newline="", encoding="utf-8-sig") as f:  # BOM: Excel reads UTF-8
        out = csv.writer(f)
        out.writerow(HEADER)
        for row in rows:
            out.writerow(row)
            count += 1
    return count


def _write_xlsx(path: Path, rows) -> int:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("来访记录")
    sheet.append(HEADER)
    count = 0
    for row in rows:
        sheet.append(row)
        count += 1
    book.save(path)
    return count


def export_visits(ctx: AppContext, actor: CurrentUser, flt: log.LogFilter, path: Path) -> int:
    """Write every visit matching ``flt`` (identity numbers masked) to ``path`` — XLSX or CSV
    by its suffix; audited."""
    require(actor, Role.LEAD, Role.ADMIN)
    path = Path(path)
    tmp = path.with_name(path.stem + ".partial" + path.suffix)
    write = _write_xlsx if path.suffix.lower() == ".xlsx" else _write_csv
    count = write(tmp, _rows(ctx, flt))
    tmp.replace(path)
    with ctx.unit_of_work() as s:
        audit_log.append(ctx, s, actor.username, "visit.export", target_kind="visit",
                         detail={"rows": count, "file": Path(path).name,
                                 "filter": {k: str(v) for k, v in asdict(flt).items() if v}})
    return count
