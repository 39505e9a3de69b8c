"""Four workstations on one PostgreSQL database for a minute, each logging calls, working steps
and moving the same part's stock: nothing lost, stock never below zero, numbers gap-free, every
write audited."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.db.models import AuditChange, StockMovement, Ticket, TicketEvent
from app.domain.accounts.roles import Role
from app.domain.store.inventory import MovementKind
from app.services.audit_check import verify_trail
from app.services.context import Desk
from app.services.store import inventory
from tests.conftest import add_person
from tests.pg_server import url_text

ROOT = Path(__file__).resolve().parents[2]
SECONDS = float(os.environ.get("RESIDENT_DESK_CONCURRENCY_SECONDS", "60"))
WORKSTATIONS = ("甲", "乙", "丙", "丁")
PASSWORD = "Gongzuo@2026"

pytestmark = pytest.mark.postgresql_only("several workstations need a server")


def _start(desk: Desk, part_id: int) -> list[subprocess.Popen[str]]:
    url = url_text(desk.db.url)  # type: ignore[arg-type]
    return [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.db.workstation_process",
                url,
                str(SECONDS),
                tag,
                f"gcs{index}",
                PASSWORD,
                str(part_id),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for index, tag in enumerate(WORKSTATIONS)
    ]


def test_four_workstations_for_a_minute_lose_nothing(desk: Desk) -> None:
    for index, tag in enumerate(WORKSTATIONS):
        add_person(desk, f"gcs{index}", f"工程师{tag}", PASSWORD, Role.ENGINEER)
    part_id = inventory.create_part(
        desk,
        {"code": "HDD-4T", "name": "监控硬盘", "model": "4TB", "category": "spare", "unit": "块"},
    )
    inventory.move(desk, part_id, MovementKind.STOCK_IN, 3, source="首批到货")

    writers = _start(desk, part_id)
    outcomes = [writer.communicate(timeout=SECONDS + 240) for writer in writers]
    for writer, (_out, err) in zip(writers, outcomes, strict=True):
        assert writer.returncode == 0, err[-3000:]
    reports = [json.loads(out.strip().splitlines()[-1]) for out, _err in outcomes]
    assert [r["errors"] for r in reports] == [[], [], [], []]

    tickets = {number for r in reports for _id, number in r["tickets"]}
    steps = [ticket_id for r in reports for ticket_id in r["steps"]]
    moves = {movement_id: quantity for r in reports for movement_id, quantity in r["moves"]}
    with desk.db.read() as session:
        stored = dict(session.execute(select(Ticket.number, Ticket.id)).all())
        # 0 lost writes: every call, step and movement a workstation was told it saved is there
        assert tickets <= set(stored) and len(stored) == len(tickets)
        responded = Counter(
            session.scalars(select(TicketEvent.ticket_id).where(TicketEvent.kind == "respond"))
        )
        assert Counter(steps) == responded  # each answered once, by exactly one workstation
        stored_moves = dict(
            session.execute(
                select(StockMovement.id, StockMovement.quantity).where(
                    StockMovement.part_id == part_id, StockMovement.kind != "stock_in"
                )
            ).all()
        )
        scrapped = {k: v for k, v in moves.items() if v < 0}
        assert scrapped == stored_moves
        # stock never below zero, at any moment: the part's movements in the order they committed
        lowest = session.execute(
            text(
                "SELECT min(running) FROM (SELECT sum(quantity) OVER (ORDER BY id) AS running "
                "FROM stock_movement WHERE part_id = :part) AS s"
            ),
            {"part": part_id},
        ).scalar_one()
        assert lowest >= 0
        final = session.scalar(
            select(func.sum(StockMovement.quantity)).where(StockMovement.part_id == part_id)
        )
        assert final == 3 + sum(moves.values())
        # numbering gap-free across the four workstations
        values = sorted(int(n.rsplit("-", 1)[1]) for n in stored)
        assert values == list(range(1, len(values) + 1))
        # every write audited: each ticket and movement has its insert in the trail, the chain holds
        audited_tickets = set(
            session.scalars(
                select(AuditChange.row_id).where(
                    AuditChange.table_name == "ticket", AuditChange.op == "insert"
                )
            )
        )
        assert set(stored.values()) <= audited_tickets
        audited_moves = set(
            session.scalars(
                select(AuditChange.row_id).where(
                    AuditChange.table_name == "stock_movement", AuditChange.op == "insert"
                )
            )
        )
        assert set(moves) <= audited_moves
        report = verify_trail(session.connection())
    assert report.ok, [p.message for p in report.problems[:5]]
    print(
        f"\n四台工作站 {SECONDS:.0f} 秒：工单 {len(tickets)} 张，步骤 {len(steps)} 次"
        f"（拒绝 {sum(r['refused']['steps'] for r in reports)}），出入库 {len(moves)} 次"
        f"（库存不足拒绝 {sum(r['refused']['stock'] for r in reports)}），"
        f"审计记录 {report.records} 条"
    )
    assert len(tickets) >= 4 and len(scrapped) >= 3 and steps
