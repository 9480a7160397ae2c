"""Safety inspections: checklists only the administrator edits, rounds, hazards followed up
until fixed, overdue exactly after the deadline."""

from datetime import timedelta

import pytest

from app.duty import checklists, hazards, inspections
from app.duty.checklists import ChecklistError
from app.duty.hazards import HazardError
from app.duty.inspections import InspectionError, ItemCheck
from app.services import accounts
from app.services.accounts import PermissionDenied
from app.services.demo import DEMO_PASSWORD

ITEMS = ["灭火器", "消防通道", "应急照明"]
JPEG = b"\xff\xd8\xff\xe0" + b"x" * 50


@pytest.fixture
def lead(demo_ctx):
    return accounts.login(demo_ctx, "lead", DEMO_PASSWORD)


def test_only_the_administrator_edits_checklists(demo_ctx, admin, lead, guard):
    for who in (guard, lead):
        with pytest.raises(PermissionDenied):
            checklists.save(demo_ctx, who, "消防安全巡查", ITEMS)
    with pytest.raises(ChecklistError):
        checklists.save(demo_ctx, admin, "消防安全巡查", [" ", ""])
    with pytest.raises(ChecklistError):
        checklists.save(demo_ctx, admin, " ", ITEMS)
    made = checklists.save(demo_ctx, admin, "消防安全巡查", [" 灭火器", "消防通道", "灭火器",
                                                               "应急照明"]).value
    assert made.items == tuple(ITEMS) and made.edited_by == "admin"
    with pytest.raises(ChecklistError, match="already"):
        checklists.save(demo_ctx, admin, "消防安全巡查", ["别的"])
    edited = checklists.save(demo_ctx, admin, "消防安全巡查", ITEMS + ["监控设备"],
                             checklist_id=made.id).value
    assert edited.id == made.id and edited.items[-1] == "监控设备"
    assert [c.name for c in checklists.checklists(demo_ctx)] == ["消防安全巡查"]
    assert checklists.equipment_items(demo_ctx) == checklists.DEFAULT_EQUIPMENT
    checklists.save(demo_ctx, admin, "设备", ["对讲机", "钥匙"], purpose=checklists.EQUIPMENT)
    assert checklists.equipment_items(demo_ctx) == ("对讲机", "钥匙")


def test_a_round_records_each_item_and_raises_hazards(demo_ctx, admin, guard, now):
    checklist = checklists.save(demo_ctx, admin, "消防安全巡查", ITEMS).value
    started = inspections.start_round(demo_ctx, guard, checklist.id, "办公楼一层").value
    # The administrator's later edit does not change the round under way.
    checklists.save(demo_ctx, admin, "消防安全巡查", ["只有一项"], checklist_id=checklist.id)
    assert started.items == tuple(ITEMS)
    with pytest.raises(InspectionError, match="3"):
        inspections.finish_round(demo_ctx, guard, started.id, [ItemCheck(True)])
    with pytest.raises(InspectionError, match="消防通道"):
        inspections.finish_round(demo_ctx, guard, started.id, [
            ItemCheck(True), ItemCheck(False), ItemCheck(True)])
    now.advance(minutes=20)
    done = inspections.finish_round(demo_ctx, guard, started.id, [
        ItemCheck(True), ItemCheck(False, "杂物堵塞", raise_hazard=True, owner="后勤科",
                                   deadline=now.value + timedelta(days=1), photo=JPEG),
        ItemCheck(False, "一盏灯不亮")]).value
    assert done.round.not_ok == 2 and done.round.finished_at == now.value
    (hazard,) = done.hazards
    assert (hazard.item, hazard.owner, hazard.location, hazard.has_photo) == (
        "消防通道", "后勤科", "办公楼一层", True)
    assert hazards.photo(demo_ctx, guard, hazard.id) == JPEG
    assert [(r.item, r.ok) for r in inspections.results(demo_ctx, started.id)] == [
        ("灭火器", True), ("消防通道", False), ("应急照明", False)]
    with pytest.raises(InspectionError, match="already"):
        inspections.finish_round(demo_ctx, guard, started.id, [ItemCheck(True)] * 3)


def test_hazard_follow_up_until_fixed_and_overdue_after_the_deadline(demo_ctx, guard, lead,
                                                                     now):
    deadline = now.value + timedelta(hours=48)
    with pytest.raises(HazardError):
        hazards.report(demo_ctx, guard, "楼梯扶手松动", deadline=now.value)
    found = hazards.report(demo_ctx, guard, "楼梯扶手松动", location="西侧楼梯",
                           deadline=deadline).value
    assert (found.state, found.overdue) == ("open", False)
    with pytest.raises(HazardError):
        hazards.move(demo_ctx, guard, found.id, "fixed", " ")
    hazards.move(demo_ctx, lead, found.id, "fixing", "已报修", owner="物业张工")
    now.value = deadline  # at the deadline: still in time
    (listed,) = hazards.hazards(demo_ctx)
    assert (listed.owner, listed.state, listed.overdue) == ("物业张工", "fixing", False)
    assert hazards.overdue(demo_ctx) == []
    now.advance(seconds=1)
    assert hazards.hazards(demo_ctx)[0].overdue
    assert [h.id for h in hazards.overdue(demo_ctx)] == [found.id]
    hazards.follow_up(demo_ctx, guard, found.id, "催办物业")
    now.advance(hours=2)
    fixed = hazards.move(demo_ctx, lead, found.id, "fixed", "已紧固，复查合格").value
    assert (fixed.state, fixed.verified_by, fixed.fixed_at, fixed.overdue) == (
        "fixed", "lead", now.value, False)
    assert hazards.hazards(demo_ctx) == [] and hazards.overdue(demo_ctx) == []
    with pytest.raises(HazardError):
        hazards.move(demo_ctx, lead, found.id, "fixing")
    steps = [(h.state_from, h.state_to, h.text) for h in hazards.history(demo_ctx, found.id)]
    assert steps == [("", "open", "楼梯扶手松动"), ("open", "fixing", "已报修"),
                     ("", "", "催办物业"), ("fixing", "fixed", "已紧固，复查合格")]
