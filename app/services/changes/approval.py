"""Approval of a change request by the lead the contract's routing names (部门领导 / 公司领导),
as an authenticated sign-off: electronically by the lead's own account at the workstation, or on
the printed 需求变更申请单 completed when its signed copy is filed.

Who is the department lead and who the company lead is the contract's escalation ladder (rungs 2,
售后服务部负责人, and 3, 公司领导), kept by the administrator: an electronic signature must be by
an account with the signing role whose name is the one the ladder gives for the lead required.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from app.db import audit
from app.db.models import Account, ChangeRequest, Document, SignOff
from app.domain.accounts.roles import Role
from app.domain.audit.actions import CHANGE_APPROVE, SIGNOFF_PAPER_DONE, SIGNOFF_REQUEST
from app.domain.changes.routing import Approver, ChangeError
from app.domain.changes.states import ChangeState, ChangeStep, next_state
from app.domain.i18n import QT_TRANSLATE_NOOP, Marked
from app.domain.tickets.timeline_text import change_event_text
from app.domain.validation import clean_text
from app.services import signoffs
from app.services.changes.requests import add_event, facts_of, load_change
from app.services.changes.steps import APPROVAL_SUBJECT
from app.services.context import CurrentUser, Desk
from app.services.contract import ladder
from app.services.documents import DocumentError, DocumentInfo
from app.services.login import SignerError, verify_signer

SUBJECTS = (APPROVAL_SUBJECT,)


def lead_name(session: Session, approver: Approver) -> str:
    """The name the contract's ladder gives for ``approver`` ("" when not filled in)."""
    level = approver.ladder_level
    rung = ladder(session).get(level) if level is not None else None
    return rung.name if rung is not None else ""


def _decide(
    change: ChangeRequest,
    step: ChangeStep,
    signer: str,
    how: Mapping[str, str],
    note: str,
    now: datetime,
    actor: str,
) -> None:
    """The lead's decision; ``how`` names the code saying how it was signed and its parameters."""
    facts = facts_of(change)
    state = next_state(facts, step)
    change.state = state.value
    change.decided_by, change.decided_at, change.decision_note = signer[:50], now, note
    if step is ChangeStep.APPROVE:
        change.approved_level = facts.required.value
    code, params = how["code"], {k: v for k, v in how.items() if k != "code"}
    text = change_event_text(
        code, approver=facts.required, change_step=step, signer=signer, note=note, **params
    )
    add_event(change, now, actor, step.value, text)


def _check_waiting(desk: Desk, change_id: int) -> Approver:
    with desk.db.read() as session:
        change = load_change(session, change_id)
        facts = facts_of(change)
        if facts.state is not ChangeState.SUBMITTED:
            raise ChangeError(
                QT_TRANSLATE_NOOP("changes", "变更 {number} 当前为“{state}”，不在待审批状态"),
                number=change.number,
                state=Marked("enum", facts.state.label),
            )
        return facts.required


def sign_decision(
    desk: Desk,
    change_id: int,
    step: ChangeStep,
    note: str,
    username: str,
    password: str,
) -> str:
    """The lead approves (or rejects) at this workstation with their own account; returns the
    new state. The account must be the one the ladder names for the lead this change needs."""
    if step not in (ChangeStep.APPROVE, ChangeStep.REJECT):
        raise ChangeError(QT_TRANSLATE_NOOP("changes", "只能签字批准或驳回"))
    desk.require(CHANGE_APPROVE, "change", str(change_id))
    note = clean_text(note)
    if step is ChangeStep.REJECT and not note:
        raise ChangeError(QT_TRANSLATE_NOOP("changes", "驳回时请填写审批意见（驳回理由）"))
    required = _check_waiting(desk, change_id)
    with desk.db.read() as session:
        expected = lead_name(session, required)
    if not expected:
        raise ChangeError(
            QT_TRANSLATE_NOOP(
                "changes",
                "合同设置的上报联系人中没有填写{lead}的姓名，不能电子签字："
                "请系统管理员填写，或打印申请单由{lead}纸质签字",
            ),
            lead=Marked("enum", required.label),
        )
    signer = verify_signer(desk, username, password, Role.SUPERVISOR)
    if signer.display_name != expected:
        raise SignerError(
            QT_TRANSLATE_NOOP(
                "changes", "此变更须由{lead}（{name}）审批，账户“{who}”不是合同设置中的{lead}"
            ),
            lead=Marked("enum", required.label),
            name=expected,
            who=signer.display_name,
        )
    now = desk.clock.now()
    with desk.write(CHANGE_APPROVE, object_type="change") as session:
        change = load_change(session, change_id)
        audit.describe(
            session,
            "change",
            change.number,
            f"电子签字：{signer.display_name}（{signer.username}）",
        )
        account = session.get(Account, signer.id)
        if account is not None and account.failed_logins:
            account.failed_logins, account.locked_until = 0, None
        how = {"code": "decided.electronic", "account": signer.username}
        _decide(change, step, signer.display_name, how, note, now, desk.actor)
        signoffs.add_electronic(
            session,
            APPROVAL_SUBJECT,
            change.id,
            signer,
            {"decision": step.value, "note": note},
            now,
            desk.user,
        )
        return change.state


