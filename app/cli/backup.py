"""``backup``: a verified copy of the database by hand, also while the program runs."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from app.cli.common import CliError, Subcommands, add_db, add_user, open_desk


def register(commands: Subcommands) -> None:
    """Add ``backup --db PATH --out FILE [--user LOGIN]``."""
    backup = commands.add_parser(
        "backup", help="备份数据库（可在程序运行时进行） (back up the database)"
    )
    add_db(backup, required=True)
    backup.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE|FOLDER",
        help="备份文件（如 U 盘上的文件）；给出文件夹时自动按时间命名",
    )
    add_user(backup)  # without it the copy is recorded as the program's own
    backup.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Copy, verify and record the backup; print where it went and how big it is."""
    from app.services.database_backups import BackupError, back_up_to, file_size_text

    started = time.perf_counter()
    with open_desk(args, args.user) as desk:
        try:
            info = back_up_to(desk, args.out)
        except BackupError as exc:
            raise CliError(str(exc), code=2 if "已存在" in str(exc) else 1) from exc
    seconds = time.perf_counter() - started
    print(
        f"已备份并校验通过：{info.path}（{file_size_text(info.size_bytes)}，用时 {seconds:.1f} 秒）"
    )
    return 0
