"""``audit``: the auditor's export of the audit trail, and checking a chain head printed on paper."""

from __future__ import annotations

import argparse
from datetime import datetime, time, timedelta

from app.cli.common import (
    CliError,
    Subcommands,
    add_db,
    add_out,
    add_range,
    add_user,
    check_range,
    open_desk,
    open_desk_for,
)


def register(commands: Subcommands) -> None:
    """Add ``audit export`` and ``audit head CODE``."""
    audit = commands.add_parser("audit", help="审计记录 (audit trail)")
    actions = audit.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="导出审计记录为 Excel（审计员）")
    add_db(export, required=True)
    add_user(export)
    add_out(export, ".xlsx")
    add_range(export)
    export.add_argument("--account", default="", metavar="LOGIN", help="只导出此账户的记录")
    export.add_argument(
        "--action", default="", metavar="CODE", help="只导出此类操作，如 login.failed"
    )
    export.set_defaults(handler=run_export)
    head = actions.add_parser("head", help="核对文档页脚打印的审计链头，如 1234-9F3A0C1B")
    head.add_argument("code", metavar="CODE", help="页脚上的“审计链”编号")
    add_db(head, required=True)
    head.set_defaults(handler=run_head)


def _moment(day: object, end: bool = False) -> datetime | None:
    if day is None:
        return None
    moment = datetime.combine(day, time()).astimezone()  # type: ignore[arg-type]
    return moment + timedelta(days=1) if end else moment


def run_export(args: argparse.Namespace) -> int:
    """Write the audit records (as the auditor, who must log in) to a workbook."""
    from app.services.audit_export import export_audit
    from app.services.audit_trail import AuditFilter

    check_range(args.date_from, args.date_to)
    flt = AuditFilter(
        start=_moment(args.date_from),
        end=_moment(args.date_to, end=True),
        username=args.account.strip(),
        action=args.action.strip(),
    )
    with open_desk_for(args) as desk:
        count = export_audit(desk, flt, args.out)
    print(f"已导出审计记录：{args.out}（{count} 条）")
    return 0


def run_head(args: argparse.Namespace) -> int:
    """Say whether a head printed on a document is still in the chain (read-only, no login)."""
    from app.services.audit_trail import find_printed_head

    with open_desk(args) as desk:
        match = find_printed_head(desk, args.code)
    if match is None:
        raise CliError(f"不是审计链编号：{args.code}（应为“序号-8位十六进制”，如 1234-9F3A0C1B）")
    if not match.found:
        raise CliError(
            f"审计链中第 {match.record_id} 条记录与 {args.code.strip().upper()} 不符：打印之后"
            f"审计记录被改动过，请运行 check 检查"
        )
    assert match.at is not None
    print(
        f"审计链 {args.code.strip().upper()} 与第 {match.record_id} 条审计记录一致"
        f"（{match.at.astimezone():%Y-%m-%d %H:%M}）"
    )
    return 0
