"""The camera hub with a real RTSP camera: motion in an armed zone raises exactly one work
order with its snapshot; motion only in an exclude zone raises none; offline is logged."""

import time

from app.cameras import records
from app.cameras.hub import AlertRaised, Camera, CameraHub
from app.incidents import workorders
from hardware.camera.motion import Zone
from hardware.simulators.cameras import RtspCamera
from tests.recorder import Recorder

WHOLE = ((0.0, 0.1), (1.0, 0.1), (1.0, 1.0), (0.0, 1.0))  # below the time bar code
BAND = ((0.0, 0.3), (1.0, 0.3), (1.0, 0.7), (0.0, 0.7))  # where the square crosses


def hub_for(ctx, url, updates):
    return CameraHub(ctx, [Camera("东门", url, url)], [updates]).start()


def test_motion_in_an_armed_zone_is_one_work_order_with_a_snapshot(demo_ctx, admin, guard):
    records.save_zone(demo_ctx, admin, "东门", Zone("大门口", WHOLE))
    updates = Recorder()
    with RtspCamera(motion_after=3.0) as camera:
        hub = hub_for(demo_ctx, camera.url, updates)
        try:
            assert hub.reader("东门").on_motion_frame is not None  # armed: it decodes for motion
            alert = updates.wait_for(lambda u: isinstance(u, AlertRaised), timeout=20).order
            time.sleep(3.0)  # the square keeps walking: the same event
        finally:
            hub.stop()
    assert [u for u in updates.events if isinstance(u, AlertRaised)] == [AlertRaised(alert)]
    (order,) = workorders.open_orders(demo_ctx)
    assert (order.kind, order.camera, order.zone, order.has_snapshot) == (
        "camera_motion", "东门", "大门口", True)
    jpeg = workorders.snapshot(demo_ctx, guard, order.id)
    assert jpeg[:2] == b"\xff\xd8"


def test_motion_only_in_an_exclude_zone_raises_nothing(demo_ctx, admin):
    records.save_zone(demo_ctx, admin, "东门", Zone("全景", WHOLE))
    records.save_zone(demo_ctx, admin, "东门", Zone("树", BAND, exclude=True))
    updates = Recorder()
    with RtspCamera(motion_after=1.0) as camera:
        hub = hub_for(demo_ctx, camera.url, updates)
        try:
            updates.wait_for(lambda u: getattr(u, "online", False), timeout=15)
            time.sleep(5.0)
        finally:
            hub.stop()
    assert not [u for u in updates.events if isinstance(u, AlertRaised)]
    assert workorders.open_orders(demo_ctx) == []


def test_a_camera_going_offline_and_back_is_logged(demo_ctx):
    updates = Recorder()
    with RtspCamera() as camera:
        hub = hub_for(demo_ctx, camera.url, updates)
        try:
            hub.show("东门", (320, 180))
            updates.wait_for(lambda u: getattr(u, "online", None) is True, timeout=15)
            camera.kill()
            updates.wait_for(lambda u: getattr(u, "online", None) is False, timeout=10)
            camera.start()
            updates.wait_for(lambda u: getattr(u, "online", None) is True, timeout=10)
        finally:
            hub.stop()
    events = [(e.camera, e.online) for e in reversed(records.recent_events(demo_ctx))]
    assert events[:3] == [("东门", True), ("东门", False), ("东门", True)]


def test_a_tile_not_on_screen_and_without_zones_decodes_nothing(demo_ctx):
    updates = Recorder()
    with RtspCamera() as camera:
        hub = hub_for(demo_ctx, camera.url, updates)
        try:
            assert hub.reader("东门") is None  # no zone, no tile: not even opened
            hub.show("东门", (160, 90))
            updates.wait_for(lambda u: getattr(u, "online", None) is True, timeout=15)
            deadline = time.monotonic() + 5
            while hub.reader("东门").latest() is None and time.monotonic() < deadline:
                time.sleep(0.02)
            assert hub.reader("东门").latest().image.shape == (90, 160, 4)
            assert hub.reader("东门").on_motion_frame is None  # no zone: no motion frames made
            hub.hide("东门")
            time.sleep(0.5)
            seq = hub.reader("东门").latest().seq
            time.sleep(0.5)
            assert hub.reader("东门").latest().seq == seq
        finally:
            hub.stop()
