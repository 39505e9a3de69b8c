"""The contract's vocabularies: ticket class, severity, channel, status, and their Chinese labels."""

from __future__ import annotations

from enum import StrEnum

from app.domain.i18n import QT_TRANSLATE_NOOP as _N

ENUM_CONTEXT = "enum"


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Chinese label (translated by the GUI)."""

    @property
    def label(self) -> str:
        return _LABELS[self]


class TicketClass(LabelledEnum):
    CONSULTATION = "consultation"
    DEFECT = "defect"


class Severity(LabelledEnum):
    GENERAL = "general"
    MAJOR = "major"
    EMERGENCY = "emergency"


class Channel(LabelledEnum):
    PHONE = "phone"
    FAX = "fax"
    REMOTE = "remote"
    ONSITE = "onsite"
    CHAT = "chat"
    EMAIL = "email"


class TicketStatus(LabelledEnum):
    SUBMITTED = "submitted"
    ANALYSED = "analysed"
    CONFIRMED = "confirmed"
    FIXED = "fixed"
    REPORTED = "reported"
    REPLIED = "replied"
    CLOSED = "closed"


class TriageResult(LabelledEnum):
    TECHNICAL = "technical"
    BUSINESS = "business"
    OPERATION = "operation"


class MaintenanceType(LabelledEnum):
    CORRECTIVE = "corrective"
    ADAPTIVE = "adaptive"
    PERFECTIVE = "perfective"
    PREVENTIVE = "preventive"
    SUPPORTIVE = "supportive"


class Liability(LabelledEnum):
    CONTRACTOR = "contractor"
    CLIENT = "client"


class ClockKind(LabelledEnum):
    RESPONSE = "response"
    ARRIVAL = "arrival"
    FIX = "fix"


class ClockState(LabelledEnum):
    MET = "met"
    RUNNING = "running"
    WARNING = "warning"
    BREACHED = "breached"
    PAUSED = "paused"
    NOT_APPLICABLE = "not_applicable"


_LABELS: dict[LabelledEnum, str] = {
    TicketClass.CONSULTATION: _N("enum", "咨询类"),
    TicketClass.DEFECT: _N("enum", "系统缺陷类"),
    Severity.GENERAL: _N("enum", "一般"),
    Severity.MAJOR: _N("enum", "重大"),
    Severity.EMERGENCY: _N("enum", "紧急"),
    Channel.PHONE: _N("enum", "电话"),
    Channel.FAX: _N("enum", "传真"),
    Channel.REMOTE: _N("enum", "远程"),
    Channel.ONSITE: _N("enum", "现场"),
    Channel.CHAT: _N("enum", "在线咨询"),
    Channel.EMAIL: _N("enum", "电子邮件"),
    TicketStatus.SUBMITTED: _N("enum", "已提交"),
    TicketStatus.ANALYSED: _N("enum", "已分析"),
    TicketStatus.CONFIRMED: _N("enum", "已确认"),
    TicketStatus.FIXED: _N("enum", "已修复"),
    TicketStatus.REPORTED: _N("enum", "已上报"),
    TicketStatus.REPLIED: _N("enum", "已回复"),
    TicketStatus.CLOSED: _N("enum", "已关闭"),
    TriageResult.TECHNICAL: _N("enum", "技术问题"),
    TriageResult.BUSINESS: _N("enum", "业务问题"),
    TriageResult.OPERATION: _N("enum", "操作问题"),
    MaintenanceType.CORRECTIVE: _N("enum", "改正性维护"),
    MaintenanceType.ADAPTIVE: _N("enum", "适应性维护"),
    MaintenanceType.PERFECTIVE: _N("enum", "完善性维护"),
    MaintenanceType.PREVENTIVE: _N("enum", "预防性维护"),
    MaintenanceType.SUPPORTIVE: _N("enum", "支援性维护"),
    Liability.CONTRACTOR: _N("enum", "承包人原因（我方承担）"),
    Liability.CLIENT: _N("enum", "发包人原因（甲方承担）"),
    ClockKind.RESPONSE: _N("enum", "响应"),
    ClockKind.ARRIVAL: _N("enum", "到场"),
    ClockKind.FIX: _N("enum", "修复"),
    ClockState.MET: _N("enum", "达标"),
    ClockState.RUNNING: _N("enum", "计时中"),
    ClockState.WARNING: _N("enum", "预警"),
    ClockState.BREACHED: _N("enum", "超时"),
    ClockState.PAUSED: _N("enum", "已暂停"),
    ClockState.NOT_APPLICABLE: _N("enum", "不适用"),
}
