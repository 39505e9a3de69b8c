"""A ticket logged with a free-text device, linked to the register's device afterwards."""

from __future__ import annotations

from app.db.models import Ticket
from app.domain.audit.actions import TICKET_DEVICE
from app.domain.devices.register import DeviceError, device_label
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tickets.timeline_text import event_text
from app.services.context import Desk
from app.services.devices.register import find_device
from app.services.tickets.state import search_text_of
from app.services.timeline import new_event

DEVICE_LINKED = "device_linked"  # the ticket event's kind


def link_ticket_device(desk: Desk, ticket_id: int, device_ref: int | str) -> str:
    """Point a ticket at a register device (by id or code); the old text goes in its timeline.
    Returns the summary written."""
    now = desk.clock.now()
    with desk.write(TICKET_DEVICE, object_type="ticket") as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise DeviceError(QT_TRANSLATE_NOOP("devices", "没有工单 {id}"), id=ticket_id)
        device = find_device(session, device_ref)
        before = ticket.device
        ticket.device_id = device.id
        ticket.device = device_label(device.name, device.model)[:100]
        ticket.search_text = search_text_of(ticket, ticket.system.name)
        text = event_text(
            "device_linked",
            code=device.code,
            device=ticket.device,
            before=before if before != ticket.device else "",
        )
        event = new_event(text, at=now, actor=desk.actor, kind=DEVICE_LINKED, ticket_id=ticket.id)
        session.add(event)
        return event.summary
