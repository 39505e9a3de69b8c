"""``pdf``: every printed document, numbered and entered in the document register as it is made."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.cli import changes, devices, reports, training
from app.cli.common import (
    Subcommands,
    add_db,
    add_out,
    add_range,
    add_user,
    check_range,
    minute,
    open_desk_for,
)

if TYPE_CHECKING:
    from app.services.context import Desk
    from app.services.documents import DocumentInfo

INCIDENT_OPTIONS = {
    "happened": "事件经过",
    "impact": "影响范围",
    "cause": "原因分析",
    "actions": "处理措施",
    "prevention": "预防措施",
}


def register(commands: Subcommands) -> None:
    """Add ``pdf KIND …`` with one subcommand per document."""
    pdf = commands.add_parser("pdf", help="打印文档为 PDF (documents as PDF)")
    kinds = pdf.add_subparsers(dest="pdf_kind", metavar="KIND", required=True)
    _ticket_kinds(kinds)
    _inspection_kinds(kinds)
    _plan_kinds(kinds)
    _store_kinds(kinds)
    devices.register_pdf(kinds)
    training.register_pdf(kinds)
    changes.register_pdf(kinds)
    reports.register_pdf(kinds)


def _kind(
    kinds: Subcommands,
    name: str,
    text: str,
    handler: Callable[[argparse.Namespace], int],
    *args: tuple[str, str, str],
) -> argparse.ArgumentParser:
    """One document kind: its positional arguments (name, metavar, help), ``--db`` and ``--out``."""
    sub = kinds.add_parser(name, help=text)
    for arg, metavar, helptext in args:
        sub.add_argument(arg, metavar=metavar, help=helptext)
    add_db(sub, required=True)
    add_user(sub)
    add_out(sub, ".pdf")
    sub.set_defaults(handler=handler)
    return sub


def _printed(info: DocumentInfo, what: str = "") -> None:
    copy = f"，{info.copy_note}" if info.copy_note else ""
    version = f"，第 {info.version} 版" if info.version > 1 else ""
    print(f"已生成{info.kind_label}：{info.path}（文档编号 {info.serial}{version}{copy}{what}）")
    if info.missing_characters:
        print(
            f"警告：以下字符字体中没有，已印为“〓”，请在纸面上手写补全：{info.missing_description}",
            file=sys.stderr,
        )


def _ticket_kinds(kinds: Subcommands) -> None:
    number = ("number", "TICKET", "工单号，如 GD-2026-0001")
    _kind(kinds, "defect-form", "系统缺陷类问题提交单 (defect form)", run_ticket_form, number)
    _kind(kinds, "consultation", "咨询类问题记录 (consultation record)", run_ticket_form, number)
    handover = _kind(kinds, "handover", "交接班记录 (shift handover)", run_handover)
    handover.add_argument("--from-engineer", required=True, metavar="NAME", help="交班人")
    handover.add_argument("--to-engineer", required=True, metavar="NAME", help="接班人")
    handover.add_argument("--notes", default="", metavar="TEXT", help="交班说明")
    handover.add_argument(
        "--annex", action="store_true", help="附上本班全部处理记录 (annex: every event in full)"
    )
    handover.add_argument(
        "--since",
        type=minute,
        default=None,
        metavar="'YYYY-MM-DD HH:MM'",
        help="本班开始时间（本地时间）；默认自上次交接起，无上次交接时为前12小时",
    )


def run_ticket_form(args: argparse.Namespace) -> int:
    """Print one ticket's defect form or consultation record."""
    from app.services.tickets import forms

    make = forms.defect_form if args.pdf_kind == "defect-form" else forms.consultation_record
    with open_desk_for(args) as desk:
        info = make(desk, args.number, args.out)
    _printed(info, f"，工单 {info.ticket_number}")
    return 0


def run_handover(args: argparse.Namespace) -> int:
    """Print the shift handover."""
    from app.services.handover import handover_document

    with open_desk_for(args) as desk:
        info = handover_document(
            desk,
            args.from_engineer,
            args.to_engineer,
            args.out,
            args.notes,
            start=args.since,
            annex=args.annex,
        )
    _printed(info, f"，交班人 {args.from_engineer.strip()}，接班人 {args.to_engineer.strip()}")
    return 0


def _inspection_kinds(kinds: Subcommands) -> None:
    _kind(
        kinds,
        "inspection-report",
        "巡检报告 (inspection report of one run)",
        run_inspection_report,
        ("run", "RUN", "巡检编号，如 XJ-2026-0001，或记录序号"),
    )
    summary = _kind(
        kinds,
        "inspection-summary",
        "巡检情况汇总 (inspections and backups of a period)",
        run_inspection_summary,
    )
    add_range(summary, required=True)


