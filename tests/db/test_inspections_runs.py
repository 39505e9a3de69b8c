"""Inspection runs on a real database: due list, runs read-only, corrections, findings to tickets."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.db.models import Ticket, TicketEvent
from app.db.models.inspections import InspectionRun, InspectionRunItem, InspectionTemplate
from app.domain.enums import DueState, ItemResult, TicketStatus
from app.domain.validation import ValidationError
from app.services.inspections import checklists
from app.services.inspections import findings as inspection_findings
from app.services.inspections import runs as inspections
from app.services.inspections.runs import InspectionError

UPS_DAILY = "UPS及供电日巡检"
# UPS daily: mode (pass/fail), output voltage 210–230 V, load ≤ 80 %, room 15–30 ℃
GOOD = [{"result": "pass"}, {"value": "220"}, {"value": "55"}, {"value": "24"}]
OVERLOADED = [{"result": "pass"}, {"value": "220"}, {"value": "92"}, {"value": "24"}]


def template_id(desk, name: str = UPS_DAILY) -> int:
    return next(t.id for t in checklists.list_templates(desk) if t.name == name)


def due_row(desk, name: str = UPS_DAILY) -> inspections.DueRow:
    return next(r for r in inspections.due_list(desk) if r.name == name)


def test_the_shipped_checklists_cover_every_system_and_all_five_dimensions(desk) -> None:
    templates = checklists.list_templates(desk)
    assert len(templates) == 12
    assert {t.system_code for t in templates} == {
        "VIDEO", "ACCESS", "INTERCOM", "PERIMETER", "NETWORK", "SERVER", "PLATFORM", "UPS",
    }  # fmt: skip
    dimensions = {item.dimension for t in templates for item in t.items}
    assert len(dimensions) == 5
    assert {t.frequency.value for t in templates} == {"daily", "weekly", "monthly", "quarterly"}


def test_a_run_is_numbered_judged_and_takes_the_checklist_off_the_due_list(desk) -> None:
    assert due_row(desk).status.state is DueState.DUE_TODAY
    run = inspections.record_run(desk, template_id(desk), OVERLOADED, inspector="孙工")
    assert run.number == "XJ-2026-0001"
    assert [i.result for i in run.items] == [
        ItemResult.PASS, ItemResult.PASS, ItemResult.FAIL, ItemResult.PASS,
    ]  # fmt: skip
    assert run.items[2].value == 92.0
    assert due_row(desk).status.state is DueState.DONE
    assert due_row(desk).last_run_number == "XJ-2026-0001"


def test_the_next_day_it_is_due_again_and_a_missed_day_makes_it_overdue(desk, clock) -> None:
    inspections.record_run(desk, template_id(desk), GOOD)
    clock.advance(timedelta(days=1))
    assert due_row(desk).status.state is DueState.DUE_TODAY
    clock.advance(timedelta(days=2))
    row = due_row(desk)
    assert row.status.state is DueState.OVERDUE
    assert row.status.missed == 2
    assert inspections.due_list(desk)[0].status.state is DueState.OVERDUE  # overdue first
    assert inspections.overdue_count(desk) >= 1


def test_bad_answers_name_every_row_and_save_nothing(desk) -> None:
    answers = [{"result": ""}, {"value": "abc"}, {"value": "55"}, {"value": ""}]
    with pytest.raises(ValidationError) as caught:
        inspections.record_run(desk, template_id(desk), answers)
    messages = [e.message for e in caught.value.errors]
    assert messages == [
        "第1项「UPS运行模式」：请选择合格或不合格",
        "第2项「UPS输出电压」：测量值不是数字",
        "第4项「UPS室环境温度」：请填写测量值",
    ]
    with desk.db.read() as session:
        assert session.scalar(select(func.count(InspectionRun.id))) == 0
    with pytest.raises(InspectionError, match="巡检表有 4 项，收到 2 项结果"):
        inspections.record_run(desk, template_id(desk), GOOD[:2])


def test_a_run_in_the_future_is_refused(desk, clock) -> None:
    with pytest.raises(ValidationError, match="巡检时间"):
        inspections.record_run(
            desk, template_id(desk), GOOD, performed_at=clock.now() + timedelta(hours=2)
        )


def test_editing_a_checklist_never_changes_runs_already_done(desk) -> None:
    tid = template_id(desk)
    run = inspections.record_run(desk, tid, GOOD)
    values = checklists.template_values(checklists.get_template(desk, tid))
    values["items"][1]["check"] = "UPS输出相电压（三相）"
    values["items"][1]["maximum"] = 235
    del values["items"][3]
    checklists.save_template(desk, values, tid)
    again = inspections.get_run(desk, run.id)
    assert again.items[1].spec.check == "UPS输出电压"
    assert again.items[1].spec.maximum == 230
    assert len(again.items) == 4
    assert len(checklists.get_template(desk, tid).items) == 3


def test_a_checklist_name_is_unique(desk) -> None:
    values = checklists.template_values(checklists.get_template(desk, template_id(desk)))
    with pytest.raises(ValidationError, match="已有同名的巡检表"):
        checklists.save_template(desk, values)
    values["name"] = "UPS及供电周巡检"
    values["frequency"] = "weekly"
    created = checklists.save_template(desk, values)
    assert created.frequency.value == "weekly"
    assert created.active_since == desk.today()


def test_a_retired_checklist_leaves_the_due_list_and_cannot_be_run(desk, clock) -> None:
    tid = template_id(desk)
    checklists.set_template_active(desk, tid, False)
    assert UPS_DAILY not in {r.name for r in inspections.due_list(desk)}
    with pytest.raises(InspectionError, match="已停用"):
        inspections.record_run(desk, tid, GOOD)
    clock.advance(timedelta(days=10))
    checklists.set_template_active(desk, tid, True)
    assert due_row(desk).status.state is DueState.DUE_TODAY  # the days retired are not missed


def test_a_correction_is_a_new_linked_run_and_the_original_stays(desk, clock) -> None:
    run = inspections.record_run(desk, template_id(desk), OVERLOADED)
    clock.advance(timedelta(hours=1))
    corrected = inspections.correct_run(desk, run.id, GOOD, "负载率抄错：应为 55%")
    assert corrected.number == "XJ-2026-0002"
    assert corrected.corrects_number == run.number
    assert corrected.performed_at == run.performed_at
    assert corrected.correction_reason == "负载率抄错：应为 55%"
    original = inspections.get_run(desk, run.id)
    assert original.corrected_by_number == "XJ-2026-0002"
    assert original.items[2].result is ItemResult.FAIL  # unchanged
    with pytest.raises(InspectionError, match="已被 XJ-2026-0002 更正"):
        inspections.correct_run(desk, run.id, GOOD, "再改")
    with pytest.raises(ValidationError, match="更正原因"):
        inspections.correct_run(desk, corrected.id, GOOD, " ")
    rows = inspections.list_runs(desk)
    assert [(r.number, r.corrects_number, r.corrected_by_number) for r in rows] == [
        ("XJ-2026-0002", "XJ-2026-0001", ""),
        ("XJ-2026-0001", "", "XJ-2026-0002"),
    ]


def test_a_failed_line_opens_a_prefilled_defect_ticket_linked_both_ways(desk) -> None:
    run = inspections.record_run(desk, template_id(desk), OVERLOADED, inspector="孙工")
    item = run.failed[0]
    values = inspection_findings.ticket_values_for_item(desk, item.id)
    assert values["system"] == "UPS"
    assert values["place"] == "中心机房"
    assert values["ticket_class"] == "defect"
    assert "测得 92 %（允许范围 ≤ 80 %）" in values["description"]
    assert run.number in values["description"]
    ticket_id, number = inspection_findings.open_ticket_for_item(desk, item.id, values)
    with desk.db.read() as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket.status == TicketStatus.SUBMITTED
        assert ticket.title == "巡检发现：UPS负载率"
        kinds = session.scalars(
            select(TicketEvent.kind).where(TicketEvent.ticket_id == ticket_id)
        ).all()
        assert "inspection_finding" in kinds
        assert session.get(InspectionRunItem, item.id).ticket_id == ticket_id
    assert inspections.get_run(desk, run.id).items[2].ticket_number == number
    assert inspections.runs_of_ticket(desk, ticket_id) == [(run.id, run.number, 3, "UPS负载率")]
    with pytest.raises(InspectionError, match="第3项已开过缺陷工单"):
        inspection_findings.open_ticket_for_item(desk, item.id, values)
    passed = run.items[0]
    with pytest.raises(InspectionError, match="不是不合格项"):
        inspection_findings.ticket_values_for_item(desk, passed.id)


def test_a_bad_ticket_form_links_nothing(desk) -> None:
    run = inspections.record_run(desk, template_id(desk), OVERLOADED)
    item = run.failed[0]
    values = inspection_findings.ticket_values_for_item(desk, item.id) | {"description": " "}
    with pytest.raises(ValidationError, match="问题描述"):
        inspection_findings.open_ticket_for_item(desk, item.id, values)
    with desk.db.read() as session:
        assert session.scalar(select(func.count(Ticket.id))) == 0
        assert session.get(InspectionRunItem, item.id).ticket_id is None


def test_find_run_by_number_or_id(desk) -> None:
    run = inspections.record_run(desk, template_id(desk), GOOD)
    assert inspections.find_run_id(desk, "xj-2026-0001 ") == run.id
    assert inspections.find_run_id(desk, str(run.id)) == run.id
    with pytest.raises(InspectionError, match="没有这条巡检记录：XJ-2026-0099"):
        inspections.find_run_id(desk, "XJ-2026-0099")


def test_an_older_database_gets_the_shipped_checklists_on_start(desk) -> None:
    with desk.db.transaction() as session:
        session.execute(InspectionTemplate.__table__.delete())
    assert checklists.seed_if_empty(desk) == 12
    assert checklists.seed_if_empty(desk) == 0
