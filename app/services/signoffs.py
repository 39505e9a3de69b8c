"""Sign-offs by the client's side, for any step of any subject (a ticket's confirmation or
follow-up, a handover's acceptance, a change's approval …), done one of two ways:

- electronic: the signer types their own account and password at the workstation
  (``login.verify_signer``) and the step is signed by that account;
- on paper: the step waits (待纸质签字) on a printed form with its serial and completes when the
  signed copy is filed by that serial (``filing``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Account, Document, SignOff
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services.context import CurrentUser, Desk

ELECTRONIC = "electronic"
PAPER = "paper"
PENDING = "pending"
SIGNED = "signed"
CANCELLED = "cancelled"

METHOD_LABELS = {
    ELECTRONIC: QT_TRANSLATE_NOOP("signoff", "电子签字"),
    PAPER: QT_TRANSLATE_NOOP("signoff", "纸质签字"),
}
STATE_LABELS = {
    PENDING: QT_TRANSLATE_NOOP("signoff", "待纸质签字"),
    SIGNED: QT_TRANSLATE_NOOP("signoff", "已签字"),
    CANCELLED: QT_TRANSLATE_NOOP("signoff", "已作废"),
}


@dataclass(frozen=True)
class SignOffInfo:
    """One sign-off as the timeline and the forms show it."""

    id: int
    subject: str
    subject_id: int
    method: str
    state: str
    requested_at: datetime
    requested_by: str
    signer_name: str
    signer_username: str
    signed_at: datetime | None
    document_serial: str
    filed_at: datetime | None
    filed_by: str

    @property
    def method_label(self) -> str:
        return METHOD_LABELS[self.method]

    @property
    def pending(self) -> bool:
        return self.state == PENDING


def _values_json(values: Mapping[str, Any]) -> str:
    return json.dumps(
        {k: v.isoformat() if isinstance(v, datetime) else v for k, v in values.items()},
        ensure_ascii=False,
        sort_keys=True,
    )


def step_values(signoff: SignOff) -> dict[str, Any]:
    """The step's fields as they were entered when the sign-off was asked for."""
    values: dict[str, Any] = json.loads(signoff.step_values or "{}")
    return {k: datetime.fromisoformat(v) if k == "at" and v else v for k, v in values.items()}


def add_electronic(
    session: Session,
    subject: str,
    subject_id: int,
    signer: CurrentUser,
    values: Mapping[str, Any],
    now: datetime,
    requested_by: CurrentUser,
) -> SignOff:
    """A step signed now by ``signer``, whose password was just checked at this workstation."""
    for waiting in session.scalars(_pending_query(subject, subject_id)):
        waiting.state = CANCELLED  # the paper form printed for it is void now
    signoff = SignOff(
        subject=subject,
        subject_id=subject_id,
        method=ELECTRONIC,
        state=SIGNED,
        step_values=_values_json(values),
        requested_at=now,
        requested_by=requested_by.display_name,
        requested_by_id=requested_by.id or None,
        signer_id=signer.id,
        signer_name=signer.display_name,
        signed_at=now,
    )
    session.add(signoff)
    return signoff


def add_paper(
    session: Session,
    subject: str,
    subject_id: int,
    values: Mapping[str, Any],
    document_id: int,
    now: datetime,
    requested_by: CurrentUser,
) -> SignOff:
    """A step waiting for the signed copy of document ``document_id``."""
    signoff = SignOff(
        subject=subject,
        subject_id=subject_id,
        method=PAPER,
        state=PENDING,
        step_values=_values_json(values),
        requested_at=now,
        requested_by=requested_by.display_name,
        requested_by_id=requested_by.id or None,
        signer_name="",
        document_id=document_id,
    )
    session.add(signoff)
    return signoff


def _pending_query(subject: str, subject_id: int):  # type: ignore[no-untyped-def]
    return select(SignOff).where(
        SignOff.subject == subject, SignOff.subject_id == subject_id, SignOff.state == PENDING
    )


def pending(session: Session, subject: str, subject_id: int) -> SignOff | None:
    """The step of this subject waiting for its signed paper copy, if any."""
    return session.scalar(_pending_query(subject, subject_id).order_by(SignOff.id.desc()))


def pending_for_document(session: Session, document_id: int) -> SignOff | None:
    """The sign-off that the signed copy of this document completes, if one waits for it."""
    return session.scalar(
        select(SignOff).where(SignOff.document_id == document_id, SignOff.state == PENDING)
    )


def sign_on_paper(signoff: SignOff, signer_name: str, now: datetime) -> None:
    """The signed copy is filed: the step is signed by the person named on it."""
    signoff.state = SIGNED
    signoff.signer_name = signer_name
    signoff.signed_at = now


def _info(signoff: SignOff, document: Document | None, username: str) -> SignOffInfo:
    return SignOffInfo(
        id=signoff.id,
        subject=signoff.subject,
        subject_id=signoff.subject_id,
        method=signoff.method,
        state=signoff.state,
        requested_at=signoff.requested_at,
        requested_by=signoff.requested_by,
        signer_name=signoff.signer_name,
        signer_username=username,
        signed_at=signoff.signed_at,
        document_serial=document.serial if document else "",
        filed_at=document.signed_filed_at if document else None,
        filed_by=document.filed_by if document else "",
    )


def signoffs_of(session: Session, subjects: tuple[str, ...], subject_id: int) -> list[SignOffInfo]:
    """The sign-offs of a subject's steps, oldest first (cancelled ones included)."""
    rows = session.execute(
        select(SignOff, Document, Account.username)
        .outerjoin(Document, Document.id == SignOff.document_id)
        .outerjoin(Account, Account.id == SignOff.signer_id)
        .where(SignOff.subject.in_(subjects), SignOff.subject_id == subject_id)
        .order_by(SignOff.id)
    )
    return [_info(s, d, u or "") for s, d, u in rows]


def list_signoffs(desk: Desk, subjects: tuple[str, ...], subject_id: int) -> list[SignOffInfo]:
    with desk.db.read() as session:
        return signoffs_of(session, subjects, subject_id)
