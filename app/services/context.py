"""What every use case needs: the database, the clock and who is acting."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.db.engine import Database, StorageError

__all__ = ["SYSTEM_ACTOR", "CurrentUser", "Desk", "StorageError"]
from app.domain.clock import Clock, SystemClock


@dataclass(frozen=True)
class CurrentUser:
    """The engineer logged in."""

    id: int
    username: str
    display_name: str


SYSTEM_ACTOR = CurrentUser(0, "system", "系统")


@dataclass
class Desk:
    """The running program's handle on its services."""

    db: Database
    clock: Clock = field(default_factory=SystemClock)
    user: CurrentUser = SYSTEM_ACTOR

    @property
    def actor(self) -> str:
        return self.user.display_name

    def today(self) -> date:
        """The workstation's local calendar day now (periods and due dates are local days)."""
        return self.clock.now().astimezone().date()
