"""Accounts: adding people with their roles, deactivating (never deleting), resetting passwords,
and the lists other screens need. Administration needs the administrator's role."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import audit
from app.db.models import Account
from app.domain.accounts.policy import password_problems, problem_value
from app.domain.accounts.roles import Role, format_roles, parse_roles, role_conflicts, roles_text
from app.domain.accounts.settings import SecuritySettings
from app.domain.audit.actions import (
    ACCOUNT_ACTIVATE,
    ACCOUNT_CREATE,
    ACCOUNT_DEACTIVATE,
    ACCOUNT_RESET,
    ACCOUNT_UNLOCK,
    ACCOUNT_UPDATE,
)
from app.domain.i18n import QT_TRANSLATE_NOOP, Marked, MarkedError
from app.domain.passwords import hash_password
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import CurrentUser, Desk
from app.services.security import load_settings

USERNAME = QT_TRANSLATE_NOOP("field", "登录名")
PASSWORD = QT_TRANSLATE_NOOP("field", "密码")
ROLES = QT_TRANSLATE_NOOP("field", "角色")


class AccountError(MarkedError, ValueError):
    """An account change that is not allowed; the message says why, in Chinese."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("accounts", template, **values)


@dataclass(frozen=True)
class AccountInfo:
    """One account as the administrator's list shows it (never the password)."""

    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    active: bool
    must_change_password: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    password_changed_at: datetime | None

    @property
    def roles_text(self) -> str:
        return roles_text(self.roles)


def current_user(account: Account) -> CurrentUser:
    return CurrentUser(
        account.id, account.username, account.display_name, parse_roles(account.roles)
    )


def _info(account: Account) -> AccountInfo:
    return AccountInfo(
        id=account.id,
        username=account.username,
        display_name=account.display_name,
        roles=parse_roles(account.roles),
        active=account.active,
        must_change_password=account.must_change_password,
        locked_until=account.locked_until,
        last_login_at=account.last_login_at,
        password_changed_at=account.password_changed_at,
    )


def has_accounts(desk: Desk) -> bool:
    with desk.db.read() as session:
        return bool(session.scalar(select(func.count(Account.id))))


def password_errors(
    password: str, settings: SecuritySettings, username: str = "", field: str = "password"
) -> list[FieldError]:
    """The password policy's complaints about ``password``, as field errors."""
    policy = settings.password_policy
    return [
        FieldError(field, template, PASSWORD, (("n", problem_value(template, policy)),))
        for template in password_problems(password, policy, username)
    ]


def role_errors(roles: Iterable[Role], settings: SecuritySettings) -> list[FieldError]:
    """No role at all, or two roles the settings keep apart."""
    chosen = set(roles)
    if not chosen:
        return [FieldError("roles", QT_TRANSLATE_NOOP("validation", "请选择“{label}”"), ROLES)]
    return [
        FieldError(
            "roles",
            QT_TRANSLATE_NOOP("validation", "按安全设置，“{first}”与“{second}”不能由同一账户兼任"),
            ROLES,
            (("first", role_label(first)), ("second", role_label(second))),
        )
        for first, second in role_conflicts(
            chosen, settings.separate_admin_auditor, settings.separate_engineer_client
        )
    ]


def validate_account(
    username: str, password: str, settings: SecuritySettings | None = None
) -> list[FieldError]:
    """What is wrong with a new login name and password under the password policy."""
    errors = []
    if not clean_text(username):
        errors.append(
            FieldError("username", QT_TRANSLATE_NOOP("validation", "请填写“{label}”"), USERNAME)
        )
    return errors + password_errors(password, settings or SecuritySettings(), clean_text(username))


def add_account(
    session: Session,
    username: str,
    display_name: str,
    password: str,
    roles: Iterable[Role] = (Role.ENGINEER,),
    now: datetime | None = None,
    must_change: bool = False,
) -> CurrentUser:
    """Add an account inside the caller's transaction (policy, roles and a free name checked)."""
    settings = load_settings(session)
    username = clean_text(username)
    display_name = clean_text(display_name) or username
    chosen = frozenset(roles)
    errors = validate_account(username, password, settings) + role_errors(chosen, settings)
    if errors:
        raise ValidationError(errors)
    if session.scalar(select(Account.id).where(Account.username == username)):
        raise ValidationError(
            [FieldError("username", QT_TRANSLATE_NOOP("validation", "“{label}”已被使用"), USERNAME)]
        )
    account = Account(
        username=username,
        display_name=display_name,
        password_hash=hash_password(password),
        roles=format_roles(chosen),
        must_change_password=must_change,
        password_changed_at=now,
        failed_logins=0,
    )
    session.add(account)
    session.flush()
    audit.describe(session, "account", f"{display_name}（{username}）")
    return current_user(account)


def create_account(
    desk: Desk,
    username: str,
    display_name: str,
    password: str,
    roles: Iterable[Role] = (Role.ENGINEER,),
) -> CurrentUser:
    """The administrator adds a person; the password given is temporary (changed at first login)."""
    with desk.write(ACCOUNT_CREATE, object_type="account") as session:
        return add_account(
            session, username, display_name, password, roles, desk.clock.now(), must_change=True
        )


