"""The visitor register over a real SQLite file: sealed identity numbers, search, watchlist,
unmasking (audited), overstay and the retention purge."""

import pytest

from app.services import accounts, audit_log, checks
from app.services.demo import DEMO_PASSWORD
from app.visitors import registry
from app.visitors.registry import WalkIn

ID = "11010519491231002X"


def walk_in(**changes):
    base = dict(name="张三", document_kind="resident_id", document_number=ID,
                phone="13800138000", host_name="李科长", host_department="办公室",
                purpose="送文件", expected_minutes=30, plate="京A12345")
    return WalkIn(**(base | changes))


@pytest.fixture
def lead(demo_ctx):
    return accounts.login(demo_ctx, "lead", DEMO_PASSWORD)


def test_no_plain_identity_number_anywhere_on_disk(demo_ctx, guard):
    registry.register(demo_ctx, guard, walk_in())
    registry.register(demo_ctx, guard, walk_in(name="李四", document_number=ID.lower()))
    for path in demo_ctx.paths.root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert ID.encode() not in data and ID.lower().encode() not in data, path
            assert "13800138000".encode() not in data, path


def test_registration_shows_only_the_masked_number_and_is_found(demo_ctx, guard):
    visit = registry.register(demo_ctx, guard, walk_in()).value
    assert visit.document_masked == "110105********002X"
    assert [v.id for v in registry.find(demo_ctx, document=ID.lower())] == [visit.id]
    assert [v.id for v in registry.find(demo_ctx, name_prefix="张")] == [visit.id]
    assert registry.find(demo_ctx, name_prefix="%") == []  # a pattern character is literal
    assert [v.id for v in registry.find(demo_ctx, plate="京a12345")] == [visit.id]


def test_bad_identity_number_is_refused_with_a_message(demo_ctx, guard):
    with pytest.raises(registry.VisitError) as err:
        registry.register(demo_ctx, guard, walk_in(document_number="110105194912310021"))
    assert str(err.value)
    assert registry.on_site(demo_ctx) == []


def test_watchlisted_person_is_stopped_and_audited(demo_ctx, guard, lead):
    checks.add_to_watchlist(demo_ctx, lead, ID, "张某", "冒用证件")
    with pytest.raises(registry.WatchlistHit):
        registry.register(demo_ctx, guard, walk_in())
    assert registry.on_site(demo_ctx) == []
    assert audit_log.recent(demo_ctx, 1)[0].action == "visit.watchlist_hit"


def test_watchlisted_plate_is_stopped(demo_ctx, guard, lead):
    checks.add_to_watchlist(demo_ctx, lead, "京A12345", "黑名单车辆", "")
    with pytest.raises(registry.WatchlistHit):
        registry.register(demo_ctx, guard, walk_in())


def test_overstay_and_check_out(demo_ctx, guard, now):
    visit = registry.register(demo_ctx, guard, walk_in(expected_minutes=30)).value
    now.advance(minutes=29)
    assert registry.overstaying(demo_ctx) == []
    now.advance(minutes=2)
    assert [v.id for v in registry.overstaying(demo_ctx)] == [visit.id]
    registry.check_out(demo_ctx, guard, visit.id)
    assert registry.on_site(demo_ctx) == [] and registry.overstaying(demo_ctx) == []


def test_unmask_needs_a_lead_and_a_reason_and_is_audited(demo_ctx, guard, lead):
    visit = registry.register(demo_ctx, guard, walk_in()).value
    with pytest.raises(accounts.PermissionDenied):
        registry.unmask(demo_ctx, guard, visit.id, "想看看")
    with pytest.raises(registry.VisitError):
        registry.unmask(demo_ctx, lead, visit.id, " ")
    assert registry.unmask(demo_ctx, lead, visit.id, "公安协查") == ID
    entry = audit_log.recent(demo_ctx, 1)[0]
    assert (entry.action, entry.actor, entry.detail) == ("visit.unmask", "lead",
                                                         {"reason": "公安协查"})


def test_purge_clears_personal_data_and_keeps_the_counts(demo_ctx, guard, now):
    old = registry.register(demo_ctx, guard, walk_in()).value
    registry.check_out(demo_ctx, guard, old.id)
    start = now.value
    now.advance(days=181)
    recent = registry.register(demo_ctx, guard, walk_in(name="王五")).value
    assert registry.purge_expired(demo_ctx, retention_days=180) == 1
    assert registry.count_since(demo_ctx, start) == 2  # the counts stay
    assert registry.find(demo_ctx, document=ID) == [registry.find(demo_ctx, name_prefix="王")[0]]
    assert registry.find(demo_ctx, name_prefix="王")[0].id == recent.id
    assert audit_log.verify(demo_ctx).ok


def test_bad_plate_is_refused_and_plates_are_normalised(demo_ctx, guard):
    with pytest.raises(registry.VisitError, match="I and O"):
        registry.register(demo_ctx, guard, walk_in(plate="京AI2345"))
    visit = registry.register(demo_ctx, guard, walk_in(plate=" 京a·12345 ")).value
    assert visit.plate == "京A12345"
    assert [v.id for v in registry.find(demo_ctx, plate="京A 12345")] == [visit.id]


def test_demo_seeds_visitors_on_site_with_valid_sealed_numbers(ctx):
    from app.services import demo

    demo.seed(ctx)
    inside = registry.on_site(ctx)
    assert len(inside) == 4 and all("*" in v.document_masked for v in inside)
    assert len(registry.overstaying(ctx)) >= 1


def test_automatic_sign_out_after_the_configured_hour_is_flagged(demo_ctx, guard, now):
    import dataclasses
    from datetime import datetime

    from sqlalchemy import select

    from db.visitor_models import Visit

    local = datetime(2026, 11, 28, 21, 30).astimezone()
    now.value = local
    demo_ctx.settings = dataclasses.replace(demo_ctx.settings, visitors=dataclasses.replace(
        demo_ctx.settings.visitors, auto_sign_out_hour=22))
    registry.register(demo_ctx, guard, walk_in())
    assert registry.auto_sign_out(demo_ctx) == 0  # not 22:00 yet
    now.value = local.replace(hour=22, minute=5)
    assert registry.auto_sign_out(demo_ctx) == 1
    assert registry.on_site(demo_ctx) == []
    with demo_ctx.unit_of_work() as s:
        assert s.scalar(select(Visit.signed_out_automatically)) is True
    assert audit_log.recent(demo_ctx, 1)[0].action == "visit.auto_sign_out"
