"""Filing the signed paper copy of a printed document by its serial, and completing the step that
waited for it (待纸质签字): the person who signed it on paper is named as it is filed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from app.db.models import Document, SignOff
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import clean_text
from app.services import signoffs
from app.services.changes import approval as change_approval
from app.services.context import CurrentUser, Desk
from app.services.documents import DocumentError, DocumentInfo, mark_signed_filed
from app.services.tickets import signoff as ticket_signoff

# What completes a step of each sign-off subject once its signed copy is filed; a capability
# whose steps are signed on paper adds its subjects here.
Completer = Callable[[Session, SignOff, Document, str, datetime, CurrentUser], str]
COMPLETERS: dict[str, Completer] = {
    **{subject: ticket_signoff.complete_on_filing for subject in ticket_signoff.SUBJECTS},
    **{subject: change_approval.complete_on_filing for subject in change_approval.SUBJECTS},
}


def file_signed_copy(
    desk: Desk, serial: str, scan_path: Path | None = None, signer: str = ""
) -> tuple[DocumentInfo, str]:
    """File a signed copy; if a step waits for it, complete that step signed by ``signer``.

    Returns the document and what the completed step's timeline says (empty if none waited).
    """
    signer_name = clean_text(signer)
    completed: list[str] = []

    def complete(session: Session, document: Document) -> None:
        waiting = signoffs.pending_for_document(session, document.id)
        if waiting is None:
            return
        if not signer_name:
            raise DocumentError(
                QT_TRANSLATE_NOOP(
                    "document",
                    "{serial} 是待签字步骤的签字单：请填写在纸上签字的人的姓名（签字人）",
                ),
                serial=document.serial,
            )
        completer = COMPLETERS.get(waiting.subject)
        if completer is None:
            raise DocumentError(
                QT_TRANSLATE_NOOP("document", "本程序不认识此签字单所签的步骤：{subject}"),
                subject=waiting.subject,
            )
        completed.append(
            completer(session, waiting, document, signer_name, desk.clock.now(), desk.user)
        )

    info = mark_signed_filed(desk, serial, scan_path, complete)
    return info, completed[0] if completed else ""


def waits_for_signer(desk: Desk, serial: str) -> bool:
    """Whether filing this serial completes a step (so the signer's name must be asked for)."""
    from sqlalchemy import select

    from app.services.documents import parse_serial

    with desk.db.read() as session:
        document_id = session.scalar(
            select(Document.id).where(Document.serial == parse_serial(serial))
        )
        return document_id is not None and (
            signoffs.pending_for_document(session, document_id) is not None
        )
