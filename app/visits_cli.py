"""``guardroom visits find``: matching visits, identity numbers masked, newest first."""

from __future__ import annotations

import argparse

from app.i18n import QT_TRANSLATE_NOOP


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    visits = sub.add_parser("visits", help="the visitor register").add_subparsers(
        dest="visits_command", metavar="ACTION", required=True)
    find = visits.add_parser("find", parents=[common], help="find visits (shown masked)")
    what = find.add_mutually_exclusive_group(required=True)
    what.add_argument("--id", metavar="N", help="the exact identity or document number")
    what.add_argument("--name", metavar="PREFIX", help="the start of the visitor's name")
    what.add_argument("--plate", metavar="P", help="a vehicle plate")
    find.add_argument("--limit", type=int, default=50)
    add_import_parser(visits, common)
    hosts = visits.add_parser("directory", parents=[common],
                              help="replace the host directory with a CSV/XLSX file (姓名, 部门)")
    hosts.add_argument("file", metavar="FILE")


def cmd_find(args, out) -> int:
    from app.startup import open_for_command
    from app.visitors import registry

    ctx = open_for_command(args.data_dir, args.config)
    try:
        found = registry.find(ctx, document=args.id or "", name_prefix=args.name or "",
                              plate=args.plate or "", limit=args.limit)
    finally:
        ctx.close()
    for v in found:
        out.emit(QT_TRANSLATE_NOOP("Cli", "{arrived}  {name}  {document}  {host}  {plate}  "
                                          "{left}").with_(
            arrived=v.arrived_at.astimezone().strftime("%Y-%m-%d %H:%M"), name=v.name or "—",
            document=v.document_masked or "—", host=v.host_department or "—",
            plate=v.plate or "—",
            left=v.left_at.astimezone().strftime("%H:%M") if v.left_at else "…"),
            id=str(v.id), arrived_at=v.arrived_at.isoformat(), name=v.name,
            document=v.document_masked, host_name=v.host_name,
            host_department=v.host_department, plate=v.plate,
            left_at=v.left_at.isoformat() if v.left_at else None, purged=v.purged)
    if not found:
        out.note(QT_TRANSLATE_NOOP("Cli", "No matching visits."))
    return 0


def add_import_parser(visits, common: argparse.ArgumentParser) -> None:
    imp = visits.add_parser("import", parents=[common],
                            help="pre-register the visitors listed in a CSV file")
    imp.add_argument("file", metavar="FILE", help="CSV or XLSX: 姓名, 证件类型, 证件号码, "
                     "被访人, 被访部门, 事由, 开始日期, 结束日期 (or the English names)")
    imp.add_argument("--png-dir", metavar="DIR", help="also write each pass as a QR PNG here")


def cmd_import(args, out) -> int:
    from pathlib import Path

    from app.startup import open_for_command
    from app.visitors import preregistration

    actor = cli_actor()
    ctx = open_for_command(args.data_dir, args.config)
    try:
        issued = preregistration.import_file(ctx, actor, Path(args.file)).value
    except preregistration.ImportRefused as refused:
        for row, message in refused.problems:
            out.note(QT_TRANSLATE_NOOP("Cli", "row {row}: {problem}").with_(
                row=row, problem=message.render(out.translate)))
        raise
    finally:
        ctx.close()
    if args.png_dir:
        from app.visitors.pass_images import write_pngs

        write_pngs(issued, Path(args.png_dir))
    for p in issued:
        out.emit(QT_TRANSLATE_NOOP("Cli", "{name}  {document}  {start} – {end}").with_(
            name=p.name, document=p.document_masked, start=p.valid_from, end=p.valid_to),
            id=str(p.id), name=p.name, document=p.document_masked, valid_from=p.valid_from,
            valid_to=p.valid_to, pass_text=p.pass_text)
    return 0


def cli_actor():
    """Whoever can run the command line on this workstation administers it; the audit log
    names the operating-system account."""
    import getpass
    import uuid

    from app.domain import CurrentUser, Role

    return CurrentUser(uuid.UUID(int=0), f"cli:{getpass.getuser()}"[:64], "command line",
                       Role.ADMIN)


def cmd_directory(args, out) -> int:
    from pathlib import Path

    from app.startup import open_for_command
    from app.visitors import directory

    ctx = open_for_command(args.data_dir, args.config)
    try:
        count = directory.replace_from_file(ctx, cli_actor(), Path(args.file)).value
    finally:
        ctx.close()
    out.emit(QT_TRANSLATE_NOOP("Cli", "The host directory now has {n} entries.").with_(n=count),
             entries=count)
    return 0
