"""Export the change log (变更台账) with its statistics for a period of registration days."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from app.domain.changes.routing import Approver, ChangeKind
from app.domain.changes.states import ChangeState
from app.exports.changes.log import KindStats, write_change_log
from app.exports.xlsx import PrintHeading, period_text
from app.services.audit_trail import record_export, require_export
from app.services.changes.requests import ChangeInfo, list_changes
from app.services.context import Desk
from app.services.tickets.log_export import local_day_start

DONE = (ChangeState.DONE, ChangeState.CONFIRMED)


def change_row(c: ChangeInfo) -> tuple[object, ...]:
    return (
        c.number,
        c.requested_at,
        c.kind.label,
        c.title,
        c.requester,
        c.system_name,
        float(c.effort_days),
        c.required.label,
        c.state.label,
        c.charge.label,
        c.ticket_number,
        "\n".join(f"{code} {name}" for _, code, name in c.devices),
        c.submitted_at,
        c.decided_by,
        c.decided_at,
        c.decision_note,
        c.started_at,
        c.finished_at,
        c.result_note,
        c.confirmed_at,
        c.confirmed_by,
        c.cancel_reason,
        c.rollback_plan,
    )


def kind_stats(changes: Sequence[ChangeInfo]) -> list[KindStats]:
    """One line per kind, then 合计 — the figures the monthly report prints too."""

    def line(label: str, group: Sequence[ChangeInfo]) -> KindStats:
        approvers = sorted({c.required for c in group}, key=lambda a: a.rank)
        return KindStats(
            kind=label,
            total=len(group),
            approvers="、".join(a.label for a in approvers) if group else "—",
            rejected=sum(c.state is ChangeState.REJECTED for c in group),
            waiting=sum(c.state is ChangeState.SUBMITTED for c in group),
            failed=sum(c.state is ChangeState.FAILED for c in group),
            cancelled=sum(c.state is ChangeState.CANCELLED for c in group),
            done=sum(c.state in DONE for c in group),
            devices=sum(len(c.devices) for c in group),
        )

    lines = [line(kind.label, [c for c in changes if c.kind is kind]) for kind in ChangeKind]
    return [*lines, line("合计", list(changes))]


def approver_counts(changes: Sequence[ChangeInfo]) -> dict[Approver, int]:
    return {a: sum(c.required is a for c in changes) for a in Approver}


def changes_in(desk: Desk, first: date | None, last: date | None) -> list[ChangeInfo]:
    """The change requests registered on the local days [first, last], oldest first."""
    from datetime import timedelta

    start = local_day_start(first) if first else None
    end = local_day_start(last + timedelta(days=1)) if last else None
    return list(reversed(list_changes(desk, start, end)))


def export_change_log(desk: Desk, out_path: Path, first: date | None, last: date | None) -> int:
    """Write the change log of the period to ``out_path``; returns the number of changes."""
    require_export(desk)
    changes = changes_in(desk, first, last)
    heading = PrintHeading("变更台账", period_text(first, last), desk.clock.now())
    written = write_change_log(
        Path(out_path), heading, map(change_row, changes), kind_stats(changes)
    )
    record_export(desk, "变更台账", Path(out_path), written)
    return written
