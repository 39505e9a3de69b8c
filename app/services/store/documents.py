"""The store's numbered documents: 备用机借用单 (JY-) and 盘点表 (PD-), in the document register."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.domain.store.inventory import LoanKind
from app.exports.pdf_text import BLANK
from app.services import documents
from app.services.context import Desk
from app.services.document_versions import SAVED
from app.services.documents import DocumentInfo, check_out_path, register_and_render
from app.services.store import inventory, loans
from app.services.store.stocktake import posted_counts, sheet_lines

LOANER_FORM = documents.LOANER_FORM
EQUIPMENT_LOAN_FORM = documents.EQUIPMENT_LOAN_FORM
STOCKTAKE_SHEET = documents.STOCKTAKE_SHEET


def loaner_form(desk: Desk, loan_id: int, out_path: Path, copy: str | None = SAVED) -> DocumentInfo:
    """Number, register and print the 备用机借用单 of a loan (测试设备借用单 of test equipment)."""
    from app.exports.store.forms import render_loaner_form  # reportlab on first use

    out_path = check_out_path(out_path)
    loan = loans.get_loan(desk, loan_id)
    return register_and_render(
        desk,
        loan_form_kind(loan.kind),
        out_path,
        lambda path, header: render_loaner_form(path, header, loan),
        ticket_id=loan.ticket_id,
        ticket_number=loan.ticket_number,
        subject=f"loan:{loan_id}",
        content=loan,
        copy=copy,
    )


def loan_form_kind(kind: LoanKind) -> str:
    """The document kind of a loan's form: 备用机借用单, or 测试设备借用单 for test equipment."""
    return EQUIPMENT_LOAN_FORM if kind is LoanKind.TEST_EQUIPMENT else LOANER_FORM


def stocktake_sheet(
    desk: Desk,
    shelves: Sequence[str],
    out_path: Path,
    stocktake_id: int | None = None,
    copy: str | None = SAVED,
) -> DocumentInfo:
    """Print the 盘点表 of these shelves: blank counts to fill in, or a posted stocktake's counts."""
    out_path = check_out_path(out_path)
    at, actor, counts = (
        posted_counts(desk, stocktake_id) if stocktake_id is not None else (None, "", {})
    )
    lines = []
    for line in sheet_lines(desk, shelves):
        part = line.part
        note = ""
        if part.serial_tracked:
            note = "\n".join(inventory.serials_in_stock(desk, part.id))
        if counts:
            if part.id not in counts:
                continue
            book, counted = counts[part.id]
            diff = counted - book
            cells = (str(book), str(counted), f"{diff:+d}" if diff else "0")
        else:
            cells = (str(part.on_hand), "", "")
        lines.append(
            (part.shelf or BLANK, part.code, part.name, part.model, part.unit, *cells, note)
        )
    from app.exports.store.forms import StocktakeSheet, render_stocktake_sheet

    names = "、".join(sorted({s.strip().upper() for s in shelves if s.strip()})) or "全部货架"
    sheet = StocktakeSheet(
        shelves=names,
        counted_at=at,
        counted_by=actor,
        lines=lines,
    )
    return register_and_render(
        desk,
        STOCKTAKE_SHEET,
        out_path,
        lambda path, header: render_stocktake_sheet(path, header, sheet),
        subject=f"stocktake:{stocktake_id}" if stocktake_id is not None else "",
        content=sheet,
        copy=copy,
    )
