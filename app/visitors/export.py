"""Exporting the visit log (the current filter) to CSV — every export is audited (PIPL)."""

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


def export_csv(ctx: AppContext, actor: CurrentUser, flt: log.LogFilter, path: Path) -> int:
    """Write every visit matching ``flt`` (identity numbers masked) to ``path``; audited."""
    require(actor, Role.LEAD, Role.ADMIN)
    count, after = 0, None
    tmp = Path(path).with_suffix(Path(path).suffix + ".partial")
    with open(tmp, "w", newline="", encoding="utf-8-sig") as f:  # BOM: Excel reads UTF-8
        out = csv.writer(f)
        out.writerow(HEADER)
        while rows := log.page(ctx, flt, after):
            for v in rows:
                out.writerow((v.arrived_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                              v.left_at.astimezone().strftime("%Y-%m-%d %H:%M")
                              if v.left_at else "", v.name, v.document_masked,
                              v.host_department, v.host_name, v.purpose, v.plate))
            count += len(rows)
            after = log.cursor_of(rows[-1])
    tmp.replace(path)
    with ctx.unit_of_work() as s:
        audit_log.append(ctx, s, actor.username, "visit.export", target_kind="visit",
                         detail={"rows": count, "file": Path(path).name,
                                 "filter": {k: str(v) for k, v in asdict(flt).items() if v}})
    return count
