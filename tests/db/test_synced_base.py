"""Every synced row gets a UUIDv7 id, its node and sortable clock stamps, on insert and edit."""

import uuid

from sqlalchemy import select

from app.hlc import Stamp
from db.models import Guard, Post


def test_new_rows_are_stamped(ctx):
    with ctx.unit_of_work() as s:
        post = Post(code="E", name="东门")
        s.add(post)
    assert isinstance(post.id, uuid.UUID) and post.id.version == 7
    assert post.origin_node == ctx.node_id
    assert post.created_hlc == post.updated_hlc
    assert Stamp.parse(post.created_hlc).node == ctx.node_id
    assert post.deleted is False


def test_an_edit_moves_only_updated_hlc(ctx):
    with ctx.unit_of_work() as s:
        s.add(Post(code="E", name="东门"))
    with ctx.unit_of_work() as s:
        post = s.scalar(select(Post).where(Post.code == "E"))
        created, updated = post.created_hlc, post.updated_hlc
        post.name = "东侧门"
    assert post.created_hlc == created and post.updated_hlc > updated


def test_foreign_keys_are_enforced(ctx):
    import pytest
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with ctx.unit_of_work() as s:
            s.add(Guard(employee_no="X1", name="张三", home_post_id=uuid.uuid4()))


def test_node_id_is_created_once(tmp_path):
    from app.context import open_context

    first = open_context(tmp_path)
    node = first.node_id
    first.close()
    second = open_context(tmp_path)
    assert second.node_id == node
    second.close()


def test_times_are_stored_in_utc_and_come_back_aware(ctx):
    from datetime import datetime, timedelta, timezone

    from db.station_models import Check

    beijing = timezone(timedelta(hours=8))
    local = datetime(2026, 11, 28, 8, 30, tzinfo=beijing)
    with ctx.unit_of_work() as s:
        s.add(Check(at=local, verdict="pass"))
    with ctx.unit_of_work() as s:
        stored = s.scalar(select(Check.at))
        early = s.scalar(select(Check.id).where(
            Check.at >= datetime(2026, 11, 28, 0, 31, tzinfo=timezone.utc)))
    assert stored == local and stored.tzinfo is not None
    assert stored.utcoffset() == timedelta(0)
    assert early is None  # 08:30 in Beijing is 00:30 UTC: compared as times, not as text
