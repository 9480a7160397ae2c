"""Demo duty records: a fire-safety checklist, rounds from yesterday and this morning, a
hazard still being fixed (one overdue), a reported incident with its actions, and last
night's handover waiting for the day guard."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.context import AppContext
from app.domain import CurrentUser, Role
from db.models import User

FIRE_CHECKLIST = ("灭火器压力正常、在有效期内", "消防通道畅通", "应急照明与疏散指示", "监控设备画面正常",
                  "门岗设施（道闸、岗亭门锁）完好")
PATROL_CHECKLIST = ("围墙与护栏无破损", "车场照明", "配电房门锁闭", "无可疑物品")


def _users(ctx: AppContext) -> dict[str, CurrentUser]:
    with ctx.unit_of_work() as s:
        rows = s.execute(select(User.id, User.username, User.display_name, User.role)).all()
    return {u: CurrentUser(i, u, name, Role(role)) for i, u, name, role in rows}


def seed(ctx: AppContext) -> None:
    from app.duty import checklists, handover, hazards, inspections
    from app.duty.handover import EquipmentCheck
    from app.duty.inspections import ItemCheck
    from app.incidents import workorders

    users = _users(ctx)
    admin, lead, guard, night = (users["admin"], users["lead"], users["guard"],
                                 users["guard2"])
    real_now = ctx.now
    now = real_now()
    try:
        fire = checklists.save(ctx, admin, "消防安全巡查", FIRE_CHECKLIST).value
        checklists.save(ctx, admin, "夜间巡逻检查", PATROL_CHECKLIST)
        # Yesterday afternoon's round found the exit blocked; its deadline has passed.
        ctx.now = lambda: now - timedelta(hours=20)
        old = inspections.start_round(ctx, guard, fire.id, "办公楼一层").value
        inspections.finish_round(ctx, guard, old.id, [
            ItemCheck(True), ItemCheck(False, "东侧消防通道堆放纸箱", raise_hazard=True,
                                       owner="后勤科", deadline=now - timedelta(hours=2)),
            ItemCheck(True), ItemCheck(True), ItemCheck(True)])
        ctx.now = lambda: now - timedelta(hours=3)
        today = inspections.start_round(ctx, guard, fire.id, "主门岗").value
        done = inspections.finish_round(ctx, guard, today.id, [
            ItemCheck(True), ItemCheck(True),
            ItemCheck(False, "岗亭应急灯不亮", raise_hazard=True, owner="物业电工",
                      deadline=now + timedelta(days=2)),
            ItemCheck(True), ItemCheck(True)]).value
        hazards.move(ctx, lead, done.hazards[0].id, "fixing", "已报物业，等待更换灯管")
        ctx.now = lambda: now - timedelta(hours=5)
        lost = workorders.report(ctx, guard, "lost_property", "大厅拾到黑色钱包", "办公楼大厅",
                                 "拾得人：保洁员", actions="已登记并锁入岗亭保管柜").value
        workorders.move(ctx, guard, lost.id, "acknowledged")
        # Last night's handover, waiting for the day guard to acknowledge it.
        ctx.now = lambda: now - timedelta(hours=26)
        handover.write(ctx, guard, shift="白班", notes="白班平稳，来访42人。",
                       equipment=[EquipmentCheck(n, True) for n in checklists.DEFAULT_EQUIPMENT],
                       new_items=["东侧道闸偶有卡顿，已报修"])
        ctx.now = lambda: now - timedelta(hours=2)
        checks = [EquipmentCheck(n, n != "测温仪", "" if n != "测温仪" else "电池电量低")
                  for n in checklists.DEFAULT_EQUIPMENT]
        handover.write(ctx, night, shift="夜班", notes="夜间巡逻两次，无异常。", equipment=checks,
                       new_items=["备用钥匙3号借给后勤科未归还"])
    finally:
        ctx.now = real_now
