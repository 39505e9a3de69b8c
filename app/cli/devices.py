"""The device register's commands, added to their groups: ``import devices``, ``export devices``,
``export upgrades`` and ``pdf handover-documents``."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import (
    Subcommands,
    add_db,
    add_out,
    add_range,
    add_user,
    check_range,
    day,
    open_desk_for,
)


def register_import(what: Subcommands) -> None:
    """``import devices FILE.xlsx``."""
    devices = what.add_parser("devices", help="从 Excel 导入设备台账 (device register)")
    devices.add_argument("file", type=Path, metavar="FILE.xlsx", help="设备台账 Excel 文件")
    add_db(devices, required=True)
    add_user(devices)
    devices.set_defaults(handler=run_import)


def register_export(what: Subcommands) -> None:
    """``export devices`` and ``export upgrades``."""
    devices = what.add_parser("devices", help="设备台账 (device register)")
    add_db(devices, required=True)
    add_out(devices, ".xlsx")
    add_user(devices)
    devices.add_argument("--system", metavar="CODE", default="", help="只导出一个系统，如 VIDEO")
    devices.set_defaults(handler=run_export_devices)
    upgrades = what.add_parser("upgrades", help="升级记录 (upgrade register)")
    add_db(upgrades, required=True)
    add_out(upgrades, ".xlsx")
    add_user(upgrades)
    add_range(upgrades)
    upgrades.set_defaults(handler=run_export_upgrades)


def register_pdf(kinds: Subcommands) -> None:
    """``pdf handover-documents``."""
    handover = kinds.add_parser(
        "handover-documents", help="维护资料移交清单 (maintenance documents handed over)"
    )
    handover.add_argument("--system", metavar="CODE", help="只列一个系统，如 VIDEO（默认全部）")
    handover.add_argument(
        "--from", dest="date_from", type=day, metavar="YYYY-MM-DD", help="移交日期起"
    )
    handover.add_argument("--to", dest="date_to", type=day, metavar="YYYY-MM-DD", help="移交日期止")
    handover.add_argument(
        "--all-versions", action="store_true", help="连同已被新版本替代的旧版本一起列出"
    )
    add_db(handover, required=True)
    add_out(handover, ".pdf")
    add_user(handover)
    handover.set_defaults(handler=run_handover_documents)


def run_import(args: argparse.Namespace) -> int:
    """Import the device register, all or nothing."""
    from app.services.devices.importing import import_devices

    with open_desk_for(args) as desk:
        result = import_devices(desk, args.file)
    print(
        f"已导入设备台账：新增 {result.added} 台，更新 {result.updated} 台，"
        f"未变 {result.unchanged} 台，新建关联 {result.links} 条，"
        f"按设备名称关联既有工单 {result.tickets_linked} 张：{args.file}"
    )
    return 0


def run_export_devices(args: argparse.Namespace) -> int:
    """Write the 设备台账 workbook."""
    from app.services.devices.exports import export_devices
    from app.services.devices.queries import DeviceFilter

    with open_desk_for(args, write=False) as desk:
        rows = export_devices(desk, args.out, DeviceFilter(system_code=args.system.upper()))
    print(f"已导出设备台账：{args.out}（{rows} 台设备）")
    return 0


def run_export_upgrades(args: argparse.Namespace) -> int:
    """Write the 升级记录 workbook."""
    from app.services.devices.exports import export_upgrades

    check_range(args.date_from, args.date_to)
    with open_desk_for(args, write=False) as desk:
        rows = export_upgrades(desk, args.out, args.date_from, args.date_to)
    print(f"已导出升级记录：{args.out}（{rows} 行）")
    return 0


def run_handover_documents(args: argparse.Namespace) -> int:
    """Print the 维护资料移交清单."""
    from app.services.devices.printing import handover_documents

    check_range(args.date_from, args.date_to)
    system = args.system.upper() if args.system else None
    with open_desk_for(args) as desk:
        info = handover_documents(
            desk, args.out, system, args.date_from, args.date_to, not args.all_versions
        )
    print(f"已生成{info.kind_label}：{info.path}（文档编号 {info.serial}）")
    return 0
