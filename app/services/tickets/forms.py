"""The ticket forms: 系统缺陷类问题提交单 and 咨询类问题记录, numbered and registered as they print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.db.models import Document
from app.domain.audit.actions import DOCUMENT_PRINT
from app.domain.enums import TicketClass
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.exports.tickets.document_data import TicketDocument
from app.services.context import Desk
from app.services.document_versions import SAVED
from app.services.documents import (
    CONSULTATION,
    DEFECT_FORM,
    KIND_LABELS,
    DocumentError,
    DocumentInfo,
    check_out_path,
    register_and_render,
)
from app.services.tickets.document_data import ticket_document

if TYPE_CHECKING:
    from app.exports.pdf_frame import DocumentHeader

Renderer = Callable[[Path, "DocumentHeader", TicketDocument], None]


def _renderer(kind: str) -> Renderer:
    """The export function for a kind (looked up late, so tests can replace it)."""
    from app.exports.tickets import consultation_record, defect_form

    if kind == DEFECT_FORM:
        return defect_form.render_defect_form
    return consultation_record.render_consultation_record


def defect_form(
    desk: Desk, ticket_number: str, out_path: Path, copy: str | None = SAVED
) -> DocumentInfo:
    """Number, register and print the 系统缺陷类问题提交单 of a defect ticket."""
    return print_ticket_document(desk, DEFECT_FORM, ticket_number, out_path, copy)


def consultation_record(
    desk: Desk, ticket_number: str, out_path: Path, copy: str | None = SAVED
) -> DocumentInfo:
    """Number, register and print the 咨询类问题记录 of a consultation ticket."""
    return print_ticket_document(desk, CONSULTATION, ticket_number, out_path, copy)


def _check_class(kind: str, ticket: TicketDocument) -> None:
    wanted = TicketClass.DEFECT if kind == DEFECT_FORM else TicketClass.CONSULTATION
    if ticket.ticket_class is not wanted:
        other = KIND_LABELS[CONSULTATION if kind == DEFECT_FORM else DEFECT_FORM]
        raise DocumentError(
            QT_TRANSLATE_NOOP(
                "document", "工单 {number} 是{actual}问题，不能打印“{wanted}”；请打印“{other}”。"
            ),
            number=ticket.number,
            actual=ticket.ticket_class.label,
            wanted=KIND_LABELS[kind],
            other=other,
        )


def print_ticket_document(
    desk: Desk, kind: str, ticket_number: str, out_path: Path, copy: str | None = SAVED
) -> DocumentInfo:
    """Allocate the serial, record the document and render it, all or nothing."""
    return render_for_ticket(desk, kind, ticket_number, check_out_path(out_path), copy=copy)


def render_for_ticket(
    desk: Desk,
    kind: str,
    ticket_number: str,
    out_path: Path,
    action: str = DOCUMENT_PRINT,
    adjust: Callable[[TicketDocument], TicketDocument] | None = None,
    also: Callable[[Session, Document], None] | None = None,
    copy: str | None = SAVED,
) -> DocumentInfo:
    """Print a ticket's form to a checked ``out_path``; ``adjust`` changes what it shows (a step
    about to be signed on it), ``also`` records what goes with it (see ``register_and_render``)."""
    ticket = ticket_document(desk, ticket_number)
    _check_class(kind, ticket.document)
    render = _renderer(kind)
    shown = adjust(ticket.document) if adjust else ticket.document
    return register_and_render(
        desk,
        kind,
        out_path,
        lambda path, header: render(path, header, shown),
        ticket_id=ticket.id,
        ticket_number=ticket.document.number,
        action=action,
        also=also,
        subject=f"ticket:{ticket.id}",
        content=shown,
        copy=copy,
    )
