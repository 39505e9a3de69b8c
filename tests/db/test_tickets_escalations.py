"""Escalation up the named ladder, recorded from stored times, until acknowledged."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.db.models import Escalation
from app.domain.tickets.workflow import Action
from app.domain.validation import ValidationError
from app.services.setup import open_desk
from app.services.tickets import calls, escalations, queue


def test_breach_escalates_to_the_project_manager_with_true_due_time(desk, make_ticket, clock):
    ticket_id = make_ticket()
    called = clock.now()
    clock.advance(timedelta(minutes=4))
    assert escalations.sweep(desk) == 0
    clock.advance(timedelta(minutes=3))
    assert escalations.sweep(desk) == 1
    assert escalations.sweep(desk) == 0  # recorded once
    [pending] = escalations.unacknowledged(desk)
    assert pending.ticket_id == ticket_id
    assert pending.level == 1
    assert pending.contact_name == "何经理"
    assert pending.contact_phone == "内线 9001"
    assert pending.due_at == called + timedelta(minutes=5)
    assert queue.summary(desk).breaching == 1


def test_each_further_breach_climbs_the_ladder(desk, make_ticket, clock):
    make_ticket()
    clock.advance(timedelta(hours=5))
    assert escalations.sweep(desk) == 3
    levels = [(e.level, e.contact_role) for e in escalations.unacknowledged(desk)]
    assert levels == [(3, "公司领导"), (2, "售后服务部负责人"), (1, "项目经理")]


def test_acknowledging_stops_showing_it_and_writes_the_timeline(desk, make_ticket, clock):
    ticket_id = make_ticket()
    clock.advance(timedelta(minutes=6))
    escalations.sweep(desk)
    [pending] = escalations.unacknowledged(desk)
    reached = {
        "reached_name": "何经理",
        "method": "phone",
        "agreed": "同意先远程重启，10 分钟后回报",
    }
    assert escalations.acknowledge(desk, pending.id, reached) == 1
    assert escalations.unacknowledged(desk) == []
    with desk.db.read() as session:
        row = session.scalar(select(Escalation))
    assert row.acknowledged_by == "孙工"
    assert row.acknowledged_at == clock.now()
    assert (row.reached_name, row.reached_method) == ("何经理", "phone")
    assert row.agreed == "同意先远程重启，10 分钟后回报"
    from app.services.tickets.detail import ticket_detail

    timeline = ticket_detail(desk, ticket_id).timeline
    assert [e.kind for e in timeline] == ["created", "escalation", "acknowledge"]
    assert timeline[-1].summary == "已联系第1级上报对象：项目经理 何经理（电话）"
    assert timeline[-1].details == "商定：同意先远程重启，10 分钟后回报"
    # Acknowledged once: a second acknowledgement (another window) changes nothing.
    assert escalations.acknowledge(desk, [pending.id], {**reached, "reached_name": "别人"}) == 0


def test_an_acknowledgement_names_whom_how_and_what_or_saves_nothing(desk, make_ticket, clock):
    make_ticket()
    clock.advance(timedelta(minutes=6))
    escalations.sweep(desk)
    [pending] = escalations.unacknowledged(desk)
    with pytest.raises(ValidationError) as refused:
        escalations.acknowledge(desk, pending.id, {"reached_name": " ", "method": "pigeon"})
    assert [e.field for e in refused.value.errors] == ["reached_name", "method", "agreed"]
    assert [e.id for e in escalations.unacknowledged(desk)] == [pending.id]


def test_late_answer_is_still_recorded_as_an_escalation(desk, make_ticket, clock):
    ticket_id = make_ticket()
    clock.advance(timedelta(minutes=8))
    calls.apply_action(desk, ticket_id, Action.RESPOND, {})
    [pending] = escalations.unacknowledged(desk)
    assert pending.clock.value == "response"


def test_escalations_due_while_closed_are_recorded_on_next_start(
    opened, make_ticket, clock, db_target
):
    make_ticket()
    called = clock.now()
    opened.close()
    clock.advance(timedelta(hours=2))  # the program was closed over the breach
    reopened = open_desk(db_target, clock)
    try:
        assert reopened.escalations_recorded == 2
        due = sorted(e.due_at for e in escalations.unacknowledged(reopened.desk))
        assert due == [called + timedelta(minutes=5), called + timedelta(minutes=30)]
        recorded = {e.recorded_at for e in escalations.unacknowledged(reopened.desk)}
        assert recorded == {clock.now()}
    finally:
        reopened.close()


@pytest.mark.sqlite_only("reads SQLite's query plan")
def test_the_sweep_reads_open_tickets_through_the_status_index(desk) -> None:
    from sqlalchemy.dialects import sqlite

    statement = escalations.open_tickets().compile(
        dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
    )
    with desk.db.read() as session:
        plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}").all()
    assert any("USING INDEX ix_ticket_status_called_at" in str(row[-1]) for row in plan), plan


def test_workstations_sweeping_at_once_record_each_escalation_once(
    desk, make_ticket, clock, db_target
) -> None:
    """Every workstation runs the sweep; on a server they may run it at the same moment."""
    from concurrent.futures import ThreadPoolExecutor

    others = [open_desk(db_target, clock, exclusive=False) for _ in range(3)]
    try:
        for _ in range(3):
            make_ticket()
        clock.advance(timedelta(hours=5))  # each ticket is due three escalations
        with ThreadPoolExecutor(max_workers=4) as pool:
            counts = list(pool.map(escalations.sweep, [desk, *(o.desk for o in others)]))
    finally:
        for other in others:
            other.close()
    assert sum(counts) == 9
    with desk.db.read() as session:
        rows = session.execute(select(Escalation.ticket_id, Escalation.level)).all()
    assert len(rows) == len(set(rows)) == 9
