"""One workstation of the four-process test: logs calls, works steps and moves stock for a while
on a shared PostgreSQL database, then prints what it did as one JSON line."""

from __future__ import annotations

import json
import random
import sys
import time

from app.domain.i18n import MarkedError
from app.domain.store.inventory import MovementKind, StockError
from app.domain.tickets.workflow import Action, WorkflowError
from app.services import login
from app.services.context import CLI, StorageError
from app.services.setup import open_desk
from app.services.store import inventory
from app.services.tickets import calls
from app.services.tickets.calls import TicketNotFoundError
from tests.conftest import call_values


def main(url: str, seconds: float, tag: str, username: str, password: str, part_id: int) -> None:
    opened = open_desk(url, exclusive=False, source=CLI)
    desk = opened.desk
    desk.workstation = f"工作站{tag}"
    desk.user = login.authenticate(desk, username, password).user
    rng = random.Random(tag)
    done: dict[str, list] = {"tickets": [], "steps": [], "moves": [], "errors": []}
    refused = {"steps": 0, "stock": 0}
    mine: list[int] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            ticket_id, number = calls.create_ticket(
                desk, call_values(title=f"{tag} 报修 {len(mine) + 1}", requester_phone="8102")
            )
            done["tickets"].append([ticket_id, number])
            mine.append(ticket_id)
        except (StorageError, MarkedError) as exc:
            done["errors"].append(f"call: {exc}")
        # A step on a ticket logged by any workstation: the latest ones, so they collide.
        target = rng.choice(mine[-3:] + [mine[-1] + rng.randint(-3, 0)]) if mine else None
        if target:
            try:
                calls.apply_action(desk, target, Action.RESPOND, {})
                done["steps"].append(target)
            except WorkflowError:
                refused["steps"] += 1  # already answered at another desk: refused, not lost
            except TicketNotFoundError:
                refused["steps"] += 1  # not logged (yet)
            except (StorageError, MarkedError) as exc:
                done["errors"].append(f"step: {exc}")
        kind, quantity = (
            (MovementKind.SCRAP, 1) if rng.random() < 0.6 else (MovementKind.STOCK_IN, 1)
        )
        try:
            ids = inventory.move(
                desk, part_id, kind, quantity, source=f"{tag} 到货", reason=f"{tag} 损坏报废"
            )
            done["moves"].append([ids[0], -quantity if kind is MovementKind.SCRAP else quantity])
        except StockError:
            refused["stock"] += 1  # the shelf is empty: refused, as it must be
        except (StorageError, MarkedError) as exc:
            done["errors"].append(f"stock: {exc}")
    opened.close()
    print(json.dumps({**done, "refused": refused}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], int(sys.argv[6]))
