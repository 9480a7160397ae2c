"""``guardroom report daily|monthly|yearly|archive``: the reports as PDF files.

The PDF is drawn by Qt, so the composition root hands the command its printer
(``args.write_pdf``); everything else — the figures and the document — is the core's.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, timedelta
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP


def _day(text: str) -> date:
    if text in ("today", "yesterday"):
        return date.today() - timedelta(days=1 if text == "yesterday" else 0)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("use YYYY-MM-DD, today or yesterday") from None


def _month(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError("use YYYY-MM") from None


def _year(text: str) -> int:
    if not (text.isdigit() and 2000 <= int(text) <= 2100):
        raise argparse.ArgumentTypeError("use a year such as 2026")
    return int(text)


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", help="daily, monthly and yearly reports as PDF") \
        .add_subparsers(dest="report_command", metavar="KIND", required=True)
    daily = report.add_parser("daily", parents=[common], help="the daily activity report")
    daily.add_argument("--date", type=_day, default="yesterday", metavar="YYYY-MM-DD",
                       help="the day (default yesterday; also today)")
    monthly = report.add_parser("monthly", parents=[common], help="a month's summary")
    monthly.add_argument("--month", type=_month, required=True, metavar="YYYY-MM")
    yearly = report.add_parser("yearly", parents=[common], help="a year's summary")
    yearly.add_argument("--year", type=_year, required=True, metavar="YYYY")
    for kind in (daily, monthly, yearly):
        kind.add_argument("--out", metavar="FILE.pdf", required=True, help="where to write")
    archive = report.add_parser(
        "archive", parents=[common],
        help="write the daily reports of the past week that FOLDER lacks (for a scheduled task)")
    archive.add_argument("--dir", metavar="FOLDER", required=True)


def cmd_report(args, out) -> int:
    from app.cli import _open
    from app.reports import archive, daily, summary

    ctx = _open(args)
    try:
        if args.report_command == "archive":
            for path in archive.export_due(ctx, Path(args.dir), args.write_pdf, out.translate):
                out.emit(QT_TRANSLATE_NOOP("Cli", "Wrote {path}.").with_(path=path),
                         file=str(path))
            return 0
        if args.report_command == "daily":
            report = daily.daily(ctx, args.date, out.translate)
        elif args.report_command == "monthly":
            report = summary.monthly(ctx, args.month, out.translate)
        else:
            report = summary.yearly(ctx, args.year, out.translate)
        path = archive.save(ctx, report, Path(args.out), args.write_pdf)
        out.emit(QT_TRANSLATE_NOOP("Cli", "Wrote {path}.").with_(path=path), file=str(path))
        return 0
    finally:
        ctx.close()
