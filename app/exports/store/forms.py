"""备用机借用单 and 盘点表: the store's printed forms, signed by hand."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.store.inventory import LoanInfo, LoanKind
from app.exports.pdf_fonts import BoldParagraph, Paragraph, Styles
from app.exports.pdf_frame import DocumentHeader, write_pdf
from app.exports.pdf_tables import Row, end_with, field_grid, grid_table, section, signatures
from app.exports.pdf_text import BLANK, fmt_time, numbered

LOANER_TITLE = "备用机借用单"
EQUIPMENT_TITLE = "测试设备借用单"
LOANER_NOTE = "依据合同：硬件故障自报修起 8 小时内未修复的，提供相同型号备用机，原设备修复后归还。"
STOCKTAKE_TITLE = "备品备件盘点表"


def loaner_story(loan: LoanInfo, styles: Styles) -> list[Flowable]:
    """The ticket (for a loaner), the unit lent, both signatures on issue, the return, signatures.

    A loan with no ticket (test equipment) has no fault section and no contract note; a return not
    yet made leaves its fields blank to fill in by hand.
    """
    title = LOANER_TITLE if loan.kind is LoanKind.LOANER else EQUIPMENT_TITLE
    story: list[Flowable] = [BoldParagraph(title, styles.title)]
    parts: list[tuple[str, Flowable | list[str]]] = []
    issuer: Row = ("经办工程师", loan.issued_by, "借用单号", str(loan.id))
    if loan.ticket_number:
        story.append(Paragraph(LOANER_NOTE, styles.small))
        fault: list[Row] = [
            ("工单号", loan.ticket_number, "借用单号", str(loan.id)),
            ("故障地点", loan.ticket_place),
            ("故障设备", loan.ticket_device),
            ("故障情况", loan.ticket_title),
        ]
        parts.append(("故障工单", field_grid(fault, styles)))
        issuer = ("经办工程师", loan.issued_by)
    lent: list[Row] = [
        ("设备名称", loan.part_name, "备件编码", loan.part_code),
        ("型号规格", loan.model, "序列号", loan.serial or BLANK),
        ("借用人", loan.borrower, "使用地点", loan.location),
        ("借出时间", fmt_time(loan.issued_at), "预计归还", fmt_time(loan.due_back_at)),
        issuer,
        ("用途说明", loan.purpose),
    ]
    returned = loan.returned_at is not None
    back: list[Row] = [
        ("归还时间", fmt_time(loan.returned_at) if returned else "", "接收人", loan.returned_by),
        ("归还情况", loan.return_note),
    ]
    parts += [
        ("借出备用机" if loan.ticket_number else "借出设备", field_grid(lent, styles)),
        ("借出确认（借出时签字）", ["借用人（甲方）", "驻场工程师"]),
        ("归还", field_grid(back, styles, write_in=not returned)),
        ("归还确认（归还时签字）", ["归还人（甲方）", "驻场工程师"]),
    ]
    for index, (title, body) in enumerate(parts):
        if isinstance(body, list):
            story.append(signatures(numbered(index, title), body, styles))
        else:
            story += [*section(numbered(index, title), styles), body]
    return story


def render_loaner_form(out_path: Path, header: DocumentHeader, loan: LoanInfo) -> None:
    """Write the loaner form as a PDF at ``out_path`` (atomically)."""
    write_pdf(out_path, header, lambda styles: loaner_story(loan, styles))


@dataclass(frozen=True)
class StocktakeSheet:
    """A stocktake sheet: blank count column before counting, or the posted counts after."""

    shelves: str
    counted_at: datetime | None
    counted_by: str
    lines: Sequence[tuple[str, str, str, str, str, str, str, str, str]]
    # (shelf, code, name, model, unit, book, counted, difference, note)


STOCKTAKE_HEADER = ("货架", "编码", "名称", "型号规格", "单位", "账面", "实盘", "差异", "备注")
STOCKTAKE_WIDTHS = (13, 22, 28, 26, 8, 10, 14, 11, 30)


def stocktake_story(sheet: StocktakeSheet, styles: Styles) -> list[Flowable]:
    """The shelves and counter, a hint, the count table (counts blank to fill in), signatures."""
    posted = sheet.counted_at is not None
    story: list[Flowable] = [
        BoldParagraph(STOCKTAKE_TITLE, styles.title),
        field_grid(
            [
                (
                    "盘点货架",
                    sheet.shelves,
                    "盘点时间",
                    fmt_time(sheet.counted_at) if posted else "",
                ),
                ("盘点人", sheet.counted_by, "品项数", str(len(sheet.lines))),
            ],
            styles,
            write_in=not posted,
        ),
        Spacer(1, 3 * mm),
        Paragraph(
            "差异已按上表过账为库存调整。"
            if posted
            else "请在“实盘”栏填写清点数量；按序列号管理的备件请在备注栏核对序列号。",
            styles.small,
        ),
        Spacer(1, 2 * mm),
        grid_table(STOCKTAKE_HEADER, sheet.lines, STOCKTAKE_WIDTHS, styles, dense=True, empty=""),
    ]
    return end_with(story, signatures("签字确认", ["盘点人", "监盘人", "主管领导"], styles))


def render_stocktake_sheet(out_path: Path, header: DocumentHeader, sheet: StocktakeSheet) -> None:
    """Write the stocktake sheet as a PDF at ``out_path`` (atomically)."""
    write_pdf(out_path, header, lambda styles: stocktake_story(sheet, styles))
