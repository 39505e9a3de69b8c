"""``gui``: start the main window (also what runs without a command)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import CliError, Subcommands, add_db, add_lang, database_target


def register(commands: Subcommands) -> None:
    """Add ``gui [--db] [--lang] [--screenshot FILE.png]``."""
    gui = commands.add_parser("gui", help="启动图形界面 (start the GUI)")
    add_db(gui)
    add_lang(gui)
    gui.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="打开主窗口，保存截图后退出 (render the main window to a PNG and exit)",
    )
    gui.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Start the main window (lazily importing Qt)."""
    try:
        from app.gui.app import run_gui as start
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("app"):
            raise CliError(f"程序不完整，缺少图形界面模块：{exc.name}。请重新安装。") from exc
        raise CliError(f"缺少图形界面所需的软件包：{exc.name}。请按 README 安装。") from exc
    except ImportError as exc:  # e.g. libEGL.so.1 missing: Qt's system libraries
        raise CliError(f"无法加载图形界面：{exc}。请按 README 安装 Qt 所需的系统软件包。") from exc
    given = getattr(args, "db_given", False) or getattr(args, "db_url", None)
    # Neither given: the server chosen last time in 连接数据库, else the default file.
    return start(database_target(args) if given else None, args.lang, args.screenshot)
