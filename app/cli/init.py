"""``init``: set up a new database without the GUI (scripted installs): the contract from a JSON
file and the first account (resident engineer and administrator), its password from the terminal
or ``RESIDENT_DESK_PASSWORD``."""

from __future__ import annotations

import argparse
import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.common import (
    PASSWORD_VARIABLE,
    CliError,
    Subcommands,
    add_db,
    database_target,
    read_password,
    shown,
)


def register(commands: Subcommands) -> None:
    """Add ``init --db PATH --contract FILE.json --admin LOGIN [--name NAME]``."""
    init = commands.add_parser("init", help="初始化新数据库：合同与第一个管理员账户 (set up)")
    add_db(init, required=True)
    init.add_argument(
        "--contract",
        type=Path,
        required=True,
        metavar="FILE.json",
        help="合同信息（字段同 resources/defaults/contract.json，另需 final_acceptance_date）",
    )
    init.add_argument("--admin", required=True, metavar="LOGIN", help="第一个账户的登录名")
    init.add_argument("--name", default="", metavar="NAME", help="第一个账户的姓名（默认同登录名）")
    init.set_defaults(handler=run)


def contract_from_file(path: Path) -> tuple[dict[str, Any], list[Any]]:
    """The contract's values and ladder from a JSON file, defaults where it says nothing."""
    from app.services import contract

    try:
        given = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CliError(f"合同文件不存在：{path}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CliError(f"合同文件不是有效的 JSON：{path}（{exc}）") from None
    if not isinstance(given, dict):
        raise CliError(f"合同文件应是一个 JSON 对象：{path}")
    try:
        acceptance = date.fromisoformat(str(given.get("final_acceptance_date", "")))
    except ValueError:
        raise CliError("合同文件缺少或写错了 final_acceptance_date（格式 YYYY-MM-DD）") from None
    values = contract.default_values(acceptance)
    values.update({k: v for k, v in given.items() if k in values and k != "final_acceptance_date"})
    values.update(given.get("targets") or {})
    rungs = given.get("escalation_ladder") or contract.load_defaults()["escalation_ladder"]
    try:
        ladder = [
            contract.LadderRung(
                int(r["level"]), str(r["role"]), str(r.get("name", "")), str(r.get("phone", ""))
            )
            for r in rungs
        ]
    except (KeyError, TypeError, ValueError):
        raise CliError("合同文件的 escalation_ladder 每一级需有 level 和 role") from None
    return values, ladder


def _new_password(login: str) -> str:
    if os.environ.get(PASSWORD_VARIABLE) is not None:
        return read_password("")
    first = read_password(f"为 {login} 设置密码：")
    if read_password("再次输入密码：") != first:
        raise CliError("两次输入的密码不一致")
    return first


def run(args: argparse.Namespace) -> int:
    """Create the database, the contract and the administrator in one step."""
    from app.domain.audit.actions import INIT
    from app.services.context import CLI
    from app.services.setup import complete_setup, needs_setup, open_desk

    path = database_target(args)
    server = isinstance(path, str)
    values, ladder = contract_from_file(args.contract)
    password = _new_password(args.admin)
    existed = server or path.exists()
    opened = open_desk(path, source=CLI)
    try:
        if not needs_setup(opened.desk):
            raise CliError(f"数据库已经初始化过，不会改动：{shown(path)}", code=2)
        user = complete_setup(
            opened.desk, values, ladder, args.admin, args.name, password, action=INIT
        )
    except BaseException:
        opened.close()
        if not existed:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    opened.close()
    print(f"数据库已初始化：{shown(path) if server else path.resolve()}")
    print(f"  合同：{values['project_name']}（竣工验收 {values['final_acceptance_date']}）")
    print(f"  第一个账户：{user.username}（{user.display_name}），驻场工程师兼系统管理员")
    return 0
