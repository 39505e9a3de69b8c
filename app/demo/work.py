"""Working one demo ticket through its planned steps with the real services, escalations included."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.db.models import SignOff, Ticket
from app.demo.plan import Step
from app.domain.enums import ContactMethod
from app.domain.tickets.escalation import Acknowledgement
from app.domain.tickets.intake import NewTicket
from app.domain.tickets.sla import ClockTargets
from app.domain.tickets.workflow import SIGNED_STEPS, Action
from app.services.signoffs import ELECTRONIC, SIGNED
from app.services.tickets.calls import apply_to_ticket
from app.services.tickets.escalations import acknowledge_escalation, record_for_ticket
from app.services.tickets.signoff import signature

# What the engineer and the person reached agreed on the phone.
AGREED = (
    "已说明原因和处理进度，同意继续处理，修复后电话回报",
    "同意先提供备用机，原设备返修",
    "已安排备件，今日内到场更换",
    "已知悉，要求每两小时报告一次进度",
    "同意联系厂家远程协助，结果及时报告",
)

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
                contact = Acknowledgement(
                    escalation.contact_name or escalation.contact_role,
                    ContactMethod.PHONE,
                    rng.choice(AGREED),
                )
                acknowledge_escalation(escalation, acknowledged, self.resident, contact)


@dataclass(frozen=True)
class Signers:
    """The client's confirmers' accounts by display name: the demo's signed steps are signed
    electronically by them, as at the workstation."""

    accounts: dict[str, tuple[int, str]]  # display name -> (account id, username)
    fallback: str  # who signs the follow-up when the plan names nobody

    def sign(
        self, step: Step, supervisor: str, requested_by: tuple[int, str]
    ) -> tuple[dict[str, object], SignOff]:
        """The step's values with its signature, and the sign-off to store beside it."""
        name = supervisor if supervisor in self.accounts else self.fallback
        account_id, username = self.accounts[name]
        values = {**step.values, **signature(step.action, name, ELECTRONIC, account=username)}
        entered = {k: v for k, v in step.values.items() if k not in ("at", "supervisor_name")}
        signoff = SignOff(
            subject=SIGNED_STEPS[step.action],
            method=ELECTRONIC,
            state=SIGNED,
            step_values=json.dumps(entered, ensure_ascii=False, sort_keys=True),
            requested_at=step.at,
            requested_by=requested_by[1],
            requested_by_id=requested_by[0],
            signer_id=account_id,
            signer_name=name,
            signed_at=step.at,
        )
        return values, signoff


def work_steps(
    session: Session,
    ticket: Ticket,
    steps: list[Step],
    targets: ClockTargets,
    escalate: Escalator,
    signers: Signers | None = None,
    engineer: tuple[int, str] = (0, ""),
) -> list[SignOff]:
    """Apply each step at its own time, recording breaches first, and once more at the end.

    Returns the sign-offs of the signed steps (not yet stored: the caller knows the ticket's id).
    """
    last = ticket.called_at
    signed: list[SignOff] = []
    supervisor = ""
    for step in steps:
        if step.action in CLOCK_STOPPERS:
            escalate(session, ticket, targets, step.at)
        values = step.values
        if step.action in SIGNED_STEPS and signers is not None:
            supervisor = str(step.values.get("supervisor_name") or supervisor)
            values, signoff = signers.sign(step, supervisor, engineer)
            signed.append(signoff)
        apply_to_ticket(session, ticket, step.action, values, step.at, step.actor)
        last = step.at
    escalate(session, ticket, targets, last)
    return signed
