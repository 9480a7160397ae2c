"""The camera wall and the incidents page with real streams (GStreamer RTSP), pytest-qt."""

import dataclasses

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from sqlalchemy import select

from app.cameras import records
from app.cameras.hub import CameraHub
from app.incidents import workorders
from app.settings import CameraSettings
from db.models import AuditEntry
from hardware.camera.motion import Zone
from hardware.simulators.cameras import RtspCamera
from ui.camera_wall import MIME
from ui.pages.cameras_page import CamerasPage
from ui.pages.incidents_page import IncidentsPage

WHOLE = ((0.0, 0.1), (1.0, 0.1), (1.0, 1.0), (0.0, 1.0))  # below the time bar code


def with_cameras(ctx, **urls):
    ctx.settings = dataclasses.replace(ctx.settings, cameras=tuple(
        CameraSettings(name=name, url=url) for name, url in urls.items()))


@pytest.fixture
def wall(qtbot, demo_ctx, guard, runner, translations, ui_state):
    with RtspCamera() as gate, RtspCamera(motion_after=2.0) as fence:
        with_cameras(demo_ctx, 东门=gate.url, 周界=fence.url)
        hub = CameraHub.from_settings(demo_ctx).start()
        page = CamerasPage(demo_ctx, guard, runner, hub, ui_state)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        yield page, hub, gate, fence
        page.shutdown()
        hub.stop()


def test_tiles_paint_each_camera_at_its_rate_without_scaling(qtbot, wall):
    page, hub, _gate, _fence = wall
    assert page.wall.tiles[:2] == ["东门", "周界"] and page.wall.side == 2
    qtbot.waitUntil(lambda: all(f >= 20 for f in page.wall.displayed_fps()), timeout=15000)
    frame = hub.reader("东门").latest()
    rect = page.wall.tile_rect(0)
    assert frame.image.shape[1::-1] == (rect.width() & ~1, rect.height() & ~1)


def test_tiles_are_painted_as_frames_arrive_and_a_hidden_wall_hears_of_none(qtbot, wall):
    page, hub, _gate, _fence = wall
    qtbot.waitUntil(lambda: hub.reader("东门") is not None
                    and hub.reader("东门").latest() is not None, timeout=15000)
    reader = hub.reader("东门")
    assert reader.on_new_frame == page.wall.doorbell.ring  # no timer looks for frames
    painted = page.wall.stats[0].count
    qtbot.waitUntil(lambda: page.wall.stats[0].count >= painted + 25, timeout=5000)
    page.wall.hide()
    assert reader.on_new_frame is None and hub.reader("周界").on_new_frame is None
    page.wall.show()
    assert reader.on_new_frame == page.wall.doorbell.ring


def test_a_camera_dragged_onto_a_tile_and_the_layouts(qtbot, wall):
    page, hub, _gate, _fence = wall
    data = QMimeData()
    data.setData(MIME, "周界".encode())
    target = page.wall.tile_rect(3).center()
    drop = QDropEvent(QPointF(target), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.wall.dropEvent(drop)  # what Qt calls when the camera is let go over the tile
    assert drop.isAccepted()
    assert page.wall.tiles == ["东门", "", "", "周界"]  # moved, not shown twice
    page.layout_buttons.button(3).click()
    assert page.wall.side == 3 and len(page.wall.tiles) == 9
    page.save_custom()
    page.layout_buttons.button(1).click()
    assert page.wall.tiles == ["东门"]
    page.restore_custom()
    assert page.wall.side == 3 and page.wall.tiles[3] == "周界"


def test_double_click_opens_the_main_stream_full_view_and_esc_goes_back(qtbot, wall):
    page, hub, _gate, _fence = wall
    qtbot.waitUntil(lambda: hub.reader("东门") is not None
                    and hub.reader("东门").latest() is not None, timeout=15000)
    qtbot.mouseDClick(page.wall, Qt.MouseButton.LeftButton,
                      pos=page.wall.tile_rect(0).center())
    assert page.stack.currentWidget() is page.full and page.full.name == "东门"
    qtbot.waitUntil(lambda: page.full.reader.latest() is not None, timeout=15000)
    w, h = page.full.view_size()
    assert page.full.reader.latest().image.shape[1::-1] == (w, h)
    reader = page.full.reader
    assert reader.on_new_frame == page.full.doorbell.ring  # painted as frames arrive
    painted = page.full.painted
    qtbot.waitUntil(lambda: page.full.painted >= painted + 25, timeout=3000)  # 25 fps
    page.close_full_view()
    assert page.stack.currentWidget() is page.wall and hub._full is None
    assert reader.on_new_frame is None


def test_a_snapshot_is_kept_and_audited(qtbot, wall, demo_ctx):
    page, hub, _gate, _fence = wall
    qtbot.waitUntil(lambda: hub.snapshot_jpeg("东门") is not None, timeout=15000)
    page.wall.selected = 0
    page.take_snapshot()
    qtbot.waitUntil(lambda: "已保存" in page.message.text(), timeout=5000)
    (saved,) = demo_ctx.paths.snapshots.glob("*.jpg")
    assert saved.read_bytes()[:2] == b"\xff\xd8"
    with demo_ctx.unit_of_work() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "camera.snapshot")).one()


