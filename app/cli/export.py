"""The inspection commands: the 巡检报告 and 巡检情况汇总 PDFs, and the 巡检台账 workbook."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from app.cli.pdf import CommandError, _day, _open

PDF_KINDS = ("inspection-report", "inspection-summary")
EXPORT_KINDS = ("inspections",)


def add_pdf_commands(kinds: argparse._SubParsersAction, add_db: Callable[..., None]) -> None:
    """``pdf inspection-report RUN`` and ``pdf inspection-summary --from --to``."""
    report = kinds.add_parser("inspection-report", help="巡检报告 (inspection report of one run)")
    report.add_argument("run", metavar="RUN", help="巡检编号，如 XJ-2026-0001，或记录序号")
    add_db(report, required=True)
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="保存到")
    summary = kinds.add_parser(
        "inspection-summary", help="巡检情况汇总 (inspections and backups of a period)"
    )
    summary.add_argument(
        "--from", dest="date_from", type=_day, required=True, metavar="YYYY-MM-DD", help="开始日期"
    )
    summary.add_argument(
        "--to", dest="date_to", type=_day, required=True, metavar="YYYY-MM-DD", help="结束日期"
    )
    add_db(summary, required=True)
    summary.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="保存到")


def add_export_commands(what: argparse._SubParsersAction, add_db: Callable[..., None]) -> None:
    """``export inspections [--from] [--to]``."""
    log = what.add_parser("inspections", help="巡检台账：巡检记录、巡检项结果、备份登记")
    add_db(log, required=True)
    log.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="保存到")
    log.add_argument("--from", dest="date_from", type=_day, metavar="YYYY-MM-DD")
    log.add_argument("--to", dest="date_to", type=_day, metavar="YYYY-MM-DD")


def run_pdf(args: argparse.Namespace) -> int:
    """Print one run's 巡检报告, or the 巡检情况汇总 of a date range."""
    from app.services.inspections import documents
    from app.services.inspections.runs import find_run_id, get_run

    if args.pdf_kind == "inspection-summary":
        if args.date_from > args.date_to:
            raise CommandError("开始日期不能晚于结束日期")
        with _open(args.db) as desk:
            info = documents.period_report(desk, args.date_from, args.date_to, args.out)
        print(
            f"已生成{info.kind_label}：{info.path}（文档编号 {info.serial}，"
            f"{args.date_from.isoformat()} 至 {args.date_to.isoformat()}）"
        )
        return 0
    with _open(args.db) as desk:
        run_id = find_run_id(desk, args.run)
        info = documents.inspection_report(desk, run_id, args.out)
        number = get_run(desk, run_id).number
    print(f"已生成{info.kind_label}：{info.path}（文档编号 {info.serial}，巡检 {number}）")
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the 巡检台账 workbook, with progress on stderr."""
    from app.services.inspections.log_export import ExportCancelled, export_inspection_log

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CommandError("开始日期不能晚于结束日期")
    started = time.perf_counter()
    shown = [-10]

    def progress(done: int, total: int) -> None:
        percent = 100 if total <= 0 else done * 100 // total
        if percent >= shown[0] + 10 or (percent == 100 and shown[0] < 100):
            shown[0] = percent
            print(f"  导出进度 {percent}%", file=sys.stderr, flush=True)

    with _open(args.db) as desk:
        try:
            result = export_inspection_log(
                desk, Path(args.out), args.date_from, args.date_to, progress=progress
            )
        except ExportCancelled:
            raise CommandError("导出已取消，未生成文件") from None
    seconds = time.perf_counter() - started
    print(
        f"已导出巡检台账：{result.path}（巡检 {result.runs} 次，检查项 {result.items} 条，"
        f"备份 {result.backups} 条，用时 {seconds:.1f} 秒）"
    )
    return 0
