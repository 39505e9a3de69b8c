"""``demo``: create a new database full of realistic demo data and print the login."""

from __future__ import annotations

import argparse
import time

from app.cli.common import PROG, CliError, Subcommands, add_db, database_target


def register(commands: Subcommands) -> None:
    """Add ``demo --db PATH [--tickets N] [--seed S] [--months M]``."""
    demo = commands.add_parser("demo", help="生成演示数据库 (create a demo database)")
    add_db(demo, required=True)
    demo.add_argument("--tickets", type=_positive, metavar="N", help="工单总数（默认约每天6-10张）")
    demo.add_argument("--seed", type=int, default=0, metavar="S", help="随机种子（默认 0）")
    demo.add_argument("--months", type=_months, default=3.0, metavar="M", help="月数（默认 3）")
    demo.set_defaults(handler=run)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("必须是正整数")
    return value


def _months(text: str) -> float:
    value = float(text)
    if not 0 < value <= 120:
        raise argparse.ArgumentTypeError("必须在 0 到 120 之间")
    return value


def run(args: argparse.Namespace) -> int:
    """Create a new demo database and print the login."""
    from app.demo.builder import DemoExistsError, build_demo
    from app.domain.enums import TicketClass, TicketStatus

    path = database_target(args)
    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        if total >= 5000 and (done == total or time.perf_counter() - last[0] > 5):
            last[0] = time.perf_counter()
            print(f"  已生成 {done}/{total} 张工单……", flush=True)

    try:
        result = build_demo(
            path, tickets=args.tickets, seed=args.seed, months=args.months, progress=progress
        )
    except DemoExistsError as exc:
        raise CliError(str(exc), code=2) from exc
    seconds = time.perf_counter() - started
    by_status = "，".join(
        f"{TicketClass(c).label}·{TicketStatus(s).label} {n}"
        for (c, s), n in sorted(result.by_status.items())
    )
    print(f"演示数据库已生成：{result.path}（用时 {seconds:.1f} 秒）")
    print(
        f"  工单 {result.tickets} 张，未关闭 {result.open_tickets} 张，超时 {result.breaching} 张，"
    )
    print(f"  待确认上报 {result.unacknowledged} 条，应提供备用机 {result.loaners_due} 张")
    print(f"  按状态：{by_status}")
    if result.inspections is not None:
        i = result.inspections
        print(
            f"  巡检 {i.runs} 次（不合格 {i.failures} 项，开缺陷工单 {i.tickets} 张），备份 {i.backups} 次"
        )
    print(f"演示工程师登录名：{result.username}  密码：{result.password}（{result.display_name}）")
    where = f"--db-url {result.path}" if isinstance(path, str) else f"--db {result.path}"
    print(f"启动：{PROG} {where}")
    return 0
