"""The contract's vocabularies (tickets, inspections, backups) and their Chinese labels."""

from __future__ import annotations

from enum import StrEnum

from app.domain.i18n import QT_TRANSLATE_NOOP

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
    """How a ticket came in: a call (the first six) or found by the engineer (the last three)."""

    PHONE = "phone"
    FAX = "fax"
    REMOTE = "remote"
    ONSITE = "onsite"  # walk-up: someone came to the engineer on site
    CHAT = "chat"
    EMAIL = "email"
    INSPECTION = "inspection"
    DISCOVERY = "discovery"
    MONITORING = "monitoring"

    @property
    def found(self) -> bool:
        """Found by the engineer: response and arrival are met at the moment of logging."""
        return self in FOUND_CHANNELS


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
    """Who answers for a defect, decided with the supervisor (the contract names the first two)."""

    CONTRACTOR = "contractor"
    CLIENT = "client"
    THIRD_PARTY = "third_party"  # e.g. another contractor cut a cable
    FORCE_MAJEURE = "force_majeure"  # lightning, flood, a power cut outside the site


class ContactMethod(LabelledEnum):
    """How the engineer reached the person an escalation named."""

    PHONE = "phone"
    IN_PERSON = "in_person"
    SMS = "sms"
    INTERCOM = "intercom"


class Warranty(LabelledEnum):
    IN = "in"
    OUT = "out"


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
    SELF_FOUND = "self_found"  # response and arrival of a problem the engineer found


