"""``document``: the document register from the command line (a signed copy filed by its serial)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import Subcommands, add_db, add_user, open_desk_for


def register(commands: Subcommands) -> None:
    """Add ``document filed SERIAL [--scan FILE]``."""
    document = commands.add_parser("document", help="文档登记 (document register)")
    actions = document.add_subparsers(dest="document_action", metavar="ACTION", required=True)
    filed = actions.add_parser("filed", help="登记签字件已归档 (mark a signed copy filed)")
    filed.add_argument("serial", metavar="SERIAL", help="文档编号，如 QX-2026-0001（可扫码输入）")
    add_db(filed, required=True)
    add_user(filed)
    filed.add_argument("--scan", type=Path, metavar="FILE", help="签字件扫描文件")
    filed.add_argument(
        "--signer", default="", metavar="NAME", help="签字人：签字单（待纸质签字的步骤）上签字的人"
    )
    filed.set_defaults(handler=run_filed)


def run_filed(args: argparse.Namespace) -> int:
    """Mark a printed document's signed copy as filed."""
    from app.services import filing

    with open_desk_for(args) as desk:
        info, completed = filing.file_signed_copy(desk, args.serial, args.scan, args.signer)
    scan = f"，扫描件 {info.scan_path}" if info.scan_path else ""
    print(f"已登记签字件归档：{info.serial}（{info.kind_label}，工单 {info.ticket_number}）{scan}")
    if completed:
        print(f"步骤已完成：{completed}")
    return 0
