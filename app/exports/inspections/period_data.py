"""What the 巡检情况汇总 prints, as plain data (no reportlab: the services build it at any time)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import BackupKind, Frequency


@dataclass(frozen=True)
class ChecklistSummary:
    """One checklist over the range: periods due, done and missed, runs and what failed."""

    name: str
    system_name: str
    frequency: Frequency
    periods_due: int
    periods_done: int
    missed: tuple[str, ...]  # the labels of the missed periods
    runs: int
    failed_items: int
    tickets: int


@dataclass(frozen=True)
class FailureLine:
    """A failed line of a run in the range, with the ticket it opened and that ticket's status."""

    run_number: str
    performed_at: datetime
    template_name: str
    check: str
    answer: str
    note: str
    ticket_number: str
    ticket_status: str


@dataclass(frozen=True)
class BackupSummary:
    """One (system, backup type) of a policy over the range."""

    system_name: str
    kind: BackupKind
    frequency: Frequency
    periods_due: int
    periods_done: int
    done: int
    missed: tuple[str, ...]
    tests_ok: int
    tests_failed: int
    last_at: datetime | None


@dataclass(frozen=True)
class PeriodReport:
    """Everything the 巡检情况汇总 prints."""

    first: date
    last: date
    today: date
    checklists: tuple[ChecklistSummary, ...]
    failures: tuple[FailureLine, ...]
    backups: tuple[BackupSummary, ...]

    @property
    def runs(self) -> int:
        return sum(c.runs for c in self.checklists)

    @property
    def missed(self) -> int:
        return sum(len(c.missed) for c in self.checklists)

    @property
    def backups_missed(self) -> int:
        return sum(len(b.missed) for b in self.backups)
