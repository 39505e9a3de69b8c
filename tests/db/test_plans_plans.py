"""Emergency plans on a real database: defaults on first use, edits as revisions, followed for a ticket."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db.models import TicketEvent
from app.db.models.plans import EmergencyPlan, EmergencyPlanRevision
from app.domain.enums import Severity
from app.domain.validation import ValidationError
from app.services.context import Desk
from app.services.plans import followed as plan_followed
from app.services.plans import plans
from app.services.tickets import detail
from app.services.tickets.calls import TicketNotFoundError

CONTRACT_PLANS = {
    "操作失误": (
        "加强培训力度，掌握培训效果，检验操作人员操作水准，提示注意事项",
        "操作失误未造成即成结果或数据未丢失情况下，保障数据安全，反之，协调相关部门，进行补救。"
        "对操作人员强调注意事项",
    ),
    "配置丢失": (
        "培训时强调使用前配置方法和步骤，并特别提示需在使用前按要求操作",
        "派出上门维护、培训人员重新配置，并耐心讲解",
    ),
    "数据丢失": (
        "培训时强调使用过程中注意定期备份重要数据，日常维护过程中，上门服务人员实时备份数据并告知用户",
        "协调有关部门，进行补救，无法补救，提交报告说明原因",
    ),
}
SYSTEM_PLANS = (
    "NVR离线",
    "网络中断",
    "硬盘故障",
    "数据库损坏",
    "门禁",
    "对讲",
    "周界",
    "UPS",
    "病毒",
    "时钟",
)


def count(desk: Desk, model) -> int:
    with desk.db.read() as session:
        return session.scalar(select(func.count(model.id))) or 0


def test_first_start_loads_the_shipped_plans_once(desk: Desk) -> None:
    assert count(desk, EmergencyPlan) == 13  # with the contract, at first setup
    assert len(plans.list_plans(desk)) == 13
    assert count(desk, EmergencyPlanRevision) == 13
    assert plans.ensure_default_plans(desk) == 0  # not again
    assert len(plans.list_plans(desk)) == 13


@pytest.mark.sqlite_only("an old database made by downgrading a file")
def test_an_older_database_gets_the_shipped_plans_on_start(opened, db_path, clock) -> None:
    from app.services.setup import open_desk

    with opened.desk.db.transaction() as session:
        session.execute(EmergencyPlanRevision.__table__.delete())
        session.execute(EmergencyPlan.__table__.delete())
    opened.close()
    again = open_desk(db_path, clock)
    try:
        assert count(again.desk, EmergencyPlan) == 13
    finally:
        again.close()


def test_the_contract_plans_are_word_for_word(desk: Desk) -> None:
    by_title = {p.title: p for p in plans.list_plans(desk)}
    for title, (prevention, strategy) in CONTRACT_PLANS.items():
        plan = by_title[title]
        assert plan.situation == title
        assert plan.prevention == prevention
        assert plan.steps == (strategy,)
        assert plan.source == "contract"
    assert [p.title for p in plans.list_plans(desk)][:3] == list(CONTRACT_PLANS)


def test_the_system_plans_cover_the_listed_situations(desk: Desk) -> None:
    loaded = plans.list_plans(desk)[3:]
    for words in SYSTEM_PLANS:
        assert any(words in p.title.replace("或", "") for p in loaded), words
    for plan in loaded:
        assert len(plan.steps) >= 5 and plan.prevention and plan.systems
        assert plan.contacts  # whom to call, from the contract's ladder
        assert plan.contacts[0].name == "何经理" and plan.contacts[0].phone == "内线 9001"


def test_an_edit_is_a_new_revision_and_old_ones_stay_readable(desk: Desk, clock) -> None:
    plan = plans.find_plan(desk, "YA-05")
    values = plans.as_values(plan)
    values["steps"] = [*plan.steps, "通知用户信息化负责人恢复情况"]
    values["spare_parts"] = "接入交换机 SW-2448\n光模块 SFP-1G-LX"
    values["call_levels"] = [1, 2, 3]
    edited = plans.save_plan(desk, values, plan.id, note="增加通知步骤")
    assert edited.revision == 2
    assert edited.steps[-1] == "通知用户信息化负责人恢复情况"
    assert edited.spare_parts == ("接入交换机 SW-2448", "光模块 SFP-1G-LX")
    assert [c.role for c in edited.contacts] == ["项目经理", "售后服务部负责人", "公司领导"]
    history = plans.plan_revisions(desk, plan.id)
    assert [(r.revision, r.note) for r in history] == [(2, "增加通知步骤"), (1, "随程序提供的预案")]
    assert history[1].plan.steps == plan.steps  # the first version as it read
    assert history[0].saved_by == "孙工" and history[0].saved_at == clock.now()
    # Saving the same text again writes no revision.
    assert plans.save_plan(desk, values, plan.id).revision == 2


def test_a_new_plan_gets_the_next_code(desk: Desk) -> None:
    plans.list_plans(desk)
    created = plans.save_plan(
        desk,
        {
            "title": "平台消息服务中断",
            "situation": "平台告警消息不推送",
            "severity": "major",
            "systems": ["PLATFORM"],
            "steps": "检查消息服务\n重启消息服务",
            "call_levels": [1],
        },
    )
    assert created.code == "YA-14" and created.revision == 1 and created.source == "user"
    assert created.steps == ("检查消息服务", "重启消息服务")
    assert created.severity is Severity.MAJOR
    assert plans.find_plan(desk, "ya14").id == created.id
    assert plans.find_plan(desk, str(created.id)).id == created.id


def test_bad_plan_input_names_the_fields_and_saves_nothing(desk: Desk) -> None:
    plans.list_plans(desk)
    with pytest.raises(ValidationError) as caught:
        plans.save_plan(
            desk,
            {"title": " ", "situation": "", "severity": "bad", "systems": ["NOPE"], "steps": ""},
        )
    message = str(caught.value)
    for label in ("预案名称", "紧急情况", "严重程度", "涉及系统", "应急策略"):
        assert label in message
    assert count(desk, EmergencyPlan) == 13
    with pytest.raises(plans.PlanError, match="找不到预案：YA-99"):
        plans.find_plan(desk, "YA-99")


def test_followed_plan_is_on_the_ticket_timeline(desk: Desk, make_ticket) -> None:
    ticket_id = make_ticket()
    plan = plans.find_plan(desk, "YA-04")
    summary = plan_followed.record_plan_followed(
        desk, ticket_id, plan.id, "按步骤 3 重启了 PoE 端口"
    )
    assert summary == f"按应急预案处置：YA-04 {plan.title}（第 1 版）"
    timeline = detail.ticket_detail(desk, ticket_id).timeline
    assert timeline[-1].kind == plan_followed.PLAN_FOLLOWED
    assert timeline[-1].summary == summary and timeline[-1].actor == "孙工"
    assert timeline[-1].details == "按步骤 3 重启了 PoE 端口"
    assert plan_followed.plans_followed(desk, ticket_id) == [summary]
    with pytest.raises(TicketNotFoundError):
        plan_followed.record_plan_followed(desk, 999, plan.id)
    with desk.db.read() as session:
        assert session.scalar(select(func.count(TicketEvent.id))) == 2


def test_the_shift_handover_lists_a_followed_plan(desk: Desk, make_ticket, clock) -> None:
    from datetime import timedelta

    from app.services.handover import Shift, shift_records_annex

    ticket_id = make_ticket()
    plan = plans.find_plan(desk, "YA-04")
    clock.advance(timedelta(minutes=10))
    plan_followed.record_plan_followed(desk, ticket_id, plan.id)
    section = shift_records_annex(
        Shift(desk, "孙工", "李工", clock.now() - timedelta(hours=1), clock.now(), "")
    )
    kinds = {row[2]: row[4] for row in section.rows}
    assert kinds["按预案处置"].startswith("按应急预案处置：YA-04")
