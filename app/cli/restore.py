"""``restore``: put a backup in place of the database, keeping the current one (pre-restore)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import PROG, CliError, Subcommands, add_db, database_target


def register(commands: Subcommands) -> None:
    """Add ``restore FILE --db PATH``."""
    restore = commands.add_parser(
        "restore", help="从备份恢复数据库（需先退出程序） (restore a backup)"
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="备份文件")
    add_db(restore, required=True)
    restore.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Verify the backup, keep the current database aside, put the backup in its place."""
    from app.services.database_backups import BackupError, restore_backup

    target = database_target(args)
    if isinstance(target, str):
        return _restore_server(args.file, target)
    try:
        result = restore_backup(args.file, target)
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    print(
        f"已从备份恢复：{result.target}（备份 {result.source}，数据库结构版本 {result.revision}）"
    )
    if result.kept is not None:
        print(f"原数据库已保留为：{result.kept}（如需撤销，用 {PROG} restore 恢复此文件）")
    return 0


def _restore_server(source: Path, url: str) -> int:
    """pg_restore a dump into the server's database, after a dump of what it replaces."""
    from datetime import UTC, datetime

    from app.services.database_backups import BackupError
    from app.services.server_backups import restore_dump

    try:
        result = restore_dump(source, url, datetime.now(UTC))
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    print(f"已从备份恢复：{result.target}（备份 {result.source}）")
    if result.kept is not None:
        print(f"原数据库已导出保留为：{result.kept}（如需撤销，用 {PROG} restore 恢复此文件）")
    return 0
