"""Working one demo ticket through its planned steps with the real services, escalations included."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.db.models import Ticket
from app.demo.plan import Step
from app.domain.tickets.intake import NewTicket
from app.domain.tickets.sla import ClockTargets
from app.domain.tickets.workflow import Action
from app.services.tickets.calls import apply_to_ticket
from app.services.tickets.escalations import acknowledge_escalation, record_for_ticket

# Steps that can stop a clock: what breached before them is recorded first, as the sweep would.
CLOCK_STOPPERS = frozenset(
    (Action.RESPOND, Action.ARRIVE, Action.RESTORE, Action.FIX, Action.ANSWER, Action.TRIAGE)
)


@dataclass(frozen=True)
class PlannedTicket:
    """A call and the steps of its life up to now, ready to be written."""

    call: NewTicket
    steps: list[Step]
    actor: str
    user_id: int


@dataclass(frozen=True)
class Escalator:
    """Records what the program's sweep would have recorded; the engineer acknowledges it soon.

    Escalations less than half an hour old at "now" are left for the engineer to acknowledge, so
    the banner has something to show. The delay comes from the ticket number, so the result does
    not depend on the order (or the process) in which tickets are worked.
    """

    now: datetime
    resident: str
    seed: int

    def __call__(
        self, session: Session, ticket: Ticket, targets: ClockTargets, at: datetime
    ) -> None:
        for escalation in record_for_ticket(session, ticket, targets, at):
            rng = random.Random(f"{self.seed}:{ticket.number}:{escalation.clock}")
            acknowledged = at + timedelta(minutes=rng.uniform(1, 12))
            if acknowledged < self.now - timedelta(minutes=30):
                acknowledge_escalation(escalation, acknowledged, self.resident)


def work_steps(
    session: Session,
    ticket: Ticket,
    steps: list[Step],
    targets: ClockTargets,
    escalate: Escalator,
) -> None:
    """Apply each step at its own time, recording breaches first, and once more at the end."""
    last = ticket.called_at
    for step in steps:
        if step.action in CLOCK_STOPPERS:
            escalate(session, ticket, targets, step.at)
        apply_to_ticket(session, ticket, step.action, step.values, step.at, step.actor)
        last = step.at
    escalate(session, ticket, targets, last)
