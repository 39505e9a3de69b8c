"""The demo database: every state, breaches with escalations, gap-free numbers, a clean check."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models import Escalation, NumberSequence, Ticket, TicketEvent, TicketPause
from app.demo import bulk as demo_bulk
from app.demo.builder import DEMO_PASSWORD, DemoExistsError, DemoResult, build_demo
from app.domain.clock import FixedClock
from app.domain.enums import ClockState, TicketClass, TicketStatus
from app.domain.tickets.sla import LoanerState
from app.services import login
from app.services.check import check_database
from app.services.context import Desk
from app.services.setup import open_desk
from app.services.tickets import queue
from app.services.tickets.detail import ticket_detail
from tests.conftest import START


def _build(path: Path, seed: int = 7) -> DemoResult:
    return build_demo(path, FixedClock(START), seed=seed, months=1)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> DemoResult:
    return _build(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture
def desk(built: DemoResult) -> Iterator[Desk]:
    handle = open_desk(built.path, FixedClock(START))
    yield handle.desk
    handle.close()


def _ticket_rows(path: Path) -> list[tuple]:
    handle = open_desk(path, FixedClock(START))
    try:
        with handle.desk.db.read() as session:
            return list(
                session.execute(
                    select(
                        Ticket.number,
                        Ticket.called_at,
                        Ticket.status,
                        Ticket.title,
                        Ticket.requester_name,
                        Ticket.fix_due_at,
                        Ticket.escalation_level,
                        func.count(TicketEvent.id),
                    )
                    .outerjoin(TicketEvent)
                    .group_by(Ticket.id)
                    .order_by(Ticket.id)
                )
            )
    finally:
        handle.close()


def test_every_status_of_both_classes_is_there(built: DemoResult) -> None:
    present = {(TicketClass(c), TicketStatus(s)) for c, s in built.by_status}
    for status in TicketStatus:
        assert (TicketClass.DEFECT, status) in present, status
    for status in (TicketStatus.SUBMITTED, TicketStatus.CLOSED):
        assert (TicketClass.CONSULTATION, status) in present, status
    assert built.tickets == sum(built.by_status.values()) > 200


def test_open_tickets_breach_now_with_recorded_escalations(built: DemoResult, desk: Desk) -> None:
    summary = queue.summary(desk)
    assert summary.breaching >= 3
    assert summary.loaners_due >= 1
    ids = queue.query_ids(desk, queue.QueueFilter(open_only=True))
    rows = queue.fetch_rows(desk, ids)
    breaching = [
        r for r in rows if any(c.state is ClockState.BREACHED and c.running for c in r.clocks)
    ]
    assert len(breaching) == summary.breaching
    assert all(r.escalation_level >= 1 for r in breaching)
    assert any(r.paused for r in rows)
    assert any(r.loaner is LoanerState.DUE for r in rows)
    with desk.db.read() as session:
        waiting = session.scalars(
            select(Escalation.ticket_id).where(Escalation.acknowledged_at.is_(None))
        ).all()
    assert set(waiting) <= {r.id for r in rows}
    assert {r.id for r in breaching} <= set(waiting)
    assert built.unacknowledged == len(waiting)


def test_history_has_every_kind_of_case(desk: Desk) -> None:
    with desk.db.read() as session:
        kinds = set(session.scalars(select(TicketEvent.kind).distinct()))
        converted = session.scalar(
            select(func.count(Ticket.id)).where(
                Ticket.original_class == "defect", Ticket.ticket_class == "consultation"
            )
        )
        emergencies = session.scalar(
            select(func.count(Ticket.id)).where(Ticket.severity == "emergency")
        )
        acknowledged = session.scalar(
            select(func.count(Escalation.id)).where(Escalation.acknowledged_at.is_not(None))
        )
        pauses = session.scalar(select(func.count(TicketPause.id)))
        night = session.scalars(select(Ticket.called_at)).all()
    for kind in (
        "created",
        "respond",
        "arrive",
        "triage",
        "confirm",
        "fix",
        "report",
        "reply",
        "close",
        "answer",
        "pause",
        "resume",
        "note",
        "reopen",
        "escalation",
        "acknowledge",
    ):
        assert kind in kinds, kind
    assert converted and emergencies and acknowledged and pauses
    local_hours = {(t.hour + 8) % 24 for t in night}
    assert local_hours & {22, 23, 0, 1, 2, 3, 4, 5} and local_hours & set(range(9, 18))


def test_numbers_are_gap_free_per_year(desk: Desk) -> None:
    with desk.db.read() as session:
        numbers = session.scalars(select(Ticket.number).order_by(Ticket.called_at)).all()
        tickets = select(NumberSequence).where(NumberSequence.prefix == "GD")  # not XJ runs
        stored = {s.year: s.last_value for s in session.scalars(tickets)}
    by_year: dict[int, list[int]] = defaultdict(list)
    for number in numbers:
        match = re.fullmatch(r"GD-(\d{4})-(\d{4,})", number)
        assert match, number
        by_year[int(match.group(1))].append(int(match.group(2)))
    for year, sequence in by_year.items():
        assert sorted(sequence) == list(range(1, len(sequence) + 1))
        assert stored[year] == len(sequence)


def test_bulk_written_tickets_read_like_service_written_ones(desk: Desk) -> None:
    with desk.db.read() as session:
        oldest = session.scalar(select(Ticket).order_by(Ticket.id).limit(1))
        assert oldest is not None
        oldest_id, title = oldest.id, oldest.title
        assert oldest.status == TicketStatus.CLOSED
        assert title.lower() in oldest.search_text
        assert oldest.response_due_at is not None
    detail = ticket_detail(desk, oldest_id)
    assert detail.timeline[0].kind == "created"
    assert detail.timeline[-1].kind in {"close", "answer", "triage", "acknowledge"}
    found = queue.query_ids(desk, queue.QueueFilter(text=title[:2]))
    assert oldest_id in found


def test_demo_login_works_and_the_database_checks_clean(built: DemoResult, desk: Desk) -> None:
    result = login.authenticate(desk, built.username, DEMO_PASSWORD)
    assert result.user.username == "sungong" and not result.change_reason
    assert all(f.ok for f in check_database(built.path)), check_database(built.path)


def test_same_seed_same_data_and_an_existing_file_is_refused(
    built: DemoResult, tmp_path: Path
) -> None:
    again = _build(tmp_path / "again.sqlite3")
    assert _ticket_rows(again.path) == _ticket_rows(built.path)
    before = again.path.read_bytes()
    with pytest.raises(DemoExistsError):
        _build(again.path)
    assert again.path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_worker_processes_write_the_same_tickets(
    built: DemoResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_bulk, "PARALLEL_FROM", 1)
    monkeypatch.setattr(demo_bulk, "CHUNK", 40)
    parallel = _build(tmp_path / "parallel.sqlite3")
    assert _ticket_rows(parallel.path) == _ticket_rows(built.path)


def test_a_failed_build_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.demo.builder as demo

    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo, "_write_recent", broken)
    with pytest.raises(RuntimeError):
        _build(tmp_path / "broken.sqlite3")
    assert list(tmp_path.iterdir()) == []


def test_a_demo_of_an_hour_builds_with_no_old_tickets(tmp_path: Path) -> None:
    result = build_demo(tmp_path / "tiny.sqlite3", months=0.001, clock=FixedClock(START))
    assert result.tickets >= 1
    assert all(f.ok for f in check_database(result.path))
