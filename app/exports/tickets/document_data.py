"""One ticket as its documents print it: plain data filled in by the services layer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.enums import (
    Channel,
    Liability,
    MaintenanceType,
    Severity,
    TicketClass,
    TicketStatus,
    TriageResult,
    Warranty,
)
from app.domain.tickets.sla import ClockStatus, Pause


@dataclass(frozen=True)
class TimelineStep:
    """One step of the ticket: when, who, what."""

    at: datetime
    actor: str
    summary: str
    details: str
    kind: str = ""


@dataclass(frozen=True)
class PartLine:
    """A spare part issued to the ticket (net of returns): code, name, serial, quantity."""

    code: str
    name: str
    serial: str
    quantity: int
    unit: str


@dataclass(frozen=True)
class TicketDocument:
    """Every field a defect form or consultation record prints."""

    number: str
    ticket_class: TicketClass
    severity: Severity
    status: TicketStatus
    channel: Channel
    title: str
    description: str
    place: str
    system_name: str
    device: str
    requester_name: str
    requester_department: str
    requester_phone: str
    called_at: datetime
    responded_at: datetime | None
    closed_at: datetime | None
    answer: str
    triage_result: TriageResult | None
    analysis: str
    supervisor_name: str
    confirmed_at: datetime | None
    plan: str
    cause: str
    resolution: str
    prevention: str
    maintenance_type: MaintenanceType | None
    liability: Liability | None
    fixed_at: datetime | None
    reply: str
    replied_at: datetime | None
    follow_up: str
    call_taker: str
    repairer: str
    asset_number: str
    warranty: Warranty | None
    outstanding: str
    outage: timedelta
    parts: tuple[PartLine, ...]
    clocks: tuple[ClockStatus, ...]
    pauses: tuple[Pause, ...]
    timeline: tuple[TimelineStep, ...]

    @property
    def requester(self) -> str:
        """``张警官，监管科``: the requester and department, whichever are known."""
        return "，".join(p for p in (self.requester_name, self.requester_department) if p)

    @property
    def system_and_device(self) -> str:
        """``视频监控系统（设备：半球摄像机 IPC-D320）``, or the system alone."""
        return f"{self.system_name}（设备：{self.device}）" if self.device else self.system_name
