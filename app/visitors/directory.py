"""The host directory: who visitors come to see and their department. The administrator
imports it from CSV/XLSX (姓名, 部门); the walk-in form completes names and departments."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update

from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit_log
from app.services.accounts import require
from app.visitors.preregistration import ImportRefused, table_records
from db.visitor_models import DirectoryEntry

PERSON = ("姓名", "被访人", "name", "person")
DEPARTMENT = ("部门", "被访部门", "department")


@dataclass(frozen=True)
class Host:
    person: str
    department: str


def read_file(path: Path) -> list[Host]:
    records = table_records(path)
    names = [n.strip() for n in records.fieldnames or []]
    person = next((n for n in names if n in PERSON), None)
    department = next((n for n in names if n in DEPARTMENT), None)
    if person is None:
        raise ImportRefused([(0, QT_TRANSLATE_NOOP(
            "Visits", "The file has no column {column}.").with_(column=PERSON[0]))])
    hosts, problems = [], []
    for row, record in enumerate(records, start=1):
        record = {k.strip(): (v or "").strip() for k, v in record.items() if k}
        if not record.get(person):
            problems.append((row, QT_TRANSLATE_NOOP("Visits", "Enter the visitor's name.")))
            continue
        hosts.append(Host(record[person], record.get(department, "") if department else ""))
    if problems:
        raise ImportRefused(problems)
    return hosts


def replace_from_file(ctx: AppContext, actor: CurrentUser, path: Path) -> Outcome:
    """The directory becomes the file's list (all of it, or nothing on a bad row)."""
    require(actor, Role.ADMIN)
    hosts = read_file(path)
    with ctx.unit_of_work() as s:
        s.execute(update(DirectoryEntry).where(DirectoryEntry.deleted.is_(False))
                  .values(deleted=True, updated_hlc=ctx.clock.now()))
        s.add_all(DirectoryEntry(person=h.person, department=h.department) for h in hosts)
        audit_log.append(ctx, s, actor.username, "directory.import", target_kind="directory",
                         detail={"entries": len(hosts)})
    return Outcome(len(hosts), Changes.of("directory", "audit"))


def hosts(ctx: AppContext) -> list[Host]:
    with ctx.unit_of_work() as s:
        rows = s.execute(select(DirectoryEntry.person, DirectoryEntry.department).where(
            DirectoryEntry.deleted.is_(False)).order_by(DirectoryEntry.department,
                                                        DirectoryEntry.person))
        return [Host(p, d) for p, d in rows]
