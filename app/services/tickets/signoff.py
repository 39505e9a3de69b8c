"""The ticket steps the client's side signs (主管领导确认, 回访后关闭): electronically by the
confirmer's own account at the workstation, or on the printed defect form until it is filed."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.db import audit
from app.db.models import Account, Document, SignOff, Ticket
from app.domain.accounts.roles import Role
from app.domain.audit.actions import SIGNOFF_PAPER_DONE, SIGNOFF_REQUEST, TICKET_STEPS
from app.domain.enums import TicketClass
from app.domain.i18n import QT_TRANSLATE_NOOP, Marked
from app.domain.tickets.timeline_text import event_text
from app.domain.tickets.workflow import (
    SIGNED_STEPS,
    Action,
    WorkflowError,
    transition,
    validate_action,
)
from app.domain.validation import ValidationError, clean_text
from app.services import signoffs
from app.services.context import CurrentUser, Desk
from app.services.contract import load_targets
from app.services.document_versions import SAVED
from app.services.documents import DEFECT_FORM, DocumentError, DocumentInfo, check_out_path
from app.services.login import verify_signer
from app.services.tickets.calls import TicketNotFoundError, apply_to_ticket
from app.services.tickets.escalations import record_for_ticket
from app.services.tickets.state import facts_of
from app.services.timeline import new_event

SUBJECTS = tuple(SIGNED_STEPS.values())
STEP_OF_SUBJECT = {subject: action for action, subject in SIGNED_STEPS.items()}
SIGNER_ROLE = Role.SUPERVISOR


@dataclass(frozen=True)
class PendingPaper:
    """A step of a ticket waiting for its signed paper form."""

    action: Action
    serial: str
    requested_at: datetime
    requested_by: str


def _cleaned(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: clean_text(v) if isinstance(v, str) else v for k, v in values.items()}


def _check_step(ticket: Ticket, action: Action, values: Mapping[str, Any]) -> None:
    if action not in SIGNED_STEPS:
        raise WorkflowError(
            QT_TRANSLATE_NOOP("workflow", "“{action}”不是需要甲方签字的步骤"),
            action=Marked("action", action.label),
        )
    errors = validate_action(action, values)
    if errors:
        raise ValidationError(errors)
    transition(facts_of(ticket), action, values)  # raises if the step is not allowed now


def _ticket(session: Session, ticket_id: int) -> Ticket:
    """The ticket a step is written on, its row held until the commit (one step at a time)."""
    ticket = session.get(Ticket, ticket_id, with_for_update={"of": Ticket})
    if ticket is None:
        raise TicketNotFoundError(ticket_id)
    audit.describe(session, "ticket", ticket.number)
    return ticket


ELECTRONIC = "electronic"
PAPER = "paper"


def signature(
    action: Action, name: str, method: str, account: str = "", serial: str = "", filer: str = ""
) -> dict[str, str]:
    """The step's fields that name who signed and how (``method`` electronic with the signer's
    ``account``, or paper with the filed copy's ``serial`` and who filed it): the timeline says
    them."""
    signed = {"sign_method": method, "sign_account": account}
    signed |= {"sign_serial": serial, "sign_filer": filer}
    if action is Action.CONFIRM:
        return {"supervisor_name": name, **signed}
    return {"sign_name": name, **signed}


def sign_step(
    desk: Desk,
    ticket_id: int,
    action: Action,
    values: Mapping[str, Any],
    username: str,
    password: str,
) -> str:
    """The confirmer signs ``action`` at this workstation with their own account; returns the
    ticket's new status. A wrong password is audited and counts towards that account's lockout."""
    desk.require(TICKET_STEPS[action], "ticket", str(ticket_id))
    cleaned = _cleaned(values)
    with desk.db.read() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise TicketNotFoundError(ticket_id)
        _check_step(ticket, action, cleaned)
    signer = verify_signer(desk, username, password, SIGNER_ROLE)
    now = desk.clock.now()
    with desk.write(TICKET_STEPS[action]) as session:
        ticket = _ticket(session, ticket_id)
        audit.describe(
            session,
            "ticket",
            ticket.number,
            f"电子签字：{signer.display_name}（{signer.username}）",
        )
        account = session.get(Account, signer.id)
        if account is not None and account.failed_logins:
            account.failed_logins, account.locked_until = 0, None
        signed = signature(action, signer.display_name, ELECTRONIC, account=signer.username)
        full = {**cleaned, **signed}
        apply_to_ticket(session, ticket, action, full, now, desk.actor)
        signoffs.add_electronic(
            session, SIGNED_STEPS[action], ticket.id, signer, cleaned, now, desk.user
        )
        record_for_ticket(session, ticket, load_targets(session), now)
        return ticket.status


def request_paper(
    desk: Desk,
    ticket_id: int,
    action: Action,
    values: Mapping[str, Any],
    out_path: Path,
    copy: str | None = SAVED,
) -> DocumentInfo:
    """待纸质签字: print the defect form (serial QX-…) for the step to be signed by hand; the step
    completes when that signed copy is filed by its serial (``filing.file_signed_copy``).
    ``copy``: None for a file made for the print preview (its copies counted there)."""
    from app.services.tickets.forms import render_for_ticket

    desk.require(SIGNOFF_REQUEST, "ticket", str(ticket_id))
    out_path = check_out_path(out_path)
    cleaned = _cleaned(values)
    subject = SIGNED_STEPS.get(action, "")
    with desk.db.read() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise TicketNotFoundError(ticket_id)
        _check_step(ticket, action, cleaned)
        if ticket.ticket_class != TicketClass.DEFECT.value:
            raise WorkflowError(QT_TRANSLATE_NOOP("workflow", "只有系统缺陷类问题需要签字单"))
        waiting = signoffs.pending(session, subject, ticket_id)
        if waiting is not None:
            document = session.get(Document, waiting.document_id)
            raise DocumentError(
                QT_TRANSLATE_NOOP(
                    "document",
                    "此步骤已在等待纸质签字（签字单 {serial}）：签字件归档后即完成，也可改用电子签字",
                ),
                serial=document.serial if document else "—",
            )
        number = ticket.number

    def on_registered(session: Session, document: Document) -> None:
        ticket = _ticket(session, ticket_id)
        if action is Action.CONFIRM:
            ticket.plan = cleaned["plan"]
        else:
            ticket.follow_up = cleaned["follow_up"]
        signoffs.add_paper(
            session, subject, ticket_id, cleaned, document.id, desk.clock.now(), desk.user
        )
        note = cleaned.get("plan") or cleaned.get("follow_up") or ""
        text = event_text("paper_requested", action=action, serial=document.serial, note=note)
        ticket.events.append(new_event(text, at=desk.clock.now(), actor=desk.actor, kind="signoff"))

    def shown(document: Any) -> Any:
        if action is Action.CONFIRM:
            return dataclasses.replace(document, plan=cleaned["plan"])
        return dataclasses.replace(document, follow_up=cleaned["follow_up"])

    return render_for_ticket(
        desk,
        DEFECT_FORM,
        number,
        out_path,
        action=SIGNOFF_REQUEST,
        adjust=shown,
        also=on_registered,
        copy=copy,
    )


def complete_on_filing(
    session: Session,
    signoff: SignOff,
    document: Document,
    signer_name: str,
    now: datetime,
    filer: CurrentUser,
) -> str:
    """The signed copy of a pending step's form is filed: the step is done, signed by the person
    named on the paper. Returns what the timeline now says."""
    action = STEP_OF_SUBJECT[signoff.subject]
    ticket = _ticket(session, signoff.subject_id)
    context = audit.context_of(session)
    if context is not None:
        context.action = SIGNOFF_PAPER_DONE
        context.detail = f"纸质签字：{signer_name}（签字件 {document.serial}）"
    values = signoffs.step_values(signoff)
    values.pop("at", None)  # the step happens when its signed copy is filed
    signed = signature(action, signer_name, PAPER, serial=document.serial, filer=filer.display_name)
    full = {**values, **signed}
    apply_to_ticket(session, ticket, action, full, now, filer.display_name)
    signoffs.sign_on_paper(signoff, signer_name, now)
    record_for_ticket(session, ticket, load_targets(session), now)
    return ticket.events[-1].summary


def pending_paper(desk: Desk, ticket_id: int) -> PendingPaper | None:
    """The step of a ticket waiting for its signed paper form, if any."""
    with desk.db.read() as session:
        for subject in SUBJECTS:
            waiting = signoffs.pending(session, subject, ticket_id)
            if waiting is not None:
                document = session.get(Document, waiting.document_id)
                return PendingPaper(
                    STEP_OF_SUBJECT[subject],
                    document.serial if document else "",
                    waiting.requested_at,
                    waiting.requested_by,
                )
    return None


def ticket_signoffs(desk: Desk, ticket_id: int) -> list[signoffs.SignOffInfo]:
    """Every sign-off of a ticket's steps, oldest first."""
    return signoffs.list_signoffs(desk, SUBJECTS, ticket_id)