def _account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise AccountError(QT_TRANSLATE_NOOP("accounts", "没有这个账户"))
    audit.describe(session, "account", f"{account.display_name}（{account.username}）")
    return account


def _other_admins(session: Session, account_id: int) -> int:
    admins = session.scalars(select(Account.roles).where(Account.active, Account.id != account_id))
    return sum(Role.ADMIN in parse_roles(roles) for roles in admins)


def update_account(
    desk: Desk, account_id: int, display_name: str, roles: Iterable[Role]
) -> AccountInfo:
    """Change a person's shown name and roles (the login name never changes: history keeps it)."""
    with desk.write(ACCOUNT_UPDATE, object_type="account") as session:
        account = _account(session, account_id)
        chosen = frozenset(roles)
        errors = role_errors(chosen, load_settings(session))
        name = clean_text(display_name)
        if not name:
            errors.insert(
                0,
                FieldError(
                    "display_name",
                    QT_TRANSLATE_NOOP("validation", "请填写“{label}”"),
                    QT_TRANSLATE_NOOP("field", "姓名"),
                ),
            )
        if errors:
            raise ValidationError(errors)
        if Role.ADMIN not in chosen and account.active and not _other_admins(session, account.id):
            raise AccountError(QT_TRANSLATE_NOOP("accounts", "至少要保留一个启用的系统管理员账户"))
        account.display_name = name
        account.roles = format_roles(chosen)
        session.flush()
        return _info(account)


def set_active(desk: Desk, account_id: int, active: bool) -> AccountInfo:
    """Deactivate an account (it can no longer log in or sign; its name stays in history)."""
    action = ACCOUNT_ACTIVATE if active else ACCOUNT_DEACTIVATE
    with desk.write(action, object_type="account") as session:
        account = _account(session, account_id)
        if not active:
            if account.id == desk.user.id:
                raise AccountError(QT_TRANSLATE_NOOP("accounts", "不能停用自己正在使用的账户"))
            if Role.ADMIN in parse_roles(account.roles) and not _other_admins(session, account.id):
                raise AccountError(
                    QT_TRANSLATE_NOOP("accounts", "至少要保留一个启用的系统管理员账户")
                )
        account.active = active
        session.flush()
        return _info(account)


def reset_password(desk: Desk, account_id: int, temporary: str) -> AccountInfo:
    """Give an account a temporary password, to be changed at its next login; unlocks it."""
    with desk.write(ACCOUNT_RESET, object_type="account") as session:
        account = _account(session, account_id)
        errors = password_errors(temporary, load_settings(session), account.username)
        if errors:
            raise ValidationError(errors)
        account.password_hash = hash_password(temporary)
        account.must_change_password = True
        account.password_changed_at = desk.clock.now()
        account.failed_logins = 0
        account.locked_until = None
        session.flush()
        return _info(account)


def unlock(desk: Desk, account_id: int) -> AccountInfo:
    """End a lockout before its time (the person proved who they are to the administrator)."""
    with desk.write(ACCOUNT_UNLOCK, object_type="account") as session:
        account = _account(session, account_id)
        account.failed_logins = 0
        account.locked_until = None
        session.flush()
        return _info(account)


def list_accounts(desk: Desk) -> list[AccountInfo]:
    """Every account, active ones first, in the order they were added."""
    with desk.db.read() as session:
        rows = session.scalars(select(Account).order_by(Account.active.desc(), Account.id))
        return [_info(a) for a in rows]


def user_named(desk: Desk, username: str) -> CurrentUser | None:
    """The account with this login name, as the person using it (no password checked)."""
    with desk.db.read() as session:
        account = session.scalar(select(Account).where(Account.username == clean_text(username)))
        return current_user(account) if account is not None else None


def first_account(desk: Desk) -> CurrentUser | None:
    """The first active engineer (lowest id), for unattended runs such as ``--screenshot``."""
    with desk.db.read() as session:
        for account in session.scalars(select(Account).where(Account.active).order_by(Account.id)):
            if Role.ENGINEER in parse_roles(account.roles):
                return current_user(account)
        return None


def engineer_names(desk: Desk) -> list[str]:
    """The display names of the active engineers, in the order they were added."""
    with desk.db.read() as session:
        rows = session.execute(
            select(Account.display_name, Account.roles).where(Account.active).order_by(Account.id)
        )
        return [name for name, roles in rows if Role.ENGINEER in parse_roles(roles)]


def signers(desk: Desk, role: Role) -> list[tuple[str, str]]:
    """(login name, display name) of the active accounts that sign as ``role``, by name."""
    with desk.db.read() as session:
        rows = session.execute(
            select(Account.username, Account.display_name, Account.roles).where(Account.active)
        )
        found = [(user, name) for user, name, roles in rows if role in parse_roles(roles)]
    return sorted(found, key=lambda pair: pair[1])


def role_label(role: Role) -> Marked:
    return Marked("enum", role.label)
