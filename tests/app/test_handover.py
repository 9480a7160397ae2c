"""The shift handover log: equipment, notes, open items carried until closed, acknowledged
by the next guard."""

import pytest
from sqlalchemy import select

from app.duty import handover
from app.duty.handover import EquipmentCheck, HandoverError
from app.services import accounts
from app.services.demo import DEMO_PASSWORD
from db.models import AuditEntry

POST = "主门岗"


@pytest.fixture
def guard2(demo_ctx):
    return accounts.login(demo_ctx, "guard2", DEMO_PASSWORD)


def texts(items):
    return [i.text for i in items]


def test_open_items_are_carried_across_handovers_until_closed(demo_ctx, guard, guard2, now):
    first = handover.write(demo_ctx, guard, post=POST, shift="A", notes="平稳",
                           new_items=["东侧道闸异响待修", "3号柜钥匙未归还", "  "]).value
    assert texts(first.new_items) == ["东侧道闸异响待修", "3号柜钥匙未归还"]
    assert first.carried == ()
    now.advance(hours=12)
    second = handover.write(demo_ctx, guard2, post=POST, shift="B", notes="夜班无事",
                            new_items=["访客遗失雨伞"]).value
    assert texts(second.carried) == ["东侧道闸异响待修", "3号柜钥匙未归还"]
    key = second.carried[1]
    now.advance(hours=1)
    closed = handover.close_item(demo_ctx, guard2, key.id, "钥匙已归还").value
    assert (closed.closed_by, closed.closed_at, closed.is_open) == ("guard2", now.value, False)
    with pytest.raises(HandoverError):
        handover.close_item(demo_ctx, guard, key.id)
    # Another post's items stay there.
    handover.write(demo_ctx, guard, post="车辆门岗", notes="-", new_items=["车辆门岗事项"])
    now.advance(hours=11)
    third = handover.write(demo_ctx, guard, post=POST, shift="A", notes="交班").value
    assert texts(third.carried) == ["东侧道闸异响待修", "访客遗失雨伞"]
    assert texts(handover.open_items(demo_ctx, POST)) == ["东侧道闸异响待修", "访客遗失雨伞"]
    # The earlier handover still shows what it carried then, the closed item with its closing.
    (again,) = [h for h in handover.recent(demo_ctx, POST) if h.id == second.id]
    assert texts(again.carried) == ["东侧道闸异响待修", "3号柜钥匙未归还"]
    assert again.carried[1].close_note == "钥匙已归还"
    for item in handover.open_items(demo_ctx, POST):
        handover.close_item(demo_ctx, guard, item.id)
    now.advance(hours=12)
    assert handover.write(demo_ctx, guard2, post=POST, notes="全部关闭").value.carried == ()


def test_the_next_guard_acknowledges_the_pending_handover(demo_ctx, guard, guard2, now):
    assert handover.pending(demo_ctx, POST) is None
    written = handover.write(demo_ctx, guard, post=POST, notes="交班").value
    assert handover.pending(demo_ctx, POST).id == written.id
    with pytest.raises(HandoverError, match="not the one who wrote it"):
        handover.acknowledge(demo_ctx, guard, written.id)
    now.advance(minutes=7)
    seen = handover.acknowledge(demo_ctx, guard2, written.id).value
    assert (seen.acknowledged_by, seen.acknowledged_at) == ("guard2", now.value)
    assert handover.pending(demo_ctx, POST) is None
    with pytest.raises(HandoverError, match="already acknowledged"):
        handover.acknowledge(demo_ctx, guard2, written.id)
    with demo_ctx.unit_of_work() as s:
        assert s.scalars(select(AuditEntry.actor).where(
            AuditEntry.action == "handover.acknowledge")).all() == ["guard2"]


def test_equipment_faults_need_a_note_and_nothing_is_lost(demo_ctx, guard):
    with pytest.raises(HandoverError, match="测温仪"):
        handover.write(demo_ctx, guard, post=POST, equipment=[
            EquipmentCheck("对讲机", True), EquipmentCheck("测温仪", False)])
    with pytest.raises(HandoverError):
        handover.write(demo_ctx, guard, post=POST)
    with pytest.raises(HandoverError):
        handover.write(demo_ctx, guard, post=" ", notes="x")
    assert handover.recent(demo_ctx, POST) == []
    done = handover.write(demo_ctx, guard, post=POST, equipment=[
        EquipmentCheck("对讲机", True), EquipmentCheck("测温仪", False, "电池没电")]).value
    assert [(e.name, e.note) for e in done.faults] == [("测温仪", "电池没电")]