def test_alert_to_work_order_to_closed(qtbot, demo_ctx, admin, guard, runner, translations,
                                       ui_state, wall):
    page, hub, _gate, _fence = wall
    records.save_zone(demo_ctx, admin, "周界", Zone("围墙", WHOLE))
    hub.reload_zones()
    qtbot.waitUntil(lambda: workorders.open_orders(demo_ctx) != [], timeout=20000)
    page.refresh_alerts()
    qtbot.waitUntil(lambda: page.alerts.count() == 1, timeout=5000)
    assert "周界" in page.wall.alerting  # the tile flashes until a guard takes it on
    page.acknowledge_selected()
    qtbot.waitUntil(lambda: "已开立工单" in page.message.text(), timeout=5000)
    (order,) = workorders.open_orders(demo_ctx)
    assert order.state == "acknowledged" and order.assignee == "guard"
    incidents = IncidentsPage(demo_ctx, guard, runner)
    incidents.changes_made.connect(incidents.on_changes)  # the main window's broadcast
    qtbot.addWidget(incidents)
    qtbot.waitUntil(lambda: incidents.current() is not None, timeout=5000)
    assert incidents.current().id == order.id
    qtbot.waitUntil(lambda: incidents.snapshot.pixmap() is not None
                    and not incidents.snapshot.pixmap().isNull(), timeout=5000)
    incidents.buttons["in_progress"].click()
    qtbot.waitUntil(lambda: incidents.current() is not None
                    and incidents.current().state == "in_progress", timeout=5000)
    incidents.buttons["closed"].click()  # no word on what was done: refused
    qtbot.waitUntil(lambda: incidents.error.isVisibleTo(incidents), timeout=5000)
    incidents.note.setText("巡逻确认：野猫翻墙")
    incidents.buttons["closed"].click()
    qtbot.waitUntil(lambda: workorders.open_orders(demo_ctx) == [], timeout=5000)
    steps = [n.state_to for n in workorders.history(demo_ctx, order.id)]
    assert steps == ["new", "acknowledged", "in_progress", "closed"]


def test_a_reported_incident(qtbot, demo_ctx, guard, runner, translations):
    incidents = IncidentsPage(demo_ctx, guard, runner)
    incidents.changes_made.connect(incidents.on_changes)  # the main window's broadcast
    qtbot.addWidget(incidents)
    dialog = incidents.open_report()
    dialog.kind.setCurrentIndex(dialog.kind.findData("lost_property"))
    dialog.what.setText("拾到钱包一个")
    dialog.where.setText("一楼大厅")
    dialog.submit()
    qtbot.waitUntil(lambda: incidents.table.rowCount() == 1, timeout=5000)
    assert incidents.table.item(0, 1).text() == "失物招领"


def test_painting_tiles_leaves_no_reference_count_behind(qtbot, wall):
    """PySide6's QImage-from-memoryview released None once per picture (a crash after
    hours of painting); the wall hands it the array itself."""
    import sys

    page, hub, _gate, _fence = wall
    qtbot.waitUntil(lambda: hub.reader("东门") is not None
                    and hub.reader("东门").latest() is not None, timeout=15000)
    before = sys.getrefcount(None)
    for _ in range(300):
        page.wall.repaint()
    assert sys.getrefcount(None) - before > -50


def test_the_admin_draws_a_zone_on_the_picture(qtbot, demo_ctx, admin, runner, translations,
                                               ui_state, wall):
    page, hub, _gate, _fence = wall
    qtbot.waitUntil(lambda: hub.snapshot_jpeg("东门") is not None, timeout=15000)
    editor = page.edit_zones("东门")
    editor.user = admin  # the wall's user is a guard; the editor is the admin's
    assert editor.canvas.picture is not None  # drawn on the camera's own picture
    for x, y in ((64, 36), (576, 36), (576, 324), (64, 324)):
        qtbot.mouseClick(editor.canvas, Qt.MouseButton.LeftButton, pos=QPointF(x, y).toPoint())
    assert editor.canvas.points[0] == (0.1, 0.1) and len(editor.canvas.points) == 4
    editor.name.setText("大门口")
    editor.armed_from.setText("22:00")
    editor.save()  # a schedule needs both ends: refused, the corners kept
    qtbot.waitUntil(lambda: editor.error.isVisibleTo(editor), timeout=5000)
    assert len(editor.canvas.points) == 4
    editor.armed_until.setText("06:00")
    editor.save()
    qtbot.waitUntil(lambda: editor.existing.count() == 1, timeout=5000)
    (saved,) = records.zones(demo_ctx, "东门")
    assert saved.zone.points[2] == (0.9, 0.9) and saved.zone.armed_until == "06:00"
    editor.existing.setCurrentRow(0)
    editor.remove_selected()
    qtbot.waitUntil(lambda: editor.existing.count() == 0, timeout=5000)
    assert records.zones(demo_ctx, "东门") == []


def test_a_tiles_fps_is_steady_at_a_steady_rate_and_falls_when_frames_stop():
    from ui.camera_wall import TileStats

    for phase in (0.0, 0.013, 0.027, 0.039):  # when the label asks, between two frames
        stats = TileStats()
        for n in range(100):
            stats.paint(n, n * 0.04)
        assert f"{stats.fps(99 * 0.04 + phase):.0f}" == "25"
    assert stats.fps(99 * 0.04 + 1.0) < 17  # a second without a frame
    assert stats.fps(99 * 0.04 + 2.5) == 0.0
