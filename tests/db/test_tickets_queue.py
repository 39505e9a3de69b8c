"""The queue service on a real SQLite file: every filter, every sort both ways, pages, counts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import event

from app.domain.enums import ClockKind, ClockState, Severity, TicketClass, TicketStatus
from app.domain.tickets.attention import Attention
from app.domain.tickets.sla import LoanerState
from app.domain.tickets.workflow import Action
from app.services import reference
from app.services.context import Desk
from app.services.tickets import calls as tickets
from app.services.tickets import queue
from app.services.tickets.queue import QueueFilter, SortKey
from tests.conftest import START

MakeTicket = Callable[..., int]


@dataclass(frozen=True)
class Sample:
    """Seven calls, oldest first (ids ascend with the call time)."""

    video: int  # defect, general, analysed
    access: int  # defect, major, 门禁
    consult: int  # consultation, closed
    nvr: int  # emergency, "NVR 离线"
    nvr_fan: int  # "NVR" without "离线"
    literal: int  # "100%" and "srv_01" in its text
    decoy: int  # "1000G" and "srvx01": what % and _ would match as wildcards

    @property
    def all(self) -> list[int]:
        return [
            self.video,
            self.access,
            self.consult,
            self.nvr,
            self.nvr_fan,
            self.literal,
            self.decoy,
        ]


@pytest.fixture
def sample(desk: Desk, make_ticket: MakeTicket) -> Sample:
    video = make_ticket(called_at=START - timedelta(hours=4))
    access = make_ticket(
        called_at=START - timedelta(hours=3),
        system="ACCESS",
        place="AB门",
        device="AB门 A门 门禁控制器 AC-2004",
        title="AB门A门刷卡无反应",
        description="AB门A门读卡器刷卡无反应，需人工开门。",
        severity="major",
        requester_name="李干事",
    )
    consult = make_ticket(
        called_at=START - timedelta(hours=2),
        ticket_class="consultation",
        is_hardware=False,
        device="",
        requester_name="王所长",
        title="如何导出录像",
        description="询问如何从录像机导出昨晚的录像。",
    )
    nvr = make_ticket(
        called_at=START - timedelta(hours=1),
        device="网络硬盘录像机 NVR-8816",
        title="NVR 离线",
        description="监控中心报告 NVR 离线，无法回放。",
        severity="emergency",
    )
    nvr_fan = make_ticket(
        called_at=START - timedelta(minutes=30),
        device="网络硬盘录像机 NVR-8817",
        title="NVR 风扇异响",
        description="NVR 风扇声音大，影响旁边摄像机供电。",
    )
    literal = make_ticket(
        called_at=START - timedelta(minutes=10),
        system="SERVER",
        device="",
        title="磁盘使用率100%",
        description="服务器 srv_01 磁盘使用率100%，告警。",
    )
    decoy = make_ticket(
        called_at=START - timedelta(minutes=5),
        system="SERVER",
        device="",
        title="磁盘容量1000G",
        description="服务器 srvx01 磁盘容量1000G。",
    )
    tickets.apply_action(
        desk, video, Action.TRIAGE, {"triage_result": "technical", "analysis": "摄像机电源故障。"}
    )
    tickets.apply_action(desk, consult, Action.ANSWER, {"answer": "已远程指导导出。"})
    return Sample(video, access, consult, nvr, nvr_fan, literal, decoy)


def ids(
    desk: Desk, sort: SortKey = SortKey.CALLED_AT, descending: bool = False, **flt
) -> list[int]:
    return queue.query_ids(desk, QueueFilter(**flt), sort, descending)


def system_id(desk: Desk, code: str) -> int:
    return next(s.id for s in reference.list_systems(desk) if s.code == code)


# --- filters ---------------------------------------------------------------------------------


def test_no_filter_is_every_ticket_newest_call_first(desk: Desk, sample: Sample) -> None:
    assert queue.query_ids(desk, QueueFilter()) == sample.all[::-1]


def test_status_filter(desk: Desk, sample: Sample) -> None:
    assert ids(desk, statuses=(TicketStatus.ANALYSED,)) == [sample.video]
    both = ids(desk, statuses=(TicketStatus.SUBMITTED, TicketStatus.CLOSED))
    assert both == [t for t in sample.all if t != sample.video]
    assert ids(desk, statuses=(TicketStatus.FIXED,)) == []


def test_open_only(desk: Desk, sample: Sample) -> None:
    assert ids(desk, open_only=True) == [t for t in sample.all if t != sample.consult]


def test_class_filter(desk: Desk, sample: Sample) -> None:
    assert ids(desk, ticket_class=TicketClass.CONSULTATION) == [sample.consult]
    defects = ids(desk, ticket_class=TicketClass.DEFECT)
    assert defects == [t for t in sample.all if t != sample.consult]


def test_severity_filter(desk: Desk, sample: Sample) -> None:
    assert ids(desk, severity=Severity.MAJOR) == [sample.access]
    assert ids(desk, severity=Severity.EMERGENCY) == [sample.nvr]


def test_system_filter(desk: Desk, sample: Sample) -> None:
    assert ids(desk, system_id=system_id(desk, "ACCESS")) == [sample.access]
    assert ids(desk, system_id=system_id(desk, "SERVER")) == [sample.literal, sample.decoy]
    assert ids(desk, system_id=system_id(desk, "UPS")) == []


def test_date_range_includes_its_start_and_excludes_its_end(desk: Desk, sample: Sample) -> None:
    # Exactly the access call's time ... exactly the NVR call's time.
    window = {"called_from": START - timedelta(hours=3), "called_to": START - timedelta(hours=1)}
    assert ids(desk, **window) == [sample.access, sample.consult]
    assert ids(desk, called_from=START - timedelta(minutes=10)) == [sample.literal, sample.decoy]
    assert ids(desk, called_to=START - timedelta(hours=3)) == [sample.video]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("摄像", ["video", "nvr_fan"]),  # two Chinese characters, inside longer words
        ("门", ["access"]),  # one Chinese character
        ("NVR 离线", ["nvr"]),  # every word must appear, not just one
        ("离线   nvr", ["nvr"]),  # any order, any spacing, Latin letters in any case
        ("NVR", ["nvr", "nvr_fan"]),
        ("100%", ["literal"]),  # % is a percent sign, not "anything"
        ("%", ["literal"]),
        ("srv_01", ["literal"]),  # _ is an underscore, not "any one character"
        ("_", ["literal"]),
        ("GD-2026-0003", ["consult"]),  # the ticket number
        ("王所长", ["consult"]),  # the requester
        ("门禁控制系统", ["access"]),  # the system's name
        ("没有这个词", []),
    ],
)
def test_free_text(desk: Desk, sample: Sample, text: str, expected: list[str]) -> None:
    assert ids(desk, text=text) == [getattr(sample, name) for name in expected]


def test_filters_combine(desk: Desk, sample: Sample) -> None:
    assert ids(desk, open_only=True, text="录像") == [sample.nvr, sample.nvr_fan]
    assert ids(desk, severity=Severity.GENERAL, text="NVR") == [sample.nvr_fan]
    assert queue.count(desk, QueueFilter(system_id=system_id(desk, "SERVER"))) == 2


# --- sorting ---------------------------------------------------------------------------------


@pytest.mark.parametrize("key", list(SortKey))
def test_every_sort_key_both_ways(desk: Desk, sample: Sample, key: SortKey) -> None:
    ascending = ids(desk, key)
    descending = ids(desk, key, descending=True)
    assert sorted(ascending) == sorted(sample.all)
    # Ties are broken by id in the same direction, so one order is the other reversed.
    assert descending == ascending[::-1]


def test_sort_by_call_time(desk: Desk, sample: Sample) -> None:
    assert ids(desk, SortKey.CALLED_AT) == sample.all
    assert ids(desk, SortKey.CALLED_AT, descending=True) == sample.all[::-1]


def test_sort_by_severity_is_general_major_emergency(desk: Desk, sample: Sample) -> None:
    s = sample
    generals = [s.video, s.consult, s.nvr_fan, s.literal, s.decoy]
    assert ids(desk, SortKey.SEVERITY) == [*generals, s.access, s.nvr]
    assert ids(desk, SortKey.SEVERITY, descending=True) == [s.nvr, s.access, *generals[::-1]]


def test_sort_by_status_follows_the_workflow(desk: Desk, sample: Sample) -> None:
    s = sample
    submitted = [s.access, s.nvr, s.nvr_fan, s.literal, s.decoy]
    assert ids(desk, SortKey.STATUS) == [*submitted, s.video, s.consult]


def test_sort_by_number_system_and_names(desk: Desk, sample: Sample) -> None:
    s = sample
    assert ids(desk, SortKey.NUMBER) == s.all  # numbered in the order logged
    groups = {"VIDEO": [s.video, s.consult, s.nvr, s.nvr_fan], "ACCESS": [s.access]}
    groups["SERVER"] = [s.literal, s.decoy]
    in_list_order = [c.code for c in reference.list_systems(desk) if c.code in groups]
    assert ids(desk, SortKey.SYSTEM) == [t for code in in_list_order for t in groups[code]]
    # Names by code point: 张 (U+5F20) < 李 (U+674E) < 王 (U+738B).
    assert ids(desk, SortKey.REQUESTER) == [
        s.video,
        s.nvr,
        s.nvr_fan,
        s.literal,
        s.decoy,
        s.access,
        s.consult,
    ]
    assert ids(desk, SortKey.CLASS)[0] == s.consult  # "consultation" < "defect"
    assert ids(desk, SortKey.PLACE)[0] == s.access  # "AB门" before "监区一 …"
    assert ids(desk, SortKey.TITLE)[:2] == [s.video, s.access]  # "3号…", "AB门…", "NVR …"


def test_sort_by_response_due_time_puts_no_due_time_last(
    desk: Desk, make_ticket: MakeTicket
) -> None:
    answered = make_ticket(called_at=START - timedelta(minutes=50))  # due -45, met
    tickets.apply_action(desk, answered, Action.RESPOND, {"at": START - timedelta(minutes=48)})
    breached = make_ticket(called_at=START - timedelta(minutes=30))  # due -25
    paused = make_ticket(called_at=START - timedelta(minutes=10))  # paused before due: none
    tickets.apply_action(
        desk,
        paused,
        Action.PAUSE,
        {"at": START - timedelta(minutes=8), "reason": "等待甲方开门"},
    )
    running = make_ticket(called_at=START - timedelta(minutes=2))  # due +3
    assert ids(desk, SortKey.RESPONSE) == [answered, breached, running, paused]
    assert ids(desk, SortKey.RESPONSE, descending=True) == [paused, running, breached, answered]


# --- rows and counts -------------------------------------------------------------------------


@contextmanager
def counted_statements(desk: Desk) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(desk.db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", count)


def test_fetch_rows_keeps_the_order_given_and_skips_unknown_ids(desk: Desk, sample: Sample) -> None:
    wanted = [sample.nvr, sample.video, 999_999, sample.consult]
    rows = queue.fetch_rows(desk, wanted)
    assert [r.id for r in rows] == [sample.nvr, sample.video, sample.consult]
    assert queue.fetch_rows(desk, []) == []

    nvr, video, consult = rows
    assert nvr.number == "GD-2026-0004"
    assert nvr.severity is Severity.EMERGENCY
    assert nvr.title == "NVR 离线"
    assert nvr.system_name == "视频监控系统"
    assert nvr.place == "监区一 3号监仓"
    assert nvr.requester_name == "张警官"
    assert nvr.called_at == START - timedelta(hours=1)
    assert video.status is TicketStatus.ANALYSED
    assert consult.ticket_class is TicketClass.CONSULTATION
    assert consult.status is TicketStatus.CLOSED
    assert [c.kind for c in nvr.clocks] == list(ClockKind)
    assert nvr.clocks[0].state is ClockState.BREACHED  # an hour without an answer
    assert consult.clocks[1].state is ClockState.NOT_APPLICABLE
    assert consult.loaner is LoanerState.NOT_APPLICABLE
    assert nvr.escalation_level == 2  # response and arrival breached; the fix (4 h) not yet
    assert not nvr.paused


def test_fetch_rows_runs_the_same_few_queries_for_any_number_of_rows(
    desk: Desk, sample: Sample, make_ticket: MakeTicket
) -> None:
    tickets.apply_action(
        desk, sample.nvr, Action.PAUSE, {"at": START, "reason": "等待甲方开放机房"}
    )
    with counted_statements(desk) as few:
        queue.fetch_rows(desk, sample.all[:2])
    with counted_statements(desk) as many:
        rows = queue.fetch_rows(desk, sample.all)
    assert len(many) == len(few) <= 4
    assert [r.paused for r in rows] == [t == sample.nvr for t in sample.all]


def test_query_ids_is_one_statement(desk: Desk, sample: Sample) -> None:
    with counted_statements(desk) as statements:
        ids(desk, SortKey.SYSTEM, text="NVR 离线", open_only=True)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1


def test_summary_counts_with_the_injected_clock(desk: Desk, make_ticket: MakeTicket, clock) -> None:
    make_ticket(called_at=START - timedelta(minutes=6))  # response breached
    make_ticket(called_at=START - timedelta(minutes=4))  # response at 80 %: warning
    make_ticket(called_at=START - timedelta(minutes=1))  # running
    paused = make_ticket(called_at=START - timedelta(minutes=4))  # would warn, but paused
    tickets.apply_action(
        desk, paused, Action.PAUSE, {"at": START - timedelta(minutes=3), "reason": "等待甲方"}
    )
    loaner = make_ticket(called_at=START - timedelta(hours=9))  # hardware unrepaired for 9 h
    tickets.apply_action(desk, loaner, Action.RESPOND, {"at": START - timedelta(hours=9)})
    tickets.apply_action(desk, loaner, Action.ARRIVE, {"at": START - timedelta(hours=9)})
    make_ticket(called_at=START - timedelta(hours=9), is_hardware=False, device="")  # no loaner
    closed = make_ticket(ticket_class="consultation", is_hardware=False, device="")
    tickets.apply_action(desk, closed, Action.ANSWER, {"answer": "已解答。"})

    # breached: the 6-minute one, and both 9-hour ones (fix clock, 4 h)
    # escalated: the tickets whose steps were applied past a deadline recorded their escalations
    assert queue.summary(desk) == queue.QueueSummary(
        open_tickets=6, breaching=3, warning=1, loaners_due=1, escalated=3
    )
    clock.advance(timedelta(minutes=3))  # the warning one breaches; the running one warns
    assert queue.summary(desk) == queue.QueueSummary(
        open_tickets=6, breaching=4, warning=1, loaners_due=1, escalated=3
    )


def test_a_count_filters_the_queue_to_exactly_its_tickets(
    desk: Desk, make_ticket: MakeTicket
) -> None:
    breached = make_ticket(called_at=START - timedelta(minutes=6))
    warning = make_ticket(called_at=START - timedelta(minutes=4))
    make_ticket(called_at=START - timedelta(minutes=1))  # running: in no count
    loaner = make_ticket(called_at=START - timedelta(hours=9))
    tickets.apply_action(desk, loaner, Action.RESPOND, {"at": START - timedelta(hours=9)})
    expected = {
        Attention.BREACHED: {breached, loaner},
        Attention.WARNING: {warning},
        Attention.LOANER_DUE: {loaner},
        Attention.ESCALATED: {breached, loaner},  # recorded as later writes swept the clocks
    }
    summary = queue.summary(desk)
    for attention, ids in expected.items():
        flt = QueueFilter(attention=attention)
        assert set(queue.query_ids(desk, flt)) == ids, attention
        assert queue.count(desk, flt) == len(ids)
    assert (summary.breaching, summary.warning, summary.loaners_due) == (2, 1, 1)
    # Combined with another filter, both apply.
    assert queue.query_ids(desk, QueueFilter(attention=Attention.BREACHED, text="不存在")) == []


def test_summary_of_an_empty_queue(desk: Desk) -> None:
    assert queue.summary(desk) == queue.QueueSummary(0, 0, 0, 0)
