"""Shared fixtures: offscreen Qt, a real SQLite workstation in a temp dir, no leaked threads."""

from __future__ import annotations

import os
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Widgets are tested offscreen on a virtual screen the size of the gate workstation's.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = (
        f"offscreen:configfile={Path(__file__).with_name('offscreen-1366x768.json')}")
os.environ.pop("GUARDROOM_DATA_DIR", None)


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """Fail the test if it leaves a thread running (after a short grace period)."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 2.0
    while True:
        extra = [t for t in threading.enumerate() if t not in before and t.is_alive()
                 and not isinstance(t, threading._DummyThread)]
        if not extra or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    assert not extra, f"test left threads running: {[t.name for t in extra]}"


class FakeNow:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None):
        self.value = start or datetime(2026, 11, 28, 8, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.value

    def advance(self, **kwargs) -> None:
        self.value += timedelta(**kwargs)


@pytest.fixture
def now() -> FakeNow:
    return FakeNow()


@pytest.fixture
def ctx(tmp_path, now):
    from app.context import open_context

    context = open_context(tmp_path / "data", now=now)
    yield context
    context.close()


@pytest.fixture
def demo_ctx(ctx):
    from app.services import demo

    demo.seed(ctx, visitors=False)  # tests register their own visitors
    ctx.demo = True
    return ctx


@pytest.fixture
def admin(demo_ctx):
    from app.services import accounts
    from app.services.demo import DEMO_PASSWORD

    return accounts.login(demo_ctx, "admin", DEMO_PASSWORD)


@pytest.fixture
def guard(demo_ctx):
    from app.services import accounts
    from app.services.demo import DEMO_PASSWORD

    return accounts.login(demo_ctx, "guard", DEMO_PASSWORD)
