"""Visitor photos: from a camera (a recorded video here), only with consent, sealed, purged."""

import cv2
import numpy as np
import pytest

from app.visitors import registry
from hardware.snapshot import SnapshotError, grab_still

ID = "11010519491231002X"


@pytest.fixture
def camera(tmp_path):
    """A recorded camera: a few frames of a face-sized bright square on grey."""
    path = tmp_path / "camera.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (800, 600))
    for i in range(5):
        frame = np.full((600, 800, 3), 90, np.uint8)
        cv2.rectangle(frame, (300 + i, 150), (500 + i, 450), (230, 200, 180), -1)
        writer.write(frame)
    writer.release()
    return f"file:{path}"


def test_a_still_from_the_camera_is_a_small_jpeg(camera):
    jpeg = grab_still(camera)
    picture = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert jpeg[:2] == b"\xff\xd8" and picture.shape[1] == 640


def test_no_or_dead_camera_is_a_clear_error(tmp_path):
    with pytest.raises(SnapshotError, match="no camera"):
        grab_still("")
    with pytest.raises(SnapshotError, match="cannot open"):
        grab_still(f"file:{tmp_path / 'missing.avi'}")


def test_photo_needs_consent_is_sealed_and_purged(demo_ctx, guard, camera, now):
    visit = registry.register(demo_ctx, guard, registry.WalkIn("张三", "resident_id", ID)).value
    jpeg = grab_still(camera)
    with pytest.raises(registry.VisitError, match="agrees"):
        registry.attach_photo(demo_ctx, guard, visit.id, jpeg, consent=False)
    registry.attach_photo(demo_ctx, guard, visit.id, jpeg, consent=True)
    assert registry.photo(demo_ctx, visit.id) == jpeg
    for path in demo_ctx.paths.root.rglob("*"):  # only sealed on disk (database and WAL)
        if path.is_file():
            assert jpeg[100:164] not in path.read_bytes(), path
    registry.check_out(demo_ctx, guard, visit.id)
    now.advance(days=200)
    assert registry.purge_expired(demo_ctx, retention_days=180) == 1
    assert registry.photo(demo_ctx, visit.id) is None
