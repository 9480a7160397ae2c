"""Pre-registered visitors: a host department (or the lead) lists expected visitors, one by
one or as a CSV file; each gets a QR pass signed by the compound, valid for a date window.
At the check station a valid pass checks the visitor in with one scan.

An import is all or nothing: every row is checked first, and a file with any bad row is
refused with a report naming each row and what is wrong.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from app import passes
from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role
from app.i18n import QT_TRANSLATE_NOOP, GuardroomError, Message
from app.services import audit_log
from app.services.accounts import require
from app.visitors import id_numbers
from app.visitors.registry import DOCUMENT, VisitSummary, summary_of, vault
from db.visitor_models import Visit, VisitorPass

MAX_DAYS = 31
# Column names accepted in an import file, Chinese or English.
COLUMNS = {
    "name": ("姓名", "name"),
    "document_kind": ("证件类型", "document_kind"),
    "document_number": ("证件号码", "身份证号", "document_number"),
    "host_name": ("被访人", "host_name"),
    "host_department": ("被访部门", "host_department"),
    "purpose": ("事由", "来访事由", "purpose"),
    "valid_from": ("开始日期", "valid_from"),
    "valid_to": ("结束日期", "valid_to"),
}
KIND_WORDS = {"居民身份证": "resident_id", "身份证": "resident_id", "护照": "passport",
              "港澳通行证": "hk_macao_permit", "台湾居民来往大陆通行证": "taiwan_permit",
              "台胞证": "taiwan_permit", "其他": "other", "": "resident_id"}


class ImportRefused(GuardroomError):
    def __init__(self, problems: list[tuple[int, Message]]):
        self.problems = problems
        super().__init__(QT_TRANSLATE_NOOP(
            "Visits", "Nothing was imported: {n} rows have problems.").with_(n=len(problems)))


@dataclass(frozen=True)
class Expected:
    """One expected visitor."""

    name: str
    document_kind: str
    document_number: str
    host_name: str = ""
    host_department: str = ""
    purpose: str = ""
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True)
class IssuedPass:
    id: uuid.UUID
    name: str
    document_masked: str
    valid_from: str
    valid_to: str
    pass_text: str


def _problem(item: Expected, today: date) -> Message | None:
    if not item.name.strip():
        return QT_TRANSLATE_NOOP("Visits", "Enter the visitor's name.")
    try:
        kind = id_numbers.DocumentKind(item.document_kind)
    except ValueError:
        return QT_TRANSLATE_NOOP("Visits", "Unknown document kind {kind}.").with_(
            kind=item.document_kind)
    problem = id_numbers.validate_document(kind, item.document_number)
    if problem is not None:
        return problem.message
    start, end = item.valid_from or today, item.valid_to or item.valid_from or today
    if end < start or end < today or (end - start).days > MAX_DAYS:
        return QT_TRANSLATE_NOOP("Visits", "The pass must run from today or later, at most "
                                           "{days} days.").with_(days=MAX_DAYS)
    return None


def _problems(items: list[Expected], today: date) -> list[tuple[int, Message]]:
    return [(row, p) for row, item in enumerate(items, start=1)
            if (p := _problem(item, today)) is not None]


def preregister(ctx: AppContext, actor: CurrentUser, items: list[Expected]) -> Outcome:
    """Issue a signed pass for each expected visitor — all of them, or none."""
    require(actor, Role.LEAD, Role.ADMIN)
    today = ctx.today()
    problems = _problems(items, today)
    if problems:
        raise ImportRefused(problems)
    v = vault(ctx)
    key = passes.PassKeys(ctx.paths.keys).private_key()
    issued = []
    with ctx.unit_of_work() as s:
        for item in items:
            kind = id_numbers.DocumentKind(item.document_kind)
            number = id_numbers.normalise_document(kind, item.document_number)
            start = item.valid_from or today
            end = item.valid_to or start
            row = VisitorPass(
                id=uuid.uuid4(), name=item.name.strip(), document_kind=kind.value,
                document_sealed=v.seal(number, DOCUMENT), document_hash=v.search_hash(number),
                document_masked=id_numbers.mask(number), host_name=item.host_name.strip(),
                host_department=item.host_department.strip(), purpose=item.purpose.strip(),
                valid_from=start.isoformat(), valid_to=end.isoformat(), issued_by=actor.username)
            row.pass_text = passes.issue(key, str(row.id), start, end)
            s.add(row)
            issued.append(IssuedPass(row.id, row.name, row.document_masked, row.valid_from,
                                     row.valid_to, row.pass_text))
        audit_log.append(ctx, s, actor.username, "visit.preregister", target_kind="pass",
                         detail={"passes": len(issued)})
    return Outcome(issued, Changes.of("pass", "audit"))


def read_file(path: Path) -> tuple[list[Expected], list[tuple[int, Message]]]:
    """Rows of a CSV file (UTF-8, with or without BOM, or GB18030 as Excel writes in China)
    or of an XLSX workbook's first sheet, and the rows whose dates cannot be read."""
    reader = table_records(path)
    header = {name.strip(): name for name in reader.fieldnames or []}
    missing = [key for key in ("name", "document_number")
               if not any(alias in header for alias in COLUMNS[key])]
    if missing:
        raise ImportRefused([(0, QT_TRANSLATE_NOOP(
            "Visits", "The file has no column {column}.").with_(column=COLUMNS[missing[0]][0]))])
    rows, problems = [], []
    for number, record in enumerate(reader, start=1):
        def field(key: str, record: dict = record) -> str:
            return next(((record.get(header[a]) or "").strip() for a in COLUMNS[key]
                         if a in header), "")

        try:
            start, end = _date(field("valid_from")), _date(field("valid_to"))
        except ValueError:
            problems.append((number, QT_TRANSLATE_NOOP(
                "Visits", "Dates are written YYYY-MM-DD.")))
            start = end = None
        kind = field("document_kind")
        rows.append(Expected(
            name=field("name"), document_kind=KIND_WORDS.get(kind, kind),
            document_number=field("document_number"), host_name=field("host_name"),
            host_department=field("host_department"), purpose=field("purpose"),
            valid_from=start, valid_to=end))
    return rows, problems


