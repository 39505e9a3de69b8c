"""The handover's store section: loaners and test equipment out, with their due dates."""

from __future__ import annotations

from app.exports.handover_data import HandoverSection
from app.exports.pdf_text import fmt_time
from app.services.store import loans


def store_section(shift: object) -> HandoverSection:
    """借出在外: open loans, one line each: what, to whom, for which ticket, due back when.

    Low stock is not the next shift's business (the status bar and the store tab show it).
    """
    desk = shift.desk  # type: ignore[attr-defined]
    rows: list[tuple[str, str, str, str, str]] = []
    for loan in loans.list_loans(desk, open_only=True):
        state = "逾期未还" if loan.overdue else "借出中"
        serial = f"（{loan.serial}）" if loan.serial else ""
        ticket = f"，工单 {loan.ticket_number}" if loan.ticket_number else ""
        rows.append(
            (
                f"{loan.kind.label}{state}",
                f"{loan.part_code} {loan.part_name}{serial}",
                f"{loan.borrower}{ticket}",
                fmt_time(loan.issued_at),
                fmt_time(loan.due_back_at),
            )
        )
    return HandoverSection(
        title="借出在外（备用机与测试设备）",
        columns=("类型", "设备", "借用人", "借出时间", "预计归还"),
        widths=(16, 30, 22, 16, 16),
        rows=tuple(rows),
        dense=True,
    )
