"""Reports written to files: one report on request, and the scheduled export of the daily
report to the bureau's archive folder (every past day of the last week that is missing)."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from app.context import AppContext
from app.i18n import Translate, identity
from app.reports.daily import daily
from app.reports.document import Report, file_name
from app.services import audit_log

WritePdf = Callable[[Report, Path], Path]
CATCH_UP_DAYS = 7


def save(ctx: AppContext, report: Report, path: Path, write_pdf: WritePdf,
         actor: str = "system") -> Path:
    """Print ``report`` to ``path`` through a temporary file (a crash leaves no half
    report) and note the export in the audit log."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    write_pdf(report, partial)
    os.replace(partial, path)
    with ctx.unit_of_work() as s:
        audit_log.append(ctx, s, actor, "report.export", target_kind="report",
                         target_id=report.file_name(),
                         detail={"kind": report.kind, "first": report.first.isoformat(),
                                 "last": report.last.isoformat(), "file": path.name})
    return path


def missing_days(folder: Path, today: date, days: int = CATCH_UP_DAYS) -> list[date]:
    """Past days (not today, which is not over) whose daily report is not in ``folder``."""
    wanted = [today - timedelta(days=back) for back in range(days, 0, -1)]
    return [d for d in wanted if not (Path(folder) / file_name("daily", d)).exists()]


def export_due(ctx: AppContext, folder: Path, write_pdf: WritePdf,
               translate: Translate = identity) -> list[Path]:
    """Write the daily reports the archive folder lacks; returns the files written."""
    today = ctx.today()
    written = []
    for day in missing_days(folder, today):
        report = daily(ctx, day, translate)
        written.append(save(ctx, report, Path(folder) / report.file_name(), write_pdf))
    return written
