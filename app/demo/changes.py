"""Demo change requests of every kind and state, follow-ups (done, due, a complaint), quarterly
surveys and last month's improvement advice, each through the services at the time it happened
(``resources/defaults/demo_changes.json``)."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from app.db.models import Ticket
from app.demo.plan import CENTRE_TZ
from app.domain.accounts.roles import Role
from app.domain.audit.actions import DEMO
from app.domain.changes.states import ChangeStep
from app.domain.clock import FixedClock
from app.domain.enums import TicketClass, TicketStatus
from app.domain.reports.periods import month_period, previous_month
from app.paths import defaults_dir
from app.services import accounts, filing
from app.services.changes import approval, requests, steps
from app.services.context import Desk
from app.services.devices.queries import DeviceFilter, fetch_rows, query_ids
from app.services.reports import advice, followups


def load_changes() -> dict[str, Any]:
    with open(defaults_dir() / "demo_changes.json", encoding="utf-8") as handle:
        return json.load(handle)


def _at(desk: Desk, at: datetime) -> Desk:
    return replace(desk, clock=FixedClock(at))


def _device_id(desk: Desk, name: str) -> int:
    rows = fetch_rows(desk, query_ids(desk, DeviceFilter(text=name)))
    exact = [d for d in rows if d.name == name]
    return (exact or rows)[0].id


def _ticket_id(desk: Desk, title: str) -> int | None:
    with desk.db.read() as session:
        return session.scalar(
            select(Ticket.id).where(Ticket.title == title).order_by(Ticket.id.desc()).limit(1)
        )


def add_leads(desk: Desk, password: str, now: datetime) -> dict[str, tuple[str, str]]:
    """The department and company leads who approve changes (the ladder's rungs 2 and 3)."""
    leads = load_changes()["leads"]
    with desk.write(DEMO, as_system=True, object_type="account") as session:
        for lead in leads:
            accounts.add_account(
                session, lead["username"], lead["display_name"], password, (Role.SUPERVISOR,), now
            )
    return {lead["display_name"]: (lead["username"], password) for lead in leads}


def add_changes(desk: Desk, password: str, rng: random.Random) -> None:
    """Three months of change requests, each walked along its path at realistic times."""
    data = load_changes()
    now = desk.clock.now()
    logins = {lead["display_name"]: lead["username"] for lead in data["leads"]}
    for item in data["changes"]:
        start = now.astimezone(CENTRE_TZ) - timedelta(days=item["days_ago"])
        at = start.replace(hour=9, minute=rng.randrange(0, 50), second=0, microsecond=0)
        values = {
            "title": item["title"],
            "requester": item["requester"],
            "requester_department": item["department"],
            "system": item["system"],
            "description": item["description"],
            "kind": item["kind"],
            "effort_days": item["effort"],
            "plan": item["plan"],
            "rollback_plan": item["rollback"],
            "impact": item["impact"],
            "device_ids": [_device_id(desk, name) for name in item["devices"]],
            "ticket_id": _ticket_id(desk, item["ticket_title"]) if "ticket_title" in item else None,
        }
        change_id, _number = requests.register_change(_at(desk, at), values)
        for step in item["path"]:
            at += timedelta(hours=rng.randrange(3, 30), minutes=rng.randrange(0, 60))
            at = min(at, now - timedelta(minutes=30))
            _walk(_at(desk, at), change_id, step, item, logins, password)


def _walk(
    desk: Desk,
    change_id: int,
    step: str,
    item: dict[str, Any],
    logins: dict[str, str],
    password: str,
) -> None:
    if step in ("approve", "reject"):
        info = requests.get_change(desk, change_id)
        lead = "沈部长" if info.required.ladder_level == 2 else "贺总"
        if item.get("approval") == "paper" and step == "approve":
            import tempfile
            from pathlib import Path

            with tempfile.TemporaryDirectory() as folder:
                document = approval.request_paper(desk, change_id, Path(folder) / "bg.pdf")
            filing.file_signed_copy(desk, document.serial, signer=lead)
            return
        note = item.get("decision", "同意按方案实施，注意做好回退准备。")
        chosen = ChangeStep.APPROVE if step == "approve" else ChangeStep.REJECT
        approval.sign_decision(desk, change_id, chosen, note, logins[lead], password)
        return
    if step == "submit" and item.get("approval") == "paper-waiting":
        steps.do_step(desk, change_id, ChangeStep.SUBMIT, {})
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as folder:
            approval.request_paper(desk, change_id, Path(folder) / "bg.pdf")
        return
    notes = {
        "complete": item.get("result", ""),
        "fail": item.get("result", ""),
        "cancel": item.get("cancel", ""),
        "confirm": item.get("confirm", ""),
        "reestimate": item.get("reestimate_note", ""),
    }
    steps.do_step(
        desk,
        change_id,
        ChangeStep(step),
        {"note": notes.get(step, ""), "effort_days": item.get("reestimate")},
    )


def add_follow_ups(desk: Desk, rng: random.Random) -> None:
    """A complaint on one fixed ticket waiting for its follow-up, and the quarterly surveys; the
    other fixed tickets stay on the due list."""
    data = load_changes()["follow_up"]
    now = desk.clock.now()
    with desk.db.read() as session:
        waiting = session.scalars(
            select(Ticket)
            .where(
                Ticket.ticket_class == TicketClass.DEFECT.value,
                Ticket.status.in_((TicketStatus.REPLIED.value, TicketStatus.REPORTED.value)),
                Ticket.fixed_at.is_not(None),
            )
            .order_by(Ticket.fixed_at)
        ).all()
        candidates = [(t.id, t.requester_name, t.fixed_at) for t in waiting]
    if candidates:
        ticket_id, requester, fixed_at = candidates[0]
        at = min(fixed_at + timedelta(days=2, hours=1), now - timedelta(minutes=10))
        complaint = data["complaint"]
        followups.record_follow_up(
            _at(desk, at),
            ticket_id,
            {
                "at": at,
                "way": "phone",
                "contact": requester,
                "satisfaction": "dissatisfied",
                "comments": complaint["comments"],
                "complaint": complaint["complaint"],
            },
        )
        [record] = followups.follow_ups_of_ticket(desk, ticket_id)[-1:]
        followups.close_complaint(_at(desk, at + timedelta(days=1)), record.id, complaint["result"])
    for survey in data["surveys"]:
        at = (now - timedelta(days=survey["days_ago"])).replace(minute=rng.randrange(0, 59))
        followups.record_survey(
            _at(desk, at),
            {
                "at": at,
                "way": "visit",
                **{k: survey[k] for k in ("contact", "satisfaction", "comments")},
            },
        )


def add_advice(desk: Desk) -> None:
    """Last month's improvement advice, with how each stands now."""
    today: date = desk.today()
    last_month = previous_month(month_period(today.strftime("%Y-%m")))
    for item in load_changes()["advice"]:
        advice.save_advice(
            desk,
            {
                "period": last_month.key,
                "text": item["text"],
                "owner": item["owner"],
                "deadline": last_month.last + timedelta(days=item["deadline_days"]),
                "status": item["status"],
                "status_note": item["status_note"],
            },
        )
