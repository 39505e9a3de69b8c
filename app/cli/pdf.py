"""The document commands of the command line: print ticket PDFs, export the log, file signed copies."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import plans as cli_plans

if TYPE_CHECKING:
    from app.services.context import Desk


class CommandError(Exception):
    """A problem the user can fix, told in one Chinese line."""


def add_commands(commands: argparse._SubParsersAction, add_db: Callable[..., None]) -> None:
    """Add ``pdf``, ``export`` and ``document`` with their subcommands."""
    pdf = commands.add_parser("pdf", help="打印工单文档为 PDF (ticket documents as PDF)")
    kinds = pdf.add_subparsers(dest="pdf_kind", metavar="KIND", required=True)
    for name, text in (
        ("defect-form", "系统缺陷类问题提交单 (defect form)"),
        ("consultation", "咨询类问题记录 (consultation record)"),
    ):
        sub = kinds.add_parser(name, help=text)
        sub.add_argument("number", metavar="TICKET", help="工单号，如 GD-2026-0001")
        add_db(sub, required=True)
        sub.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="保存到")
    handover = kinds.add_parser("handover", help="交接班记录 (shift handover)")
    handover.add_argument("--from-engineer", required=True, metavar="NAME", help="交班人")
    handover.add_argument("--to-engineer", required=True, metavar="NAME", help="接班人")
    add_db(handover, required=True)
    handover.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="保存到")
    handover.add_argument("--notes", default="", metavar="TEXT", help="交班说明")
    cli_plans.add_pdf_kinds(kinds, add_db)
    from app.cli import export as cli_inspections

    cli_inspections.add_pdf_commands(kinds, add_db)

    export = commands.add_parser("export", help="导出 Excel 台账 (Excel logs)")
    what = export.add_subparsers(dest="export_kind", metavar="WHAT", required=True)
    tickets = what.add_parser("tickets", help="工单台账 (ticket log)")
    add_db(tickets, required=True)
    tickets.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="保存到")
    tickets.add_argument("--from", dest="date_from", type=_day, metavar="YYYY-MM-DD")
    tickets.add_argument("--to", dest="date_to", type=_day, metavar="YYYY-MM-DD")
    cli_inspections.add_export_commands(what, add_db)

    document = commands.add_parser("document", help="文档登记 (document register)")
    actions = document.add_subparsers(dest="document_action", metavar="ACTION", required=True)
    filed = actions.add_parser("filed", help="登记签字件已归档 (mark a signed copy filed)")
    filed.add_argument("serial", metavar="SERIAL", help="文档编号，如 QX-2026-0001（可扫码输入）")
    add_db(filed, required=True)
    filed.add_argument("--scan", type=Path, metavar="FILE", help="签字件扫描文件")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from None


@contextmanager
def _open(path: Path) -> Iterator[Desk]:
    """Open an existing database for one command."""
    from app.services.setup import open_desk

    path = Path(path).expanduser()
    if not path.is_file():
        raise CommandError(f"数据库文件不存在：{path}")
    opened = open_desk(path)
    try:
        yield opened.desk
    finally:
        opened.close()


def run_pdf(args: argparse.Namespace) -> int:
    """Print one ticket's defect form or consultation record, or the shift handover."""
    from app.cli import export as cli_inspections
    from app.services.tickets import forms

    if args.pdf_kind in cli_inspections.PDF_KINDS:
        return cli_inspections.run_pdf(args)
    if args.pdf_kind == "handover":
        return _run_handover(args)
    if args.pdf_kind in cli_plans.PDF_KINDS:
        return cli_plans.run_pdf(args)
    make = forms.defect_form if args.pdf_kind == "defect-form" else forms.consultation_record
    with _open(args.db) as desk:
        info = make(desk, args.number, args.out)
    print(
        f"已生成{info.kind_label}：{info.path}（文档编号 {info.serial}，工单 {info.ticket_number}）"
    )
    return 0


def _run_handover(args: argparse.Namespace) -> int:
    from app.services.handover import handover_document

    with _open(args.db) as desk:
        info = handover_document(desk, args.from_engineer, args.to_engineer, args.out, args.notes)
    print(
        f"已生成{info.kind_label}：{info.path}（文档编号 {info.serial}，"
        f"交班人 {args.from_engineer.strip()}，接班人 {args.to_engineer.strip()}）"
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the ticket log workbook, with progress on stderr."""
    from app.cli import export as cli_inspections
    from app.services.tickets.log_export import ExportCancelled, export_ticket_log

    if args.export_kind in cli_inspections.EXPORT_KINDS:
        return cli_inspections.run_export(args)

    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise CommandError(f"保存位置的文件夹不存在：{out.parent}")
    if out.is_dir():
        raise CommandError(f"保存位置是一个文件夹，请给出文件名：{out}")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CommandError("开始日期不能晚于结束日期")
    shown = [-10]
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        percent = 100 if total <= 0 else done * 100 // total
        if percent >= shown[0] + 5 or (percent == 100 and shown[0] < 100):
            shown[0] = percent
            print(f"  导出进度 {percent}%", file=sys.stderr, flush=True)

    with _open(args.db) as desk:
        try:
            rows = export_ticket_log(desk, out, args.date_from, args.date_to, progress=progress)
        except ExportCancelled:
            raise CommandError("导出已取消，未生成文件") from None
    seconds = time.perf_counter() - started
    print(f"已导出工单台账：{out}（{rows} 张工单，用时 {seconds:.1f} 秒）")
    return 0


def run_document(args: argparse.Namespace) -> int:
    """Mark a printed document's signed copy as filed."""
    from app.services import documents

    with _open(args.db) as desk:
        info = documents.mark_signed_filed(desk, args.serial, args.scan)
    scan = f"，扫描件 {info.scan_path}" if info.scan_path else ""
    print(f"已登记签字件归档：{info.serial}（{info.kind_label}，工单 {info.ticket_number}）{scan}")
    return 0
