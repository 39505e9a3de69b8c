"""``import``: data from the service department's Excel files, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import devices
from app.cli.common import Subcommands, add_db, add_user, open_desk_for


def register(commands: Subcommands) -> None:
    """Add ``import parts FILE.xlsx`` and ``import devices FILE.xlsx``."""
    importing = commands.add_parser("import", help="导入数据 (import data)")
    what = importing.add_subparsers(dest="import_kind", metavar="WHAT", required=True)
    parts = what.add_parser(
        "parts", help="从 Excel 导入备件目录和期初库存 (parts and opening stock)"
    )
    parts.add_argument("file", type=Path, metavar="FILE.xlsx", help="备件清单 Excel 文件")
    add_db(parts, required=True)
    add_user(parts)
    parts.set_defaults(handler=run_parts)
    devices.register_import(what)


def run_parts(args: argparse.Namespace) -> int:
    """Import the parts catalogue and opening stock."""
    from app.services.store.parts_import import import_parts

    with open_desk_for(args) as desk:
        result = import_parts(desk, args.file)
    print(
        f"已导入备件 {result.parts} 种，期初库存 {result.units} 件"
        f"（其中按序列号 {result.serials} 件）：{args.file}"
    )
    return 0
