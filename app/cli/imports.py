"""The store's commands: import the parts list, export stock/ledger/loans, print the store forms."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli.pdf import _day, _open


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    """The subcommand group of an existing command (``pdf``, ``export``)."""
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def add_commands(commands: argparse._SubParsersAction, add_db: Callable[..., None]) -> None:
    """Add ``import parts``, ``export stock|movements|loans``, ``pdf loaner-form|stocktake``."""
    importing = commands.add_parser("import", help="导入数据 (import data)")
    what = importing.add_subparsers(dest="import_kind", metavar="WHAT", required=True)
    parts = what.add_parser(
        "parts", help="从 Excel 导入备件目录和期初库存 (parts and opening stock)"
    )
    parts.add_argument("file", type=Path, metavar="FILE.xlsx", help="备件清单 Excel 文件")
    add_db(parts, required=True)
    parts.set_defaults(handler=run_import_parts)

    exports = _subcommands(commands.choices["export"])
    for name, text, handler in (
        ("stock", "库存清单 (stock list)", run_export_stock),
        ("movements", "出入库台账 (movement ledger)", run_export_movements),
        ("loans", "借用登记 (loans)", run_export_loans),
    ):
        sub = exports.add_parser(name, help=text)
        add_db(sub, required=True)
        sub.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="保存到")
        if name == "movements":
            sub.add_argument("--from", dest="date_from", type=_day, metavar="YYYY-MM-DD")
            sub.add_argument("--to", dest="date_to", type=_day, metavar="YYYY-MM-DD")
        sub.set_defaults(handler=handler)

    pdfs = _subcommands(commands.choices["pdf"])
    loaner = pdfs.add_parser("loaner-form", help="备用机借用单 (loaner form)")
    loaner.add_argument("loan_id", type=int, metavar="LOAN_ID", help="借用单号（借用登记中的编号）")
    add_db(loaner, required=True)
    loaner.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="保存到")
    loaner.set_defaults(handler=run_loaner_form)
    stocktake = pdfs.add_parser("stocktake", help="备品备件盘点表 (stocktake sheet)")
    stocktake.add_argument(
        "--shelf", action="append", default=[], metavar="SHELF", help="货架（可多次给出；默认全部）"
    )
    stocktake.add_argument("--stocktake", type=int, metavar="N", help="已过账的盘点记录编号")
    add_db(stocktake, required=True)
    stocktake.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="保存到")
    stocktake.set_defaults(handler=run_stocktake_sheet)


def run_import_parts(args: argparse.Namespace) -> int:
    from app.services.store.parts_import import import_parts

    with _open(args.db) as desk:
        result = import_parts(desk, args.file)
    print(
        f"已导入备件 {result.parts} 种，期初库存 {result.units} 件"
        f"（其中按序列号 {result.serials} 件）：{args.file}"
    )
    return 0


def run_export_stock(args: argparse.Namespace) -> int:
    from app.services.store.exports import export_stock

    with _open(args.db) as desk:
        rows = export_stock(desk, args.out)
    print(f"已导出库存清单：{args.out}（{rows} 种备件）")
    return 0


def run_export_movements(args: argparse.Namespace) -> int:
    from app.services.store.exports import export_movements

    with _open(args.db) as desk:
        rows = export_movements(desk, args.out, args.date_from, args.date_to)
    print(f"已导出出入库台账：{args.out}（{rows} 条）")
    return 0


def run_export_loans(args: argparse.Namespace) -> int:
    from app.services.store.exports import export_loans

    with _open(args.db) as desk:
        rows = export_loans(desk, args.out)
    print(f"已导出借用登记：{args.out}（{rows} 条）")
    return 0


def run_loaner_form(args: argparse.Namespace) -> int:
    from app.services.store.documents import loaner_form

    with _open(args.db) as desk:
        info = loaner_form(desk, args.loan_id, args.out)
    ticket = f"，工单 {info.ticket_number}" if info.ticket_number else ""
    print(f"已生成{info.kind_label}：{info.path}（文档编号 {info.serial}{ticket}）")
    return 0


def run_stocktake_sheet(args: argparse.Namespace) -> int:
    from app.services.store.documents import stocktake_sheet

    with _open(args.db) as desk:
        info = stocktake_sheet(desk, args.shelf, args.out, args.stocktake)
    print(f"已生成{info.kind_label}：{info.path}（文档编号 {info.serial}）")
    return 0
