"""Password rules, the lockout (with an injected time), roles and the security settings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.accounts.policy import (
    LockoutPolicy,
    LoginState,
    PasswordPolicy,
    after_failure,
    after_success,
    character_classes,
    password_expired,
    password_problems,
    problem_value,
)
from app.domain.accounts.roles import (
    Permission,
    Role,
    format_roles,
    parse_roles,
    permissions_of,
    role_conflicts,
    roles_text,
)
from app.domain.accounts.settings import MIN_RETENTION_DAYS, SecuritySettings, validate_settings
from app.domain.validation import ValidationError

NOW = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
POLICY = PasswordPolicy()


@pytest.mark.parametrize(
    ("password", "problems"),
    [
        ("123456", 3),  # short, one class, on every guessing list
        ("zhuchang123", 1),  # two classes only
        ("Zhuchang123", 0),  # lower, upper, digit
        ("zhuchang@123", 0),  # lower, symbol, digit
        ("Ab1!", 1),  # four classes but too short
        ("Password1", 1),  # three classes, but on every guessing list
        ("Sungong@2026", 1),  # contains the login name
        ("驻场工程师Ab1", 0),  # Chinese characters count as "other"
    ],
)
def test_password_rules(password: str, problems: int) -> None:
    assert len(password_problems(password, POLICY, "sungong")) == problems, password


def test_character_classes_and_a_stricter_policy() -> None:
    assert character_classes("aA1!") == 4
    assert character_classes("abcdefgh") == 1
    strict = PasswordPolicy(min_length=12, min_classes=4)
    assert len(password_problems("Zhuchang@12", strict)) == 1  # 11 characters
    assert password_problems("Zhuchang@123", strict) == []


def test_password_expires_after_its_age() -> None:
    assert not password_expired(NOW - timedelta(days=89), NOW, POLICY)
    assert password_expired(NOW - timedelta(days=90), NOW, POLICY)
    assert password_expired(None, NOW, POLICY)


def test_five_failures_lock_for_ten_minutes_then_the_count_starts_again() -> None:
    policy = LockoutPolicy()
    state = LoginState()
    at = NOW
    for attempt in range(1, 5):
        state = after_failure(state, at, policy)
        assert state.failures == attempt and not state.locked(at)
        at += timedelta(seconds=5)
    state = after_failure(state, at, policy)  # the fifth
    assert state.locked(at)
    assert state.locked_until == at + timedelta(minutes=10)
    # Failures while locked do not extend the lock.
    later = at + timedelta(minutes=9, seconds=59)
    assert after_failure(state, later, policy) == state
    assert state.locked(later)
    # Once it has run out, one failure is the first of a new count.
    free = at + timedelta(minutes=10)
    assert not state.locked(free)
    again = after_failure(state, free, policy)
    assert again.failures == 1 and not again.locked(free)
    assert after_success() == LoginState()


def test_lockout_is_configurable() -> None:
    policy = LockoutPolicy(max_failures=3, lock_minutes=30)
    state = LoginState()
    for _ in range(3):
        state = after_failure(state, NOW, policy)
    assert state.locked_until == NOW + timedelta(minutes=30)


def test_roles_grant_permissions_and_round_trip() -> None:
    assert Permission.WORK in permissions_of({Role.ENGINEER})
    assert permissions_of({Role.SUPERVISOR}) >= {Permission.READ, Permission.SIGN}
    assert Permission.WORK not in permissions_of({Role.SUPERVISOR})
    assert permissions_of({Role.AUDITOR}) == {Permission.AUDIT, Permission.SELF}
    assert Permission.AUDIT not in permissions_of({Role.ADMIN})
    roles = {Role.ADMIN, Role.ENGINEER}
    assert format_roles(roles) == "engineer admin"
    assert parse_roles("admin engineer nonsense") == roles


def test_default_settings_keep_administrator_and_auditor_apart() -> None:
    settings = SecuritySettings()
    conflicts = role_conflicts(
        {Role.ADMIN, Role.AUDITOR},
        settings.separate_admin_auditor,
        settings.separate_engineer_client,
    )
    assert conflicts == [(Role.ADMIN, Role.AUDITOR)]
    assert role_conflicts({Role.ENGINEER, Role.SUPERVISOR}, True, True) == [
        (Role.ENGINEER, Role.SUPERVISOR)
    ]
    assert role_conflicts({Role.ENGINEER, Role.ADMIN}, True, True) == []
    assert role_conflicts({Role.ADMIN, Role.AUDITOR}, False, True) == []


def test_settings_refuse_weaker_than_level_three() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_settings({"password_min_length": 6, "audit_retention_days": 180})
    assert {e.field for e in caught.value.errors} == {"password_min_length", "audit_retention_days"}
    assert "密码最短长度" in str(caught.value)
    settings = validate_settings({"idle_lock_minutes": "5", "audit_retention_days": 365})
    assert settings.idle_lock_minutes == 5 and settings.audit_retention_days == 365
    assert SecuritySettings().audit_retention_days == MIN_RETENTION_DAYS == 184


def _shown(password: str, policy: PasswordPolicy = POLICY, username: str = "sungong") -> list[str]:
    """The messages a person setting ``password`` reads, numbers filled in."""
    return [
        template.format(n=problem_value(template, policy))
        for template in password_problems(password, policy, username)
    ]


def test_each_problem_is_named_in_chinese_with_the_policys_numbers() -> None:
    assert _shown("123456") == [
        "密码至少需要 8 个字符",
        "密码需包含小写字母、大写字母、数字、符号中的至少 3 类",
        "这是常见的弱密码，请换一个",
    ]
    assert _shown("Sungong@2026") == ["密码不能包含登录名"]
    strict = PasswordPolicy(min_length=12, min_classes=4)
    assert _shown("Zhuchang12", strict) == [
        "密码至少需要 12 个字符",
        "密码需包含小写字母、大写字母、数字、符号中的至少 4 类",
    ]
    assert _shown("Zhuchang@123", username="") == []


@pytest.mark.parametrize(
    "password",
    ["12345678", "123456789", "1234567890", "password", "Password1", "PASSW0RD", "P@ssw0rd",
     "p@ssword1", "Admin123", "Admin@123", "Qwerty123", "abc12345", "a1234567", "aa123456",
     "11111111", "88888888", "1qaz2wsx", "1QAZ@wsx", "qaz123wsx", "zaq12wsx"],
)  # fmt: skip
def test_passwords_on_every_guessing_list_are_refused_in_any_case(password: str) -> None:
    assert "这是常见的弱密码，请换一个" in _shown(password, username="")


def test_the_contracts_default_policy() -> None:
    assert (POLICY.min_length, POLICY.min_classes, POLICY.max_age_days) == (8, 3, 90)
    lockout = LockoutPolicy()
    assert (lockout.max_failures, lockout.lock_minutes) == (5, 10)


def test_the_failure_that_locks_is_counted() -> None:
    state = LoginState(failures=4)
    locked = after_failure(state, NOW, LockoutPolicy())
    assert locked.failures == 5 and locked.locked(NOW)


def test_without_a_login_name_no_part_of_a_password_is_refused_as_one() -> None:
    assert password_problems("Xxxxxx@2026", POLICY) == []


def test_each_setting_may_reach_the_top_of_its_range_and_no_further() -> None:
    top = validate_settings({"password_min_length": 64, "idle_lock_minutes": 30.0})
    assert (top.password_min_length, top.idle_lock_minutes) == (64, 30)
    with pytest.raises(ValidationError) as caught:
        validate_settings({"password_min_length": 65})
    assert str(caught.value) == "“密码最短长度”超出允许的范围"


@pytest.mark.parametrize("typed", [5.5, None, "五", [], True])
def test_a_setting_that_is_not_a_whole_number_is_named(typed: object) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_settings({"idle_lock_minutes": typed})
    assert [e.field for e in caught.value.errors] == ["idle_lock_minutes"]


def test_role_separation_can_be_switched_off() -> None:
    settings = validate_settings({"separate_admin_auditor": False, "separate_engineer_client": 0})
    assert settings.separate_admin_auditor is False and settings.separate_engineer_client is False
    assert validate_settings({}).separate_admin_auditor is True


def test_an_accounts_roles_read_in_the_programs_order() -> None:
    assert roles_text({Role.ADMIN, Role.ENGINEER}) == "驻场工程师、系统管理员"
    assert roles_text([]) == ""


def test_saved_settings_read_back_as_they_were() -> None:
    chosen = SecuritySettings(password_min_length=12, separate_admin_auditor=False)
    assert validate_settings(chosen.values()) == chosen
