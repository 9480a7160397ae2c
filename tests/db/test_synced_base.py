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
