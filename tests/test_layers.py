"""The layer rule of DESIGN.md, checked on the source: imports point downward only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT = ("PySide6", "shiboken6", "pyqtgraph")
FORBIDDEN = {
    "app": QT + ("ui",),
    "db": QT + ("app", "ui", "hardware"),
    "hardware": QT + ("app", "db", "ui"),
    "ui": ("db", "sqlalchemy", "alembic"),
}
# The composition root starts the GUI, so it alone may reach up into ui (lazily).
ALLOWED = {("app/__main__.py", "ui")}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def violations(package: str) -> list[str]:
    bad = []
    for path in sorted((ROOT / package).rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for lineno, module in imported_modules(path):
            top = module.split(".")[0]
            if top in FORBIDDEN[package] and (rel, top) not in ALLOWED:
                bad.append(f"{rel}:{lineno} imports {module}")
    return bad


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layer_rule(package):
    assert violations(package) == []


def test_checker_catches_a_violation(tmp_path):
    bad = tmp_path / "x.py"
    bad.write_text("import os\nfrom PySide6.QtWidgets import QWidget\n")
    assert (2, "PySide6.QtWidgets") in imported_modules(bad)


def test_only_ui_imports_qtwidgets():
    offenders = [str(p.relative_to(ROOT)) for pkg in ("app", "db", "hardware", "resources")
                 for p in (ROOT / pkg).rglob("*.py") if "QtWidgets" in p.read_text("utf-8")]
    assert offenders == []


def test_core_runs_without_qt(tmp_path):
    """With PySide6 made unimportable, the headless commands still work."""
    import subprocess
    import sys

    blocker = tmp_path / "sitecustomize.py"
    blocker.write_text(
        "import sys\n"
        "class _NoQt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'):\n"
        "            raise ImportError('Qt is blocked in this test')\n"
        "sys.meta_path.insert(0, _NoQt())\n")
    env = {**__import__("os").environ, "PYTHONPATH": f"{tmp_path}{__import__('os').pathsep}{ROOT}"}
    data = tmp_path / "data"
    for args in (["--version"], ["db", "upgrade"], ["audit", "verify", "--json"]):
        run = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), *args],
                             capture_output=True, text=True, env=env, timeout=60)
        assert run.returncode == 0, run.stderr
    check = subprocess.run([sys.executable, "-c", "import PySide6"], env=env,
                           capture_output=True, text=True)
    assert check.returncode != 0  # the blocker really blocks
