"""Who may restore a backup, and the record of a restore in the database it put back.

One rule for a file and for a server: the account must be in the backup itself, active, an
engineer or administrator, with its password; the restored database then records who restored
which copy. A file's copy is read with SQLite, a server's dump with pg_restore.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import select

from app.db.backup import BackupError, CopyAccount
from app.db.engine import Database
from app.db.models import Account
from app.domain.accounts.roles import Role, parse_roles
from app.domain.audit.actions import DATABASE_RESTORE
from app.domain.clock import FixedClock
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.passwords import hash_password, verify_password
from app.services.accounts import current_user
from app.services.context import Desk

RESTORER_ROLES = frozenset({Role.ENGINEER, Role.ADMIN})
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Restorer:
    """The account that restores, as the backup holds it, its password checked."""

    username: str
    display_name: str


def check_restorer(account: CopyAccount | None, name: str, password: str) -> Restorer:
    """The restorer if ``account`` (``name`` as the backup holds it, or None) may restore with
    ``password``; ``BackupError`` otherwise. The backup is only read, so a wrong password is not
    counted there."""
    stored = account.password_hash if account is not None else _decoy_hash()
    correct = verify_password(password, stored)  # the slow hash whether the name exists or not
    if account is None or not correct:
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "此备份中没有账户“{user}”，或密码不正确：不能恢复"),
            user=name,
        )
    if not account.active:
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "账户“{user}”在此备份中已停用，不能用它恢复"), user=name
        )
    if not parse_roles(account.roles) & RESTORER_ROLES:
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "只有驻场工程师或系统管理员可以恢复备份，“{user}”不是"),
            user=name,
        )
    return Restorer(account.username, account.display_name)


@cache
def _decoy_hash() -> str:
    """A hash to check unknown names against, so they take as long as known ones."""
    return hash_password("decoy-password-never-valid")


def record_restore_in(
    open_restored: Callable[[], Database],
    restorer: Restorer | None,
    origin: str,
    now: datetime,
    source_name: str,
    detail: str,
) -> bool:
    """Open the restored database, append the restore to its audit trail and close it; False,
    and logged, if that fails: the restore itself stands."""
    try:
        database = open_restored()
    except Exception:
        log.exception("the restore of %s could not be recorded", source_name)
        return False
    try:
        record_restore(database, restorer, origin, now, source_name, detail)
    except Exception:
        log.exception("the restore of %s could not be recorded", source_name)
        return False
    finally:
        database.dispose()
    return True


def record_restore(
    database: Database,
    restorer: Restorer | None,
    origin: str,
    now: datetime,
    source_name: str,
    detail: str,
) -> None:
    """Append the restore to the restored ``database``'s audit trail, as ``restorer`` (the
    program itself when None)."""
    desk = Desk(database, FixedClock(now), source=origin)
    if restorer is not None:
        with database.read() as session:
            account = session.scalar(select(Account).where(Account.username == restorer.username))
        if account is None:  # cannot be: the same backup was checked a moment ago
            raise LookupError(restorer.username)
        desk.user = current_user(account)
    desk.record(
        DATABASE_RESTORE,
        object_type="backup",
        object_label=source_name,
        detail=detail,
        as_system=restorer is None,
    )
