"""Apply Alembic migrations, backing the file up first when a migration is pending."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from db.backup import backup_file, timestamped_name
from db.migrations import HEAD, LOCATION


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def stored_revision(path: Path) -> str | None:
    """The revision recorded in the file, read with plain sqlite3 (no Alembic import)."""
    if not Path(path).exists():
        return None
    con = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError:
        return None
    finally:
        con.close()


def has_user_data(path: Path) -> bool:
    if not Path(path).exists() or Path(path).stat().st_size == 0:
        return False
    con = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0
    finally:
        con.close()


def alembic_config(engine: Engine | None = None, connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(LOCATION))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, path: Path, backups: Path, target: str = "head") -> MigrationResult:
    """Bring the database at ``path`` to ``target``; back it up first if it holds data."""
    current = stored_revision(path)
    goal = HEAD if target == "head" else target
    if current == goal:
        return MigrationResult(current, goal, None)
    backup = None
    if has_user_data(path):
        name = timestamped_name(f"before-migration-{current or 'base'}")
        backup = backup_file(path, Path(backups) / name)
    from alembic import command

    from db.sync.capture import refresh_triggers

    with engine.begin() as conn:
        command.upgrade(alembic_config(connection=conn), target)
        # A migration that rebuilds a table (batch mode) drops its triggers: capture is
        # regenerated from the live columns after every upgrade.
        refresh_triggers(conn)
    return MigrationResult(current, goal, backup)


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(alembic_config(connection=conn), target)
