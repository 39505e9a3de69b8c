"""The ticket workflow of the contract: which steps are allowed next and what each step needs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from app.domain.enums import (
    Liability,
    MaintenanceType,
    TicketClass,
    TicketStatus,
    TriageResult,
    Warranty,
)
from app.domain.i18n import QT_TRANSLATE_NOOP, Marked, MarkedError
from app.domain.reports.followups import FollowUpWay, Satisfaction
from app.domain.validation import FieldError, require_choice, require_text


class Action(StrEnum):
    """Everything an engineer can do to a ticket."""

    RESPOND = "respond"
    ARRIVE = "arrive"
    RESTORE = "restore"
    PAUSE = "pause"
    RESUME = "resume"
    NOTE = "note"
    ANSWER = "answer"
    TRIAGE = "triage"
    CONFIRM = "confirm"
    FIX = "fix"
    REPORT = "report"
    REPLY = "reply"
    CLOSE = "close"
    REOPEN = "reopen"
    CORRECT = "correct_time"

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS: dict[Action, str] = {
    Action.RESPOND: QT_TRANSLATE_NOOP("action", "已电话响应"),
    Action.ARRIVE: QT_TRANSLATE_NOOP("action", "已到场"),
    Action.RESTORE: QT_TRANSLATE_NOOP("action", "已恢复正常运行"),
    Action.PAUSE: QT_TRANSLATE_NOOP("action", "暂停计时"),
    Action.RESUME: QT_TRANSLATE_NOOP("action", "恢复计时"),
    Action.NOTE: QT_TRANSLATE_NOOP("action", "添加备注"),
    Action.ANSWER: QT_TRANSLATE_NOOP("action", "解答并关闭"),
    Action.TRIAGE: QT_TRANSLATE_NOOP("action", "问题分析"),
    Action.CONFIRM: QT_TRANSLATE_NOOP("action", "主管领导确认"),
    Action.FIX: QT_TRANSLATE_NOOP("action", "处理完成"),
    Action.REPORT: QT_TRANSLATE_NOOP("action", "上报服务中心"),
    Action.REPLY: QT_TRANSLATE_NOOP("action", "回复提出人"),
    Action.CLOSE: QT_TRANSLATE_NOOP("action", "回访后关闭"),
    Action.REOPEN: QT_TRANSLATE_NOOP("action", "重新打开"),
    Action.CORRECT: QT_TRANSLATE_NOOP("action", "更正时间"),
}

# The steps the contract gives to the client's side: signed by a confirmer at the workstation or
# on the printed form (the sign-off subject of each).
SIGNED_STEPS: dict[Action, str] = {Action.CONFIRM: "ticket.confirm", Action.CLOSE: "ticket.close"}
# Steps whose time a later step may not precede (notes and corrections are not steps).
TIMED_STEPS = frozenset(a for a in Action if a not in (Action.NOTE, Action.CORRECT))
# Steps whose recorded time can be corrected (each sets one time of the ticket).
CORRECTABLE = (
    Action.RESPOND,
    Action.ARRIVE,
    Action.RESTORE,
    Action.ANSWER,
    Action.CONFIRM,
    Action.FIX,
    Action.REPORT,
    Action.REPLY,
    Action.CLOSE,
)

# Workflow steps (those that move the status), per class: from-status -> {action: to-status}.
_DEFECT_STEPS: dict[TicketStatus, dict[Action, TicketStatus]] = {
    TicketStatus.SUBMITTED: {Action.TRIAGE: TicketStatus.ANALYSED},
    TicketStatus.ANALYSED: {Action.CONFIRM: TicketStatus.CONFIRMED},
    TicketStatus.CONFIRMED: {Action.FIX: TicketStatus.FIXED},
    TicketStatus.FIXED: {
        Action.REPORT: TicketStatus.REPORTED,
        Action.REOPEN: TicketStatus.CONFIRMED,
    },
    TicketStatus.REPORTED: {
        Action.REPLY: TicketStatus.REPLIED,
        Action.REOPEN: TicketStatus.CONFIRMED,
    },
    TicketStatus.REPLIED: {
        Action.CLOSE: TicketStatus.CLOSED,
        Action.REOPEN: TicketStatus.CONFIRMED,
    },
    TicketStatus.CLOSED: {Action.REOPEN: TicketStatus.CONFIRMED},
}
_CONSULTATION_STEPS: dict[TicketStatus, dict[Action, TicketStatus]] = {
    TicketStatus.SUBMITTED: {Action.ANSWER: TicketStatus.CLOSED},
    TicketStatus.CLOSED: {Action.REOPEN: TicketStatus.SUBMITTED},
}


@dataclass(frozen=True)
class TicketFacts:
    """What the workflow needs to know about a ticket to offer its next steps."""

    ticket_class: TicketClass
    status: TicketStatus
    responded: bool = False
    arrived: bool = False
    restored: bool = False
    paused: bool = False
    found: bool = False  # found by the engineer: nobody to answer, the engineer is there
    recorded: frozenset[Action] = frozenset()  # the steps already on the timeline


@dataclass(frozen=True)
class Transition:
    """Where a step leads: the new status and, for an operation problem, the new class."""

    status: TicketStatus
    ticket_class: TicketClass


class WorkflowError(MarkedError, ValueError):
    """A step that is not allowed from the ticket's current state."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("workflow", template, **values)


