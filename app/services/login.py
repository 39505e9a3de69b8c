"""Logging in, proving who signs, and changing one's own password, under the security settings.

Every attempt is audited, success or failure. A wrong password counts towards the lockout; an
unknown login name costs the same slow hash as a known one, so the answer's time tells nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import audit
from app.db.models import Account
from app.domain.accounts.policy import (
    LoginState,
    after_failure,
    password_expired,
    password_problems,
)
from app.domain.accounts.roles import Role, parse_roles
from app.domain.audit.actions import (
    LOCKED_OUT,
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    PASSWORD_CHANGE,
    SCREEN_LOCK,
    SCREEN_UNLOCK,
    SIGN_AUTH,
    SIGN_FAILED,
)
from app.domain.audit.chain import FAILURE, REFUSED
from app.domain.i18n import QT_TRANSLATE_NOOP, Marked, MarkedError
from app.domain.passwords import hash_password, verify_password
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.accounts import current_user, password_errors
from app.services.context import CurrentUser, Desk
from app.services.security import load_settings

# Why a password must be changed before work.
MUST_CHANGE = QT_TRANSLATE_NOOP("login", "管理员设置的初始密码或重置的密码，请改为只有您知道的密码")
EXPIRED = QT_TRANSLATE_NOOP("login", "密码已超过有效期，请修改")
WEAK = QT_TRANSLATE_NOOP("login", "密码不符合当前的密码规则，请修改")


class LoginError(MarkedError, ValueError):
    """Wrong user name or password, or an account that may not log in now."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("login", template, **values)


@dataclass(frozen=True)
class LoginResult:
    """Who logged in, and why the password must be changed first (empty if it need not)."""

    user: CurrentUser
    change_reason: str = ""


@cache
def _decoy_hash() -> str:
    """A hash to check unknown names against, so they take as long as known ones."""
    return hash_password("decoy-password-never-valid")


def _find(session: Session, username: str) -> Account | None:
    """The account, its row held until the attempt is recorded: failed attempts from several
    workstations at once are each counted (a lockout cannot be dodged by trying in parallel)."""
    return session.scalar(
        select(Account).where(Account.username == clean_text(username)).with_for_update()
    )


def _attribute(desk: Desk, session: Session, account: Account | None, username: str) -> None:
    """The audit record names the account tried (or the name typed, when there is none)."""
    context = audit.context_of(session)
    assert context is not None
    context.source = desk.source
    if account is not None:
        context.account_id = account.id
        context.username = account.username
        context.display_name = account.display_name
        audit.describe(session, "account", f"{account.display_name}（{account.username}）")
    else:
        context.account_id = None
        context.username = clean_text(username)[:50]
        context.display_name = ""
        audit.describe(session, "account", clean_text(username)[:200])


def _locked_error(until: datetime) -> LoginError:
    return LoginError(
        QT_TRANSLATE_NOOP("login", "连续登录失败次数过多，账户已锁定至 {until}，请稍后再试"),
        until=until.astimezone().strftime("%H:%M"),
    )


def _check_password(
    desk: Desk, session: Session, account: Account | None, username: str, password: str, kind: str
) -> LoginError | None:
    """Verify a password inside an audited transaction; the error to raise once it commits."""
    now = desk.clock.now()
    settings = load_settings(session)
    _attribute(desk, session, account, username)
    context = audit.context_of(session)
    assert context is not None
    stored = account.password_hash if account is not None else _decoy_hash()
    correct = verify_password(password, stored)  # always the slow hash, known name or not
    wrong = LoginError(QT_TRANSLATE_NOOP("login", "登录名或密码不正确"))
    if account is None or not account.active:
        context.action, context.outcome = kind, FAILURE
        context.detail = "账户已停用" if account is not None else "无此登录名"
        return wrong
    state = LoginState(account.failed_logins, account.locked_until)
    if state.locked(now):
        context.action, context.outcome = kind, REFUSED
        context.detail = "账户锁定期间尝试"
        return _locked_error(state.locked_until)  # type: ignore[arg-type]
    if not correct:
        state = after_failure(state, now, settings.lockout_policy)
        account.failed_logins, account.locked_until = state.failures, state.locked_until
        context.outcome = FAILURE
        if state.locked(now):
            context.action = LOCKED_OUT
            context.detail = (
                f"连续 {state.failures} 次密码错误，锁定 {settings.lockout_minutes} 分钟"
            )
            return _locked_error(state.locked_until)  # type: ignore[arg-type]
        context.action = kind
        context.detail = f"密码错误（连续第 {state.failures} 次）"
        return wrong
    account.failed_logins, account.locked_until = 0, None
    return None


