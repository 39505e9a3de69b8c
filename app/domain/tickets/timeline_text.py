"""Timeline events as codes with parameters: one template per code, rendered in any language.

The timeline keeps, beside each event's Chinese summary (the evidence, what documents print), a
code and its parameters, so the GUI shows the event in the UI's language. A parameter's kind is
given by its name, the same everywhere: enum values are stored as values and shown as labels,
times as ISO instants shown in local time, durations as minutes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

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
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.reports.followups import FollowUpWay, Satisfaction
from app.domain.store.inventory import MovementKind
from app.domain.tickets.workflow import Action

CONTEXT = "timeline"
# The actor of what the program records by itself (sweeps).
SYSTEM_ACTOR = QT_TRANSLATE_NOOP("timeline", "系统")

# Parameters whose value is an enum's value, shown as the label in its context.
ENUM_PARAMS: dict[str, tuple[type[StrEnum], str]] = {
    "ticket_class": (TicketClass, "enum"),
    "severity": (Severity, "enum"),
    "channel": (Channel, "enum"),
    "clock": (ClockKind, "enum"),
    "triage": (TriageResult, "enum"),
    "maintenance_type": (MaintenanceType, "enum"),
    "liability": (Liability, "enum"),
    "method": (ContactMethod, "enum"),
    "movement": (MovementKind, "enum"),
    "action": (Action, "action"),
    "step": (Action, "action"),
    "way": (FollowUpWay, "enum"),
    "satisfaction": (Satisfaction, "enum"),
    "change_kind": (ChangeKind, "enum"),
    "approver": (Approver, "enum"),
    "change_step": (ChangeStep, "enum"),
}
# Parameters that are words of the program's own vocabulary but free text in the database (an
# escalation role comes from the contract's ladder): translated when the UI knows them.
WORD_PARAMS: dict[str, str] = {"role": "escalation"}
TIME_PARAMS = frozenset({"at", "old_at", "new_at", "taken_at"})
DURATION_PARAMS = frozenset({"paused"})


@dataclass(frozen=True)
class Template:
    """A summary and the lines of details; a details line is left out when a field it names is
    empty."""

    summary: str
    details: tuple[str, ...] = ()


def _t(summary: str, *details: str) -> Template:
    return Template(summary, details)


# fmt: off
TEMPLATES: dict[str, Template] = {
    "created": _t(QT_TRANSLATE_NOOP("timeline", "登记{ticket_class}问题（{severity}，{channel}）：{title}")),  # noqa: E501
    "step.at": _t(QT_TRANSLATE_NOOP("timeline", "{action}（{at}）"), "{note}"),
    "step": _t("{action}", "{note}"),
    "pause": _t(QT_TRANSLATE_NOOP("timeline", "{action}：{reason}")),
    "resume": _t(QT_TRANSLATE_NOOP("timeline", "{action}（暂停 {paused}）")),
    "note": _t(QT_TRANSLATE_NOOP("timeline", "备注"), "{note}"),
    "triage": _t(QT_TRANSLATE_NOOP("timeline", "{action}：{triage}"), "{analysis}"),
    "triage.operation": _t(
        QT_TRANSLATE_NOOP("timeline", "{action}：{triage}，已向提出人解释，转为{ticket_class}问题"),
        "{analysis}",
        QT_TRANSLATE_NOOP("timeline", "解释：{answer}"),
    ),
    "confirm": _t(QT_TRANSLATE_NOOP("timeline", "{action}：{supervisor} 签字同意"), "{plan}"),
    "confirm.electronic": _t(
        QT_TRANSLATE_NOOP("timeline", "{action}：{supervisor} 电子签字同意（账户 {account}）"),
        "{plan}",
    ),
    "confirm.paper": _t(
        QT_TRANSLATE_NOOP(
            "timeline", "{action}：{supervisor} 纸质签字同意（签字件 {serial} 由 {filer} 归档）"
        ),
        "{plan}",
    ),
    "fix": _t(
        QT_TRANSLATE_NOOP("timeline", "{action}（{maintenance_type}，{liability}）"),
        QT_TRANSLATE_NOOP("timeline", "原因：{cause}"),
        QT_TRANSLATE_NOOP("timeline", "处理结果：{resolution}"),
        QT_TRANSLATE_NOOP("timeline", "预防建议：{prevention}"),
    ),
    "close": _t("{action}", "{follow_up}"),
    "close.electronic": _t(
        QT_TRANSLATE_NOOP("timeline", "{action}（回访确认：{signer} 电子签字（账户 {account}））"),
        "{follow_up}",
    ),
    "close.paper": _t(
        QT_TRANSLATE_NOOP(
            "timeline", "{action}（回访确认：{signer} 纸质签字（签字件 {serial} 由 {filer} 归档））"
        ),
        "{follow_up}",
    ),
    "correct": _t(QT_TRANSLATE_NOOP("timeline", "{action}：{step} {old_at} → {new_at}"), "{reason}"),  # noqa: E501
    "paper_requested": _t(
        QT_TRANSLATE_NOOP("timeline", "{action}：待纸质签字（签字单 {serial}）"), "{note}"
    ),
    "escalation": _t(QT_TRANSLATE_NOOP("timeline", "{clock}超时，逐级上报至第{level}级：{role}")),
    "escalation.contact": _t(
        QT_TRANSLATE_NOOP("timeline", "{clock}超时，逐级上报至第{level}级：{role}（{contact}）")
    ),
    "acknowledged": _t(
        QT_TRANSLATE_NOOP("timeline", "已联系第{level}级上报对象：{role} {reached}（{method}）"),
        QT_TRANSLATE_NOOP("timeline", "商定：{agreed}"),
    ),
    # Written before acknowledgements recorded whom the engineer reached and what was agreed.
    "acknowledged.old": _t(QT_TRANSLATE_NOOP("timeline", "已确认第{level}级上报（{role}）")),
    "acknowledged.old_named": _t(
        QT_TRANSLATE_NOOP("timeline", "已确认第{level}级上报（{role} {name}）")
    ),
    "finding": _t(
        QT_TRANSLATE_NOOP("timeline", "由巡检 {run} 第{position}项发现：{check}"),
        QT_TRANSLATE_NOOP("timeline", "{template}，巡检人 {inspector}"),
    ),
    "loaner_issued": _t(
        QT_TRANSLATE_NOOP("timeline", "提供备用机：{part} 序列号 {serial}"),
        QT_TRANSLATE_NOOP("timeline", "借用人：{borrower}；使用地点：{location}；借用单号 {loan}"),
    ),
    "loaner_issued.same_kind": _t(
        QT_TRANSLATE_NOOP("timeline", "提供备用机：{part} 序列号 {serial}（同类替代，非相同型号）"),
        QT_TRANSLATE_NOOP("timeline", "借用人：{borrower}；使用地点：{location}；借用单号 {loan}"),
    ),
    "loaner_issued.other": _t(
        QT_TRANSLATE_NOOP("timeline", "提供备用机（其他）：{item}"),
        QT_TRANSLATE_NOOP("timeline", "借用人：{borrower}；使用地点：{location}；借用单号 {loan}"),
    ),
    "loaner_returned": _t(
        QT_TRANSLATE_NOOP("timeline", "备用机归还：{item} 序列号 {serial}"), "{note}"
    ),
    "loaner_returned.no_serial": _t(
        QT_TRANSLATE_NOOP("timeline", "备用机归还：{item}"), "{note}"
    ),
    "store": _t(
        QT_TRANSLATE_NOOP("timeline", "备件{movement}：{part} ×{quantity}{unit}"),
        QT_TRANSLATE_NOOP("timeline", "序列号 {serials}"),
        QT_TRANSLATE_NOOP("timeline", "装入设备：{device}"),
        "{reason}",
    ),
    # Written before codes: the part, quantity and serials in one text.
    "store.old": _t(QT_TRANSLATE_NOOP("timeline", "备件{movement}：{what}")),
    "plan_followed": _t(
        QT_TRANSLATE_NOOP("timeline", "按应急预案处置：{code} {title}（第 {revision} 版）"),
        "{note}",
    ),
    "device_linked": _t(
        QT_TRANSLATE_NOOP("timeline", "关联设备台账：{code} {device}"),
        QT_TRANSLATE_NOOP("timeline", "原登记的设备：{before}"),
    ),
    "config_restored": _t(
        QT_TRANSLATE_NOOP("timeline", "按配置快照恢复设备配置：{code} 第 {version} 版（{taken_at}）"),
        "{note}",
    ),
    "change_registered": _t(QT_TRANSLATE_NOOP("timeline", "登记需求变更 {number}"), "{title}"),
    "followed_up": _t(
        QT_TRANSLATE_NOOP("timeline", "回访（{way}，{contact}）：{satisfaction}"), "{comments}"
    ),
    "followed_up.complaint": _t(
        QT_TRANSLATE_NOOP("timeline", "回访（{way}，{contact}）：{satisfaction}，已登记投诉"),
        "{comments}",
    ),
}
# The timeline of a change request (its own history, not a ticket's).
CHANGE_TEMPLATES: dict[str, Template] = {
    "registered": _t(
        QT_TRANSLATE_NOOP("timeline", "登记{change_kind}（预计 {effort} 个工作日，无需审批）")
    ),
    "registered.approval": _t(
        QT_TRANSLATE_NOOP(
            "timeline", "登记{change_kind}（预计 {effort} 个工作日，须{approver}书面审批）"
        )
    ),
    "edited": _t(QT_TRANSLATE_NOOP("timeline", "修改申请内容")),
    "submitted": _t(QT_TRANSLATE_NOOP("timeline", "书面提交{approver}审批"), "{note}"),
    "decided.electronic": _t(
        QT_TRANSLATE_NOOP("timeline", "{approver}{change_step}：{signer}（电子签字，账户 {account}）"),
        "{note}",
    ),
    "decided.paper": _t(
        QT_TRANSLATE_NOOP(
            "timeline", "{approver}{change_step}：{signer}（纸质签字，签字件 {serial} 由 {filer} 归档）"
        ),
        "{note}",
    ),
    "decided.written": _t(
        QT_TRANSLATE_NOOP("timeline", "{approver}{change_step}：{signer}（书面驳回）"), "{note}"
    ),
    "paper_requested": _t(
        QT_TRANSLATE_NOOP("timeline", "打印申请单 {serial}，待{approver}纸质签字")
    ),
    "reestimated": _t(
        QT_TRANSLATE_NOOP("timeline", "重新估算工作量：{old} → {effort} 个工作日"), "{note}"
    ),
    "reestimated.rerouted": _t(
        QT_TRANSLATE_NOOP("timeline", "重新估算工作量：{old} → {effort} 个工作日，改由{approver}审批"),
        "{note}",
    ),
    "confirmed": _t(QT_TRANSLATE_NOOP("timeline", "{change_step}：{confirmer}")),  # the note is the name
    "step": _t("{change_step}", "{note}"),
}
# fmt: on
TICKET, CHANGE = "ticket", "change"
TIMELINES: dict[str, Mapping[str, Template]] = {TICKET: TEMPLATES, CHANGE: CHANGE_TEMPLATES}


@dataclass(frozen=True)
class EventText:
    """What a timeline event says, as a code and its parameters (stored as JSON)."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    timeline: str = TICKET  # whose timeline: a ticket's or a change request's

    def params_json(self) -> str:
        return json.dumps(dict(self.params), ensure_ascii=False, sort_keys=True)


