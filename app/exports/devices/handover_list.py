"""维护资料移交清单: the maintenance documents handed over, with the client's signature block."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.exports.pdf_fonts import BoldParagraph, Paragraph, Styles
from app.exports.pdf_frame import DocumentHeader, write_pdf
from app.exports.pdf_tables import end_with, field_grid, grid_table, signatures

TITLE = "维护资料移交清单"
HEADER = ("序号", "所属系统", "资料名称", "类别", "版本", "形式", "移交人", "移交日期", "校验码")
WIDTHS = (5, 13, 27, 15, 7, 12, 12, 13, 13)
NOTE = (
    "依据合同“需要提供的维护资料”：安装部署维护文档（安装指导书、系统维护手册、系统操作手册、"
    "相关设备的配置数据文档）、接口规范和协议、设计文档等。校验码为电子版文件 SHA-256 值的前 "
    "10 位，可用于核对所收文件与登记的一致。"
)


@dataclass(frozen=True)
class HandoverList:
    scope: str
    handed_over_from: date | None
    handed_over_to: date | None
    lines: Sequence[tuple[str, ...]]  # one row per document, columns of HEADER after 序号


def handover_story(handover: HandoverList, styles: Styles) -> list[Flowable]:
    period = "—"
    if handover.handed_over_from and handover.handed_over_to:
        period = f"{handover.handed_over_from:%Y-%m-%d} 至 {handover.handed_over_to:%Y-%m-%d}"
    rows = [(str(i + 1), *line) for i, line in enumerate(handover.lines)]
    story: list[Flowable] = [
        BoldParagraph(TITLE, styles.title),
        field_grid(
            [
                ("移交范围", handover.scope, "资料份数", str(len(rows))),
                ("移交日期", period),
            ],
            styles,
        ),
        Spacer(1, 2 * mm),
        Paragraph(NOTE, styles.small),
        Spacer(1, 2 * mm),
        grid_table(HEADER, rows, WIDTHS, styles, dense=True),
    ]
    return end_with(
        story, signatures("移交确认", ["移交人（乙方）", "接收人（甲方）", "监理人"], styles)
    )


def render_handover_list(out_path: Path, header: DocumentHeader, handover: HandoverList) -> None:
    write_pdf(out_path, header, lambda styles: handover_story(handover, styles))
