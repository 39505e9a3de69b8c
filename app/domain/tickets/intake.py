"""What a new call must carry before it becomes a ticket."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from app.domain.enums import Channel, Severity, TicketClass
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tickets.step_times import FUTURE_LIMIT, step_time
from app.domain.validation import FieldError, ValidationError, clean_text, require_choice

# A call time slightly in the future is a clock skew between desk and phone, not an error; the
# same minute as for every other step.
FUTURE_TOLERANCE = FUTURE_LIMIT
MAX_TITLE = 60
DEFAULT_TITLE_CHARS = 24  # a title the queue shows whole
_SENTENCE_END = re.compile(r"[。！？；;!?\n]")

INTAKE_LABELS = {
    "requester_name": QT_TRANSLATE_NOOP("field", "提出人"),
    "requester_department": QT_TRANSLATE_NOOP("field", "部门"),
    "requester_phone": QT_TRANSLATE_NOOP("field", "联系电话"),
    "channel": QT_TRANSLATE_NOOP("field", "报修方式"),
    "place": QT_TRANSLATE_NOOP("field", "地点"),
    "system": QT_TRANSLATE_NOOP("field", "所属系统"),
    "device": QT_TRANSLATE_NOOP("field", "设备"),
    "ticket_class": QT_TRANSLATE_NOOP("field", "问题类别"),
    "severity": QT_TRANSLATE_NOOP("field", "紧急程度"),
    "title": QT_TRANSLATE_NOOP("field", "标题"),
    "description": QT_TRANSLATE_NOOP("field", "问题描述"),
    "called_at": QT_TRANSLATE_NOOP("field", "报修时间"),
}


@dataclass(frozen=True)
class NewTicket:
    """A validated call, ready to be numbered and stored."""

    requester_name: str
    requester_department: str
    requester_phone: str
    channel: Channel
    place: str
    system_code: str
    device: str
    is_hardware: bool
    ticket_class: TicketClass
    severity: Severity
    title: str
    description: str
    called_at: datetime
    device_id: int | None = None  # the register's device, when one was picked


def default_title(description: str) -> str:
    """A title from the description when none was typed: its first sentence, cut to a length the
    queue shows whole (``…`` where cut)."""
    first = _SENTENCE_END.split(description.strip(), maxsplit=1)[0].strip(" ，,：:")
    if len(first) <= DEFAULT_TITLE_CHARS:
        return first
    return first[: DEFAULT_TITLE_CHARS - 1] + "…"


def validate_new_ticket(values: Mapping[str, object], now: datetime) -> NewTicket:
    """Check a call's fields; raise ValidationError naming every bad field."""
    errors: list[FieldError] = []
    cleaned = {k: clean_text(values.get(k)) for k in INTAKE_LABELS if k != "called_at"}
    for name in ("requester_name", "place", "description"):
        if not cleaned[name]:
            errors.append(
                FieldError(
                    name, QT_TRANSLATE_NOOP("validation", "请填写“{label}”"), INTAKE_LABELS[name]
                )
            )
    for name, choices in (
        ("channel", Channel),
        ("ticket_class", TicketClass),
        ("severity", Severity),
    ):
        error = require_choice(cleaned, name, INTAKE_LABELS[name], choices)
        if error:
            errors.append(error)
    if not cleaned["system"]:
        errors.append(
            FieldError(
                "system",
                QT_TRANSLATE_NOOP("validation", "请选择“{label}”"),
                INTAKE_LABELS["system"],
            )
        )
    called_at = values.get("called_at") or now
    if isinstance(called_at, datetime):
        called_at = step_time(called_at, now)  # whole minutes, like every step
    else:
        errors.append(
            FieldError(
                "called_at",
                QT_TRANSLATE_NOOP("validation", "“{label}”不是有效的时间"),
                INTAKE_LABELS["called_at"],
            )
        )
    if isinstance(called_at, datetime) and called_at - now > FUTURE_TOLERANCE:
        errors.append(
            FieldError(
                "called_at",
                QT_TRANSLATE_NOOP("validation", "“{label}”不能晚于当前时间"),
                INTAKE_LABELS["called_at"],
            )
        )
    if errors:
        raise ValidationError(errors)
    assert isinstance(called_at, datetime)
    title = cleaned["title"] or default_title(cleaned["description"])
    device_id = values.get("device_id")
    if isinstance(device_id, bool) or not isinstance(device_id, int) or device_id <= 0:
        device_id = None  # only a register id names a device (True is an int, but no id)
    return NewTicket(
        requester_name=cleaned["requester_name"],
        requester_department=cleaned["requester_department"],
        requester_phone=cleaned["requester_phone"],
        channel=Channel(cleaned["channel"]),
        place=cleaned["place"],
        system_code=cleaned["system"],
        device=cleaned["device"],
        is_hardware=bool(values.get("is_hardware")),
        ticket_class=TicketClass(cleaned["ticket_class"]),
        severity=Severity(cleaned["severity"]),
        title=title[:MAX_TITLE],
        description=cleaned["description"],
        called_at=called_at,
        device_id=device_id,
    )
