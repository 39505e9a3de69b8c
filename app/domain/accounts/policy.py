"""Password rules and the lockout after repeated failed logins, with an injected time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.i18n import QT_TRANSLATE_NOOP

# Passwords every guessing list starts with; refused whatever the policy says.
COMMON_PASSWORDS = frozenset(
    {
        "123456",
        "12345678",
        "123456789",
        "1234567890",
        "password",
        "password1",
        "passw0rd",
        "p@ssw0rd",
        "p@ssword1",
        "admin123",
        "admin@123",
        "qwerty123",
        "abc12345",
        "a1234567",
        "aa123456",
        "11111111",
        "88888888",
        "1qaz2wsx",
        "1qaz@wsx",
        "qaz123wsx",
        "zaq12wsx",
    }
)


@dataclass(frozen=True)
class PasswordPolicy:
    """How long and how varied a password must be, and how long it may be used."""

    min_length: int = 8
    min_classes: int = 3
    max_age_days: int = 90


def character_classes(password: str) -> int:
    """How many of lower-case, upper-case, digits and other characters the password uses."""
    return sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )


def password_problems(password: str, policy: PasswordPolicy, username: str = "") -> list[str]:
    """What is wrong with a new password: marked templates filled with ``{n}``, empty if fine."""
    problems: list[str] = []
    if len(password) < policy.min_length:
        problems.append(QT_TRANSLATE_NOOP("validation", "密码至少需要 {n} 个字符"))
    if character_classes(password) < policy.min_classes:
        problems.append(
            QT_TRANSLATE_NOOP(
                "validation", "密码需包含小写字母、大写字母、数字、符号中的至少 {n} 类"
            )
        )
    if password.lower() in COMMON_PASSWORDS:
        problems.append(QT_TRANSLATE_NOOP("validation", "这是常见的弱密码，请换一个"))
    if username and username.lower() in password.lower():
        problems.append(QT_TRANSLATE_NOOP("validation", "密码不能包含登录名"))
    return problems


def problem_value(template: str, policy: PasswordPolicy) -> int:
    """The number a problem template's ``{n}`` stands for."""
    return policy.min_classes if "类" in template else policy.min_length


def password_expired(changed_at: datetime | None, now: datetime, policy: PasswordPolicy) -> bool:
    """Whether a password set at ``changed_at`` must be changed now."""
    if changed_at is None:
        return True
    return now - changed_at >= timedelta(days=policy.max_age_days)


@dataclass(frozen=True)
class LockoutPolicy:
    """How many failed logins in a row lock an account, and for how long."""

    max_failures: int = 5
    lock_minutes: int = 10


@dataclass(frozen=True)
class LoginState:
    """An account's failed logins in a row and, once locked, until when."""

    failures: int = 0
    locked_until: datetime | None = None

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


def after_failure(state: LoginState, now: datetime, policy: LockoutPolicy) -> LoginState:
    """The state after one more failed login; the failure that reaches the limit locks.

    Failures while locked change nothing (the lock is not extended); a lock that has run out
    starts the count afresh.
    """
    if state.locked(now):
        return state
    failures = 1 if state.locked_until is not None else state.failures + 1
    if failures >= policy.max_failures:
        return LoginState(failures, now + timedelta(minutes=policy.lock_minutes))
    return LoginState(failures, None)


def after_success() -> LoginState:
    return LoginState()
