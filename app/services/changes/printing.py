"""需求变更申请单 (BG-…): printed under the change's own number, a changed request as a new
version of it (BG-2026-0001-2)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from app.db.models import Document
from app.domain.audit.actions import DOCUMENT_PRINT
from app.domain.changes.routing import Approver, ChangeKind
from app.exports.changes.form import ChangeForm, render_change_form
from app.exports.pdf_text import fmt_time
from app.services import documents
from app.services.changes.requests import ChangeInfo, get_change
from app.services.context import Desk
from app.services.documents import DocumentInfo, check_out_path, register_and_render

ROUTING = {
    ChangeKind.DEFECT: "缺陷处理：故障登录备案后现场立即处理，不需要审核批准",
    ChangeKind.VAGUE: "技术协议上定义的模糊功能：登记备案后书面提交部门领导审核，通过后实施",
}


def routing_text(change: ChangeInfo) -> str:
    """The contract's rule (§(七)2 程序功能调整) that routes this change."""
    if change.kind is not ChangeKind.NEW:
        return ROUTING[change.kind]
    if change.required is Approver.COMPANY:
        return f"新增需求，预计 {change.effort_text} 个工作日，超过两周（10 个工作日）：书面报公司领导审批"
    return (
        f"新增需求，预计 {change.effort_text} 个工作日，两周（10 个工作日）以内：书面报部门领导审核"
    )


def decision_text(change: ChangeInfo) -> str:
    if change.decided_at is None:
        return ""
    verdict = "批准" if change.approved_level else "驳回"
    text = f"{change.decided_by} 于 {fmt_time(change.decided_at)} {verdict}"
    return text + (f"。意见：{change.decision_note}" if change.decision_note else "")


def form_of(change: ChangeInfo) -> ChangeForm:
    window = "—"
    if change.window_start is not None:
        window = f"{fmt_time(change.window_start)} 至 {fmt_time(change.window_end)}"
    return ChangeForm(
        number=change.number,
        kind=change.kind.label,
        state=change.state.label,
        title=change.title,
        requester=change.requester,
        requester_department=change.requester_department,
        system=change.system_name,
        ticket_number=change.ticket_number,
        requested_at=change.requested_at,
        registered_by=change.registered_by,
        description=change.description,
        effort=change.effort_text,
        approver=change.required.label,
        routing=routing_text(change),
        charge=change.charge.label,
        window=window,
        devices=[(code, name) for _, code, name in change.devices],
        impact=change.impact,
        plan=change.plan,
        rollback_plan=change.rollback_plan,
        decision=decision_text(change),
        events=[
            (fmt_time(e.at), e.actor, f"{e.summary}\n{e.details}".strip()) for e in change.events
        ],
    )


def print_change_request(
    desk: Desk,
    change_id: int,
    out_path: Path,
    also: Callable[[Session, Document], None] | None = None,
    action: str = DOCUMENT_PRINT,
) -> DocumentInfo:
    """Render the form of one change request into ``out_path`` and register it."""
    out_path = check_out_path(out_path)
    form = form_of(get_change(desk, change_id))
    return register_and_render(
        desk,
        documents.CHANGE_REQUEST,
        out_path,
        lambda path, header: render_change_form(path, header, form),
        action=action,
        also=also,
        subject=f"change:{change_id}",
        content=form,
        serial=form.number,
    )
