"""The workstation's running context: data paths, settings, database, node id and clock.

Services receive the context and open one Session per user action through
:meth:`AppContext.unit_of_work`; nothing outside the services ever sees that Session.
"""

from __future__ import annotations

import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from app import settings as settings_mod
from app.hlc import HybridClock
from app.paths import DataPaths
from db import migrate
from db.base import install_stamping
from db.engine import make_engine, make_session_factory
from db.models import LocalState
from db.sync import capture


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class AppContext:
    paths: DataPaths
    settings_path: Path
    settings: settings_mod.Settings
    engine: Engine
    sessions: sessionmaker[Session]
    node_id: str
    clock: HybridClock
    now: Callable[[], datetime] = utc_now
    migration: migrate.MigrationResult | None = None
    demo: bool = False
    _closed: bool = field(default=False, repr=False)

    def today(self) -> date:
        """The workstation's local date by the context's clock (tests fix the clock)."""
        return self.now().astimezone().date()

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One Session for one user action: committed on success, rolled back on error."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @property
    def database_path(self) -> Path:
        return self.paths.database

    def close(self) -> None:
        if not self._closed:
            self.engine.dispose()
            self._closed = True


def _node_id(sessions: sessionmaker[Session]) -> str:
    """This workstation's id, created on first start and kept in ``local_state``."""
    with sessions() as s, s.begin():
        row = s.scalar(select(LocalState).where(LocalState.key == "node_id"))
        if row is None:
            row = LocalState(key="node_id", value=uuid.uuid4().hex[:16])
            s.add(row)
        return row.value


def open_context(data_dir: Path, config: Path | None = None, *,
                 now: Callable[[], datetime] = utc_now, demo: bool = False,
                 wall_ms: Callable[[], int] | None = None) -> AppContext:
    """Open (creating if needed) the workstation at ``data_dir`` and migrate its database.
    ``wall_ms`` stands in for the wall clock of the hybrid clock (tests of clock skew)."""
    paths = DataPaths(Path(data_dir)).ensure()
    settings_path = Path(config) if config else paths.settings
    settings = settings_mod.load(settings_path)
    engine = make_engine(paths.database)
    try:
        result = migrate.upgrade(engine, paths.database, paths.backups)
        sessions = make_session_factory(engine)
        node = _node_id(sessions)
    except BaseException:
        engine.dispose()
        raise
    clock = HybridClock(node, wall_ms)
    install_stamping(sessions, node, clock.now)
    capture.install(engine, clock.now)
    return AppContext(paths=paths, settings_path=settings_path, settings=settings, engine=engine,
                      sessions=sessions, node_id=node, clock=clock, now=now, migration=result,
                      demo=demo)
