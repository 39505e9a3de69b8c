"""Command line for plans and the knowledge base: plan, booklet and incident-report PDFs, search."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.context import Desk

PDF_KINDS = ("plan", "plans-booklet", "incident-report")
INCIDENT_OPTIONS = {
    "happened": "事件经过",
    "impact": "影响范围",
    "cause": "原因分析",
    "actions": "处理措施",
    "prevention": "预防措施",
}


def add_pdf_kinds(kinds: argparse._SubParsersAction, add_db: Callable[..., None]) -> None:
    """Add ``pdf plan``, ``pdf plans-booklet`` and ``pdf incident-report``."""
    plan = kinds.add_parser("plan", help="应急预案（一页，张贴在机柜旁） (one emergency plan)")
    plan.add_argument("plan", metavar="PLAN_ID", help="预案编号，如 YA-04（或序号 4）")
    add_db(plan, required=True)
    plan.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="保存到")
    booklet = kinds.add_parser("plans-booklet", help="应急预案汇编 (all plans as one booklet)")
    add_db(booklet, required=True)
    booklet.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="保存到")
    incident = kinds.add_parser("incident-report", help="问题汇报 (incident report of a ticket)")
    incident.add_argument("number", metavar="TICKET", help="工单号，如 GD-2026-0001")
    add_db(incident, required=True)
    incident.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="保存到")
    for name, label in INCIDENT_OPTIONS.items():
        incident.add_argument(
            f"--{name}", metavar="TEXT", help=f"{label}（不填则用已保存的内容或由工单生成）"
        )


def add_commands(commands: argparse._SubParsersAction, add_db: Callable[..., None]) -> None:
    """Add ``plans list`` and ``plans search``."""
    plans = commands.add_parser("plans", help="应急预案与知识库 (emergency plans, knowledge base)")
    actions = plans.add_subparsers(dest="plans_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="列出全部应急预案 (list the plans)")
    add_db(listing, required=True)
    find = actions.add_parser("search", help="查找预案和知识库条目 (search plans and articles)")
    find.add_argument("query", metavar="QUERY", help="关键词，如 断网、“NVR 离线”")
    add_db(find, required=True)
    find.add_argument("--limit", type=int, default=20, metavar="N", help="最多显示几条（默认 20）")


def run_pdf(args: argparse.Namespace) -> int:
    """Print a plan, the booklet or a ticket's incident report."""
    from app.cli.pdf import _open
    from app.services.plans import documents, incident_report

    with _open(args.db) as desk:
        if args.pdf_kind == "plan":
            plan, path = documents.print_plan(desk, args.plan, args.out)
            print(f"已生成应急预案：{path}（{plan.code} {plan.title}，第 {plan.revision} 版）")
        elif args.pdf_kind == "plans-booklet":
            count, path = documents.print_booklet(desk, args.out)
            print(f"已生成应急预案汇编：{path}（共 {count} 个预案）")
        else:
            values = _incident_values(desk, args)
            info = incident_report.print_incident_report(desk, args.number, args.out, values)
            print(
                f"已生成{info.kind_label}：{info.path}"
                f"（文档编号 {info.serial}，工单 {info.ticket_number}）"
            )
    return 0


def _incident_values(desk: Desk, args: argparse.Namespace) -> dict[str, str] | None:
    """The texts given on the command line over the saved (or drafted) ones; None if none given."""
    from app.services.plans import incident_report
    from app.services.tickets.calls import TicketNotFoundError
    from app.services.tickets.detail import find_ticket_id
    from app.services.tickets.document_data import TicketMissingError

    given = {name: getattr(args, name) for name in INCIDENT_OPTIONS if getattr(args, name)}
    if not given:
        return None
    try:
        ticket_id = find_ticket_id(desk, args.number)
    except TicketNotFoundError:
        raise TicketMissingError(args.number.strip()) from None
    return {**incident_report.incident_text(desk, ticket_id).values(), **given}


def run_plans(args: argparse.Namespace) -> int:
    """List the plans, or search plans and articles and print the best matches."""
    from app.cli.pdf import _open
    from app.services.plans import plans
    from app.services.plans import search as plan_search

    with _open(args.db) as desk:
        if args.plans_action == "list":
            for plan in plans.list_plans(desk):
                systems = "、".join(plan.system_names) or "全部系统"
                print(
                    f"{plan.code}  {plan.title}（{plan.severity.label}；{systems}；第 {plan.revision} 版）"
                )
            return 0
        hits = plan_search.search(desk, args.query, limit=max(1, args.limit))
    if not hits:
        print(f"没有找到与“{args.query}”相关的预案或知识库条目。")
        return 1
    for hit in hits:
        kind = "预案" if hit.kind == plan_search.PLAN else "知识库"
        print(f"[{kind} {hit.id}] {hit.title} — {hit.snippet}")
    return 0
