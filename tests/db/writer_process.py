"""A second program writing: logs calls and notes on a database; prints attempted and failed."""

from __future__ import annotations

import sys
from pathlib import Path

from app.db.engine import Database
from app.domain.tickets.workflow import Action
from app.services import accounts
from app.services.context import Desk, StorageError
from app.services.tickets import calls
from tests.conftest import ENGINEER, call_values


def main(path: str, count: int, tag: str) -> None:
    server = path.startswith("postgresql")
    desk = Desk(Database.open_url(path) if server else Database.open_file(Path(path)))
    desk.user = accounts.user_named(desk, ENGINEER[0])  # the engineer at the other desk
    attempted = failed = 0
    for index in range(count):
        attempted += 2
        try:
            ticket_id, _ = calls.create_ticket(
                desk, call_values(title=f"{tag} 第{index}张", requester_phone="8102")
            )
        except StorageError as exc:
            failed += 2  # the note cannot follow
            print(f"failed: {exc}", file=sys.stderr)
            continue
        try:
            calls.apply_action(desk, ticket_id, Action.NOTE, {"note": f"{tag} 备注"})
        except StorageError as exc:
            failed += 1
            print(f"failed: {exc}", file=sys.stderr)
    desk.db.dispose()
    print(f"{attempted} {failed}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