def run_inspection_report(args: argparse.Namespace) -> int:
    """Print one run's 巡检报告."""
    from app.services.inspections import documents
    from app.services.inspections.runs import find_run_id, get_run

    with open_desk_for(args) as desk:
        run_id = find_run_id(desk, args.run)
        info = documents.inspection_report(desk, run_id, args.out)
        number = get_run(desk, run_id).number
    _printed(info, f"，巡检 {number}")
    return 0


def run_inspection_summary(args: argparse.Namespace) -> int:
    """Print the 巡检情况汇总 of a date range."""
    from app.services.inspections import documents

    check_range(args.date_from, args.date_to)
    with open_desk_for(args) as desk:
        info = documents.period_report(desk, args.date_from, args.date_to, args.out)
    _printed(info, f"，{args.date_from.isoformat()} 至 {args.date_to.isoformat()}")
    return 0


def _plan_kinds(kinds: Subcommands) -> None:
    _kind(
        kinds,
        "plan",
        "应急预案（一页，张贴在机柜旁） (one emergency plan)",
        run_plan,
        ("plan", "PLAN_ID", "预案编号，如 YA-04（或序号 4）"),
    )
    _kind(kinds, "plans-booklet", "应急预案汇编 (all plans as one booklet)", run_plans_booklet)
    incident = _kind(
        kinds,
        "incident-report",
        "问题汇报 (incident report of a ticket)",
        run_incident_report,
        ("number", "TICKET", "工单号，如 GD-2026-0001"),
    )
    for name, label in INCIDENT_OPTIONS.items():
        incident.add_argument(
            f"--{name}", metavar="TEXT", help=f"{label}（不填则用已保存的内容或由工单生成）"
        )


def run_plan(args: argparse.Namespace) -> int:
    """Print one plan on one page."""
    from app.services.plans import documents

    with open_desk_for(args) as desk:
        plan, path = documents.print_plan(desk, args.plan, args.out)
    print(f"已生成应急预案：{path}（{plan.code} {plan.title}，第 {plan.revision} 版）")
    return 0


def run_plans_booklet(args: argparse.Namespace) -> int:
    """Print every plan as one booklet."""
    from app.services.plans import documents

    with open_desk_for(args) as desk:
        count, path = documents.print_booklet(desk, args.out)
    print(f"已生成应急预案汇编：{path}（共 {count} 个预案）")
    return 0


def run_incident_report(args: argparse.Namespace) -> int:
    """Print a ticket's incident report, with texts given on the command line."""
    from app.services.plans import incident_report

    with open_desk_for(args) as desk:
        values = _incident_values(desk, args)
        info = incident_report.print_incident_report(desk, args.number, args.out, values)
    _printed(info, f"，工单 {info.ticket_number}")
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


def _store_kinds(kinds: Subcommands) -> None:
    loaner = kinds.add_parser("loaner-form", help="备用机借用单或测试设备借用单 (loan form)")
    loaner.add_argument("loan_id", type=int, metavar="LOAN_ID", help="借用单号（借用登记中的编号）")
    add_db(loaner, required=True)
    add_user(loaner)
    add_out(loaner, ".pdf")
    loaner.set_defaults(handler=run_loaner_form)
    stocktake = kinds.add_parser("stocktake", help="备品备件盘点表 (stocktake sheet)")
    stocktake.add_argument(
        "--shelf", action="append", default=[], metavar="SHELF", help="货架（可多次给出；默认全部）"
    )
    stocktake.add_argument("--stocktake", type=int, metavar="N", help="已过账的盘点记录编号")
    add_db(stocktake, required=True)
    add_user(stocktake)
    add_out(stocktake, ".pdf")
    stocktake.set_defaults(handler=run_stocktake_sheet)


def run_loaner_form(args: argparse.Namespace) -> int:
    """Print the loaner (or test-equipment) form of one loan."""
    from app.services.store.documents import loaner_form

    with open_desk_for(args) as desk:
        info = loaner_form(desk, args.loan_id, args.out)
    _printed(info, f"，工单 {info.ticket_number}" if info.ticket_number else "")
    return 0


def run_stocktake_sheet(args: argparse.Namespace) -> int:
    """Print the stocktake sheet of some shelves, or of a posted stocktake."""
    from app.services.store.documents import stocktake_sheet

    with open_desk_for(args) as desk:
        info = stocktake_sheet(desk, args.shelf, args.out, args.stocktake)
    _printed(info)
    return 0
