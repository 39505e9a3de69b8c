"""``handover``: the handovers still to be accepted, and the incoming engineer's acceptance."""

from __future__ import annotations

import argparse

from app.cli.common import (
    PASSWORD_VARIABLE,
    CliError,
    Subcommands,
    add_db,
    log_in,
    open_desk,
    read_password,
)


def register(commands: Subcommands) -> None:
    """Add ``handover pending`` and ``handover accept SERIAL --user LOGIN --remarks TEXT``."""
    group = commands.add_parser("handover", help="交接班：待确认的交接、接班确认 (shift handover)")
    actions = group.add_subparsers(dest="handover_action", metavar="ACTION", required=True)
    pending = actions.add_parser("pending", help="列出尚未确认接班的交接班记录 (pending)")
    add_db(pending, required=True)
    pending.set_defaults(handler=run_pending)
    accept = actions.add_parser("accept", help="接班人确认接班 (the incoming engineer accepts)")
    accept.add_argument("serial", metavar="SERIAL", help="交接班记录编号，如 JJ-2026-0001")
    add_db(accept, required=True)
    accept.add_argument(
        "--user",
        metavar="LOGIN",
        required=True,
        help=f"接班人自己的账户；密码从终端输入，或取自环境变量 {PASSWORD_VARIABLE}",
    )
    accept.add_argument("--remarks", required=True, metavar="TEXT", help="接班检查意见")
    accept.set_defaults(handler=run_accept)


def run_pending(args: argparse.Namespace) -> int:
    """One line per handover not yet accepted, newest first."""
    from app.services.handover_acceptance import pending_handovers

    with open_desk(args) as desk:
        rows = pending_handovers(desk)
    if not rows:
        print("没有待确认接班的交接班记录。")
        return 0
    for row in rows:
        start = row.shift_start.astimezone().strftime("%Y-%m-%d %H:%M")
        end = row.shift_end.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{row.serial}  {row.from_engineer} → {row.to_engineer}  {start} 至 {end}")
    return 0


def run_accept(args: argparse.Namespace) -> int:
    """Log in as the incoming engineer and record the acceptance with the check remarks."""
    from app.services.documents import DocumentError
    from app.services.handover_acceptance import accept_handover
    from app.services.login import LoginError

    password = read_password(f"{args.user} 的密码：")
    with open_desk(args) as desk:
        log_in(desk, args.user, password=password)
        try:
            info = accept_handover(desk, args.serial, args.user, password, args.remarks)
        except (DocumentError, LoginError) as exc:
            raise CliError(str(exc)) from exc
    at = info.accepted_at.astimezone().strftime("%Y-%m-%d %H:%M") if info.accepted_at else ""
    print(f"已确认接班：{info.serial}（接班人 {info.accepted_by}，{at}）")
    return 0
