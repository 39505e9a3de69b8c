"""接班确认: the incoming engineer accepts a handover with their own login and check remarks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.db.models import Document, Handover
from app.domain.accounts.roles import Role
from app.domain.audit.actions import HANDOVER_ACCEPT
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tickets.step_times import to_minute
from app.domain.validation import clean_text
from app.services.context import CurrentUser, Desk
from app.services.documents import DocumentError, parse_serial
from app.services.login import verify_signer


@dataclass(frozen=True)
class HandoverInfo:
    """One stored handover and whether the incoming engineer has accepted it."""

    id: int
    serial: str
    from_engineer: str
    to_engineer: str
    shift_start: datetime
    shift_end: datetime
    accepted_at: datetime | None
    accepted_by: str
    acceptance_remarks: str

    @property
    def accepted(self) -> bool:
        return self.accepted_at is not None


def _info(handover: Handover, serial: str) -> HandoverInfo:
    return HandoverInfo(
        id=handover.id,
        serial=serial,
        from_engineer=handover.from_engineer,
        to_engineer=handover.to_engineer,
        shift_start=handover.shift_start,
        shift_end=handover.shift_end,
        accepted_at=handover.accepted_at,
        accepted_by=handover.accepted_by,
        acceptance_remarks=handover.acceptance_remarks,
    )


def verify_incoming(desk: Desk, username: str, password: str) -> CurrentUser:
    """The account that signs the acceptance, checked by its password at this workstation.

    The incoming engineer may be the one now logged in; a failure is audited and counts towards
    that account's lockout.
    """
    return verify_signer(desk, username, password, role=Role.ENGINEER, allow_self=True)


def pending_handovers(desk: Desk) -> list[HandoverInfo]:
    """Handovers not yet accepted, newest first."""
    with desk.db.read() as session:
        rows = session.execute(
            select(Handover, Document.serial)
            .join(Document, Handover.document_id == Document.id)
            .where(Handover.accepted_at.is_(None))
            .order_by(Handover.shift_end.desc(), Handover.id.desc())
        ).all()
        return [_info(handover, serial) for handover, serial in rows]


def accept_handover(
    desk: Desk, serial: str, username: str, password: str, remarks: str
) -> HandoverInfo:
    """Record that the incoming engineer, logged in as themself, accepted the handover.

    Only the engineer named as 接班人 may accept, once; the 接班检查意见 is required.
    """
    remarks = clean_text(remarks)
    if not remarks:
        raise DocumentError(QT_TRANSLATE_NOOP("document", "请填写接班检查意见"))
    user = verify_incoming(desk, username, password)
    wanted = parse_serial(serial)
    now = to_minute(desk.clock.now())
    # The record names the incoming engineer, whose password was checked, beside the account
    # logged in at the workstation (usually the outgoing one).
    signed = f"接班人 {user.display_name}（{user.username}）本人输入密码确认"
    with desk.write(
        HANDOVER_ACCEPT, object_type="handover", object_label=wanted, detail=signed
    ) as session:
        row = session.execute(
            select(Handover, Document.serial)
            .join(Document, Handover.document_id == Document.id)
            .where(Document.serial == wanted)
        ).first()
        if row is None:
            raise DocumentError(
                QT_TRANSLATE_NOOP("document", "没有编号为 {serial} 的交接班记录"), serial=wanted
            )
        handover, found = row
        if handover.accepted_at is not None:
            raise DocumentError(
                QT_TRANSLATE_NOOP("document", "交接班记录 {serial} 已由 {who} 确认接班"),
                serial=found,
                who=handover.accepted_by,
            )
        if not names_the(handover.to_engineer, user):
            raise DocumentError(
                QT_TRANSLATE_NOOP("document", "接班人是 {taker}，请用 {taker} 的账户确认接班"),
                taker=handover.to_engineer,
            )
        handover.accepted_at = now
        handover.accepted_account_id = user.id
        handover.accepted_by = user.display_name
        handover.acceptance_remarks = remarks
        session.flush()
        return _info(handover, found)


def names_the(written: str, user: CurrentUser) -> bool:
    """Whether the name written on a handover is this account's person: the display name, the
    login, or the name after the display name's title (钱工 for 售后工程师 钱工)."""
    names = {user.display_name, user.username, user.display_name.split()[-1]}
    return written.strip().casefold() in {name.casefold() for name in names if name}
