"""Log files in the data directory (rotated), plus warnings on stderr."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def setup(log_dir: Path, verbose: bool = False) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_guardroom", False) for h in root.handlers):
        return
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "guardroom.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._guardroom = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)


def shutdown() -> None:
    """Close our log files (a throwaway data directory can then be removed on Windows)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_guardroom", False)]:
        root.removeHandler(handler)
        handler.close()
