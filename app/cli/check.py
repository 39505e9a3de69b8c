"""``check``: the database's integrity, foreign keys and schema version; exit 1 on any problem."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import CliError, Subcommands, add_db


def register(commands: Subcommands) -> None:
    """Add ``check [--db PATH]``."""
    check = commands.add_parser("check", help="检查数据库 (check a database)")
    add_db(check)
    check.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print each finding of the database check; 1 on any problem."""
    from app.services.check import check_database

    path = Path(args.db).expanduser()
    if not path.exists():
        raise CliError(f"数据库文件不存在：{path}")
    if path.is_dir():
        raise CliError(f"这是一个文件夹，不是数据库文件：{path}")
    findings = check_database(path)
    for finding in findings:
        print(f"{'✓' if finding.ok else '✗'} {finding.message}")
    problems = sum(not f.ok for f in findings)
    print("检查通过。" if not problems else f"发现 {problems} 个问题。")
    return 1 if problems else 0
