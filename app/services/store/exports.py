"""The store's Excel exports: stock list, movement ledger for a period, loans."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.store.inventory import StockError
from app.exports.store.workbooks import (
    LEDGER_HEADER,
    LEDGER_WIDTHS,
    LOANS_HEADER,
    LOANS_WIDTHS,
    STOCK_HEADER,
    STOCK_WIDTHS,
    write_sheets,
)
from app.exports.xlsx import PrintHeading, period_text
from app.services.audit_trail import record_export, require_export
from app.services.context import Desk
from app.services.documents import check_out_path
from app.services.store import inventory, loans


def export_stock(desk: Desk, out_path: Path) -> int:
    """库存清单: every part with its stock, low stock marked; returns the number of parts."""
    out_path = check_out_path(out_path)
    require_export(desk)
    parts = inventory.list_parts(desk)
    rows = [
        (
            p.shelf,
            p.code,
            p.name,
            p.model,
            p.category.label,
            p.unit,
            p.on_hand,
            p.on_loan,
            p.min_stock,
            p.low,
            p.serial_tracked,
            "、".join(inventory.serials_in_stock(desk, p.id)) if p.serial_tracked else "",
        )
        for p in parts
    ]
    low = [r for r in rows if r[9]]
    write_sheets(
        out_path,
        [
            ("库存清单", STOCK_HEADER, STOCK_WIDTHS, rows),
            ("低库存", STOCK_HEADER, STOCK_WIDTHS, low),
        ],
        PrintHeading("库存清单", f"截至 {desk.today().isoformat()}", desk.clock.now()),
    )
    record_export(desk, "库存清单", out_path, len(rows))
    return len(rows)


def day_bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """Local days [start, end] as aware instants [from, to)."""
    if start and end and start > end:
        raise StockError(QT_TRANSLATE_NOOP("store", "开始日期不能晚于结束日期"))
    lo = datetime.combine(start, time()).astimezone() if start else None
    hi = datetime.combine(end + timedelta(days=1), time()).astimezone() if end else None
    return lo, hi


def export_movements(
    desk: Desk, out_path: Path, start: date | None = None, end: date | None = None
) -> int:
    """出入库台账 for a period (local days, both included), oldest first; returns rows."""
    out_path = check_out_path(out_path)
    require_export(desk)
    lo, hi = day_bounds(start, end)
    moves = list(reversed(inventory.list_movements(desk, lo, hi)))
    rows = [
        (
            m.at,
            m.kind.label,
            m.part_code,
            m.part_name,
            m.model,
            m.serial,
            m.quantity,
            m.unit,
            m.ticket_number,
            m.device,
            m.source,
            m.reason,
            m.actor,
        )
        for m in moves
    ]
    heading = PrintHeading("出入库台账", period_text(start, end), desk.clock.now())
    write_sheets(out_path, [("出入库台账", LEDGER_HEADER, LEDGER_WIDTHS, rows)], heading)
    record_export(desk, "出入库台账", out_path, len(rows))
    return len(rows)


def _status(loan: loans.LoanInfo) -> str:
    if not loan.open:
        return "已归还"
    return "逾期未还" if loan.overdue else "借出中"


def export_loans(desk: Desk, out_path: Path) -> int:
    """借用登记: loaners and test equipment, open and returned; returns rows."""
    out_path = check_out_path(out_path)
    require_export(desk)
    rows = [
        (
            loan.id,
            loan.kind.label,
            loan.part_code,
            loan.part_name,
            loan.model,
            loan.serial,
            loan.quantity,
            loan.ticket_number,
            loan.borrower,
            loan.location,
            loan.purpose,
            loan.issued_at,
            loan.issued_by,
            loan.due_back_at,
            loan.returned_at,
            loan.returned_by,
            _status(loan),
        )
        for loan in loans.list_loans(desk)
    ]
    heading = PrintHeading("借用登记", "全部", desk.clock.now())
    write_sheets(out_path, [("借用登记", LOANS_HEADER, LOANS_WIDTHS, rows)], heading)
    record_export(desk, "借用登记", out_path, len(rows))
    return len(rows)
