"""Where Guardroom keeps its files: one data directory per workstation."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "GUARDROOM_DATA_DIR"


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Guardroom", appauthor=False))


def resolve_data_dir(option: str | os.PathLike | None) -> Path:
    """``--data-dir`` wins, then ``GUARDROOM_DATA_DIR``, then the platform's user data dir."""
    if option:
        return Path(option).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "guardroom.sqlite"

    @property
    def settings(self) -> Path:
        return self.root / "guardroom.toml"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def snapshots(self) -> Path:
        return self.root / "snapshots"

    @property
    def demo_videos(self) -> Path:
        return self.root / "demo-cameras"

    @property
    def ui_state(self) -> Path:
        return self.root / "ui-state.ini"

    def ensure(self) -> "DataPaths":
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self
