"""Engineer accounts: creating them and logging in."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Account
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.passwords import MIN_LENGTH, hash_password, verify_password
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import CurrentUser, Desk

_USERNAME = QT_TRANSLATE_NOOP("field", "登录名")
_PASSWORD = QT_TRANSLATE_NOOP("field", "密码")


class LoginError(ValueError):
    """Wrong user name or password."""


def has_accounts(desk: Desk) -> bool:
    with desk.db.read() as session:
        return bool(session.scalar(select(func.count(Account.id))))


def validate_account(username: str, password: str) -> list[FieldError]:
    """What is wrong with a new login name and password."""
    errors = []
    if not clean_text(username):
        errors.append(
            FieldError("username", QT_TRANSLATE_NOOP("validation", "请填写“{label}”"), _USERNAME)
        )
    if len(password) < MIN_LENGTH:
        errors.append(
            FieldError(
                "password", QT_TRANSLATE_NOOP("validation", "“{label}”至少需要6个字符"), _PASSWORD
            )
        )
    return errors


def add_account(session: Session, username: str, display_name: str, password: str) -> CurrentUser:
    """Add an engineer inside the caller's transaction."""
    username = clean_text(username)
    display_name = clean_text(display_name) or username
    errors = validate_account(username, password)
    if errors:
        raise ValidationError(errors)
    if session.scalar(select(Account.id).where(Account.username == username)):
        raise ValidationError(
            [
                FieldError(
                    "username", QT_TRANSLATE_NOOP("validation", "“{label}”已被使用"), _USERNAME
                )
            ]
        )
    account = Account(
        username=username, display_name=display_name, password_hash=hash_password(password)
    )
    session.add(account)
    session.flush()
    return CurrentUser(account.id, account.username, account.display_name)


def create_account(desk: Desk, username: str, display_name: str, password: str) -> CurrentUser:
    """A new engineer; the password is stored only as a salted slow hash."""
    with desk.db.transaction() as session:
        return add_account(session, username, display_name, password)


def authenticate(desk: Desk, username: str, password: str) -> CurrentUser:
    """The user for these credentials; raises LoginError otherwise."""
    with desk.db.transaction() as session:
        account = session.scalar(
            select(Account).where(Account.username == clean_text(username), Account.active)
        )
        if account is None or not verify_password(password, account.password_hash):
            raise LoginError(QT_TRANSLATE_NOOP("login", "登录名或密码不正确"))
        account.last_login_at = desk.clock.now()
        return CurrentUser(account.id, account.username, account.display_name)


def first_account(desk: Desk) -> CurrentUser | None:
    """The first active engineer (lowest id), for unattended runs such as ``--screenshot``."""
    with desk.db.read() as session:
        account = session.scalar(
            select(Account).where(Account.active).order_by(Account.id).limit(1)
        )
        if account is None:
            return None
        return CurrentUser(account.id, account.username, account.display_name)


def engineer_names(desk: Desk) -> list[str]:
    """The display names of the active engineers, in the order they were added."""
    with desk.db.read() as session:
        return list(
            session.scalars(select(Account.display_name).where(Account.active).order_by(Account.id))
        )
