"""``guardroom --selfcheck``: import everything, migrate a scratch database, render the main
window offscreen. Prints a report (also written to ``logs/selfcheck.txt`` in the data
directory) and a PNG of the window; exits 0, or 1 naming the step that failed."""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

from app.paths import DataPaths, resolve_data_dir
from app.startup import LaunchOptions

PACKAGES = ("app", "db", "hardware", "ui", "resources")
# Heavy dependencies imported where used; imported here so a broken install shows now.
THIRD_PARTY = ("numpy", "cv2", "pyqtgraph", "serial", "argon2", "cryptography", "sqlalchemy",
               "alembic", "platformdirs", "uuid6", "tomli_w", "starlette", "uvicorn", "psycopg")
SKIP = {"app.__main__", "db.migrations.env"}  # entry script; Alembic runs env.py itself


def import_everything() -> str:
    count = 0
    for name in PACKAGES:
        package = importlib.import_module(name)
        count += 1
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{name}."):
            if info.name in SKIP:
                continue
            importlib.import_module(info.name)
            count += 1
    for name in THIRD_PARTY:
        importlib.import_module(name)
    return f"imported {count} modules and {len(THIRD_PARTY)} dependencies"


def run_selfcheck(options: LaunchOptions) -> int:
    from ui.launch import headless_if_asked

    headless_if_asked(options)
    paths = DataPaths(resolve_data_dir(options.data_dir)).ensure()
    png = Path(options.screenshot) if options.screenshot else paths.logs / "selfcheck.png"
    scratch = Path(tempfile.mkdtemp(prefix="guardroom-selfcheck-"))
    lines: list[str] = []
    failed = None
    steps = (("imports", import_everything),
             ("database", lambda: _database(scratch)),
             ("main window", lambda: _render(scratch, options, png)))
    for name, step in steps:
        try:
            lines.append(f"OK    {name}: {step()}")
        except Exception:
            failed = name
            lines.append(f"FAIL  {name}:\n{traceback.format_exc()}")
            break
    shutil.rmtree(scratch, ignore_errors=True)
    lines.append("selfcheck passed" if failed is None else f"selfcheck FAILED at: {failed}")
    report = "\n".join(lines) + "\n"
    if sys.stdout is not None:  # pythonw.exe has no console
        sys.stdout.write(report)
        sys.stdout.flush()
    try:
        (paths.logs / "selfcheck.txt").write_text(report, encoding="utf-8")
    except OSError as exc:
        print(f"could not write the report: {exc}", file=sys.stderr)
    return 0 if failed is None else 1


def _database(scratch: Path) -> str:
    from app.context import open_context
    from app.services import audit_log, demo

    ctx = open_context(scratch / "db")
    try:
        demo.seed(ctx)
        report = audit_log.verify(ctx)
        if not report.ok:
            raise RuntimeError(f"audit chain broken: {report.broken}")
        _visitor_pass(ctx)
        return f"migrated a scratch database to {ctx.migration.to_revision}, " \
               f"{report.checked} audit entries verified, a visitor pass signed and verified"
    finally:
        ctx.close()


def _visitor_pass(ctx) -> None:
    """The signing and checking of passes (the cryptography library's native part)."""
    from datetime import date

    from app import passes

    keys = passes.PassKeys(ctx.paths.keys)
    text = passes.issue(keys.private_key(), "selfcheck", date.today(), date.today())
    if not passes.verify(keys.public_key(), text, date.today()).valid:
        raise RuntimeError("a freshly signed visitor pass did not verify")


def _render(scratch: Path, options: LaunchOptions, png: Path) -> str:
    from ui.launch import Shell, grab_window, open_for_gui
    from ui.main_window import DEFAULT_SIZE

    opened = open_for_gui(LaunchOptions(data_dir=str(scratch / "gui"), lang=options.lang,
                                        demo=True, selfcheck=True, demo_devices=False))
    if opened is None:
        raise RuntimeError("could not open the demo workstation")
    _app, workstation, translations, ui_state = opened
    shell = Shell(workstation.context, translations, ui_state)
    try:
        from app.services import accounts
        from app.services.demo import DEMO_PASSWORD

        window = shell.open_window(accounts.login(workstation.context, "guard", DEMO_PASSWORD))
        image = grab_window(window, DEFAULT_SIZE)
        window.close()
        if image.isNull() or len({image.pixel(x, 300) for x in range(0, image.width(), 7)}) < 3:
            raise RuntimeError("the main window rendered blank")
        fonts = _font_report(translations.language)
        png.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(png), "PNG"):
            raise RuntimeError(f"could not write {png}")
        return (f"rendered {image.width()}x{image.height()} in {translations.language} to {png}"
                f"; {fonts}")
    finally:
        shell.shutdown()
        workstation.close()


def _font_report(language: str) -> str:
    """The Chinese interface needs a font with Chinese glyphs, or it shows empty boxes."""
    from PySide6.QtGui import QFontDatabase, QFontInfo
    from PySide6.QtWidgets import QApplication

    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if language == "zh_CN" and not chinese:
        raise RuntimeError("no font with Chinese glyphs is installed")
    return (f"font {QFontInfo(QApplication.font()).family()}, "
            f"{len(chinese)} Chinese font famil{'y' if len(chinese) == 1 else 'ies'}")
