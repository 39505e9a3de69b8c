"""Change requests on a real database: registration routed by the contract, approval signed by
the right lead (electronically or on the filed paper form), re-estimates, the ticket link, the
form and the change log."""

from __future__ import annotations

import subprocess
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.db.models import AuditRecord, TicketEvent
from app.domain.accounts.roles import Role
from app.domain.changes.routing import Approver, ChangeError, ChargeBasis
from app.domain.changes.states import ChangeState, ChangeStep
from app.domain.validation import ValidationError
from app.services import filing, signoffs
from app.services.changes import approval, log_export, printing, requests, steps
from app.services.devices import history
from app.services.login import LoginError, SignerError
from tests.conftest import add_person
from tests.db.device_helpers import small_register

DEPT = ("luozhuren", "罗主任", "Bumen@2026")  # the ladder's 售后服务部负责人 (rung 2)
COMPANY = ("jiangzong", "蒋总", "Gongsi@2026")  # the ladder's 公司领导 (rung 3)


def change_values(**overrides):
    values = {
        "title": "提讯登记增加审批环节",
        "requester": "王科长",
        "requester_department": "管教科",
        "system": "PLATFORM",
        "description": "提讯登记后须经值班领导审批方可出监。",
        "kind": "new",
        "effort_days": "8",
        "plan": "开发审批流程，测试环境验证后夜间发布",
        "rollback_plan": "保留 V3.2.0 应用包与数据库全量备份，异常时回滚",
    }
    values.update(overrides)
    return values


@pytest.fixture
def leads(desk):
    add_person(desk, *DEPT, Role.SUPERVISOR)
    add_person(desk, *COMPANY, Role.SUPERVISOR)


def test_registration_numbers_routes_and_prices_the_change(desk, clock) -> None:
    change_id, number = requests.register_change(desk, change_values())
    assert number == "BG-2026-0001"
    info = requests.get_change(desk, change_id)
    assert (info.state, info.required, info.charge) == (
        ChangeState.REGISTERED,
        Approver.DEPARTMENT,
        ChargeBasis.FREE,
    )
    assert info.steps == [
        ChangeStep.EDIT,
        ChangeStep.SUBMIT,
        ChangeStep.CANCEL,
        ChangeStep.REESTIMATE,
    ]
    big = requests.get_change(
        desk, requests.register_change(desk, change_values(effort_days="10.5"))[0]
    )
    assert big.required is Approver.COMPANY
    # the warranty ends 2028-06-30 (acceptance 2025-06-30, three years): a window after it is at cost
    late = change_values(
        window_start=clock.now() + timedelta(days=900), window_end=clock.now() + timedelta(days=901)
    )
    assert (
        requests.get_change(desk, requests.register_change(desk, late)[0]).charge
        is ChargeBasis.COST
    )


def test_bad_input_names_every_field_and_saves_nothing(desk) -> None:
    with pytest.raises(ValidationError) as caught:
        requests.register_change(
            desk,
            change_values(title=" ", kind="other", effort_days="0", rollback_plan="", system="X"),
        )
    assert {e.field for e in caught.value.errors} == {
        "title",
        "kind",
        "effort_days",
        "rollback_plan",
        "system",
    }
    with pytest.raises(ValidationError) as caught:
        requests.register_change(desk, change_values(rollback_plan=""))
    assert [e.field for e in caught.value.errors] == ["rollback_plan"]
    assert requests.list_changes(desk) == []


def test_a_defect_needs_no_approval_and_a_ticket_spawns_its_change(desk, make_ticket) -> None:
    ticket_id = make_ticket()
    change_id, number = requests.register_change(
        desk, change_values(kind="defect", rollback_plan="", ticket_id=ticket_id)
    )
    info = requests.get_change(desk, change_id)
    assert info.required is Approver.NONE and info.ticket_number.startswith("GD-")
    assert steps.do_step(desk, change_id, ChangeStep.START, {}) == ChangeState.IMPLEMENTING
    with desk.db.read() as session:
        summaries = session.scalars(
            select(TicketEvent.summary).where(TicketEvent.ticket_id == ticket_id)
        ).all()
    assert f"登记需求变更 {number}" in summaries
    assert [c.number for c in requests.list_changes(desk, ticket_id=ticket_id)] == [number]


def test_the_changes_naming_a_device_are_listed_for_it_newest_first(desk, clock) -> None:
    ids = small_register(desk)
    first, _ = requests.register_change(desk, change_values(device_ids=[ids["nvr"]]))
    clock.advance(timedelta(hours=1))
    both, _ = requests.register_change(
        desk, change_values(title="录像存储扩容", device_ids=[ids["camera"], ids["nvr"]])
    )
    requests.register_change(desk, change_values(title="不涉及设备的界面调整"))
    assert [c.id for c in requests.list_changes(desk, device_id=ids["nvr"])] == [both, first]
    [camera] = requests.list_changes(desk, device_id=ids["camera"])
    assert (camera.id, camera.title, camera.state) == (both, "录像存储扩容", ChangeState.REGISTERED)
    assert requests.list_changes(desk, device_id=ids["decoder"]) == []
    assert [c.id for c in history.device_history(desk, ids["nvr"]).changes] == [both, first]