class Frequency(LabelledEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


class Dimension(LabelledEnum):
    DATA_INTEGRITY = "data_integrity"
    RUN_STATUS = "run_status"
    FUNCTION = "function"
    USABILITY = "usability"
    SECURITY = "security"


class AnswerKind(LabelledEnum):
    PASS_FAIL = "pass_fail"
    NUMBER = "number"
    TEXT = "text"


class ItemResult(LabelledEnum):
    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "not_applicable"


class BackupKind(LabelledEnum):
    INCREMENTAL = "incremental"
    FULL = "full"


class DueState(LabelledEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    DUE_THIS_WEEK = "due_this_week"
    DUE_LATER = "due_later"
    DONE = "done"


FOUND_CHANNELS = frozenset({Channel.INSPECTION, Channel.DISCOVERY, Channel.MONITORING})

_LABELS: dict[LabelledEnum, str] = {
    TicketClass.CONSULTATION: QT_TRANSLATE_NOOP("enum", "咨询类"),
    TicketClass.DEFECT: QT_TRANSLATE_NOOP("enum", "系统缺陷类"),
    Severity.GENERAL: QT_TRANSLATE_NOOP("enum", "一般"),
    Severity.MAJOR: QT_TRANSLATE_NOOP("enum", "重大"),
    Severity.EMERGENCY: QT_TRANSLATE_NOOP("enum", "紧急"),
    Channel.PHONE: QT_TRANSLATE_NOOP("enum", "电话"),
    Channel.FAX: QT_TRANSLATE_NOOP("enum", "传真"),
    Channel.REMOTE: QT_TRANSLATE_NOOP("enum", "远程"),
    Channel.ONSITE: QT_TRANSLATE_NOOP("enum", "现场"),
    Channel.CHAT: QT_TRANSLATE_NOOP("enum", "在线咨询"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("enum", "电子邮件"),
    Channel.INSPECTION: QT_TRANSLATE_NOOP("enum", "巡检发现"),
    Channel.DISCOVERY: QT_TRANSLATE_NOOP("enum", "现场发现"),
    Channel.MONITORING: QT_TRANSLATE_NOOP("enum", "监控告警"),
    TicketStatus.SUBMITTED: QT_TRANSLATE_NOOP("enum", "已提交"),
    TicketStatus.ANALYSED: QT_TRANSLATE_NOOP("enum", "已分析"),
    TicketStatus.CONFIRMED: QT_TRANSLATE_NOOP("enum", "已确认"),
    TicketStatus.FIXED: QT_TRANSLATE_NOOP("enum", "已修复"),
    TicketStatus.REPORTED: QT_TRANSLATE_NOOP("enum", "已上报"),
    TicketStatus.REPLIED: QT_TRANSLATE_NOOP("enum", "已回复"),
    TicketStatus.CLOSED: QT_TRANSLATE_NOOP("enum", "已关闭"),
    TriageResult.TECHNICAL: QT_TRANSLATE_NOOP("enum", "技术问题"),
    TriageResult.BUSINESS: QT_TRANSLATE_NOOP("enum", "业务问题"),
    TriageResult.OPERATION: QT_TRANSLATE_NOOP("enum", "操作问题"),
    MaintenanceType.CORRECTIVE: QT_TRANSLATE_NOOP("enum", "改正性维护"),
    MaintenanceType.ADAPTIVE: QT_TRANSLATE_NOOP("enum", "适应性维护"),
    MaintenanceType.PERFECTIVE: QT_TRANSLATE_NOOP("enum", "完善性维护"),
    MaintenanceType.PREVENTIVE: QT_TRANSLATE_NOOP("enum", "预防性维护"),
    MaintenanceType.SUPPORTIVE: QT_TRANSLATE_NOOP("enum", "支援性维护"),
    Liability.CONTRACTOR: QT_TRANSLATE_NOOP("enum", "承包人原因（我方承担）"),
    Liability.CLIENT: QT_TRANSLATE_NOOP("enum", "发包人原因（甲方承担）"),
    Liability.THIRD_PARTY: QT_TRANSLATE_NOOP("enum", "第三方原因（第三方承担）"),
    Liability.FORCE_MAJEURE: QT_TRANSLATE_NOOP("enum", "不可抗力（各自承担）"),
    ContactMethod.PHONE: QT_TRANSLATE_NOOP("enum", "电话"),
    ContactMethod.IN_PERSON: QT_TRANSLATE_NOOP("enum", "当面"),
    ContactMethod.SMS: QT_TRANSLATE_NOOP("enum", "短信"),
    ContactMethod.INTERCOM: QT_TRANSLATE_NOOP("enum", "对讲"),
    Warranty.IN: QT_TRANSLATE_NOOP("enum", "保内"),
    Warranty.OUT: QT_TRANSLATE_NOOP("enum", "保外"),
    ClockKind.RESPONSE: QT_TRANSLATE_NOOP("enum", "响应"),
    ClockKind.ARRIVAL: QT_TRANSLATE_NOOP("enum", "到场"),
    ClockKind.FIX: QT_TRANSLATE_NOOP("enum", "修复"),
    ClockState.MET: QT_TRANSLATE_NOOP("enum", "达标"),
    ClockState.RUNNING: QT_TRANSLATE_NOOP("enum", "计时中"),
    ClockState.WARNING: QT_TRANSLATE_NOOP("enum", "预警"),
    ClockState.BREACHED: QT_TRANSLATE_NOOP("enum", "超时"),
    ClockState.PAUSED: QT_TRANSLATE_NOOP("enum", "已暂停"),
    ClockState.NOT_APPLICABLE: QT_TRANSLATE_NOOP("enum", "不适用"),
    ClockState.SELF_FOUND: QT_TRANSLATE_NOOP("enum", "自行发现"),
    Frequency.DAILY: QT_TRANSLATE_NOOP("enum", "每日"),
    Frequency.WEEKLY: QT_TRANSLATE_NOOP("enum", "每周"),
    Frequency.MONTHLY: QT_TRANSLATE_NOOP("enum", "每月"),
    Frequency.QUARTERLY: QT_TRANSLATE_NOOP("enum", "每季度"),
    Dimension.DATA_INTEGRITY: QT_TRANSLATE_NOOP("enum", "数据完整性检查"),
    Dimension.RUN_STATUS: QT_TRANSLATE_NOOP("enum", "运行状态检查"),
    Dimension.FUNCTION: QT_TRANSLATE_NOOP("enum", "功能检查"),
    Dimension.USABILITY: QT_TRANSLATE_NOOP("enum", "可用性检查"),
    Dimension.SECURITY: QT_TRANSLATE_NOOP("enum", "安全性检查"),
    AnswerKind.PASS_FAIL: QT_TRANSLATE_NOOP("enum", "合格/不合格"),
    AnswerKind.NUMBER: QT_TRANSLATE_NOOP("enum", "测量数值"),
    AnswerKind.TEXT: QT_TRANSLATE_NOOP("enum", "文字记录"),
    ItemResult.PASS: QT_TRANSLATE_NOOP("enum", "合格"),
    ItemResult.FAIL: QT_TRANSLATE_NOOP("enum", "不合格"),
    ItemResult.NOT_APPLICABLE: QT_TRANSLATE_NOOP("enum", "不适用"),
    BackupKind.INCREMENTAL: QT_TRANSLATE_NOOP("enum", "增量备份"),
    BackupKind.FULL: QT_TRANSLATE_NOOP("enum", "全备份"),
    DueState.OVERDUE: QT_TRANSLATE_NOOP("enum", "已逾期"),
    DueState.DUE_TODAY: QT_TRANSLATE_NOOP("enum", "今日到期"),
    DueState.DUE_THIS_WEEK: QT_TRANSLATE_NOOP("enum", "本周到期"),
    DueState.DUE_LATER: QT_TRANSLATE_NOOP("enum", "本期未做"),
    DueState.DONE: QT_TRANSLATE_NOOP("enum", "本期已完成"),
}