def table_records(path: Path):
    """The rows of a CSV file or of an XLSX workbook's first sheet, as dictionaries keyed by
    the header row (``.fieldnames`` gives the header)."""
    return _XlsxRecords(path) if Path(path).suffix.lower() == ".xlsx" else _csv_records(path)


def _csv_records(path: Path) -> csv.DictReader:
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    return csv.DictReader(io.StringIO(text))


class _XlsxRecords:
    """The first sheet of a workbook as dictionaries keyed by the header row."""

    def __init__(self, path: Path):
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        rows = book.worksheets[0].iter_rows(values_only=True)
        first = next(rows, ())
        self.fieldnames = [str(c).strip() if c is not None else "" for c in first]
        self._rows = [r for r in rows if any(c not in (None, "") for c in r)]
        book.close()

    def __iter__(self):
        for row in self._rows:
            yield {name: _cell(value) for name, value in zip(self.fieldnames, row)}


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _date(text: str) -> date | None:
    return date.fromisoformat(text.replace("/", "-")) if text else None


def import_file(ctx: AppContext, actor: CurrentUser, path: Path) -> Outcome:
    """Import a whole file, or refuse it with every bad row named."""
    require(actor, Role.LEAD, Role.ADMIN)
    rows, problems = read_file(path)
    today = ctx.today()
    problems = sorted(problems + [p for p in _problems(rows, today) if p[0] not in
                                  {row for row, _ in problems}], key=lambda p: p[0])
    if problems:
        raise ImportRefused(problems)
    return preregister(ctx, actor, rows)


def pass_document_hash(ctx: AppContext, pass_id: str) -> str:
    """The keyed hash of the pre-registered person's document, for the watchlist."""
    key = _uuid(pass_id)
    if key is None:
        return ""
    with ctx.unit_of_work() as s:
        return s.scalar(select(VisitorPass.document_hash).where(VisitorPass.id == key)) or ""


def admission_by_document(ctx: AppContext, document_hash: str) -> tuple[str, bool]:
    """For an identity card read at the gate: the id of a pass valid today for that document
    (or ""), and whether a visit registered for it is on site now."""
    today = ctx.today().isoformat()
    with ctx.unit_of_work() as s:
        pass_id = s.scalar(select(VisitorPass.id).where(
            VisitorPass.document_hash == document_hash, VisitorPass.valid_from <= today,
            VisitorPass.valid_to >= today, VisitorPass.deleted.is_(False)).limit(1))
        on_site = s.scalar(select(Visit.id).where(
            Visit.document_hash == document_hash, Visit.left_at.is_(None),
            Visit.deleted.is_(False)).limit(1)) is not None
    return (str(pass_id) if pass_id else ""), on_site


def check_in(ctx: AppContext, pass_id: str, guard: str) -> VisitSummary | None:
    """A valid pass was scanned and passed: the visitor is on site (once per pass)."""
    key = _uuid(pass_id)
    if key is None:
        return None
    with ctx.unit_of_work() as s:
        pre = s.get(VisitorPass, key)
        if pre is None:
            return None
        if pre.visit_id is not None:
            visit = s.get(Visit, pre.visit_id)
            return summary_of(visit) if visit is not None else None
        visit = Visit(arrived_at=ctx.now(), name=pre.name, document_kind=pre.document_kind,
                      document_sealed=pre.document_sealed, document_hash=pre.document_hash,
                      document_masked=pre.document_masked, host_name=pre.host_name,
                      host_department=pre.host_department, purpose=pre.purpose,
                      post=ctx.settings.station.post, guard=guard)
        s.add(visit)
        s.flush()
        pre.visit_id = visit.id
        return summary_of(visit)


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def expected_today(ctx: AppContext) -> list[IssuedPass]:
    today = ctx.today().isoformat()
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(VisitorPass).where(
            VisitorPass.valid_from <= today, VisitorPass.valid_to >= today,
            VisitorPass.visit_id.is_(None)).order_by(VisitorPass.name))
        return [IssuedPass(r.id, r.name, r.document_masked, r.valid_from, r.valid_to,
                           r.pass_text) for r in rows]
