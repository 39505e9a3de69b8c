"""Follow-up visits on a real database: the due list N days after the fix, a recurrence that
reopens the ticket, a 不满意 that opens a complaint note, the record behind 回访后关闭, surveys,
the follow-up log and improvement advice."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from app.domain.enums import TicketStatus
from app.domain.reports.followups import FollowUpKind, Satisfaction
from app.domain.tickets.workflow import Action
from app.domain.validation import ValidationError
from app.services.reports import advice, followup_export, followups
from app.services.tickets.detail import ticket_detail
from tests.conftest import DEFECT_STEPS, do_step, work_to_fix


def fixed_ticket(desk, make_ticket, clock):
    return work_to_fix(desk, make_ticket(), clock)


def visit(**overrides):
    values = {
        "way": "phone",
        "contact": "张警官",
        "satisfaction": "satisfied",
        "comments": "图像正常，处理及时",
    }
    values.update(overrides)
    return values


def test_a_follow_up_falls_due_n_days_after_the_fix(desk, make_ticket, clock) -> None:
    ticket_id = fixed_ticket(desk, make_ticket, clock)
    fixed_on = clock.now().astimezone().date()
    assert followups.due_follow_ups(desk, today=fixed_on + timedelta(days=2)) == []
    due = followups.due_follow_ups(desk, today=fixed_on + timedelta(days=3))
    assert [(d.ticket_id, d.due_on, d.overdue) for d in due] == [
        (ticket_id, fixed_on + timedelta(days=3), False)
    ]
    assert followups.due_follow_ups(desk, today=fixed_on + timedelta(days=4))[0].overdue
    followups.set_due_days(desk, 1)
    assert followups.due_follow_ups(desk, today=fixed_on + timedelta(days=1))
    with pytest.raises(ValidationError):
        followups.set_due_days(desk, 31)
    clock.advance(timedelta(days=1))
    followups.record_follow_up(desk, ticket_id, visit())
    assert followups.due_follow_ups(desk, today=fixed_on + timedelta(days=9)) == []


def test_a_recurrence_reopens_the_ticket_and_the_fix_clock_resumes(desk, make_ticket, clock):
    ticket_id = fixed_ticket(desk, make_ticket, clock)
    clock.advance(timedelta(days=3))
    status = followups.record_follow_up(
        desk, ticket_id, visit(recurred=True, comments="画面又出现黑屏", satisfaction="fair")
    )
    assert status == TicketStatus.CONFIRMED
    detail = ticket_detail(desk, ticket_id)
    assert detail.restored_at is None
    summaries = [e.summary for e in detail.timeline]
    assert any(s.startswith("回访（电话回访，张警官）：基本满意") for s in summaries)
    assert summaries[-1] == "重新打开"
    [record] = followups.follow_ups_of_ticket(desk, ticket_id)
    assert record.recurred and record.satisfaction is Satisfaction.FAIR
    # fixed again: due again, counted from the new fix
    clock.advance(timedelta(hours=2))
    do_step(desk, ticket_id, Action.FIX, dict(DEFECT_STEPS[4][1]))
    assert [d.ticket_id for d in followups.due_follow_ups(desk, today=date(2027, 1, 1))] == [
        ticket_id
    ]


def test_dissatisfied_needs_a_complaint_and_nothing_is_half_saved(desk, make_ticket, clock):
    ticket_id = fixed_ticket(desk, make_ticket, clock)
    with pytest.raises(ValidationError) as caught:
        followups.record_follow_up(desk, ticket_id, visit(satisfaction="dissatisfied", contact=""))
    assert {e.field for e in caught.value.errors} == {"contact", "complaint"}
    assert followups.follow_ups_of_ticket(desk, ticket_id) == []
    followups.record_follow_up(
        desk, ticket_id, visit(satisfaction="dissatisfied", complaint="到场超过半小时")
    )
    [record] = followups.follow_ups_of_ticket(desk, ticket_id)
    followups.close_complaint(desk, record.id, "项目经理当面致歉，调整夜班驻场安排")
    [record] = followups.follow_ups_of_ticket(desk, ticket_id)
    assert record.complaint == "到场超过半小时" and record.complaint_closed_at is not None


def test_closing_after_follow_up_keeps_a_record_unless_one_was_made(desk, make_ticket, clock):
    ticket_id = fixed_ticket(desk, make_ticket, clock)
    do_step(desk, ticket_id, Action.REPORT, {"note": "已上报"})
    do_step(desk, ticket_id, Action.REPLY, {"reply": "原因与变更记录"})
    clock.advance(timedelta(days=1))
    do_step(
        desk,
        ticket_id,
        Action.CLOSE,
        {"follow_up": "回访满意", "way": "visit", "satisfaction": "satisfied"},
    )
    [record] = followups.follow_ups_of_ticket(desk, ticket_id)
    assert (record.way.value, record.contact, record.satisfaction) == (
        "visit",
        "张警官",
        Satisfaction.SATISFIED,
    )
    other = fixed_ticket(desk, make_ticket, clock)
    do_step(desk, other, Action.REPORT, {})
    do_step(desk, other, Action.REPLY, {"reply": "原因"})
    followups.record_follow_up(desk, other, visit())
    do_step(desk, other, Action.CLOSE, {"follow_up": "回访满意"})
    assert len(followups.follow_ups_of_ticket(desk, other)) == 1


def test_surveys_and_the_follow_up_log(desk, make_ticket, clock, tmp_path) -> None:
    ticket_id = fixed_ticket(desk, make_ticket, clock)
    followups.record_follow_up(desk, ticket_id, visit())
    followups.record_survey(
        desk,
        visit(
            contact="监管科 李科长",
            comments="季度满意度调查",
            satisfaction="dissatisfied",
            complaint="夜间响应偏慢",
        ),
    )
    out = tmp_path / "followups.xlsx"
    assert followup_export.export_follow_up_log(desk, out, None, None) == 2
    book = load_workbook(out, read_only=True)
    rows = list(book["回访台账"].iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == [FollowUpKind.TICKET.label, FollowUpKind.SURVEY.label]
    assert rows[1][4] == "2026Q4" and rows[1][10] == "夜间响应偏慢"
    shares = {r[0]: r[1:] for r in book["满意度统计"].iter_rows(min_row=2, values_only=True)}
    assert shares["满意"] == (1, 50.0) and shares["不满意"] == (1, 50.0)
    assert shares["满意率（满意+基本满意）"] == (2, 50.0)


def test_improvement_advice_is_checked_and_its_status_kept(desk) -> None:
    with pytest.raises(ValidationError) as caught:
        advice.save_advice(desk, {"period": "2026-13", "text": "", "owner": "孙工"})
    assert {e.field for e in caught.value.errors} == {"period", "text", "deadline"}
    advice_id = advice.save_advice(
        desk,
        {
            "period": "2026-11",
            "text": "夜班增加一次巡视",
            "owner": "孙工",
            "deadline": date(2026, 12, 15),
        },
    )
    advice.save_advice(
        desk,
        {
            "period": "2026-11",
            "text": "夜班增加一次巡视",
            "owner": "孙工",
            "deadline": date(2026, 12, 15),
            "status": "done",
            "status_note": "12 月起执行",
        },
        advice_id,
    )
    [item] = advice.list_advice(desk, "2026-11")
    assert item.status is advice.AdviceStatus.DONE and not item.overdue(date(2027, 1, 1))


def test_the_handover_lists_the_follow_ups_due(desk, make_ticket, clock, tmp_path) -> None:
    import subprocess

    from app.services import handover

    ticket_id = fixed_ticket(desk, make_ticket, clock)
    number = ticket_detail(desk, ticket_id).number
    clock.advance(timedelta(days=2))
    handover.handover_document(desk, "孙工", "李工", tmp_path / "early.pdf")
    clock.advance(timedelta(days=1))
    handover.handover_document(desk, "李工", "孙工", tmp_path / "due.pdf")

    def section(name: str) -> str:
        text = subprocess.run(
            ["pdftotext", "-layout", str(tmp_path / name), "-"], capture_output=True, text=True
        ).stdout
        return "".join(
            text.split("已恢复运行、待办结的工单")[1].split("未处理的逐级上报")[0].split()
        )

    assert "应回访" not in section("early.pdf")
    assert f"今日应回访1{number}" in section("due.pdf")