def record_paper_rejection(desk: Desk, change_id: int, signer_name: str, note: str) -> str:
    """The lead refused in writing: the engineer records it with the lead's name and reason (the
    printed form waiting for a signature is void)."""
    signer_name, note = clean_text(signer_name), clean_text(note)
    if not signer_name or not note:
        raise ChangeError(QT_TRANSLATE_NOOP("changes", "请填写驳回的领导姓名和驳回理由"))
    _check_waiting(desk, change_id)
    now = desk.clock.now()
    with desk.write(CHANGE_APPROVE, object_type="change", detail="纸质驳回") as session:
        change = load_change(session, change_id)
        waiting = signoffs.pending(session, APPROVAL_SUBJECT, change.id)
        if waiting is not None:
            waiting.state = signoffs.CANCELLED
        _decide(
            change,
            ChangeStep.REJECT,
            signer_name,
            {"code": "decided.written"},
            note,
            now,
            desk.actor,
        )
        return change.state


def request_paper(desk: Desk, change_id: int, out_path: Path) -> DocumentInfo:
    """待纸质签字: print the 需求变更申请单 for the lead to sign by hand; the change is approved
    when that signed copy is filed by its serial (``filing.file_signed_copy``)."""
    from app.services.changes.printing import print_change_request

    desk.require(SIGNOFF_REQUEST, "change", str(change_id))
    _check_waiting(desk, change_id)
    with desk.db.read() as session:
        waiting = signoffs.pending(session, APPROVAL_SUBJECT, change_id)
        if waiting is not None:
            document = session.get(Document, waiting.document_id)
            raise DocumentError(
                QT_TRANSLATE_NOOP(
                    "document",
                    "此变更已在等待纸质签字（申请单 {serial}）：签字件归档后即批准，也可改用电子签字",
                ),
                serial=document.serial if document else "—",
            )

    def on_registered(session: Session, document: Document) -> None:
        change = load_change(session, change_id)
        signoffs.add_paper(
            session, APPROVAL_SUBJECT, change_id, {}, document.id, desk.clock.now(), desk.user
        )
        text = change_event_text(
            "paper_requested", serial=document.serial, approver=facts_of(change).required
        )
        add_event(change, desk.clock.now(), desk.actor, "paper", text)

    return print_change_request(
        desk, change_id, out_path, also=on_registered, action=SIGNOFF_REQUEST
    )


def complete_on_filing(
    session: Session,
    signoff: SignOff,
    document: Document,
    signer_name: str,
    now: datetime,
    filer: CurrentUser,
) -> str:
    """The signed copy of the approval form is filed: the change is approved by the lead named
    on it. Returns what the change's timeline now says."""
    change = load_change(session, signoff.subject_id)
    context = audit.context_of(session)
    if context is not None:
        context.action = SIGNOFF_PAPER_DONE
        context.detail = f"纸质签字：{signer_name}（签字件 {document.serial}）"
    how = {"code": "decided.paper", "serial": document.serial, "filer": filer.display_name}
    _decide(change, ChangeStep.APPROVE, signer_name, how, "", now, filer.display_name)
    signoffs.sign_on_paper(signoff, signer_name, now)
    return change.events[-1].summary
