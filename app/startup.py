"""Opening the workstation the way the command line asked: real, demo or scratch."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app import logs
from app.context import AppContext, open_context
from app.paths import resolve_data_dir


@dataclass(frozen=True)
class LaunchOptions:
    """What the GUI needs from the command line, as plain values."""

    data_dir: str | None = None
    config: str | None = None
    lang: str | None = None
    demo: bool = False
    screenshot: str | None = None
    page: str | None = None
    selfcheck: bool = False
    demo_devices: bool = True  # with --demo: simulated scanner, thermometer and people


@dataclass
class Workstation:
    """An opened context plus what to clean up when the program ends."""

    context: AppContext
    throwaway_dir: Path | None = None
    devices: object | None = None  # the demo's simulated hardware, when running

    def close(self) -> None:
        if self.devices is not None:
            self.devices.stop()
        self.context.close()
        if self.throwaway_dir is not None:
            logs.shutdown()
            shutil.rmtree(self.throwaway_dir, ignore_errors=True)


def open_workstation(options: LaunchOptions) -> Workstation:
    """``--demo`` without a data directory works in a throwaway one, removed at exit;
    with one, the demo seeds it only if it is empty."""
    explicit = options.data_dir or _env_data_dir()
    throwaway = None
    if options.demo and not explicit:
        throwaway = Path(tempfile.mkdtemp(prefix="guardroom-demo-"))
        data_dir = throwaway
    else:
        data_dir = resolve_data_dir(options.data_dir)
    logs.setup(Path(data_dir) / "logs")
    try:
        ctx = open_context(data_dir, Path(options.config) if options.config else None,
                           demo=options.demo)
        if options.demo:
            from app.services import demo

            demo.seed(ctx)
        devices = None
        if options.demo and options.demo_devices:
            from app.demo_devices import DemoDevices

            devices = DemoDevices(ctx).start()
    except BaseException:
        if throwaway is not None:
            shutil.rmtree(throwaway, ignore_errors=True)
        raise
    return Workstation(ctx, throwaway, devices)


def _env_data_dir() -> str | None:
    import os

    from app.paths import DATA_DIR_ENV

    return os.environ.get(DATA_DIR_ENV) or None


def open_for_command(data_dir: str | None, config: str | None) -> AppContext:
    """The workstation a headless command works on (``--data-dir``/``--config`` or defaults)."""
    return open_context(resolve_data_dir(data_dir), Path(config) if config else None)
