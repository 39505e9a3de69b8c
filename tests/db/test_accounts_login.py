"""Logging in under the lockout, the same slow hash for unknown names, password changes, and the
administrator's account management (deactivate, never delete; reset forces a change)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.db.models import Account, AuditRecord
from app.domain import passwords
from app.domain.accounts.roles import Role
from app.domain.validation import ValidationError
from app.services import accounts, login, security
from app.services.accounts import AccountError
from app.services.context import Desk, PermissionRefusedError
from tests.conftest import ENGINEER, add_person

USERNAME, _NAME, PASSWORD = ENGINEER


def audit_actions(desk: Desk) -> list[tuple[str, str, str]]:
    with desk.db.read() as session:
        rows = session.execute(
            select(AuditRecord.action, AuditRecord.username, AuditRecord.outcome).order_by(
                AuditRecord.id
            )
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_thirty_wrong_passwords_then_the_right_one_is_still_locked(desk: Desk, clock) -> None:
    for _ in range(30):
        with pytest.raises(login.LoginError):
            login.authenticate(desk, USERNAME, "wrong-password")
        clock.advance(timedelta(seconds=3))
    with pytest.raises(login.LoginError, match="账户已锁定至"):
        login.authenticate(desk, USERNAME, PASSWORD)
    actions = audit_actions(desk)
    assert actions.count(("login.failed", USERNAME, "failure")) == 4
    assert actions.count(("login.locked", USERNAME, "failure")) == 1
    assert actions.count(("login.failed", USERNAME, "refused")) == 26  # tried while locked
    # The lock was taken at the fifth failure and runs ten minutes from then.
    clock.advance(timedelta(minutes=10) - timedelta(seconds=3 * 26))
    assert login.authenticate(desk, USERNAME, PASSWORD).user.username == USERNAME


def test_lockout_follows_the_settings(desk: Desk, clock) -> None:
    security.save_settings(desk, {"lockout_failures": 3, "lockout_minutes": 30})
    for _ in range(3):
        with pytest.raises(login.LoginError):
            login.authenticate(desk, USERNAME, "x")
    clock.advance(timedelta(minutes=29))
    with pytest.raises(login.LoginError, match="锁定"):
        login.authenticate(desk, USERNAME, PASSWORD)
    clock.advance(timedelta(minutes=1))
    login.authenticate(desk, USERNAME, PASSWORD)


def test_unknown_and_known_names_cost_the_same_slow_hash(desk: Desk, monkeypatch) -> None:
    checked: list[int] = []
    real = passwords.verify_password

    def counting(password: str, encoded: str) -> bool:
        checked.append(int(encoded.split("$")[1]))  # the iteration count really used
        return real(password, encoded)

    monkeypatch.setattr(login, "verify_password", counting)
    for name in ("nobody", USERNAME):
        with pytest.raises(login.LoginError, match="^登录名或密码不正确$"):
            login.authenticate(desk, name, "wrong-password")
    assert checked == [passwords.ITERATIONS, passwords.ITERATIONS]


def test_a_deactivated_account_cannot_log_in_and_is_kept(desk: Desk) -> None:
    person = accounts.create_account(desk, "ligong", "李工", "Kaishi#2026", [Role.ENGINEER])
    accounts.set_active(desk, person.id, False)
    with pytest.raises(login.LoginError, match="登录名或密码不正确"):
        login.authenticate(desk, "ligong", "Kaishi#2026")
    listed = {a.username: a for a in accounts.list_accounts(desk)}
    assert not listed["ligong"].active and listed["ligong"].display_name == "李工"
    with desk.db.read() as session:
        assert session.scalar(select(func.count(Account.id))) == 2


def test_a_new_or_reset_password_must_be_changed_at_next_login(desk: Desk) -> None:
    person = accounts.create_account(desk, "ligong", "李工", "Kaishi#2026", [Role.ENGINEER])
    result = login.authenticate(desk, "ligong", "Kaishi#2026")
    assert result.change_reason == login.MUST_CHANGE
    desk.user = result.user
    with pytest.raises(ValidationError, match="原密码"):
        login.change_password(desk, "wrong", "Lishi#2027a", "Lishi#2027a")
    with pytest.raises(ValidationError, match="不一致"):
        login.change_password(desk, "Kaishi#2026", "Lishi#2027a", "Lishi#2027b")
    with pytest.raises(ValidationError, match="至少 3 类"):
        login.change_password(desk, "Kaishi#2026", "lishi20277", "lishi20277")
    login.change_password(desk, "Kaishi#2026", "Lishi#2027a", "Lishi#2027a")
    assert login.authenticate(desk, "ligong", "Lishi#2027a").change_reason == ""
    desk.user = login.authenticate(desk, *ENGINEER[::2]).user
    accounts.reset_password(desk, person.id, "Chongzhi#2028")
    assert login.authenticate(desk, "ligong", "Chongzhi#2028").change_reason == login.MUST_CHANGE


def test_an_expired_or_weak_password_must_change(desk: Desk, clock) -> None:
    clock.advance(timedelta(days=90))
    assert login.authenticate(desk, USERNAME, PASSWORD).change_reason == login.EXPIRED
    with desk.write("account.password") as session:
        account = session.scalar(select(Account).where(Account.username == USERNAME))
        account.password_hash = passwords.hash_password("weak", 1000)  # an old program's
        account.password_changed_at = clock.now()
    assert login.authenticate(desk, USERNAME, "weak").change_reason == login.WEAK


def test_only_the_administrator_manages_accounts(desk: Desk) -> None:
    add_person(desk, "ligong", "李工", "Kaishi#2026", Role.ENGINEER)
    desk.user = accounts.user_named(desk, "ligong")
    with pytest.raises(PermissionRefusedError, match="无权执行“新增账户”"):
        accounts.create_account(desk, "x", "x", "Kaishi#2026", [Role.ENGINEER])
    with pytest.raises(PermissionRefusedError, match="修改安全设置"):
        security.save_settings(desk, {"idle_lock_minutes": 5})
    assert ("refused", "ligong", "refused") in audit_actions(desk)


def test_roles_are_kept_apart_and_an_administrator_remains(desk: Desk) -> None:
    with pytest.raises(ValidationError, match="“系统管理员”与“审计员”不能由同一账户兼任"):
        accounts.create_account(desk, "x1", "x", "Kaishi#2026", [Role.ADMIN, Role.AUDITOR])
    with pytest.raises(ValidationError, match="“驻场工程师”与“主管/甲方确认人”"):
        accounts.create_account(desk, "x2", "x", "Kaishi#2026", [Role.ENGINEER, Role.SUPERVISOR])
    me = accounts.user_named(desk, USERNAME)
    with pytest.raises(AccountError, match="不能停用自己"):
        accounts.set_active(desk, me.id, False)
    with pytest.raises(AccountError, match="至少要保留一个"):
        accounts.update_account(desk, me.id, "孙工", [Role.ENGINEER])
    security.save_settings(desk, {"separate_admin_auditor": False})
    both = accounts.create_account(desk, "x3", "x", "Kaishi#2026", [Role.ADMIN, Role.AUDITOR])
    assert both.roles == {Role.ADMIN, Role.AUDITOR}


def test_the_audit_retention_is_the_auditors_alone(desk: Desk) -> None:
    security.save_settings(desk, {"audit_retention_days": 400})  # the administrator cannot
    assert security.get_settings(desk).audit_retention_days == 184
    add_person(desk, "shenji", "审计员", "Chakan#2026", Role.AUDITOR)
    desk.user = accounts.user_named(desk, "shenji")
    with pytest.raises(ValidationError, match="保留期限"):
        security.save_retention(desk, 180)
    assert security.save_retention(desk, 400).audit_retention_days == 400
