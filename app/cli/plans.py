"""``plans``: list the emergency plans and search plans and knowledge articles."""

from __future__ import annotations

import argparse

from app.cli.common import Subcommands, add_db, open_desk


def register(commands: Subcommands) -> None:
    """Add ``plans list`` and ``plans search``."""
    plans = commands.add_parser("plans", help="应急预案与知识库 (emergency plans, knowledge base)")
    actions = plans.add_subparsers(dest="plans_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="列出全部应急预案 (list the plans)")
    add_db(listing, required=True)
    listing.set_defaults(handler=run_list)
    find = actions.add_parser("search", help="查找预案和知识库条目 (search plans and articles)")
    find.add_argument("query", metavar="QUERY", help="关键词，如 断网、“NVR 离线”")
    add_db(find, required=True)
    find.add_argument("--limit", type=int, default=20, metavar="N", help="最多显示几条（默认 20）")
    find.set_defaults(handler=run_search)


def run_list(args: argparse.Namespace) -> int:
    """List the plans with their severity, systems and revision."""
    from app.services.plans import plans

    with open_desk(args) as desk:
        for plan in plans.list_plans(desk):
            systems = "、".join(plan.system_names) or "全部系统"
            print(
                f"{plan.code}  {plan.title}（{plan.severity.label}；{systems}；第 {plan.revision} 版）"
            )
    return 0


def run_search(args: argparse.Namespace) -> int:
    """Search plans and articles and print the best matches; 1 when nothing matches."""
    from app.services.plans import search

    with open_desk(args) as desk:
        hits = search.search(desk, args.query, limit=max(1, args.limit))
    if not hits:
        print(f"没有找到与“{args.query}”相关的预案或知识库条目。")
        return 1
    for hit in hits:
        kind = "预案" if hit.kind == search.PLAN else "知识库"
        print(f"[{kind} {hit.id}] {hit.title} — {hit.snippet}")
    return 0
