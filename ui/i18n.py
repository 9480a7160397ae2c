"""Qt translations: compiling .ts to .qm, choosing and switching the language at run time.

``python -m ui.i18n compile`` compiles every ``resources/i18n/*.ts`` (the installer build runs
it); ``python -m ui.i18n update`` collects new source texts from ``app/`` and ``ui/`` into the
``.ts`` files (English is filled in from the source; Chinese is translated by hand).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.i18n import Message, normalise_language
from resources import i18n_dir

log = logging.getLogger(__name__)
DEFAULT_LANGUAGE = "zh_CN"


def linguist_tool(name: str) -> list[str]:
    """``lrelease`` or ``lupdate`` as shipped inside PySide6 (or on PATH)."""
    import PySide6

    exe = f"{name}.exe" if os.name == "nt" else name
    bundled = Path(PySide6.__file__).parent / exe
    if bundled.exists():
        return [str(bundled)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    raise FileNotFoundError(f"pyside6-{name} is not installed")


def source_files() -> list[Path]:
    root = i18n_dir().parents[1]
    return sorted(p for pkg in ("app", "ui") for p in (root / pkg).rglob("*.py"))


def update_sources(ts_files: list[Path], sources: list[Path] | None = None) -> None:
    """Run lupdate over the sources into ``ts_files``; fill English from the source text."""
    sources = sources or source_files()
    subprocess.run(linguist_tool("lupdate") + ["-silent", "-no-obsolete", "-locations", "none"]
                   + [str(p) for p in sources] + ["-ts"] + [str(t) for t in ts_files],
                   check=True)
    for ts in ts_files:
        if ts.name.endswith("_en.ts"):
            _fill_from_source(ts)


def _fill_from_source(ts: Path) -> None:
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            tr.text = msg.findtext("source")
            del tr.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def compile_translations(folder: Path | None = None, force: bool = False) -> list[Path]:
    """Compile each stale ``.ts`` to ``.qm``; return the files written."""
    folder = folder or i18n_dir()
    written = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run(linguist_tool("lrelease") + ["-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def choose_language(requested: str | None, saved: str | None) -> str:
    """``--lang`` first, then the language chosen in Settings, then the system locale."""
    return (normalise_language(requested) or normalise_language(saved)
            or normalise_language(QLocale.system().name()) or DEFAULT_LANGUAGE)


def render(message: Message) -> str:
    return message.render(QCoreApplication.translate)


def error_text(error: BaseException) -> str:
    """What to show for a failed service call: its translated message, or the error itself."""
    from app.i18n import GuardroomError

    return render(error.message) if isinstance(error, GuardroomError) else str(error)


class Translations:
    """Owns the installed translators; switching sends LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = ""

    def install(self, language: str) -> bool:
        try:
            compile_translations()
        except (OSError, subprocess.CalledProcessError) as exc:  # read-only install, no tools
            log.warning("could not compile translations: %s", exc)
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators = []
        ours = QTranslator(self._app)
        ok = ours.load(str(i18n_dir() / f"guardroom_{language}.qm"))
        if not ok:
            log.warning("no compiled translation for %s", language)
        qt_base = QTranslator(self._app)
        if qt_base.load(f"qtbase_{language}",
                        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._translators.append(qt_base)
        if ok:
            self._translators.append(ours)
        for translator in self._translators:
            self._app.installTranslator(translator)
        self.language = language
        QLocale.setDefault(QLocale(language))
        return ok


if __name__ == "__main__":
    if sys.argv[1:2] == ["update"]:
        update_sources(sorted(i18n_dir().glob("*.ts")))
    else:
        for path in compile_translations(force=True):
            print(path.name)
