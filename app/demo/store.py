"""Demo store: the catalogue, opening stock, stock-outs to real demo tickets, scrap, loans.

Built from ``resources/defaults/demo_store.json`` through the store's own services, each action
at its own (past) time by giving the services a desk whose clock is set to that moment.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from app.db.models import MaintainedSystem, Ticket
from app.domain.clock import FixedClock
from app.domain.enums import TicketClass
from app.domain.store.inventory import MovementKind, PartCategory, same_model
from app.paths import resources_dir
from app.services.context import Desk
from app.services.store import inventory, loans


def load_demo_store() -> dict[str, Any]:
    path = resources_dir() / "defaults" / "demo_store.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _at(desk: Desk, at: datetime) -> Desk:
    return replace(desk, clock=FixedClock(at))


def _working_time(now: datetime, days_ago: int, rng: random.Random) -> datetime:
    """A moment of the working day ``days_ago`` days before ``now`` (never after it): the store
    is kept by day, not at the minute the demo was built."""
    day = (now - timedelta(days=days_ago)).astimezone()
    at = day.replace(hour=rng.randint(8, 16), minute=rng.randint(0, 59), second=0, microsecond=0)
    return min(at, now - timedelta(minutes=30))


def build_demo_store(desk: Desk, rng: random.Random) -> None:
    """Fill the store of a demo database whose tickets are already written."""
    data = load_demo_store()
    now = desk.clock.now()
    # The opening stock is entered part after part, a couple of minutes each.
    opening_at = _working_time(now, data["opening_days_ago"], rng).replace(hour=9)
    codes: dict[str, int] = {}
    for position, item in enumerate(data["parts"]):
        serials = item.get("serials", [])
        codes[item["code"]] = inventory.create_part(desk, {**item, "serial_tracked": bool(serials)})
        quantity = len(serials) or item.get("quantity", 0)
        if quantity:
            inventory.move(
                _at(desk, opening_at + timedelta(minutes=2 * position)),
                item["code"],
                MovementKind.STOCK_IN,
                quantity,
                serials=serials,
                source=data["opening_source"],
            )
    for item in data["restock"]:
        inventory.move(
            _at(desk, _working_time(now, item["days_ago"], rng)),
            item["code"],
            MovementKind.STOCK_IN,
            item["quantity"],
            serials=item.get("serials", []),
            source=item["source"],
        )
    _ticket_stock_outs(desk, data, rng)
    for item in data["scrap"]:
        inventory.move(
            _at(desk, _working_time(now, item["days_ago"], rng)),
            item["code"],
            MovementKind.SCRAP,
            item["quantity"],
            reason=item["reason"],
        )
    for item in data["adjustments"]:
        inventory.move(
            _at(desk, _working_time(now, item["days_ago"], rng)),
            item["code"],
            MovementKind.ADJUSTMENT,
            item["quantity"],
            reason=item["reason"],
        )
    _test_loans(desk, data)
    _returned_loaner(desk, data)


def _hardware_tickets(desk: Desk, since: datetime) -> list[tuple[int, str, str, datetime, str]]:
    """Closed hardware defects since ``since``: (id, system code, device, restored at, what the
    call and the fix said)."""
    with desk.db.read() as session:
        rows = session.execute(
            select(
                Ticket.id,
                MaintainedSystem.code,
                Ticket.device,
                Ticket.restored_at,
                Ticket.title + " " + Ticket.description + " " + Ticket.resolution,
            )
            .join(MaintainedSystem, Ticket.system_id == MaintainedSystem.id)
            .where(
                Ticket.is_hardware.is_(True),
                Ticket.ticket_class == TicketClass.DEFECT.value,
                Ticket.closed_at.is_not(None),
                Ticket.restored_at.is_not(None),
                Ticket.called_at >= since,
            )
            .order_by(Ticket.called_at)
        ).all()
    return [(r[0], r[1], r[2], r[3], r[4] or "") for r in rows]


def _fitting_parts(data: dict[str, Any], system: str, device: str, text: str) -> list[str]:
    """The parts of ``system`` that go into this kind of device (by words in its name) and that
    the call's words ask for (``part_symptoms``): no disk for a fibre fault."""
    parts = data["ticket_parts"].get(system, {})
    symptoms = data["part_symptoms"]
    return [
        code
        for code, words in parts.items()
        if any(w in device for w in words) and any(s in text for s in symptoms.get(code, ()))
    ]


