"""Change requests on the command line: ``change add|list|step|approve|paper``, and the documents
``pdf change-request BG-…`` and ``export changes``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.cli.common import (
    CliError,
    Subcommands,
    add_db,
    add_out,
    add_range,
    add_user,
    check_range,
    open_desk_for,
)

SIGNER_PASSWORD = "RESIDENT_DESK_SIGNER_PASSWORD"
STEPS = ("submit", "start", "complete", "fail", "cancel", "confirm", "reestimate")


def register(commands: Subcommands) -> None:
    """``change …``: register, list, move and approve change requests."""
    change = commands.add_parser("change", help="需求变更 (change requests)")
    what = change.add_subparsers(dest="change_kind", metavar="WHAT", required=True)
    add = what.add_parser("add", help="登记需求变更")
    for flag, text in (
        ("--title", "变更名称"),
        ("--requester", "提出人"),
        ("--system", "所属系统代码，如 PLATFORM"),
        ("--description", "变更内容"),
        ("--effort", "预计工作量（工作日，可为半天 0.5）"),
        ("--plan", "实施方案"),
    ):
        add.add_argument(flag, required=True, help=text)
    add.add_argument("--kind", required=True, choices=("defect", "vague", "new"), help="变更类别")
    add.add_argument("--department", default="", help="提出部门")
    add.add_argument("--rollback", default="", help="回退方案（缺陷处理以外必填）")
    add.add_argument("--impact", default="", help="影响说明")
    add.add_argument("--ticket", default=None, metavar="GD-…", help="由此工单提出")
    add.add_argument("--device", action="append", default=[], metavar="CODE", help="涉及设备编号")
    add_db(add, required=True)
    add_user(add)
    add.set_defaults(handler=run_add)
    listing = what.add_parser("list", help="列出需求变更")
    add_db(listing, required=True)
    listing.set_defaults(handler=run_list)
    step = what.add_parser("step", help="变更步骤：" + "、".join(STEPS))
    step.add_argument("number", metavar="BG-…")
    step.add_argument("step", choices=STEPS)
    step.add_argument("--note", default="", help="说明（完成、失败、取消、确认、重新估算时必填）")
    step.add_argument("--effort", default=None, help="重新估算的工作量（工作日）")
    add_db(step, required=True)
    add_user(step)
    step.set_defaults(handler=run_step)
    approve = what.add_parser("approve", help="审批领导在本机电子签字批准或驳回")
    approve.add_argument("number", metavar="BG-…")
    approve.add_argument("--signer", required=True, metavar="LOGIN", help="审批领导的账户")
    approve.add_argument("--reject", action="store_true", help="驳回（须填写 --note）")
    approve.add_argument("--note", default="", help="审批意见")
    add_db(approve, required=True)
    add_user(approve)
    approve.set_defaults(handler=run_approve)
    paper = what.add_parser("paper", help="打印申请单待纸质签字（签字件归档后即批准）")
    paper.add_argument("number", metavar="BG-…")
    add_db(paper, required=True)
    add_user(paper)
    add_out(paper, ".pdf")
    paper.set_defaults(handler=run_paper)


def register_pdf(kinds: Subcommands) -> None:
    sub = kinds.add_parser("change-request", help="需求变更申请单 (change request form)")
    sub.add_argument("number", metavar="BG-…", help="变更编号，如 BG-2026-0001")
    add_db(sub, required=True)
    add_user(sub)
    add_out(sub, ".pdf")
    sub.set_defaults(handler=run_pdf)


def register_export(what: Subcommands) -> None:
    sub = what.add_parser("changes", help="变更台账与变更统计 (change log)")
    add_db(sub, required=True)
    add_user(sub)
    add_out(sub, ".xlsx")
    add_range(sub)
    sub.set_defaults(handler=run_export)


def _device_ids(desk, codes: list[str]) -> list[int]:  # type: ignore[no-untyped-def]
    from app.services.devices.register import get_device

    return [get_device(desk, code).id for code in codes]


def run_add(args: argparse.Namespace) -> int:
    from app.services.changes.requests import register_change
    from app.services.tickets.detail import find_ticket_id

    with open_desk_for(args) as desk:
        values = {
            "title": args.title,
            "requester": args.requester,
            "requester_department": args.department,
            "system": args.system,
            "description": args.description,
            "kind": args.kind,
            "effort_days": args.effort,
            "plan": args.plan,
            "rollback_plan": args.rollback,
            "impact": args.impact,
            "ticket_id": find_ticket_id(desk, args.ticket) if args.ticket else None,
            "device_ids": _device_ids(desk, args.device),
        }
        change_id, number = register_change(desk, values)
        from app.services.changes.requests import get_change

        info = get_change(desk, change_id)
    print(
        f"已登记需求变更 {number}：{info.kind.label}，审批人：{info.required.label}，{info.charge.label}"
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.services.changes.requests import list_changes

    with open_desk_for(args, write=False) as desk:
        for c in list_changes(desk):
            print(
                f"{c.number}  {c.requested_at.astimezone():%Y-%m-%d}  {c.state.label:<8}"
                f"  {c.kind.label}（{c.effort_text} 工作日，{c.required.label}）  {c.title}"
            )
    return 0


def run_step(args: argparse.Namespace) -> int:
    from app.domain.changes.states import ChangeStep
    from app.services.changes.requests import find_change
    from app.services.changes.steps import do_step

    with open_desk_for(args) as desk:
        change = find_change(desk, args.number)
        state = do_step(
            desk, change.id, ChangeStep(args.step), {"note": args.note, "effort_days": args.effort}
        )
    from app.domain.changes.states import ChangeState

    print(f"{change.number}：{ChangeStep(args.step).label}，当前状态：{ChangeState(state).label}")
    return 0


def _signer_password(login: str) -> str:
    given = os.environ.get(SIGNER_PASSWORD)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise CliError(f"没有终端可输入审批人密码：请设置环境变量 {SIGNER_PASSWORD}")
    try:
        return getpass.getpass(f"审批人 {login} 的密码：")
    except (EOFError, KeyboardInterrupt):
        raise CliError("未输入密码，已取消") from None


def run_approve(args: argparse.Namespace) -> int:
    from app.domain.changes.states import ChangeState, ChangeStep
    from app.services.changes.approval import sign_decision
    from app.services.changes.requests import find_change

    step = ChangeStep.REJECT if args.reject else ChangeStep.APPROVE
    with open_desk_for(args) as desk:
        change = find_change(desk, args.number)
        state = sign_decision(
            desk, change.id, step, args.note, args.signer, _signer_password(args.signer)
        )
    print(f"{change.number}：{ChangeState(state).label}（{args.signer} 电子签字）")
    return 0


def run_paper(args: argparse.Namespace) -> int:
    from app.services.changes.approval import request_paper
    from app.services.changes.requests import find_change

    with open_desk_for(args) as desk:
        info = request_paper(desk, find_change(desk, args.number).id, Path(args.out))
    print(
        f"已生成{info.kind_label}：{info.path}（文档编号 {info.serial}），待审批领导纸质签字；"
        f"签字件归档：document filed {info.serial} --signer 姓名"
    )
    return 0


def run_pdf(args: argparse.Namespace) -> int:
    from app.services.changes.printing import print_change_request
    from app.services.changes.requests import find_change

    with open_desk_for(args) as desk:
        info = print_change_request(desk, find_change(desk, args.number).id, Path(args.out))
    version = f"，第 {info.version} 版" if info.version > 1 else ""
    copy = f"，{info.copy_note}" if info.copy_note else ""
    print(f"已生成{info.kind_label}：{info.path}（文档编号 {info.serial}{version}{copy}）")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from app.services.changes.log_export import export_change_log

    check_range(args.date_from, args.date_to)
    with open_desk_for(args, write=False) as desk:
        rows = export_change_log(desk, Path(args.out), args.date_from, args.date_to)
    print(f"已导出变更台账：{args.out}（{rows} 项变更）")
    return 0
