"""Work orders: one model for camera alerts, escalated denials and reported incidents."""

import pytest
from sqlalchemy import select

from app.cameras import records
from app.incidents import workorders
from app.incidents.workorders import WorkOrderError
from app.services import audit_log
from db.incident_models import WorkOrder
from hardware.camera.motion import Zone


def test_a_camera_alert_goes_new_acknowledged_in_progress_closed(demo_ctx, guard, now):
    order = workorders.raise_camera_alert(demo_ctx, "东门", "围墙", b"\xff\xd8jpeg", 0.12).value
    assert (order.state, order.kind, order.has_snapshot) == ("new", "camera_motion", True)
    with pytest.raises(WorkOrderError):  # nothing is closed before it is acknowledged
        workorders.move(demo_ctx, guard, order.id, "closed", "看过了")
    now.advance(minutes=1)
    assert workorders.move(demo_ctx, guard, order.id, "acknowledged").value.assignee == "guard"
    workorders.move(demo_ctx, guard, order.id, "in_progress", "前往现场")
    with pytest.raises(WorkOrderError):  # closing needs a word on what was done
        workorders.move(demo_ctx, guard, order.id, "closed", " ")
    done = workorders.move(demo_ctx, guard, order.id, "closed", "翻墙人员已劝离").value
    assert done.state == "closed" and done.closed_at == now()
    steps = [(n.state_from, n.state_to) for n in workorders.history(demo_ctx, order.id)]
    assert steps == [("", "new"), ("new", "acknowledged"), ("acknowledged", "in_progress"),
                     ("in_progress", "closed")]
    assert workorders.open_orders(demo_ctx) == []


def test_a_false_alarm_is_closed_with_its_reason(demo_ctx, guard):
    order = workorders.raise_camera_alert(demo_ctx, "车场", "入口", None).value
    workorders.move(demo_ctx, guard, order.id, "acknowledged")
    assert workorders.move(demo_ctx, guard, order.id, "false_alarm", "树影晃动").value.state == \
        "false_alarm"


def test_an_unacknowledged_alert_is_escalated_once(demo_ctx, now):
    order = workorders.raise_camera_alert(demo_ctx, "东门", "围墙", None).value
    now.advance(minutes=4)
    assert workorders.escalate_due(demo_ctx, minutes=5) == []
    now.advance(minutes=2)
    due = workorders.escalate_due(demo_ctx, minutes=5)
    assert [o.id for o in due] == [order.id] and due[0].escalated
    assert workorders.escalate_due(demo_ctx, minutes=5) == []  # once


def test_the_snapshot_is_sealed_and_opening_it_is_audited(demo_ctx, guard):
    order = workorders.raise_camera_alert(demo_ctx, "东门", "围墙", b"\xff\xd8face").value
    with demo_ctx.unit_of_work() as s:
        assert b"face" not in s.get(WorkOrder, order.id).snapshot_sealed.encode()
    assert workorders.snapshot(demo_ctx, guard, order.id) == b"\xff\xd8face"
    assert audit_log.verify(demo_ctx).ok
    from db.models import AuditEntry

    with demo_ctx.unit_of_work() as s:
        assert s.scalars(select(AuditEntry).where(
            AuditEntry.action == "work_order.snapshot_view")).one().actor == "guard"


def test_incidents_reported_by_hand_and_denials_escalated(demo_ctx, guard):
    from app.services import checks

    with pytest.raises(WorkOrderError):
        workorders.report(demo_ctx, guard, "medical", " ")
    fall = workorders.report(demo_ctx, guard, "medical", "访客晕倒", "大厅", "访客一名").value
    assert (fall.kind, fall.category, fall.location) == ("manual", "medical", "大厅")
    denied = checks.record(demo_ctx, checks.CheckRecord(verdict="deny", reasons=("watchlist",),
                                                        post="主门岗"))
    order = workorders.escalate_check(demo_ctx, guard, denied.id, "情绪激动").value
    assert order.kind == "check_denial" and "watchlist" in order.title
    assert order.category == "access_denied"
    assert {o.id for o in workorders.open_orders(demo_ctx)} == {fall.id, order.id}


def test_zones_are_validated_and_replaced_by_name(demo_ctx, admin, guard):
    square = ((0.1, 0.1), (0.5, 0.1), (0.5, 0.5), (0.1, 0.5))
    with pytest.raises(records.CameraError):
        records.save_zone(demo_ctx, admin, "东门", Zone("围墙", square[:2]))
    with pytest.raises(records.CameraError):
        records.save_zone(demo_ctx, admin, "东门", Zone("围墙", square, armed_from="22:00"))
    from app.services.accounts import PermissionDenied

    with pytest.raises(PermissionDenied):
        records.save_zone(demo_ctx, guard, "东门", Zone("围墙", square))
    records.save_zone(demo_ctx, admin, "东门", Zone("围墙", square, sensitivity=40))
    records.save_zone(demo_ctx, admin, "东门", Zone("围墙", square, sensitivity=70,
                                                   armed_from="22:00", armed_until="06:00"))
    (only,) = records.zones(demo_ctx, "东门")
    assert only.zone.sensitivity == 70 and only.zone.armed_from == "22:00"
    records.remove_zone(demo_ctx, admin, only.id)
    assert records.zones(demo_ctx) == []