def _steps(ticket_class: TicketClass) -> dict[TicketStatus, dict[Action, TicketStatus]]:
    return _DEFECT_STEPS if ticket_class is TicketClass.DEFECT else _CONSULTATION_STEPS


def allowed_actions(facts: TicketFacts) -> list[Action]:
    """The steps offered now, workflow steps first, then clock events, then notes."""
    actions = list(_steps(facts.ticket_class).get(facts.status, {}))
    open_ = facts.status is not TicketStatus.CLOSED
    is_defect = facts.ticket_class is TicketClass.DEFECT
    waiting = open_ and not facts.found and not facts.restored
    if waiting and not facts.responded and not facts.arrived:
        actions.append(Action.RESPOND)
    if waiting and is_defect and not facts.arrived:
        actions.append(Action.ARRIVE)
    if open_ and is_defect and not facts.restored:
        actions.append(Action.RESTORE)
    if open_ and facts.paused:
        actions.append(Action.RESUME)
    elif open_ and not facts.restored:
        actions.append(Action.PAUSE)
    actions.append(Action.NOTE)
    if correctable(facts):
        actions.append(Action.CORRECT)
    return actions


def correctable(facts: TicketFacts) -> tuple[Action, ...]:
    """The recorded steps whose time may be corrected, in workflow order."""
    return tuple(a for a in CORRECTABLE if a in facts.recorded)


def transition(facts: TicketFacts, action: Action, values: Mapping[str, object]) -> Transition:
    """The status (and class) a workflow step leads to; raises WorkflowError if not allowed."""
    if action not in allowed_actions(facts):
        raise WorkflowError(
            QT_TRANSLATE_NOOP("workflow", "当前状态“{status}”下不能执行“{action}”"),
            status=Marked("enum", facts.status.label),
            action=Marked("action", action.label),
        )
    steps = _steps(facts.ticket_class).get(facts.status, {})
    if action not in steps:
        return Transition(facts.status, facts.ticket_class)
    if action is Action.TRIAGE and values.get("triage_result") == TriageResult.OPERATION:
        # An operation problem is explained to the requester; the ticket becomes a consultation.
        return Transition(TicketStatus.CLOSED, TicketClass.CONSULTATION)
    return Transition(steps[action], facts.ticket_class)


@dataclass(frozen=True)
class FieldSpec:
    """One field a step asks for: its name, Chinese label, kind and whether it is required."""

    name: str
    label: str
    kind: str  # "text", "line", "choice", "datetime"
    required: bool = True
    choices: tuple[StrEnum, ...] = ()


