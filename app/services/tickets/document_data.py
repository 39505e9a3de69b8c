"""A ticket turned into the plain data its printed documents need."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.db.models.store import Part, PartSerial, StockMovement
from app.domain.enums import Liability, MaintenanceType, TriageResult, Warranty
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.domain.store.inventory import MovementKind
from app.domain.tickets.workflow import Action
from app.exports.tickets.document_data import PartLine, TicketDocument, TimelineStep
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
    return LoadedTicket(detail.id, document_of(detail, parts_of_ticket(desk, detail.id)))


def parts_of_ticket(desk: Desk, ticket_id: int) -> tuple[PartLine, ...]:
    """The parts issued to a ticket from the store (less those returned), by part and serial."""
    issued = -func.sum(StockMovement.quantity)
    with desk.db.read() as session:
        rows = session.execute(
            select(Part.code, Part.name, PartSerial.serial, Part.unit, issued.label("quantity"))
            .join(Part, StockMovement.part_id == Part.id)
            .outerjoin(PartSerial, StockMovement.serial_id == PartSerial.id)
            .where(
                StockMovement.ticket_id == ticket_id,
                StockMovement.kind.in_([MovementKind.STOCK_OUT.value, MovementKind.RETURN.value]),
            )
            .group_by(Part.code, Part.name, PartSerial.serial, Part.unit)
            .order_by(Part.code, PartSerial.serial)
        ).all()
    return tuple(
        PartLine(r.code, r.name, r.serial or "", int(r.quantity), r.unit)
        for r in rows
        if r.quantity > 0
    )


def repairer_of(d: TicketDetail) -> str:
    """维修人员: who recorded the fix (or the restoration), the last time it was done."""
    for kind in (Action.FIX.value, Action.RESTORE.value):
        actors = [e.actor for e in d.timeline if e.kind == kind]
        if actors:
            return actors[-1]
    return ""


def document_of(d: TicketDetail, parts: tuple[PartLine, ...] = ()) -> TicketDocument:
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
        call_taker=d.call_taker,
        repairer=repairer_of(d),
        asset_number=d.asset_number,
        warranty=Warranty(d.warranty) if d.warranty else None,
        outstanding=d.outstanding,
        outage=d.outage,
        parts=parts,
        clocks=tuple(d.clocks),
        pauses=d.pauses,
        timeline=tuple(
            TimelineStep(e.at, e.actor, e.summary, e.details, e.kind) for e in d.timeline
        ),
    )
