"""Opening a database for work, and the first start: the contract and the first engineer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app.db import postgres
from app.db.engine import DatabaseOpenError, plain_reason
from app.db.lock import AlreadyRunningError, InstanceLock
from app.db.migrate import MigrationResult
from app.db.opening import DatabaseRefusedError, open_database, open_server
from app.domain.accounts.roles import Role
from app.domain.audit.actions import SETUP
from app.domain.clock import Clock, SystemClock
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import ValidationError
from app.services import accounts, contract
from app.services.context import GUI, CurrentUser, Desk
from app.services.inspections.checklists import seed_if_empty, seed_inspection_defaults
from app.services.plans.plans import ensure_default_plans, seed_default_plans
from app.services.reference import seed_systems
from app.services.tickets import escalations

# What open_desk raises, for callers that must not reach into app.db.
__all__ = [
    "AlreadyRunningError",
    "DatabaseOpenError",
    "DatabaseRefusedError",
    "OpenedDesk",
    "complete_setup",
    "needs_setup",
    "open_desk",
]


@dataclass
class OpenedDesk:
    """A database opened for this program alone, migrated, with overdue escalations recorded."""

    desk: Desk
    lock: InstanceLock
    migration: MigrationResult
    escalations_recorded: int

    def close(self) -> None:
        self.desk.db.dispose()
        self.lock.release()


def is_server(target: Path | str) -> bool:
    """Whether ``target`` (a ``--db`` path or a ``--db-url``) names a PostgreSQL server."""
    return postgres.is_server_url(target)


def display_location(target: Path | str) -> str:
    """A database file's path, or a server's URL without its password (for messages and logs)."""
    return postgres.display_url(target) if is_server(target) else str(target)


def server_is_empty(url: str) -> bool:
    """Whether the server's database has no tables at all (a demo may be built there)."""
    from app.db.engine import Database
    from app.db.file_check import Verdict
    from app.db.opening import judge_server

    database = Database.open_url(url)
    try:
        return judge_server(database).verdict is Verdict.MISSING
    finally:
        database.dispose()


def open_desk(
    path: Path | str,
    clock: Clock | None = None,
    exclusive: bool = True,
    create_new: bool = False,
    source: str = GUI,
) -> OpenedDesk:
    """Lock, open, migrate (after a backup) and sweep escalations; clear errors in Chinese.

    ``path``: a SQLite file, or a PostgreSQL URL (``postgresql+psycopg://user:pw@host/db``).
    ``exclusive`` (the GUI): one program per database and workstation account, held until
    ``close``. Otherwise (a command beside the running GUI) the lock is only taken, if free,
    while an older schema is migrated (a server migrates under its own lock).
    ``create_new``: an empty or foreign file is set aside for a new database (the user chose so).
    The program's start checks every page (SQLite's quick check); a command reads the schema only.
    """
    clock = clock or SystemClock()
    server = is_server(path)
    if not server:
        path = Path(path).expanduser().resolve()
    lock = InstanceLock.for_server(str(path)) if server else InstanceLock(Path(path))
    if exclusive:
        lock.acquire()
    may_migrate = exclusive or server or lock.try_acquire()
    try:
        try:
            if server:
                database, migration = open_server(str(path), clock.now())
            else:
                database, migration = open_database(
                    Path(path), clock.now(), create_new, may_migrate, verify=exclusive
                )
        except SQLAlchemyError as exc:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("database", "无法写入数据库：{path}（{reason}）"),
                path=postgres.display_url(path) if server else path,
                reason=plain_reason(exc.orig if isinstance(exc, DBAPIError) else exc),
            ) from exc
        if not exclusive:
            lock.release()
        desk = Desk(database, clock, source=source)
        recorded = 0
        try:
            if contract.is_configured(desk):
                seed_if_empty(desk)  # databases made before the shipped checklists and plans
                ensure_default_plans(desk)
                recorded = escalations.sweep(desk)
        except BaseException:
            database.dispose()
            raise
    except BaseException:
        lock.release()
        raise
    return OpenedDesk(desk, lock, migration, recorded)


def needs_setup(desk: Desk) -> bool:
    """True until the contract and a first engineer exist."""
    return not contract.is_configured(desk) or not accounts.has_accounts(desk)


def complete_setup(
    desk: Desk,
    contract_values: Mapping[str, Any],
    ladder: list[contract.LadderRung],
    username: str,
    display_name: str,
    password: str,
    action: str = SETUP,
) -> CurrentUser:
    """Save the contract, the ladder, the shipped system list and the first account, together.

    The first account is the resident engineer and the system administrator, who then adds the
    auditor and the client's confirmers (the administrator cannot also be the auditor).
    """
    errors = list(accounts.validate_account(username, password))
    try:
        cleaned = contract.validate_contract(contract_values)
    except ValidationError as exc:
        errors = exc.errors + errors
    if errors:
        raise ValidationError(errors)
    with desk.write(action, as_system=True, object_type="contract") as session:
        contract.store_contract(session, cleaned, ladder)
        seed_systems(session)
        seed_inspection_defaults(session, desk.today())
        seed_default_plans(session, desk.clock.now(), desk.actor)
        user = accounts.add_account(
            session,
            username,
            display_name,
            password,
            (Role.ENGINEER, Role.ADMIN),
            desk.clock.now(),
        )
    desk.user = user
    return user
