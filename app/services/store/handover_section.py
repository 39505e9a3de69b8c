"""The handover's store section: parts at or below minimum stock, and what is lent out."""

from __future__ import annotations

from app.exports.handover_form import HandoverSection
from app.exports.pdf_text import fmt_time
from app.services.store import inventory, loans
from app.services.store.inventory import PartFilter


def store_section(shift: object) -> HandoverSection:
    """备品备件: low stock (to reorder) and open loans (who has what since when; overdue marked)."""
    desk = shift.desk  # type: ignore[attr-defined]
    rows: list[tuple[str, str, str, str]] = []
    for part in inventory.list_parts(desk, PartFilter(low_only=True)):
        rows.append(
            (
                "低库存",
                f"{part.code}\n{part.name} {part.model}".strip(),
                f"库存 {part.on_hand}{part.unit}（最低 {part.min_stock}）",
                f"货架 {part.shelf}，请补货" if part.shelf else "请补货",
            )
        )
    for loan in loans.list_loans(desk, open_only=True):
        state = "逾期未还" if loan.overdue else "借出中"
        what = f"{loan.part_code}\n{loan.part_name}"
        ticket = f"，工单 {loan.ticket_number}" if loan.ticket_number else ""
        rows.append(
            (
                f"{loan.kind.label}{state}",
                what,
                f"序列号 {loan.serial}" if loan.serial else f"{loan.quantity}{loan.unit}",
                f"{loan.borrower}，{fmt_time(loan.issued_at)} 借出{ticket}；"
                f"预计归还 {fmt_time(loan.due_back_at)}",
            )
        )
    return HandoverSection(
        title="备品备件：低库存与借出在外",
        columns=("类型", "备件", "数量", "说明"),
        widths=(22, 28, 20, 40),
        rows=tuple(rows),
    )
