"""Icons, style sheets, translations and sounds shipped with Guardroom (paths only)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def i18n_dir() -> Path:
    return ROOT / "i18n"


def icon_path(name: str) -> Path:
    return ROOT / "icons" / f"{name}.svg"


def style_path(name: str = "guardroom") -> Path:
    return ROOT / "styles" / f"{name}.qss"


def sound_path(name: str) -> Path:
    return ROOT / "sounds" / f"{name}.wav"
