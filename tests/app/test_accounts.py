import pytest

from app.domain import Role
from app.services import accounts, audit_log
from app.services.demo import DEMO_PASSWORD


def test_first_admin_only_once(ctx):
    assert not accounts.has_users(ctx)
    with pytest.raises(accounts.AccountError):
        accounts.create_first_admin(ctx, "root", "管理员", "short")
    out = accounts.create_first_admin(ctx, "root", "管理员", "correct horse")
    assert out.value.role is Role.ADMIN and out.changes.touches("user")
    with pytest.raises(accounts.PermissionDenied):
        accounts.create_first_admin(ctx, "root2", "x", "correct horse")
    assert accounts.login(ctx, "root", "correct horse").username == "root"


def test_password_is_stored_as_argon2(demo_ctx):
    from sqlalchemy import select

    from db.models import User

    with demo_ctx.unit_of_work() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "guard"))
    assert stored.startswith("$argon2id$") and DEMO_PASSWORD not in stored


def test_wrong_password_then_right(demo_ctx):
    with pytest.raises(accounts.LoginError, match="Wrong user name or password"):
        accounts.login(demo_ctx, "guard", "nope")
    with pytest.raises(accounts.LoginError):
        accounts.login(demo_ctx, "nobody", "nope")
    assert accounts.login(demo_ctx, "guard", DEMO_PASSWORD).role is Role.GUARD


def test_five_failures_lock_for_five_minutes(demo_ctx, now):
    for _ in range(4):
        with pytest.raises(accounts.LoginError, match="Wrong"):
            accounts.login(demo_ctx, "guard", "bad")
    with pytest.raises(accounts.LoginError, match="locked"):
        accounts.login(demo_ctx, "guard", "bad")
    # Even the right password is refused while locked.
    with pytest.raises(accounts.LoginError, match="locked"):
        accounts.login(demo_ctx, "guard", DEMO_PASSWORD)
    now.advance(minutes=4, seconds=59)
    with pytest.raises(accounts.LoginError, match="locked"):
        accounts.login(demo_ctx, "guard", DEMO_PASSWORD)
    now.advance(seconds=2)
    assert accounts.login(demo_ctx, "guard", DEMO_PASSWORD).username == "guard"
    actions = [r.action for r in audit_log.recent(demo_ctx, 20)]
    assert "user.locked" in actions and "login.refused_locked" in actions


def test_success_resets_the_failure_count(demo_ctx):
    for _ in range(4):
        with pytest.raises(accounts.LoginError):
            accounts.login(demo_ctx, "guard", "bad")
    accounts.login(demo_ctx, "guard", DEMO_PASSWORD)
    for _ in range(4):
        with pytest.raises(accounts.LoginError, match="Wrong"):
            accounts.login(demo_ctx, "guard", "bad")


def test_services_check_the_role(demo_ctx, guard, admin):
    lead = accounts.login(demo_ctx, "lead", DEMO_PASSWORD)
    with pytest.raises(accounts.PermissionDenied):
        accounts.list_users(demo_ctx, guard)
    with pytest.raises(accounts.PermissionDenied):
        accounts.create_user(demo_ctx, guard, "x", "X", Role.GUARD, "password1")
    with pytest.raises(accounts.PermissionDenied):
        accounts.create_user(demo_ctx, lead, "x", "X", Role.ADMIN, "password1")
    accounts.create_user(demo_ctx, lead, "newguard", "新保安", Role.GUARD, "password1")
    accounts.create_user(demo_ctx, admin, "newlead", "新队长", Role.LEAD, "password1")
    names = {u.username for u in accounts.list_users(demo_ctx, admin)}
    assert {"newguard", "newlead"} <= names
    with pytest.raises(accounts.AccountError, match="already taken"):
        accounts.create_user(demo_ctx, admin, "newlead", "重复", Role.LEAD, "password1")
    with pytest.raises(accounts.PermissionDenied):
        accounts.unlock(demo_ctx, lead, "guard")


def test_admin_unlocks(demo_ctx, admin):
    for _ in range(5):
        with pytest.raises(accounts.LoginError):
            accounts.login(demo_ctx, "guard", "bad")
    accounts.unlock(demo_ctx, admin, "guard")
    assert accounts.login(demo_ctx, "guard", DEMO_PASSWORD).username == "guard"