def authenticate(desk: Desk, username: str, password: str, action: str = LOGIN) -> LoginResult:
    """Log in: the account for these credentials, and whether its password must change first."""
    with desk.write(action, as_system=True, always=True) as session:
        account = _find(session, username)
        error = _check_password(desk, session, account, username, password, LOGIN_FAILED)
        if error is None:
            assert account is not None
            now = desk.clock.now()
            account.last_login_at = now
            reason = _change_reason(session, account, password, now)
            if reason:
                audit.context_of(session).detail = "需修改密码"  # type: ignore[union-attr]
            result = LoginResult(current_user(account), reason)
    if error is not None:
        raise error
    return result


def _change_reason(session: Session, account: Account, password: str, now: datetime) -> str:
    settings = load_settings(session)
    if account.must_change_password:
        return MUST_CHANGE
    if password_expired(account.password_changed_at, now, settings.password_policy):
        return EXPIRED
    if password_problems(password, settings.password_policy, account.username):
        return WEAK
    return ""


class SignerError(LoginError):
    """The person signing could not be authenticated or may not sign this step."""


def verify_signer(
    desk: Desk,
    username: str,
    password: str,
    role: Role = Role.SUPERVISOR,
    allow_self: bool = False,
) -> CurrentUser:
    """The account of the person signing at this workstation, checked by its own password.

    A failure is audited and counts towards that account's lockout before it is raised.
    ``allow_self`` lets the logged-in account sign (an incoming engineer who took the desk).
    """
    if not clean_text(username) or not password:
        raise SignerError(QT_TRANSLATE_NOOP("login", "请签字人输入自己的登录名和密码"))
    error: LoginError | None = None
    signer: CurrentUser | None = None
    with desk.write(SIGN_FAILED, as_system=True, always=True) as session:
        account = _find(session, username)
        error = _check_password(desk, session, account, username, password, SIGN_FAILED)
        if error is None:
            assert account is not None
            context = audit.context_of(session)
            assert context is not None
            if role not in parse_roles(account.roles):
                context.outcome = REFUSED
                error = SignerError(
                    QT_TRANSLATE_NOOP("login", "账户“{who}”没有“{role}”角色，不能签字"),
                    who=account.display_name,
                    role=Marked("enum", role.label),
                )
            elif account.id == desk.user.id and not allow_self:
                context.outcome = REFUSED
                error = SignerError(
                    QT_TRANSLATE_NOOP("login", "不能为自己操作的步骤签字，请由确认人本人签字")
                )
            elif account.must_change_password:
                context.outcome = REFUSED
                error = SignerError(
                    QT_TRANSLATE_NOOP("login", "签字人须先登录并修改初始密码后才能签字")
                )
            else:
                signer = current_user(account)
            if error is not None:
                context.detail = str(error)
            else:  # a good signature is recorded with the step it signs
                context.action, context.always = SIGN_AUTH, False
    if error is not None:
        raise error
    assert signer is not None
    return signer


def change_password(desk: Desk, old: str, new: str, repeated: str) -> None:
    """The logged-in person replaces their own password (the old one proves it is them)."""
    with desk.db.read() as session:
        account = session.get(Account, desk.user.id)
        settings = load_settings(session)
        stored = account.password_hash if account is not None else _decoy_hash()
        username = account.username if account is not None else ""
    errors: list[FieldError] = []
    if account is None or not verify_password(old, stored):
        errors.append(
            FieldError(
                "old",
                QT_TRANSLATE_NOOP("validation", "“{label}”不正确"),
                QT_TRANSLATE_NOOP("field", "原密码"),
            )
        )
    errors += password_errors(new, settings, username, field="new")
    if new != repeated:
        errors.append(
            FieldError(
                "repeated",
                QT_TRANSLATE_NOOP("validation", "两次输入的“{label}”不一致"),
                QT_TRANSLATE_NOOP("field", "新密码"),
            )
        )
    elif new and new == old:
        errors.append(
            FieldError(
                "new",
                QT_TRANSLATE_NOOP("validation", "“{label}”不能与原密码相同"),
                QT_TRANSLATE_NOOP("field", "新密码"),
            )
        )
    if errors:
        raise ValidationError(errors)
    with desk.write(PASSWORD_CHANGE) as session:
        account = session.get(Account, desk.user.id)
        assert account is not None
        audit.describe(session, "account", f"{account.display_name}（{account.username}）")
        account.password_hash = hash_password(new)
        account.password_changed_at = desk.clock.now()
        account.must_change_password = False


def record_logout(desk: Desk) -> None:
    """注销 or 切换用户: the session of the person at the desk ends."""
    if not desk.user.is_system:
        desk.record(LOGOUT, object_type="account", object_label=desk.user.username)


def record_screen_lock(desk: Desk) -> None:
    """The screen locked after the idle time (unlocking is audited as a login)."""
    desk.record(SCREEN_LOCK, object_type="account", object_label=desk.user.username)


def unlock_screen(desk: Desk, password: str) -> None:
    """Unlock: the logged-in person's own password, with the same lockout as a login."""
    authenticate(desk, desk.user.username, password, action=SCREEN_UNLOCK)
