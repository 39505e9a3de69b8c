"""A ticket turned into the plain data its printed documents need."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import Liability, MaintenanceType, TriageResult
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.exports.tickets.document_data import TicketDocument, TimelineStep
from app.services.context import Desk
from app.services.tickets.calls import TicketNotFoundError
from app.services.tickets.detail import TicketDetail, find_ticket_id, ticket_detail


class TicketMissingError(MarkedError, LookupError):
    """No ticket with the number asked for."""

    def __init__(self, number: str) -> None:
        super().__init__(
            "document", QT_TRANSLATE_NOOP("document", "找不到工单：{number}"), number=number
        )


@dataclass(frozen=True)
class LoadedTicket:
    id: int
    document: TicketDocument


def ticket_document(desk: Desk, number: str) -> LoadedTicket:
    """Load a ticket by number for printing; a clear error if there is none."""
    try:
        detail = ticket_detail(desk, find_ticket_id(desk, number))
    except TicketNotFoundError:
        raise TicketMissingError(number.strip()) from None
    return LoadedTicket(detail.id, document_of(detail))


def document_of(d: TicketDetail) -> TicketDocument:
    """The fields of a ticket detail that documents print."""
    return TicketDocument(
        number=d.number,
        ticket_class=d.ticket_class,
        severity=d.severity,
        status=d.status,
        channel=d.channel,
        title=d.title,
        description=d.description,
        place=d.place,
        system_name=d.system_name,
        device=d.device,
        requester_name=d.requester_name,
        requester_department=d.requester_department,
        requester_phone=d.requester_phone,
        called_at=d.called_at,
        responded_at=d.responded_at,
        closed_at=d.closed_at,
        answer=d.answer,
        triage_result=TriageResult(d.triage_result) if d.triage_result else None,
        analysis=d.analysis,
        supervisor_name=d.supervisor_name,
        confirmed_at=d.confirmed_at,
        plan=d.plan,
        cause=d.cause,
        resolution=d.resolution,
        prevention=d.prevention,
        maintenance_type=MaintenanceType(d.maintenance_type) if d.maintenance_type else None,
        liability=Liability(d.liability) if d.liability else None,
        fixed_at=d.fixed_at,
        reply=d.reply,
        replied_at=d.replied_at,
        follow_up=d.follow_up,
        clocks=tuple(d.clocks),
        pauses=d.pauses,
        timeline=tuple(TimelineStep(e.at, e.actor, e.summary, e.details) for e in d.timeline),
    )
