"""``export``: the Excel logs for the service department (tickets, inspections, the store)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from app.cli import changes, devices, reports
from app.cli.common import (
    CliError,
    Subcommands,
    add_db,
    add_out,
    add_range,
    add_user,
    check_range,
    open_desk_for,
    percent_printer,
)


def register(commands: Subcommands) -> None:
    """Add ``export WHAT …`` with one subcommand per workbook."""
    export = commands.add_parser("export", help="导出 Excel 台账 (Excel logs)")
    what = export.add_subparsers(dest="export_kind", metavar="WHAT", required=True)
    for name, text, handler, ranged in (
        ("tickets", "工单台账 (ticket log)", run_tickets, True),
        ("inspections", "巡检台账：巡检记录、巡检项结果、备份登记", run_inspections, True),
        ("stock", "库存清单 (stock list)", run_stock, False),
        ("movements", "出入库台账 (movement ledger)", run_movements, True),
        ("loans", "借用登记 (loans)", run_loans, False),
    ):
        sub = what.add_parser(name, help=text)
        add_db(sub, required=True)
        add_user(sub)
        add_out(sub, ".xlsx")
        if ranged:
            add_range(sub)
        sub.set_defaults(handler=handler)
    devices.register_export(what)
    changes.register_export(what)
    reports.register_export(what)


def run_tickets(args: argparse.Namespace) -> int:
    """Write the ticket log workbook, with progress on stderr."""
    from app.services.tickets.log_export import ExportCancelled, export_ticket_log

    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise CliError(f"保存位置的文件夹不存在：{out.parent}")
    if out.is_dir():
        raise CliError(f"保存位置是一个文件夹，请给出文件名：{out}")
    check_range(args.date_from, args.date_to)
    started = time.perf_counter()
    with open_desk_for(args, write=False) as desk:
        try:
            rows = export_ticket_log(
                desk, out, args.date_from, args.date_to, progress=percent_printer(5)
            )
        except ExportCancelled:
            raise CliError("导出已取消，未生成文件") from None
    seconds = time.perf_counter() - started
    print(f"已导出工单台账：{out}（{rows} 张工单，用时 {seconds:.1f} 秒）")
    return 0


def run_inspections(args: argparse.Namespace) -> int:
    """Write the 巡检台账 workbook, with progress on stderr."""
    from app.services.inspections.log_export import ExportCancelled, export_inspection_log

    check_range(args.date_from, args.date_to)
    started = time.perf_counter()
    with open_desk_for(args, write=False) as desk:
        try:
            result = export_inspection_log(
                desk, Path(args.out), args.date_from, args.date_to, progress=percent_printer(10)
            )
        except ExportCancelled:
            raise CliError("导出已取消，未生成文件") from None
    seconds = time.perf_counter() - started
    print(
        f"已导出巡检台账：{result.path}（巡检 {result.runs} 次，检查项 {result.items} 条，"
        f"备份 {result.backups} 条，用时 {seconds:.1f} 秒）"
    )
    return 0


def run_stock(args: argparse.Namespace) -> int:
    """Write the stock list."""
    from app.services.store.exports import export_stock

    with open_desk_for(args, write=False) as desk:
        rows = export_stock(desk, args.out)
    print(f"已导出库存清单：{args.out}（{rows} 种备件）")
    return 0


def run_movements(args: argparse.Namespace) -> int:
    """Write the movement ledger of a period."""
    from app.services.store.exports import export_movements

    with open_desk_for(args, write=False) as desk:
        rows = export_movements(desk, args.out, args.date_from, args.date_to)
    print(f"已导出出入库台账：{args.out}（{rows} 条）")
    return 0


def run_loans(args: argparse.Namespace) -> int:
    """Write the loans list."""
    from app.services.store.exports import export_loans

    with open_desk_for(args, write=False) as desk:
        rows = export_loans(desk, args.out)
    print(f"已导出借用登记：{args.out}（{rows} 条）")
    return 0
