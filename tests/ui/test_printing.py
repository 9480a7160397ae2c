"""Visitor slip and on-site list printed to PDF (the same path a printer takes)."""

import re
from datetime import datetime, timezone

import cv2
import numpy as np
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPageSize

from app import passes
from app.visitors import registry
from ui import printing

ID = "11010519491231002X"


def decode_qr(image) -> str:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    pixels = cv2.imdecode(np.frombuffer(bytes(buffer.data()), np.uint8), cv2.IMREAD_GRAYSCALE)
    text, _points, _ = cv2.QRCodeDetectorAruco().detectAndDecode(pixels)  # the robust one
    return text


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def test_visitor_slip_pdf_with_a_qr_that_decodes_to_the_pass(qapp, demo_ctx, guard, tmp_path):
    visit = registry.register(demo_ctx, guard, registry.WalkIn(
        "张三", "resident_id", ID, host_department="办公室")).value
    today = datetime.now().date()
    text = passes.issue(passes.PassKeys(demo_ctx.paths.keys).private_key(), str(visit.id),
                        today, today)
    image = printing.qr_image(text)
    assert not image.isNull() and image.width() == image.height()
    assert decode_qr(image) == text  # what the gate's scanner will read back
    out = tmp_path / "slip.pdf"
    printing.print_document(printing.slip_document(visit, text, "主门岗"),
                            printing.pdf_printer(str(out)))
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and pages(data) == 1
    assert ID.encode() not in data


def test_on_site_list_for_an_evacuation(qapp, demo_ctx, guard, tmp_path):
    from app.visitors.id_numbers import check_digit

    for i in range(60):  # more than a page
        first17 = f"11010519800101{i:03d}"
        registry.register(demo_ctx, guard, registry.WalkIn(f"访客{i}", "resident_id",
                                                           first17 + check_digit(first17)))
    visits = registry.on_site(demo_ctx)
    out = tmp_path / "onsite.pdf"
    printing.print_document(
        printing.on_site_document(visits, "主门岗", datetime.now(timezone.utc)),
        printing.pdf_printer(str(out), QPageSize.PageSizeId.A4))
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and pages(data) >= 2


def test_the_roster_prints_landscape_one_page_per_post_however_many_guards(qapp, tmp_path):
    from PySide6.QtGui import QPageLayout

    from app.roster import demo_month
    from app.roster.model import Roster

    problem = demo_month.month(guards=80, days=31)
    roster = Roster.empty(problem)
    for i, g in enumerate(problem.guards):  # 64 guards on the main gate: a long page
        for d in range(31):
            post = "gate" if i < 64 else "patrol"
            roster = roster.with_cell(g.id, d, "A" if post == "gate" else "E", post)
    out = tmp_path / "roster.pdf"
    printer = printing.pdf_printer(str(out), QPageSize.PageSizeId.A4)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    docs = printing.roster_pages(problem, roster, "2026-12")
    assert len(docs) == len(problem.posts) == 5
    printing.print_pages(docs, printer)
    data = out.read_bytes()
    assert pages(data) == 5
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", data)
    assert float(box.group(1)) > float(box.group(2))  # landscape
