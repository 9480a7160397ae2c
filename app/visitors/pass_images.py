"""Visitor passes as PNG files, to print or send to the visitor (one file per pass)."""

from __future__ import annotations

import re
from pathlib import Path

from app.visitors.preregistration import IssuedPass


def png_name(issued: IssuedPass) -> str:
    safe = re.sub(r"[^\w\u4e00-\u9fff-]", "_", issued.name) or "visitor"
    return f"{issued.valid_from}-{safe}-{str(issued.id)[:8]}.png"


def write_pngs(issued: list[IssuedPass], folder: Path, scale: int = 8) -> list[Path]:
    import segno

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for p in issued:
        path = folder / png_name(p)
        segno.make(p.pass_text, error="m", micro=False).save(path, kind="png", scale=scale,
                                                              border=4)
        written.append(path)
    return written
