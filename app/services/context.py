"""What every use case needs: the database, the clock, who is acting and from where.

Every write goes through ``Desk.write(action)``: it checks that the account may do ``action``,
and attributes the transaction to the account so the commit appends its audit record. A refused
write is itself audited (outcome 已拒绝) before ``PermissionRefusedError`` is raised.
"""

from __future__ import annotations

import platform
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from app.db import audit
from app.db.engine import Database, StorageError
from app.domain.accounts.roles import Permission, Role, permissions_of
from app.domain.audit.actions import PERMISSION_REFUSED, kind_of
from app.domain.audit.chain import REFUSED, SUCCESS
from app.domain.clock import Clock, SystemClock
from app.domain.i18n import QT_TRANSLATE_NOOP, Marked, MarkedError

__all__ = [
    "SYSTEM_ACTOR",
    "CurrentUser",
    "Desk",
    "PermissionRefusedError",
    "StorageError",
]

GUI, CLI, SYSTEM = "gui", "cli", "system"


@dataclass(frozen=True)
class CurrentUser:
    """The person logged in, with the roles the account holds."""

    id: int
    username: str
    display_name: str
    roles: frozenset[Role] = frozenset()

    @property
    def is_system(self) -> bool:
        return self.id == 0

    def can(self, permission: Permission) -> bool:
        if permission is Permission.SYSTEM:
            return True  # logins, sweeps: done by the program, whoever is at the desk
        if self.is_system:
            return False
        return permission in permissions_of(self.roles)


SYSTEM_ACTOR = CurrentUser(0, "system", "系统")


class PermissionRefusedError(MarkedError, PermissionError):
    """The account's roles do not allow the action; nothing was written but the refusal."""

    def __init__(self, action_label: Marked, who: str) -> None:
        super().__init__(
            "access",
            QT_TRANSLATE_NOOP("access", "账户“{who}”无权执行“{action}”"),
            who=who,
            action=action_label,
        )


def _workstation() -> str:
    """This computer's name (from the operating system; no network is asked)."""
    return platform.node()[:100] or "?"


@dataclass
class Desk:
    """The running program's handle on its services."""

    db: Database
    clock: Clock = field(default_factory=SystemClock)
    user: CurrentUser = SYSTEM_ACTOR
    source: str = GUI
    workstation: str = field(default_factory=_workstation)

    @property
    def actor(self) -> str:
        return self.user.display_name

    def today(self) -> date:
        """The workstation's local calendar day now (periods and due dates are local days)."""
        return self.clock.now().astimezone().date()

    def can(self, action: str) -> bool:
        """Whether the logged-in account may do ``action`` (an audit action code)."""
        return self.user.can(kind_of(action).permission)

    def audit_context(
        self, action: str, *, as_system: bool = False, always: bool = False
    ) -> audit.AuditContext:
        """Who does ``action`` now, from where (the program itself when ``as_system``)."""
        user = SYSTEM_ACTOR if as_system else self.user
        return audit.AuditContext(
            account_id=user.id or None,
            username=user.username,
            display_name=user.display_name,
            workstation=self.workstation,
            source=SYSTEM if as_system or user.is_system else self.source,
            action=action,
            at=self.clock.now(),
            always=always,
        )

    @contextmanager
    def write(
        self,
        action: str,
        *,
        object_type: str = "",
        object_label: str = "",
        detail: str = "",
        always: bool = False,
        as_system: bool = False,
        counts_as_change: bool = True,
    ) -> Iterator[Session]:
        """One transaction doing ``action``; committed with its audit record, or not at all.

        ``counts_as_change`` False: bookkeeping that is not a change of the data (a backup made).
        """
        if not as_system:
            self.require(action, object_type, object_label)
        context = self.audit_context(action, as_system=as_system, always=always)
        context.object_type, context.object_label, context.detail = (
            object_type,
            object_label,
            detail,
        )
        with self.db.transaction(counts_as_change=counts_as_change) as session:
            audit.start(session, context)
            yield session

    def require(self, action: str, object_type: str = "", object_label: str = "") -> None:
        """Raise (and audit the refusal) unless the account may do ``action``."""
        if self.can(action):
            return
        kind = kind_of(action)
        self.record(
            PERMISSION_REFUSED,
            object_type=object_type,
            object_label=object_label,
            detail=f"{action}（{kind.label}）",
            outcome=REFUSED,
        )
        raise PermissionRefusedError(Marked(kind.context, kind.label), self.user.display_name)

    def record(
        self,
        action: str,
        *,
        object_type: str = "",
        object_label: str = "",
        detail: str = "",
        outcome: str = SUCCESS,
        as_system: bool = False,
    ) -> None:
        """An audit record of its own (an export, a print, a refusal, a lock of the screen)."""
        context = self.audit_context(action, as_system=as_system, always=True)
        context.object_type, context.object_label = object_type, object_label
        context.detail, context.outcome = detail, outcome
        with self.db.transaction() as session:
            audit.start(session, context)
