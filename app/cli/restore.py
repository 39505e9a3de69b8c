"""``restore``: put a backup in place of the database, keeping the current one (pre-restore)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import (
    PASSWORD_VARIABLE,
    PROG,
    CliError,
    Subcommands,
    add_db,
    database_target,
    read_password,
)


def register(commands: Subcommands) -> None:
    """Add ``restore FILE --db PATH --user LOGIN``."""
    restore = commands.add_parser(
        "restore", help="从备份恢复数据库（需先退出程序） (restore a backup)"
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="备份文件")
    add_db(restore, required=True)
    restore.add_argument(
        "--user",
        metavar="LOGIN",
        default=None,
        help="恢复人：备份中的驻场工程师或系统管理员账户，密码按备份中的核对（从终端输入，"
        f"或取自环境变量 {PASSWORD_VARIABLE}）；记入恢复后数据库的审计记录",
    )
    restore.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Check the account against the backup, keep the current database aside, put the backup in
    its place and record who restored it."""
    from app.services.context import CLI
    from app.services.database_backups import BackupError, restore_backup, verify_restorer

    target = database_target(args)
    if not args.user:
        raise CliError(
            "恢复会替换整个数据库，请用 --user 指定恢复人（备份中的驻场工程师或系统管理员账户；"
            f"密码从终端输入，或设置环境变量 {PASSWORD_VARIABLE}）"
        )
    if isinstance(target, str):  # a server: pg_restore of a dump
        return _restore_server(args.file, target, args.user)
    try:
        restorer = verify_restorer(args.file, args.user, read_password(f"{args.user} 的密码："))
        result = restore_backup(args.file, target, restorer=restorer, origin=CLI)
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    print(
        f"已从备份恢复：{result.target}（备份 {result.source}，数据库结构版本 {result.revision}，"
        f"恢复人 {restorer.display_name}）"
    )
    if result.kept is not None:
        print(f"原数据库已保留为：{result.kept}（如需撤销，用 {PROG} restore 恢复此文件）")
    if not result.recorded:
        print("注意：恢复已完成，但恢复记录未能写入审计记录，详见日志")
    return 0


def _restore_server(source: Path, url: str, user: str) -> int:
    """Check the account against the dump, then pg_restore it into the server's database after a
    dump of what it replaces, and record who restored it."""
    from datetime import UTC, datetime

    from app.services.context import CLI
    from app.services.database_backups import BackupError
    from app.services.server_backups import restore_dump, verify_restorer

    try:
        restorer = verify_restorer(source, user, read_password(f"{user} 的密码："))
        result = restore_dump(source, url, datetime.now(UTC), restorer=restorer, origin=CLI)
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    print(
        f"已从备份恢复：{result.target}（备份 {result.source}，备份时间 {result.created_at}，"
        f"数据库结构版本 {result.revision}，恢复人 {restorer.display_name}）"
    )
    if result.kept is not None:
        print(f"原数据库已导出保留为：{result.kept}（如需撤销，用 {PROG} restore 恢复此文件）")
    if not result.recorded:
        print("注意：恢复已完成，但恢复记录未能写入审计记录，详见日志")
    return 0
