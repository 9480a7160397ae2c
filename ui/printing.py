"""Printed paper at the gate: the visitor slip and the on-site list for an evacuation.

Both are HTML laid out by QTextDocument and sent to a QPrinter — a real printer chosen in the
print dialog, or a PDF file (tests, or a printer-less workstation).
"""

from __future__ import annotations

import html
import io
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QImage, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from app.visitors.registry import VisitSummary


def qr_image(text: str, scale: int = 6) -> QImage:
    """The QR code of ``text`` with the standard quiet zone of 4 modules."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    return QImage.fromData(buffer.getvalue(), "PNG")


def pdf_printer(path: str, page: QPageSize.PageSizeId = QPageSize.PageSizeId.A5) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    printer.setPageSize(QPageSize(page))
    return printer


# Every printed word, for lupdate; translated when printed.
WORDS = [
    QT_TRANSLATE_NOOP("Printing", "Name"), QT_TRANSLATE_NOOP("Printing", "Document"),
    QT_TRANSLATE_NOOP("Printing", "Visiting"), QT_TRANSLATE_NOOP("Printing", "Purpose"),
    QT_TRANSLATE_NOOP("Printing", "Arrived"), QT_TRANSLATE_NOOP("Printing", "Vehicle"),
    QT_TRANSLATE_NOOP("Printing", "Visitor slip"),
    QT_TRANSLATE_NOOP("Printing", "Show this slip when you leave."),
    QT_TRANSLATE_NOOP("Printing", "Visitors on site at {0}: {1}"),
    QT_TRANSLATE_NOOP("Printing", "Duty roster {0} · {1}"),
    QT_TRANSLATE_NOOP("Printing", "Guard"),
]


def _t(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def slip_document(visit: VisitSummary, pass_text: str, post: str,
                  photo: bytes | None = None) -> QTextDocument:
    doc = QTextDocument()
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("qr://pass"),
                    qr_image(pass_text))
    picture = ""
    if photo:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("photo://visitor"),
                        QImage.fromData(photo, "JPG"))
        picture = "<img src='photo://visitor' height='120'> "
    arrived = visit.arrived_at.astimezone().strftime("%Y-%m-%d %H:%M")
    rows = [(_t("Name"), visit.name), (_t("Document"), visit.document_masked),
            (_t("Visiting"), " ".join(p for p in (visit.host_department, visit.host_name) if p)),
            (_t("Purpose"), visit.purpose), (_t("Arrived"), arrived),
            (_t("Vehicle"), visit.plate)]
    cells = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v or '—')}</td></tr>"
                    for k, v in rows)
    doc.setHtml(f"<h2>{html.escape(_t('Visitor slip'))} · {html.escape(post)}</h2>"
                f"<table cellpadding='4'>{cells}</table>"
                f"<p>{picture}<img src='qr://pass' width='160' height='160'></p>"
                f"<p>{html.escape(_t('Show this slip when you leave.'))}</p>")
    return doc


def on_site_document(visits: list[VisitSummary], post: str, now: datetime) -> QTextDocument:
    doc = QTextDocument()
    head = "".join(f"<th align='left'>{html.escape(_t(h))}</th>" for h in
                   ("Arrived", "Name", "Document", "Visiting", "Vehicle"))
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in (
            v.arrived_at.astimezone().strftime("%H:%M"), v.name, v.document_masked,
            " ".join(p for p in (v.host_department, v.host_name) if p), v.plate)) + "</tr>"
        for v in visits)
    title = _t("Visitors on site at {0}: {1}").format(
        now.astimezone().strftime("%Y-%m-%d %H:%M"), len(visits))
    doc.setHtml(f"<h2>{html.escape(title)} · {html.escape(post)}</h2>"
                f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
                f"<tr>{head}</tr>{body}</table>")
    return doc


def roster_pages(problem, roster, month: str) -> list[QTextDocument]:
    """The month's roster for the notice board, one document per post: the guards who stand
    it and their shifts there (see :func:`print_pages`, which fits each on one page)."""
    weekdays = "一二三四五六日"
    days = "".join(f"<th>{d + 1}<br/>{weekdays[(problem.first_weekday + d) % 7]}</th>"
                   for d in range(problem.horizon))
    pages = []
    for post in problem.posts or (None,):
        post_id = post.id if post else None
        rows = []
        for g in problem.guards:
            cells = [roster.shift(g.id, d) if roster.shift(g.id, d) and
                     roster.post(g.id, d) == post_id else "" for d in range(problem.horizon)]
            if any(cells):
                rows.append(f"<tr><td>{html.escape(g.name)}</td>"
                            + "".join(f"<td align='center'>{c or ''}</td>" for c in cells)
                            + "</tr>")
        title = _t("Duty roster {0} · {1}").format(month, post.name if post else "")
        doc = QTextDocument()
        doc.setDefaultStyleSheet("td, th { font-size: 8pt; }")
        doc.setHtml(f"<h3>{html.escape(title)}</h3>"
                    f"<table border='1' cellspacing='0' cellpadding='2' width='100%'>"
                    f"<tr><th>{html.escape(_t('Guard'))}</th>{days}</tr>{''.join(rows)}</table>")
        pages.append(doc)
    return pages


def print_document(doc: QTextDocument, printer: QPrinter) -> None:
    doc.print_(printer)


def print_pages(docs: list[QTextDocument], printer: QPrinter) -> None:
    """Each document on a page of its own, laid out to the page's width in the printer's
    own measure and scaled down when it is longer than the page (a post with many guards
    stays on one sheet)."""
    from PySide6.QtGui import QPainter

    painter = QPainter(printer)
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        for i, doc in enumerate(docs):
            if i:
                printer.newPage()
            doc.documentLayout().setPaintDevice(printer)
            doc.setTextWidth(page.width())  # unpaged: its height is all of it
            scale = min(1.0, page.height() / doc.size().height())
            painter.save()
            painter.scale(scale, scale)
            doc.drawContents(painter)
            painter.restore()
    finally:
        painter.end()


def choose_printer(parent) -> QPrinter | None:
    """The print dialog; None when the guard cancels."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None
