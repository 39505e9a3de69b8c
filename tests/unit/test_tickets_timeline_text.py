"""Timeline events as codes: the Chinese record, any language from the code, old events read back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.domain.changes.routing import Approver, ChangeKind
from app.domain.changes.states import ChangeStep
from app.domain.enums import (
    Channel,
    ClockKind,
    ContactMethod,
    Liability,
    MaintenanceType,
    Severity,
    TicketClass,
    TriageResult,
)
from app.domain.reports.followups import FollowUpWay, Satisfaction
from app.domain.store.inventory import MovementKind
from app.domain.tickets.timeline_text import (
    CHANGE,
    CHANGE_TEMPLATES,
    SYSTEM_ACTOR,
    TEMPLATES,
    actor_text,
    change_event_text,
    event_text,
    from_stored,
    legacy_text,
    render,
    render_stored,
)
from app.domain.tickets.workflow import Action

AT = datetime(2026, 3, 12, 6, 5, tzinfo=UTC)

# One sample of every code, with the parameters its writer gives.
SAMPLES: dict[str, dict[str, Any]] = {
    "created": {
        "ticket_class": TicketClass.DEFECT,
        "severity": Severity.MAJOR,
        "channel": Channel.PHONE,
        "title": "3号监仓摄像机无图像",
    },
    "step.at": {"action": Action.RESTORE, "at": AT, "note": "重启后恢复"},
    "step": {"action": Action.REPLY, "note": "原因：PoE 端口损坏\n已改接"},
    "pause": {"action": Action.PAUSE, "reason": "等待甲方开门"},
    "resume": {"action": Action.RESUME, "paused": timedelta(hours=1, minutes=5)},
    "note": {"note": "已通知监控室"},
    "triage": {"action": Action.TRIAGE, "triage": TriageResult.TECHNICAL, "analysis": "端口故障"},
    "triage.operation": {
        "action": Action.TRIAGE,
        "triage": TriageResult.OPERATION,
        "ticket_class": TicketClass.CONSULTATION,
        "analysis": "误操作",
        "answer": "已演示正确操作",
    },
    "confirm": {"action": Action.CONFIRM, "supervisor": "马所长", "plan": "更换端口"},
    "confirm.electronic": {
        "action": Action.CONFIRM,
        "supervisor": "马所长",
        "account": "mazhang",
        "plan": "更换端口",
    },
    "confirm.paper": {
        "action": Action.CONFIRM,
        "supervisor": "马所长",
        "serial": "QX-2026-0001",
        "filer": "孙工",
        "plan": "更换端口",
    },
    "fix": {
        "action": Action.FIX,
        "maintenance_type": MaintenanceType.CORRECTIVE,
        "liability": Liability.THIRD_PARTY,
        "cause": "施工单位挖断光缆",
        "resolution": "熔接光缆",
        "prevention": "标注管线走向",
    },
    "close": {"action": Action.CLOSE, "follow_up": "满意"},
    "close.electronic": {
        "action": Action.CLOSE,
        "signer": "侯副所长",
        "account": "houfu",
        "follow_up": "满意",
    },
    "close.paper": {
        "action": Action.CLOSE,
        "signer": "侯副所长",
        "serial": "QX-2026-0002",
        "filer": "孙工",
        "follow_up": "基本满意",
    },
    "correct": {
        "action": Action.CORRECT,
        "step": Action.ARRIVE,
        "old_at": AT,
        "new_at": AT - timedelta(minutes=7),
        "reason": "补记",
    },
    "paper_requested": {"action": Action.CONFIRM, "serial": "QX-2026-0003", "note": "更换端口"},
    "escalation": {"clock": ClockKind.FIX, "level": 2, "role": "售后服务部负责人"},
    "escalation.contact": {
        "clock": ClockKind.RESPONSE,
        "level": 1,
        "role": "项目经理",
        "contact": "何经理 内线 9001",
    },
    "acknowledged": {
        "level": 1,
        "role": "项目经理",
        "reached": "何经理",
        "method": ContactMethod.PHONE,
        "agreed": "同意先远程重启",
    },
    "acknowledged.old": {"level": 2, "role": "售后服务部负责人"},
    "acknowledged.old_named": {"level": 1, "role": "项目经理", "name": "何经理"},
    "finding": {
        "run": "XJ-2026-0012",
        "position": 3,
        "check": "UPS 电池电压",
        "template": "机房日巡检",
        "inspector": "孙工",
    },
    "loaner_issued": {
        "part": "半球摄像机 IPC-D320",
        "serial": "SN123",
        "borrower": "张警官",
        "location": "监区一 3号监仓",
        "loan": 7,
    },
    "loaner_issued.same_kind": {
        "part": "半球摄像机 IPC-D330",
        "serial": "SN124",
        "borrower": "张警官",
        "location": "监区一 3号监仓",
        "loan": 8,
    },
    "loaner_issued.other": {
        "item": "厂家借用解码器",
        "borrower": "王警官",
        "location": "中心机房",
        "loan": 9,
    },
    "loaner_returned": {"item": "半球摄像机", "serial": "SN123", "note": "外观完好"},
    "loaner_returned.no_serial": {"item": "厂家借用解码器", "note": ""},
    "store": {
        "movement": MovementKind.STOCK_OUT,
        "part": "BJ-001 硬盘（ST8000）",
        "quantity": 1,
        "unit": "块",
        "serials": "ZA1",
        "device": "NVR-01",
        "reason": "",
    },
    "store.old": {"movement": MovementKind.STOCK_OUT, "what": "BJ-001 硬盘 ×1块，序列号 ZA1"},
    "plan_followed": {"code": "YA-03", "title": "数据丢失", "revision": 2, "note": ""},
    "device_linked": {"code": "SP-0001", "device": "半球摄像机", "before": "摄像机"},
    "config_restored": {"code": "NVR-01", "version": 3, "taken_at": AT, "note": "恢复通道配置"},
    "change_registered": {"number": "BG-2026-0003", "title": "增加 2 路摄像机"},
    "followed_up": {
        "way": FollowUpWay.PHONE,
        "contact": "何经理",
        "satisfaction": Satisfaction.SATISFIED,
        "comments": "运行正常",
    },
    "followed_up.complaint": {
        "way": FollowUpWay.VISIT,
        "contact": "何经理",
        "satisfaction": Satisfaction.DISSATISFIED,
        "comments": "响应慢\n第二天才到场",
    },
}
# One sample of every code of a change request's timeline.
CHANGE_SAMPLES: dict[str, dict[str, Any]] = {
    "registered": {"change_kind": ChangeKind.DEFECT, "effort": "0.5", "approver": Approver.NONE},
    "registered.approval": {
        "change_kind": ChangeKind.NEW,
        "effort": "12.5",
        "approver": Approver.COMPANY,
    },
    "edited": {},
    "submitted": {"approver": Approver.DEPARTMENT, "note": ""},
    "decided.electronic": {
        "approver": Approver.DEPARTMENT,
        "change_step": ChangeStep.APPROVE,
        "signer": "马所长",
        "account": "mazhang",
        "note": "同意，夜间实施",
    },
    "decided.paper": {
        "approver": Approver.COMPANY,
        "change_step": ChangeStep.APPROVE,
        "signer": "赵总",
        "serial": "BG-2026-0003-SQ",
        "filer": "孙工",
        "note": "",
    },
    "decided.written": {
        "approver": Approver.COMPANY,
        "change_step": ChangeStep.REJECT,
        "signer": "赵总",
        "note": "超出合同范围",
    },
    "paper_requested": {"serial": "SQ-2026-0004", "approver": Approver.COMPANY},
    "reestimated": {"old": "3", "effort": "4", "approver": Approver.DEPARTMENT, "note": "多一路"},
    "reestimated.rerouted": {
        "old": "3",
        "effort": "12",
        "approver": Approver.COMPANY,
        "note": "范围扩大",
    },
    "confirmed": {"change_step": ChangeStep.CONFIRM, "confirmer": "何经理", "note": "何经理"},
    "step": {"change_step": ChangeStep.COMPLETE, "note": "已割接\n回退方案未用"},
}


class Upper:
    """A stand-in second language: every translated template in capitals, times in UTC."""

    def translate(self, context: str, text: str) -> str:
        return f"<{context}:{text}>"

    def time(self, value: datetime) -> str:
        return value.astimezone(UTC).strftime("%H:%M UTC")

    def duration(self, minutes: int) -> str:
        return f"{minutes} min"


def test_every_code_has_a_sample() -> None:
    assert set(SAMPLES) == set(TEMPLATES)


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_an_event_read_back_from_its_chinese_text_says_the_same(code: str) -> None:
    text = event_text(code, **SAMPLES[code])
    summary, details = render(text)
    parsed = legacy_text(summary, details)
    assert parsed is not None, summary
    assert render(parsed) == (summary, details)


def test_the_chinese_record_reads_as_before() -> None:
    assert render(event_text("created", **SAMPLES["created"])) == (
        "登记系统缺陷类问题（重大，电话）：3号监仓摄像机无图像",
        "",
    )
    assert render(event_text("fix", **SAMPLES["fix"])) == (
        "处理完成（改正性维护，第三方原因（第三方承担））",
        "原因：施工单位挖断光缆\n处理结果：熔接光缆\n预防建议：标注管线走向",
    )
    assert render(event_text("resume", **SAMPLES["resume"]))[0] == "恢复计时（暂停 1小时5分）"
    summary, details = render(event_text("acknowledged", **SAMPLES["acknowledged"]))
    assert (summary, details) == (
        "已联系第1级上报对象：项目经理 何经理（电话）",
        "商定：同意先远程重启",
    )


def test_another_language_translates_templates_enums_times_and_durations() -> None:
    summary, _ = render(event_text("escalation", **SAMPLES["escalation"]), Upper())
    assert summary == "<timeline:{clock}超时，逐级上报至第{level}级：{role}>".format(
        clock="<enum:修复>", level=2, role="<escalation:售后服务部负责人>"
    )
    summary, _ = render(event_text("resume", **SAMPLES["resume"]), Upper())
    assert summary == "<timeline:{action}（暂停 {paused}）>".format(
        action="<action:恢复计时>", paused="65 min"
    )
    summary, _ = render(event_text("step.at", **SAMPLES["step.at"]), Upper())
    assert "06:05 UTC" in summary
    # User data stays as it was typed.
    summary, _ = render(event_text("created", **SAMPLES["created"]), Upper())
    assert summary.endswith("：3号监仓摄像机无图像>")


def test_an_empty_details_line_is_left_out() -> None:
    linked = event_text("device_linked", code="SP-1", device="摄像机", before="")
    assert render(linked) == ("关联设备台账：SP-1 摄像机", "")
    moved = event_text("store", **{**SAMPLES["store"], "serials": "", "device": ""})
    assert render(moved)[1] == ""


def test_stored_events_render_from_their_code_or_their_text() -> None:
    text = event_text("pause", **SAMPLES["pause"])
    summary, details = render(text)
    assert from_stored(text.code, text.params_json()) == text
    assert render_stored(text.code, text.params_json(), summary, details, Upper())[0].startswith(
        "<timeline:"
    )
    # Written before codes: rendered from the code its text matches.
    shown = render_stored("", "", "上报服务中心", "已电话上报", Upper())
    assert shown == ("<action:上报服务中心>", "已电话上报")
    # Text of no known shape stays as it is.
    assert render_stored("", "", "某个旧说法", "细节", Upper()) == ("某个旧说法", "细节")
    assert render_stored("nonsense", "{", "原文", "", Upper()) == ("原文", "")


def test_a_summary_naming_a_step_of_another_shape_is_not_misread() -> None:
    # "暂停计时：…" is a pause; "问题分析：…" with an unknown result is not a pause.
    assert legacy_text("问题分析：奇怪的结果") is None
    assert legacy_text("暂停计时：等待甲方") == event_text(
        "pause", action=Action.PAUSE, reason="等待甲方"
    )


def test_the_program_as_actor_is_translated() -> None:
    def translate(context: str, text: str) -> str:
        return "System" if (context, text) == ("timeline", SYSTEM_ACTOR) else text

    assert actor_text(SYSTEM_ACTOR, translate) == "System"
    assert actor_text("孙工", translate) == "孙工"


def test_an_unknown_code_is_refused_when_written() -> None:
    with pytest.raises(KeyError):
        event_text("no.such.code")


def test_every_change_code_has_a_sample() -> None:
    assert set(CHANGE_SAMPLES) == set(CHANGE_TEMPLATES)


@pytest.mark.parametrize("code", sorted(CHANGE_SAMPLES))
def test_a_change_event_read_back_from_its_chinese_text_says_the_same(code: str) -> None:
    text = change_event_text(code, **CHANGE_SAMPLES[code])
    summary, details = render(text)
    parsed = legacy_text(summary, details, CHANGE)
    assert parsed is not None, summary
    assert parsed.code == code
    assert render(parsed) == (summary, details)


def test_change_and_follow_up_lines_read_as_before_in_chinese() -> None:
    assert render(
        change_event_text("registered.approval", **CHANGE_SAMPLES["registered.approval"])
    )[0] == ("登记新增需求（预计 12.5 个工作日，须公司领导书面审批）")
    decided = change_event_text("decided.electronic", **CHANGE_SAMPLES["decided.electronic"])
    assert render(decided) == ("部门领导批准：马所长（电子签字，账户 mazhang）", "同意，夜间实施")
    assert render(event_text("followed_up.complaint", **SAMPLES["followed_up.complaint"])) == (
        "回访（上门回访，何经理）：不满意，已登记投诉",
        "响应慢\n第二天才到场",
    )
    assert render(event_text("change_registered", **SAMPLES["change_registered"])) == (
        "登记需求变更 BG-2026-0003",
        "增加 2 路摄像机",
    )


def test_a_change_event_in_another_language() -> None:
    text = change_event_text("decided.written", **CHANGE_SAMPLES["decided.written"])
    summary, details = render_stored(text.code, text.params_json(), "", "", Upper(), CHANGE)
    assert summary == "<timeline:{approver}{change_step}：{signer}（书面驳回）>".format(
        approver="<enum:公司领导>", change_step="<enum:驳回>", signer="赵总"
    )
    assert details == "超出合同范围"
    # A ticket code is not read as a change code, nor the other way round.
    assert from_stored("created", "{}", CHANGE) is None
    with pytest.raises(KeyError):
        change_event_text("created")
