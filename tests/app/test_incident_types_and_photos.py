"""Incidents: their type apart from their source, the actions taken, several sealed photos."""

import pytest
from sqlalchemy import select

from app.duty.common import PhotoError
from app.incidents import photos, workorders
from app.incidents.workorders import WorkOrderError
from db.duty_models import WorkOrderPhoto
from db.models import AuditEntry

JPEG = b"\xff\xd8\xff\xe0" + b"jpeg body" * 20
PNG = b"\x89PNG\r\n\x1a\n" + b"png body" * 20


def test_type_is_kept_apart_from_the_source(demo_ctx, guard):
    with pytest.raises(WorkOrderError):
        workorders.report(demo_ctx, guard, "camera_motion", "不是类别")
    fire = workorders.report(demo_ctx, guard, "fire_alarm", "三楼烟感报警", "办公楼三楼",
                             actions="已通知物业查看").value
    alert = workorders.raise_camera_alert(demo_ctx, "东门", "围墙", None).value
    assert (fire.kind, fire.category, fire.actions) == ("manual", "fire_alarm", "已通知物业查看")
    assert (alert.kind, alert.category) == ("camera_motion", "intrusion")


def test_actions_taken_add_up_and_go_into_the_history(demo_ctx, guard, now):
    order = workorders.report(demo_ctx, guard, "dispute", "访客与司机争执").value
    with pytest.raises(WorkOrderError):
        workorders.record_actions(demo_ctx, guard, order.id, "  ")
    workorders.record_actions(demo_ctx, guard, order.id, "劝开双方")
    now.advance(minutes=5)
    done = workorders.record_actions(demo_ctx, guard, order.id, "登记双方信息").value
    lines = done.actions.splitlines()
    assert len(lines) == 2 and lines[0].endswith("guard: 劝开双方")
    assert lines[1].endswith("guard: 登记双方信息")
    assert [n.text for n in workorders.history(demo_ctx, order.id)][-2:] == [
        "劝开双方", "登记双方信息"]


def test_several_photos_sealed_and_opened_with_an_audit_entry(demo_ctx, guard, now):
    order = workorders.report(demo_ctx, guard, "lost_property", "拾到钱包").value
    with pytest.raises(PhotoError):
        photos.add_photo(demo_ctx, guard, order.id, b"not a picture at all")
    with pytest.raises(PhotoError):
        photos.add_photo(demo_ctx, guard, order.id, b"")
    photos.add_photo(demo_ctx, guard, order.id, JPEG, "正面")
    now.advance(seconds=30)
    photos.add_photo(demo_ctx, guard, order.id, PNG, "内容")
    with demo_ctx.unit_of_work() as s:
        stored = s.scalars(select(WorkOrderPhoto.photo_sealed)).all()
    assert len(stored) == 2 and all(b"jpeg body" not in p.encode() for p in stored)
    assert photos.photo_count(demo_ctx, order.id) == 2
    shown = photos.photos(demo_ctx, guard, order.id)
    assert [(p.caption, p.image) for p in shown] == [("正面", JPEG), ("内容", PNG)]
    with demo_ctx.unit_of_work() as s:
        actions = s.scalars(select(AuditEntry.action).where(
            AuditEntry.target_id == str(order.id))).all()
    assert actions.count("work_order.photo_add") == 2
    assert actions.count("work_order.photo_view") == 1