_F = FieldSpec
ACTION_FIELDS: dict[Action, tuple[FieldSpec, ...]] = {
    Action.RESPOND: (_F("at", QT_TRANSLATE_NOOP("field", "响应时间"), "datetime"),),
    Action.ARRIVE: (_F("at", QT_TRANSLATE_NOOP("field", "到场时间"), "datetime"),),
    Action.RESTORE: (
        _F("at", QT_TRANSLATE_NOOP("field", "恢复时间"), "datetime"),
        _F("note", QT_TRANSLATE_NOOP("field", "说明"), "text", required=False),
    ),
    Action.PAUSE: (
        _F("at", QT_TRANSLATE_NOOP("field", "暂停时间"), "datetime"),
        _F("reason", QT_TRANSLATE_NOOP("field", "暂停原因"), "line"),
    ),
    Action.RESUME: (_F("at", QT_TRANSLATE_NOOP("field", "恢复计时时间"), "datetime"),),
    Action.NOTE: (_F("note", QT_TRANSLATE_NOOP("field", "备注"), "text"),),
    Action.ANSWER: (
        _F("at", QT_TRANSLATE_NOOP("field", "解答时间"), "datetime"),
        _F("answer", QT_TRANSLATE_NOOP("field", "解答内容"), "text"),
    ),
    Action.TRIAGE: (
        _F(
            "triage_result",
            QT_TRANSLATE_NOOP("field", "问题类型"),
            "choice",
            choices=tuple(TriageResult),
        ),
        _F("analysis", QT_TRANSLATE_NOOP("field", "分析意见"), "text"),
    ),
    Action.CONFIRM: (  # who confirms is the account that signs (or the name on the paper)
        _F("at", QT_TRANSLATE_NOOP("field", "签字确认时间"), "datetime"),
        _F("plan", QT_TRANSLATE_NOOP("field", "处理建议和措施"), "text"),
    ),
    Action.FIX: (
        _F("cause", QT_TRANSLATE_NOOP("field", "问题原因"), "text"),
        _F("resolution", QT_TRANSLATE_NOOP("field", "处理结果"), "text"),
        _F("prevention", QT_TRANSLATE_NOOP("field", "预防建议"), "text"),
        _F(
            "maintenance_type",
            QT_TRANSLATE_NOOP("field", "维护类型"),
            "choice",
            choices=tuple(MaintenanceType),
        ),
        _F("liability", QT_TRANSLATE_NOOP("field", "责任认定"), "choice", choices=tuple(Liability)),
        _F("at", QT_TRANSLATE_NOOP("field", "完成时间"), "datetime"),
        _F("asset_number", QT_TRANSLATE_NOOP("field", "设备资产编号/序列号"), "line", False),
        _F(
            "warranty",
            QT_TRANSLATE_NOOP("field", "保内/保外（空则按质保期）"),
            "choice",
            False,
            tuple(Warranty),
        ),
        _F("outstanding", QT_TRANSLATE_NOOP("field", "遗留问题"), "text", required=False),
    ),
    Action.REPORT: (
        _F("at", QT_TRANSLATE_NOOP("field", "上报时间"), "datetime"),
        _F("note", QT_TRANSLATE_NOOP("field", "上报说明"), "text", required=False),
    ),
    Action.REPLY: (
        _F("at", QT_TRANSLATE_NOOP("field", "回复时间"), "datetime"),
        _F("reply", QT_TRANSLATE_NOOP("field", "回复内容（原因与变更记录）"), "text"),
    ),
    Action.CLOSE: (  # the 回访 record behind the step (unless one was recorded since the fix)
        _F("at", QT_TRANSLATE_NOOP("field", "回访时间"), "datetime"),
        _F("follow_up", QT_TRANSLATE_NOOP("field", "回访意见"), "text"),
        _F("way", QT_TRANSLATE_NOOP("field", "回访方式"), "choice", False, tuple(FollowUpWay)),
        _F("contact", QT_TRANSLATE_NOOP("field", "回访对象（空则为提出人）"), "line", False),
        _F(
            "satisfaction",
            QT_TRANSLATE_NOOP("field", "满意度"),
            "choice",
            False,
            tuple(Satisfaction),
        ),
    ),
    Action.REOPEN: (_F("reason", QT_TRANSLATE_NOOP("field", "重新打开原因"), "text"),),
    Action.CORRECT: (
        _F("step", QT_TRANSLATE_NOOP("field", "更正的步骤"), "choice", choices=CORRECTABLE),
        _F("at", QT_TRANSLATE_NOOP("field", "正确时间"), "datetime"),
        _F("reason", QT_TRANSLATE_NOOP("field", "更正原因"), "text"),
    ),
}


def action_fields(action: Action, facts: TicketFacts | None = None) -> tuple[FieldSpec, ...]:
    """The fields a step asks for; an operation-problem triage also needs the explanation.

    A correction offers only the steps the ticket has recorded, when ``facts`` are given.
    """
    fields = ACTION_FIELDS[action]
    if action is Action.CORRECT and facts is not None:
        step, *rest = fields
        fields = (replace(step, choices=correctable(facts)), *rest)
    if action is Action.TRIAGE:
        fields = fields + (
            _F(
                "answer",
                QT_TRANSLATE_NOOP("field", "向提出人的解释（仅操作问题）"),
                "text",
                required=False,
            ),
        )
    return fields


def validate_action(action: Action, values: Mapping[str, object]) -> list[FieldError]:
    """Every missing or wrong field of a step, named by its Chinese label."""
    errors: list[FieldError] = []
    for spec in action_fields(action):
        if spec.kind == "datetime":
            continue  # a missing time means "now"; the service checks it against the steps
        if spec.kind == "choice" and (spec.required or values.get(spec.name)):
            error = require_choice(values, spec.name, spec.label, spec.choices)
        elif spec.required:
            error = require_text(values, spec.name, spec.label)
        else:
            error = None
        if error:
            errors.append(error)
    if action is Action.TRIAGE and values.get("triage_result") == TriageResult.OPERATION:
        error = require_text(
            values, "answer", QT_TRANSLATE_NOOP("field", "向提出人的解释（仅操作问题）")
        )
        if error:
            errors.append(error)
    return errors