def event_text(code: str, /, **params: Any) -> EventText:
    """An event's text; enum members, datetimes and durations are stored as plain values."""
    return _text(TICKET, code, params)


def change_event_text(code: str, /, **params: Any) -> EventText:
    """An event of a change request's timeline (``CHANGE_TEMPLATES``)."""
    return _text(CHANGE, code, params)


def _text(timeline: str, code: str, params: Mapping[str, Any]) -> EventText:
    if code not in TIMELINES[timeline]:
        raise KeyError(f"unknown timeline code {code!r}")
    stored: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, StrEnum):
            value = value.value
        elif isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, timedelta):
            value = max(int(value.total_seconds() // 60), 0)
        elif value is None:
            value = ""
        stored[name] = value
    return EventText(code, stored, timeline)


def from_stored(code: str, params_json: str, timeline: str = TICKET) -> EventText | None:
    """An event's text as stored; None for an event written before codes (or unreadable)."""
    if not code or code not in TIMELINES[timeline]:
        return None
    try:
        params = json.loads(params_json or "{}")
    except ValueError:
        return None
    return EventText(code, params, timeline) if isinstance(params, dict) else None


class Words(Protocol):
    """How a language says the pieces of an event."""

    def translate(self, context: str, text: str) -> str: ...

    def time(self, value: datetime) -> str: ...

    def duration(self, minutes: int) -> str: ...


def chinese_duration(minutes: int) -> str:
    """Minutes as ``2天3小时``, ``1小时5分``, ``12分``, ``不足1分`` (the tickets tab's words)."""
    days, rest = divmod(max(minutes, 0), 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days}天{hours}小时"
    if hours:
        return f"{hours}小时{minutes}分"
    return f"{minutes}分" if minutes else "不足1分"


class ChineseWords:
    """The source language: what is stored as the summary and printed on documents."""

    def translate(self, context: str, text: str) -> str:
        return text

    def time(self, value: datetime) -> str:
        return value.astimezone().strftime("%Y-%m-%d %H:%M")

    def duration(self, minutes: int) -> str:
        return chinese_duration(minutes)


CHINESE = ChineseWords()
_FIELD = re.compile(r"\{(\w+)\}")


def _value(name: str, raw: Any, words: Words) -> str:
    if raw is None or raw == "":
        return ""
    if name in ENUM_PARAMS:
        enum, context = ENUM_PARAMS[name]
        try:
            member = enum(raw)
        except ValueError:
            return str(raw)
        return words.translate(context, member.label)  # type: ignore[attr-defined]
    if name in WORD_PARAMS:
        return words.translate(WORD_PARAMS[name], str(raw))
    if name in TIME_PARAMS:
        try:
            return words.time(datetime.fromisoformat(str(raw)))
        except ValueError:
            return str(raw)
    if name in DURATION_PARAMS:
        return words.duration(int(raw))
    return str(raw)


def _fill(template: str, params: Mapping[str, Any], words: Words) -> str:
    text = words.translate(CONTEXT, template) if _FIELD.sub("", template) else template
    return _FIELD.sub(lambda m: _value(m.group(1), params.get(m.group(1)), words), text)


def _present(template: str, params: Mapping[str, Any]) -> bool:
    return all(params.get(name) not in (None, "") for name in _FIELD.findall(template))


def render(text: EventText, words: Words = CHINESE) -> tuple[str, str]:
    """The event's summary and details (lines joined by new lines) in ``words``' language."""
    template = TIMELINES[text.timeline][text.code]
    summary = _fill(template.summary, text.params, words)
    lines = [_fill(line, text.params, words) for line in template.details]
    kept = [
        line for line, t in zip(lines, template.details, strict=True) if _present(t, text.params)
    ]
    return summary, "\n".join(kept)


def render_stored(
    code: str,
    params_json: str,
    summary: str,
    details: str,
    words: Words,
    timeline: str = TICKET,
) -> tuple[str, str]:
    """An event as stored, in ``words``' language: from its code, else (an event written before
    codes) from the code its Chinese text matches, else the stored text as it is."""
    text = from_stored(code, params_json, timeline) or legacy_text(summary, details, timeline)
    if text is None:
        return summary, details
    shown, shown_details = render(text, words)
    if not TIMELINES[timeline][text.code].details and details:
        shown_details = details  # free text the template does not name
    return shown, shown_details


def actor_text(actor: str, translate: Callable[[str, str], str]) -> str:
    """The actor's name; the program itself in the UI's language."""
    return translate(CONTEXT, SYSTEM_ACTOR) if actor == SYSTEM_ACTOR else actor


# --- events written before codes -------------------------------------------------------------

_TIME = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"
_DURATION = r"(?:\d+天\d+小时|\d+小时\d+分|\d+分|不足1分)"


def _labels(name: str) -> dict[str, str]:
    enum, _context = ENUM_PARAMS[name]
    return {member.label: member.value for member in enum}  # type: ignore[attr-defined]


def _pattern(template: str) -> re.Pattern[str]:
    parts = []
    position = 0
    seen: set[str] = set()
    for match in _FIELD.finditer(template):
        parts.append(re.escape(template[position : match.start()]))
        name = match.group(1)
        if name in seen:
            parts.append(f"(?P={name})")
        elif name in ENUM_PARAMS:
            labels = sorted(_labels(name), key=len, reverse=True)
            parts.append(f"(?P<{name}>{'|'.join(re.escape(label) for label in labels)})")
        elif name in TIME_PARAMS:
            parts.append(f"(?P<{name}>{_TIME})")
        elif name in DURATION_PARAMS:
            parts.append(f"(?P<{name}>{_DURATION})")
        else:
            parts.append(f"(?P<{name}>.+?)")
        seen.add(name)
        position = match.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)


def _minutes(text: str) -> int:
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if "天" in text:
        return numbers[0] * 24 * 60 + numbers[1] * 60
    if "小时" in text:
        return numbers[0] * 60 + numbers[1]
    return numbers[0] if "不足" not in text else 0


def _param(name: str, text: str) -> Any:
    if name in ENUM_PARAMS:
        return _labels(name)[text]
    if name in TIME_PARAMS:
        return datetime.strptime(text, "%Y-%m-%d %H:%M").astimezone().isoformat()
    if name in DURATION_PARAMS:
        return _minutes(text)
    return text


# Tried in this order: the more specific shapes first.
_LEGACY_ORDER = (
    "created",
    "change_registered",
    "followed_up.complaint",
    "followed_up",
    "triage.operation",
    "triage",
    "confirm.electronic",
    "confirm.paper",
    "confirm",
    "fix",
    "close.electronic",
    "close.paper",
    "correct",
    "paper_requested",
    "escalation.contact",
    "escalation",
    "acknowledged",
    "acknowledged.old_named",
    "acknowledged.old",
    "finding",
    "loaner_issued.same_kind",
    "loaner_issued.other",
    "loaner_issued",
    "loaner_returned",
    "loaner_returned.no_serial",
    "store",
    "store.old",
    "plan_followed",
    "device_linked",
    "config_restored",
    "resume",
    "step.at",
    "pause",
    "note",
    "close",
    "step",
)
_CHANGE_LEGACY_ORDER = (
    "registered.approval",
    "registered",
    "edited",
    "submitted",
    "decided.electronic",
    "decided.paper",
    "decided.written",
    "paper_requested",
    "reestimated.rerouted",
    "reestimated",
    "confirmed",
    "step",
)
_LEGACY = {
    timeline: tuple((code, _pattern(TIMELINES[timeline][code].summary)) for code in order)
    for timeline, order in ((TICKET, _LEGACY_ORDER), (CHANGE, _CHANGE_LEGACY_ORDER))
}


def legacy_text(summary: str, details: str = "", timeline: str = TICKET) -> EventText | None:
    """The code and parameters an event written before codes was made from, if its summary has
    one of the known shapes (details in the shape the code writes them, or kept as they are)."""
    for code, pattern in _LEGACY[timeline]:
        match = pattern.fullmatch(summary)
        if match is None:
            continue
        params: dict[str, Any] = {k: _param(k, v) for k, v in match.groupdict().items()}
        shapes = _SHAPE_ACTIONS if timeline == TICKET else {}
        if code in shapes and Action(params["action"]) not in shapes[code]:
            continue
        template = TIMELINES[timeline][code]
        if template.details:
            found = _legacy_details(template.details, details)
            if found is None:
                continue
            params.update(found)
        return EventText(code, params, timeline)
    return None


_SHAPE_ACTIONS = {
    "step.at": {Action.RESPOND, Action.ARRIVE, Action.RESTORE},
    "pause": {Action.PAUSE},
    "resume": {Action.RESUME},
    "close": {Action.CLOSE},
    "step": {Action.ANSWER, Action.REPORT, Action.REPLY, Action.REOPEN, Action.CLOSE},
}


def _legacy_details(lines: tuple[str, ...], details: str) -> dict[str, Any] | None:
    """The parameters of details written line by line from ``lines`` (those with an empty field
    left out); a line that is a single field takes the rest of the details."""
    if not details:
        return {}
    whole = _pattern("\n".join(lines)).fullmatch(details)
    if whole is not None:
        return {k: _param(k, v) for k, v in whole.groupdict().items()}
    found: dict[str, Any] = {}
    stored = details.split("\n")
    for line in lines:
        if not stored:
            break
        single = _FIELD.fullmatch(line)
        if single is not None:
            found[single.group(1)] = "\n".join(stored)
            stored = []
            break
        match = _pattern(line).fullmatch(stored[0])
        if match is not None:
            found.update({k: _param(k, v) for k, v in match.groupdict().items()})
            stored.pop(0)
    return None if stored else found