def _ticket_stock_outs(desk: Desk, data: dict[str, Any], rng: random.Random) -> None:
    since = desk.clock.now() - timedelta(days=data["opening_days_ago"] - 1)
    tickets = [
        t for t in _hardware_tickets(desk, since) if _fitting_parts(data, t[1], t[2] or "", t[4])
    ]
    chosen = rng.sample(tickets, min(len(tickets), data["ticket_stock_outs"]))
    # What the scrap and the stocktake losses take later must still be on the shelf then.
    reserved: dict[str, int] = {}
    for item in data["scrap"]:
        reserved[item["code"]] = reserved.get(item["code"], 0) + item["quantity"]
    for item in data["adjustments"]:
        reserved[item["code"]] = reserved.get(item["code"], 0) - min(item["quantity"], 0)
    for _ticket_id, system, device, restored_at, text in sorted(chosen, key=lambda t: t[3]):
        code = rng.choice(_fitting_parts(data, system, device, text))
        part = inventory.part_info(desk, code)
        if part.on_hand < 1 + part.min_stock // 2 + reserved.get(code, 0):
            continue
        serials = inventory.serials_in_stock(desk, part.id)[:1] if part.serial_tracked else []
        inventory.move(
            _at(desk, restored_at - timedelta(minutes=10)),
            code,
            MovementKind.STOCK_OUT,
            1,
            serials=serials,
            ticket=_ticket_id,
            device=device,
        )


def _test_loans(desk: Desk, data: dict[str, Any]) -> None:
    now = desk.clock.now()
    for item in data["test_loans"]:
        issued = now - timedelta(days=item["days_ago"])
        loan_id = loans.lend_equipment(
            _at(desk, issued),
            item["code"],
            borrower=item["borrower"],
            purpose=item["purpose"],
            serial=item.get("serial", ""),
            quantity=item.get("quantity", 1),
            due_back_at=issued + timedelta(days=item["due_days"]),
        )
        if "returned_after_days" in item:
            back = issued + timedelta(days=item["returned_after_days"])
            loans.return_loan(_at(desk, back), loan_id, "完好归还")


def _returned_loaner(desk: Desk, data: dict[str, Any]) -> None:
    """A loaner lent to a past hardware ticket that ran over 8 hours, returned when fixed."""
    devices = [p for p in inventory.list_parts(desk) if p.category is PartCategory.DEVICE]
    since = desk.clock.now() - timedelta(days=60)
    for ticket_id, _system, device, restored_at, _text in reversed(_hardware_tickets(desk, since)):
        match = next((p for p in devices if same_model(device, p.model)), None)
        if match is None:
            continue
        with desk.db.read() as session:
            called_at = session.get(Ticket, ticket_id).called_at  # type: ignore[union-attr]
        issued = called_at + timedelta(hours=8, minutes=40)
        serial = inventory.serials_in_stock(desk, match.id)[-1]
        info = data["loaner"]
        loan_id = loans.issue_loaner(
            _at(desk, issued),
            ticket_id,
            match.id,
            serial,
            borrower=info["borrower"],
            due_back_at=issued + timedelta(days=7),
            note=info["note"],
        )
        back = max(restored_at, issued) + timedelta(days=info["returned_after_days"])
        loans.return_loan(
            _at(desk, min(back, desk.clock.now())), loan_id, "原设备修复装回，备用机收回"
        )
        return
