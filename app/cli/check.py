"""``check``: the database's integrity, foreign keys and schema version; exit 1 on any problem."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import PROG, CliError, Subcommands, add_db, database_target

# The findings of a damaged file (restoring a backup is the way out).
DAMAGE = ("完整性检查", "无法打开数据库文件", "数据库文件是空的")


def register(commands: Subcommands) -> None:
    """Add ``check [--db PATH]``."""
    check = commands.add_parser("check", help="检查数据库 (check a database)")
    add_db(check)
    check.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print each finding of the database check; 1 on any problem."""
    from app.services.check import check_database

    path = database_target(args)
    if isinstance(path, str):
        from app.services.server_check import check_server

        findings = check_server(path)
    else:
        if not path.exists():
            raise CliError(f"数据库文件不存在：{path}")
        if path.is_dir():
            raise CliError(f"这是一个文件夹，不是数据库文件：{path}")
        findings = check_database(path)
    for finding in findings:
        print(f"{'✓' if finding.ok else '✗'} {finding.message}")
    problems = sum(not f.ok for f in findings)
    if not problems:
        print("检查通过。")
        return 0
    print(f"发现 {problems} 个问题。", file=sys.stderr)
    if isinstance(path, Path) and any(f.message.startswith(DAMAGE) for f in findings if not f.ok):
        print(
            f"数据库已损坏时，请用 “{PROG} restore 备份文件 --db {path}” 从备份恢复。",
            file=sys.stderr,
        )
    return 1
