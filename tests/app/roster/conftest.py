"""The Curtois & Qu instances 1-12 are kept in tests/data/curtois (override with
GUARDROOM_CURTOIS_DIR); a missing file fails the tests, never skips them."""

import os
from pathlib import Path

import pytest

DATA = Path(os.environ.get("GUARDROOM_CURTOIS_DIR")
            or Path(__file__).resolve().parents[2] / "data" / "curtois")


def instance_path(n: int) -> Path:
    path = DATA / f"Instance{n}.txt"
    assert path.exists(), f"benchmark instance missing: {path}"
    return path


@pytest.fixture
def instance():
    from app.roster import curtois

    return lambda n: curtois.load(instance_path(n))