def test_the_right_lead_approves_electronically_and_nobody_else(desk, leads) -> None:
    change_id, _ = requests.register_change(desk, change_values(effort_days="12"))
    steps.do_step(desk, change_id, ChangeStep.SUBMIT, {})
    with pytest.raises(SignerError, match="公司领导（蒋总）"):
        approval.sign_decision(desk, change_id, ChangeStep.APPROVE, "", DEPT[0], DEPT[2])
    with pytest.raises(LoginError):
        approval.sign_decision(desk, change_id, ChangeStep.APPROVE, "", COMPANY[0], "wrong")
    state = approval.sign_decision(
        desk, change_id, ChangeStep.APPROVE, "同意，夜间实施", *COMPANY[::2]
    )
    assert state == ChangeState.APPROVED
    info = requests.get_change(desk, change_id)
    assert (info.decided_by, info.approved_level) == ("蒋总", Approver.COMPANY)
    signed = signoffs.list_signoffs(desk, approval.SUBJECTS, change_id)
    assert [(s.method, s.signer_username) for s in signed] == [("electronic", "jiangzong")]
    with desk.db.read() as session:
        actions = session.scalars(select(AuditRecord.action)).all()
    assert "change.approve" in actions and "signoff.auth" in actions


def test_a_reestimate_above_two_weeks_voids_the_department_approval(desk, leads) -> None:
    change_id, _ = requests.register_change(desk, change_values(effort_days="10"))
    steps.do_step(desk, change_id, ChangeStep.SUBMIT, {})
    approval.sign_decision(desk, change_id, ChangeStep.APPROVE, "", *DEPT[::2])
    state = steps.do_step(
        desk, change_id, ChangeStep.REESTIMATE, {"effort_days": "15", "note": "接口需改造"}
    )
    info = requests.get_change(desk, change_id)
    assert state == ChangeState.SUBMITTED
    assert (info.required, info.approved_level, info.decided_by) == (Approver.COMPANY, None, "")
    assert "改由公司领导审批" in info.events[-1].summary
    with pytest.raises(ChangeError):
        steps.do_step(desk, change_id, ChangeStep.START, {})


def test_paper_approval_completes_when_the_signed_form_is_filed(desk, tmp_path) -> None:
    change_id, number = requests.register_change(desk, change_values())
    steps.do_step(desk, change_id, ChangeStep.SUBMIT, {})
    document = approval.request_paper(desk, change_id, tmp_path / "bg.pdf")
    assert document.serial == number
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "bg.pdf"), "-"], capture_output=True, text=True
    ).stdout
    for expected in (
        "需求变更申请单",
        number,
        "部门领导",
        "回退方案",
        "审批人（部门领导）",
        "质保期内免费",
    ):
        assert expected in text
    info, timeline = filing.file_signed_copy(desk, number, signer="罗主任")
    assert "部门领导批准：罗主任" in timeline
    assert requests.get_change(desk, change_id).state is ChangeState.APPROVED


def test_cancelling_voids_the_waiting_form_and_the_log_counts_by_kind(
    desk, leads, tmp_path
) -> None:
    a, _ = requests.register_change(desk, change_values())
    steps.do_step(desk, a, ChangeStep.SUBMIT, {})
    approval.request_paper(desk, a, tmp_path / "a.pdf")
    steps.do_step(desk, a, ChangeStep.CANCEL, {"note": "需求撤回"})
    b, _ = requests.register_change(desk, change_values(kind="vague"))
    steps.do_step(desk, b, ChangeStep.SUBMIT, {})
    approval.sign_decision(desk, b, ChangeStep.REJECT, "不属于技术协议范围", *DEPT[::2])
    c, _ = requests.register_change(desk, change_values(kind="defect", rollback_plan=""))
    steps.do_step(desk, c, ChangeStep.START, {})
    steps.do_step(desk, c, ChangeStep.FAIL, {"note": "升级后报表异常，已回退"})
    with desk.db.read() as session:
        assert signoffs.pending(session, steps.APPROVAL_SUBJECT, a) is None
    out = tmp_path / "changes.xlsx"
    assert log_export.export_change_log(desk, out, None, None) == 3
    book = load_workbook(out, read_only=True)
    stats = {row[0]: row for row in book["变更统计"].iter_rows(min_row=2, values_only=True)}
    assert stats["合计"][1:] == (3, "无需审批、部门领导", 1, 33.3, 0, 1, 33.3, 1, 33.3, 0, 0)
    assert stats["新增需求"][8] == 1 and stats["缺陷处理"][6] == 1
    assert [r[0] for r in book["变更台账"].iter_rows(min_row=2, values_only=True)] == [
        "BG-2026-0001",
        "BG-2026-0002",
        "BG-2026-0003",
    ]


def test_a_printed_form_changes_version_when_the_change_does(desk, tmp_path) -> None:
    change_id, number = requests.register_change(desk, change_values())
    first = printing.print_change_request(desk, change_id, tmp_path / "1.pdf")
    again = printing.print_change_request(desk, change_id, tmp_path / "2.pdf")
    steps.do_step(desk, change_id, ChangeStep.SUBMIT, {})
    changed = printing.print_change_request(desk, change_id, tmp_path / "3.pdf")
    assert (first.serial, again.serial, again.reused) == (number, number, True)
    assert changed.serial == f"{number}-2"
    assert requests.register_change(desk, change_values())[1] == "BG-2026-0002"


@pytest.mark.parametrize("plan_chars", range(300, 1500, 120))
def test_the_approval_and_its_signatures_stand_on_one_page(desk, tmp_path, plan_chars) -> None:
    plan = ("开发审批流程，测试环境验证后夜间发布。" * 100)[:plan_chars]
    change_id, _ = requests.register_change(desk, change_values(plan=plan))
    printed = printing.print_change_request(desk, change_id, tmp_path / "form.pdf")
    pages = subprocess.run(
        ["pdftotext", "-layout", str(printed.path), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    [page] = [p for p in pages if "意见说明" in p]
    assert (
        "审批意见" in page.split("意见说明")[0] and "签字确认" in page and "提出人（签字）" in page
    )
