"""Follow-ups and the monthly report on the command line: ``followup due|record|survey``,
``advice add|list``, ``pdf monthly-report --month 2026-11`` and ``export followups``."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from app.cli.common import (
    CliError,
    Subcommands,
    add_db,
    add_out,
    add_range,
    add_user,
    check_range,
    day,
    open_desk_for,
)

WAYS = ("phone", "visit")
LEVELS = ("satisfied", "fair", "dissatisfied")


def _visit_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--way", choices=WAYS, default="phone", help="回访方式：电话或上门")
    parser.add_argument("--contact", required=True, help="回访对象")
    parser.add_argument("--satisfaction", required=True, choices=LEVELS, help="满意度")
    parser.add_argument("--comments", required=True, help="回访意见")
    parser.add_argument("--complaint", default="", help="不满意的原因（投诉记录）")
    add_db(parser, required=True)
    add_user(parser)


def register(commands: Subcommands) -> None:
    """``followup …`` and ``advice …``."""
    followup = commands.add_parser("followup", help="回访与满意度 (follow-up visits)")
    what = followup.add_subparsers(dest="followup_kind", metavar="WHAT", required=True)
    due = what.add_parser("due", help="到期和逾期的回访")
    due.add_argument("--ahead", type=int, default=0, metavar="DAYS", help="也列出今后几天到期的")
    add_db(due, required=True)
    due.set_defaults(handler=run_due)
    record = what.add_parser("record", help="登记一次工单回访")
    record.add_argument("number", metavar="GD-…")
    record.add_argument("--recurred", action="store_true", help="问题复发（重新打开工单）")
    _visit_options(record)
    record.set_defaults(handler=run_record)
    survey = what.add_parser("survey", help="登记季度满意度调查")
    survey.add_argument("--quarter", default="", help="调查季度，如 2026Q4（默认按日期）")
    _visit_options(survey)
    survey.set_defaults(handler=run_survey)
    advice = commands.add_parser("advice", help="月报改进建议 (improvement advice)")
    items = advice.add_subparsers(dest="advice_kind", metavar="WHAT", required=True)
    add = items.add_parser("add", help="登记改进建议")
    add.add_argument("--month", required=True, metavar="YYYY-MM", help="所属月报月份")
    add.add_argument("--text", required=True, help="改进建议")
    add.add_argument("--owner", required=True, help="责任人")
    add.add_argument("--deadline", required=True, type=day, metavar="YYYY-MM-DD", help="完成期限")
    add_db(add, required=True)
    add_user(add)
    add.set_defaults(handler=run_advice_add)
    listing = items.add_parser("list", help="列出某月的改进建议")
    listing.add_argument("--month", required=True, metavar="YYYY-MM")
    add_db(listing, required=True)
    listing.set_defaults(handler=run_advice_list)


def register_pdf(kinds: Subcommands) -> None:
    sub = kinds.add_parser("monthly-report", help="系统运行状况分析报告 (monthly report)")
    sub.add_argument("--month", metavar="YYYY-MM", help="报告月份，如 2026-11")
    add_range(sub)
    add_db(sub, required=True)
    add_user(sub)
    add_out(sub, ".pdf")
    sub.set_defaults(handler=run_monthly)


def register_export(what: Subcommands) -> None:
    sub = what.add_parser("followups", help="回访台账与满意度统计 (follow-up log)")
    add_db(sub, required=True)
    add_user(sub)
    add_out(sub, ".xlsx")
    add_range(sub)
    sub.set_defaults(handler=run_export)


def run_due(args: argparse.Namespace) -> int:
    from app.services.reports.followups import due_follow_ups

    with open_desk_for(args, write=False) as desk:
        items = due_follow_ups(desk, ahead_days=args.ahead)
    for d in items:
        state = "已逾期" if d.overdue else "到期"
        print(
            f"{d.number}  应回访 {d.due_on:%Y-%m-%d}（{state}）  {d.requester} {d.requester_phone}  {d.title}"
        )
    print(f"共 {len(items)} 件待回访")
    return 0


def _values(args: argparse.Namespace) -> dict[str, object]:
    return {
        "way": args.way,
        "contact": args.contact,
        "satisfaction": args.satisfaction,
        "comments": args.comments,
        "complaint": args.complaint,
    }


def run_record(args: argparse.Namespace) -> int:
    from app.domain.enums import TicketStatus
    from app.services.reports.followups import record_follow_up
    from app.services.tickets.detail import find_ticket_id

    with open_desk_for(args) as desk:
        status = record_follow_up(
            desk, find_ticket_id(desk, args.number), {**_values(args), "recurred": args.recurred}
        )
    reopened = "，问题复发，工单已重新打开" if args.recurred else ""
    print(f"已登记 {args.number} 的回访{reopened}（工单状态：{TicketStatus(status).label}）")
    return 0


def run_survey(args: argparse.Namespace) -> int:
    from app.services.reports.followups import record_survey

    with open_desk_for(args) as desk:
        record_survey(desk, {**_values(args), "quarter": args.quarter})
    print("已登记满意度调查")
    return 0


def run_advice_add(args: argparse.Namespace) -> int:
    from app.services.reports.advice import save_advice

    with open_desk_for(args) as desk:
        save_advice(
            desk,
            {
                "period": args.month,
                "text": args.text,
                "owner": args.owner,
                "deadline": args.deadline,
            },
        )
    print(f"已登记 {args.month} 的改进建议")
    return 0


def run_advice_list(args: argparse.Namespace) -> int:
    from app.services.reports.advice import list_advice

    with open_desk_for(args, write=False) as desk:
        items = list_advice(desk, args.month)
    for a in items:
        print(f"{a.id:>4}  {a.deadline:%Y-%m-%d}  {a.owner}  {a.status.label}  {a.text}")
    return 0


def _period(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.domain.reports.periods import month_period, range_period

    if args.month and (args.date_from or args.date_to):
        raise CliError("请只用 --month，或只用 --from 和 --to")
    if args.month:
        return month_period(args.month)
    if args.date_from and args.date_to:
        check_range(args.date_from, args.date_to)
        return range_period(args.date_from, args.date_to)
    raise CliError("请用 --month YYYY-MM 指定月份，或用 --from 和 --to 指定期间")


def run_monthly(args: argparse.Namespace) -> int:
    from app.services.reports.monthly_report import print_monthly_report

    period = _period(args)
    started = time.perf_counter()
    with open_desk_for(args) as desk:
        info = print_monthly_report(desk, period, Path(args.out))
    seconds = time.perf_counter() - started
    version = f"，第 {info.version} 版" if info.version > 1 else ""
    print(
        f"已生成{info.kind_label}：{info.path}（文档编号 {info.serial}{version}，用时 {seconds:.1f} 秒）"
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from app.services.reports.followup_export import export_follow_up_log

    check_range(args.date_from, args.date_to)
    with open_desk_for(args, write=False) as desk:
        rows = export_follow_up_log(desk, Path(args.out), args.date_from, args.date_to)
    print(f"已导出回访台账：{args.out}（{rows} 条）")
    return 0
