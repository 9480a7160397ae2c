"""Users: the first administrator, signing in with lock-out, and account management.

Every method checks the caller's role itself; the UI hiding a button is a courtesy, not the
guard. Sign-in attempts, successes and lock-outs go to the audit log.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import security
from app.context import AppContext
from app.domain import Changes, CurrentUser, Outcome, Role, UserSummary
from app.i18n import QT_TRANSLATE_NOOP, GuardroomError
from app.services import audit_log
from db.models import User


class LoginError(GuardroomError):
    pass


class PermissionDenied(GuardroomError):
    pass


class AccountError(GuardroomError):
    pass


def require(actor: CurrentUser | None, *roles: Role) -> CurrentUser:
    if actor is None or actor.role not in roles:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Accounts", "Your role is not allowed to do this.")
        )
    return actor


def _current(user: User) -> CurrentUser:
    return CurrentUser(user.id, user.username, user.display_name, Role(user.role))


def _summary(user: User) -> UserSummary:
    return UserSummary(
        user.id,
        user.username,
        user.display_name,
        Role(user.role),
        user.active,
        user.locked_until,
        user.last_login_at,
    )


def has_users(ctx: AppContext) -> bool:
    with ctx.unit_of_work() as s:
        return (s.scalar(select(func.count()).select_from(User)) or 0) > 0


def _check_new_account(s: Session, username: str, display_name: str, password: str) -> None:
    if not username.strip() or not display_name.strip():
        raise AccountError(
            QT_TRANSLATE_NOOP("Accounts", "User name and display name must not be empty.")
        )
    if len(password) < security.MIN_PASSWORD_LENGTH:
        raise AccountError(
            QT_TRANSLATE_NOOP("Accounts", "The password must have at least {n} characters.").with_(
                n=security.MIN_PASSWORD_LENGTH
            )
        )
    if s.scalar(select(User.id).where(User.username == username.strip())) is not None:
        raise AccountError(
            QT_TRANSLATE_NOOP("Accounts", "The user name {name} is already taken.").with_(
                name=username.strip()
            )
        )


def _add_user(
    ctx: AppContext,
    s: Session,
    actor: str,
    username: str,
    display_name: str,
    role: Role,
    password: str,
) -> User:
    user = User(
        username=username.strip(),
        display_name=display_name.strip(),
        role=role.value,
        password_hash=security.hash_password(password),
    )
    s.add(user)
    s.flush()
    audit_log.append(
        ctx,
        s,
        actor,
        "user.create",
        target_kind="user",
        target_id=str(user.id),
        detail={"username": user.username, "role": role.value},
    )
    return user


def create_first_admin(ctx: AppContext, username: str, display_name: str, password: str) -> Outcome:
    """Only while no user exists: the first start asks for the administrator."""
    with ctx.unit_of_work() as s:
        if s.scalar(select(func.count()).select_from(User)):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Accounts", "An administrator already exists; sign in instead.")
            )
        _check_new_account(s, username, display_name, password)
        user = _add_user(
            ctx, s, audit_log.SYSTEM_ACTOR, username, display_name, Role.ADMIN, password
        )
        return Outcome(_current(user), Changes.of("user", "audit"))


def create_user(
    ctx: AppContext, actor: CurrentUser, username: str, display_name: str, role: Role, password: str
) -> Outcome:
    """Administrators create any account; security leads create guard accounts."""
    require(actor, Role.ADMIN, Role.LEAD)
    if actor.role is Role.LEAD and role is not Role.GUARD:
        require(actor, Role.ADMIN)
    with ctx.unit_of_work() as s:
        _check_new_account(s, username, display_name, password)
        user = _add_user(ctx, s, actor.username, username, display_name, role, password)
        return Outcome(_summary(user), Changes.of("user", "audit"))


def list_users(ctx: AppContext, actor: CurrentUser) -> list[UserSummary]:
    require(actor, Role.ADMIN, Role.LEAD)
    with ctx.unit_of_work() as s:
        return [
            _summary(u)
            for u in s.scalars(
                select(User).where(User.deleted.is_(False)).order_by(User.role, User.username)
            )
        ]


def unlock(ctx: AppContext, actor: CurrentUser, username: str) -> Outcome:
    require(actor, Role.ADMIN)
    with ctx.unit_of_work() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise AccountError(
                QT_TRANSLATE_NOOP("Accounts", "No such user: {name}").with_(name=username)
            )
        user.locked_until, user.failed_logins = None, 0
        audit_log.append(
            ctx, s, actor.username, "user.unlock", target_kind="user", target_id=str(user.id)
        )
        return Outcome(_summary(user), Changes.of("user", "audit"))


def login(ctx: AppContext, username: str, password: str) -> CurrentUser:
    """Check the password; five failures in a row lock the account for five minutes."""
    now = ctx.now()
    username = username.strip()
    with ctx.unit_of_work() as s:
        user = s.scalar(select(User).where(User.username == username, User.deleted.is_(False)))
        if user is not None and security.is_locked(user.locked_until, now):
            audit_log.append(
                ctx, s, username, "login.refused_locked", target_kind="user", target_id=str(user.id)
            )
            error = _locked_error(ctx, user)
        elif not security.verify_password(user.password_hash if user else None, password):
            error = _record_failure(ctx, s, user, username, now)
        elif not user.active:
            audit_log.append(
                ctx,
                s,
                username,
                "login.refused_inactive",
                target_kind="user",
                target_id=str(user.id),
            )
            error = LoginError(
                QT_TRANSLATE_NOOP("Accounts", "This account is disabled. Ask the administrator.")
            )
        else:
            user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
            if security.needs_rehash(user.password_hash):
                user.password_hash = security.hash_password(password)
            audit_log.append(ctx, s, username, "login", target_kind="user", target_id=str(user.id))
            return _current(user)
    raise error  # raised after the commit, so the failure count and audit entry are kept


def _record_failure(
    ctx: AppContext, s: Session, user: User | None, username: str, now
) -> LoginError:
    wrong = LoginError(QT_TRANSLATE_NOOP("Accounts", "Wrong user name or password."))
    if user is None:
        audit_log.append(
            ctx, s, username[:64] or "?", "login.failed", detail={"reason": "unknown user"}
        )
        return wrong
    user.failed_logins += 1
    audit_log.append(
        ctx,
        s,
        username,
        "login.failed",
        target_kind="user",
        target_id=str(user.id),
        detail={"attempt": user.failed_logins},
    )
    if user.failed_logins < security.MAX_FAILED_LOGINS:
        return wrong
    user.failed_logins = 0
    user.locked_until = now + security.LOCKOUT
    audit_log.append(
        ctx,
        s,
        username,
        "user.locked",
        target_kind="user",
        target_id=str(user.id),
        detail={"minutes": int(security.LOCKOUT.total_seconds() // 60)},
    )
    return _locked_error(ctx, user)


def _locked_error(ctx: AppContext, user: User) -> LoginError:
    local = security.as_utc(user.locked_until).astimezone()
    return LoginError(
        QT_TRANSLATE_NOOP(
            "Accounts", "Too many wrong passwords: this account is locked until {time}."
        ).with_(time=local.strftime("%H:%M:%S"))
    )


def sign_out(ctx: AppContext, actor: CurrentUser) -> None:
    with ctx.unit_of_work() as s:
        audit_log.append(
            ctx, s, actor.username, "logout", target_kind="user", target_id=str(actor.id)
        )
