"""The typed SQLAlchemy models, one module per capability on one Base; imported whole for Alembic.

Every table is either followed by the audit trail (``AUDITED_MODELS``, with its Chinese name;
``app.db.audit`` registers them) or named in ``UNAUDITED_TABLES`` with the reason; a test fails
for a table that is neither.
"""

from __future__ import annotations

from app.db.models.accounts import Account, SecuritySetting
from app.db.models.audit import AuditChange, AuditHead, AuditRecord, AuditSchema  # noqa: F401
from app.db.models.base import Base, Timestamped  # noqa: F401
from app.db.models.changes import ChangeEvent, ChangeRequest, ChangeRequestDevice
from app.db.models.contract import Contract, EscalationContact
from app.db.models.devices import (  # noqa: F401
    Attachment,
    AttachmentData,
    ConfigSnapshot,
    Device,
    DeviceEvent,
    DeviceLink,
    MaintenanceDocument,
    Upgrade,
    UpgradeDevice,
)
from app.db.models.documents import Document, DocumentCopy, NumberSequence  # noqa: F401
from app.db.models.handover import Handover
from app.db.models.housekeeping import DatabaseBackup, DataGeneration, Setting  # noqa: F401
from app.db.models.inspections import (
    BackupPolicy,
    BackupRecord,
    ChecklistLine,  # noqa: F401
    InspectionRun,
    InspectionRunItem,
    InspectionTemplate,
    InspectionTemplateItem,
)
from app.db.models.plans import (
    EmergencyPlan,
    EmergencyPlanRevision,
    IncidentReport,
    KnowledgeArticle,
    KnowledgeArticleTicket,
)
from app.db.models.reference import MaintainedSystem, Place, Requester
from app.db.models.reports import FollowUp, ImprovementAdvice
from app.db.models.signoffs import SignOff
from app.db.models.store import Loan, Part, PartSerial, StockMovement, Stocktake, StocktakeLine
from app.db.models.tickets import Escalation, Ticket, TicketEvent, TicketPause
from app.db.models.training import Drill, DrillStep, Training, TrainingAttendee
from app.domain.i18n import QT_TRANSLATE_NOOP

AUDITED_MODELS: tuple[tuple[type[Base], str], ...] = (
    (Account, QT_TRANSLATE_NOOP("table", "账户")),
    (SecuritySetting, QT_TRANSLATE_NOOP("table", "安全设置")),
    (Contract, QT_TRANSLATE_NOOP("table", "合同")),
    (EscalationContact, QT_TRANSLATE_NOOP("table", "上报联系人")),
    (MaintainedSystem, QT_TRANSLATE_NOOP("table", "维护系统")),
    (Place, QT_TRANSLATE_NOOP("table", "地点")),
    (Requester, QT_TRANSLATE_NOOP("table", "报修人")),
    (Ticket, QT_TRANSLATE_NOOP("table", "工单")),
    (TicketPause, QT_TRANSLATE_NOOP("table", "工单暂停")),
    (TicketEvent, QT_TRANSLATE_NOOP("table", "工单时间线")),
    (Escalation, QT_TRANSLATE_NOOP("table", "逐级上报")),
    (SignOff, QT_TRANSLATE_NOOP("table", "签字确认")),
    (Document, QT_TRANSLATE_NOOP("table", "文档登记")),
    (DocumentCopy, QT_TRANSLATE_NOOP("table", "文档打印份数")),
    (Handover, QT_TRANSLATE_NOOP("table", "交接班记录")),
    (DatabaseBackup, QT_TRANSLATE_NOOP("table", "数据库备份")),
    (InspectionTemplate, QT_TRANSLATE_NOOP("table", "巡检表")),
    (InspectionTemplateItem, QT_TRANSLATE_NOOP("table", "巡检表检查项")),
    (InspectionRun, QT_TRANSLATE_NOOP("table", "巡检记录")),
    (InspectionRunItem, QT_TRANSLATE_NOOP("table", "巡检项结果")),
    (BackupPolicy, QT_TRANSLATE_NOOP("table", "备份策略")),
    (BackupRecord, QT_TRANSLATE_NOOP("table", "备份记录")),
    (EmergencyPlan, QT_TRANSLATE_NOOP("table", "应急预案")),
    (EmergencyPlanRevision, QT_TRANSLATE_NOOP("table", "预案修订")),
    (KnowledgeArticle, QT_TRANSLATE_NOOP("table", "知识库条目")),
    (KnowledgeArticleTicket, QT_TRANSLATE_NOOP("table", "知识库关联工单")),
    (IncidentReport, QT_TRANSLATE_NOOP("table", "问题汇报")),
    (Part, QT_TRANSLATE_NOOP("table", "备件")),
    (PartSerial, QT_TRANSLATE_NOOP("table", "备件序列号")),
    (StockMovement, QT_TRANSLATE_NOOP("table", "出入库")),
    (Stocktake, QT_TRANSLATE_NOOP("table", "盘点")),
    (StocktakeLine, QT_TRANSLATE_NOOP("table", "盘点明细")),
    (Loan, QT_TRANSLATE_NOOP("table", "借用")),
    (Device, QT_TRANSLATE_NOOP("table", "设备")),
    (DeviceLink, QT_TRANSLATE_NOOP("table", "设备关联")),
    (DeviceEvent, QT_TRANSLATE_NOOP("table", "设备变更记录")),
    (ConfigSnapshot, QT_TRANSLATE_NOOP("table", "配置快照")),
    (Attachment, QT_TRANSLATE_NOOP("table", "附件")),
    (Upgrade, QT_TRANSLATE_NOOP("table", "升级记录")),
    (UpgradeDevice, QT_TRANSLATE_NOOP("table", "升级设备")),
    (MaintenanceDocument, QT_TRANSLATE_NOOP("table", "维护资料")),
    (Training, QT_TRANSLATE_NOOP("table", "培训")),
    (TrainingAttendee, QT_TRANSLATE_NOOP("table", "培训签到")),
    (Drill, QT_TRANSLATE_NOOP("table", "应急演练")),
    (DrillStep, QT_TRANSLATE_NOOP("table", "演练过程")),
    (ChangeRequest, QT_TRANSLATE_NOOP("table", "需求变更")),
    (ChangeRequestDevice, QT_TRANSLATE_NOOP("table", "变更涉及设备")),
    (ChangeEvent, QT_TRANSLATE_NOOP("table", "变更记录")),
    (FollowUp, QT_TRANSLATE_NOOP("table", "回访")),
    (ImprovementAdvice, QT_TRANSLATE_NOOP("table", "改进建议")),
)

# Tables the trail does not follow, and why.
UNAUDITED_TABLES: dict[str, str] = {
    "audit_record": "the trail itself (hash-chained)",
    "audit_change": "the trail itself (covered by its record's hash)",
    "audit_schema": "column lists; a changed list no longer matches the digests it served",
    "audit_head": "the chain's head, checked against the last record",
    "number_sequence": "counters; a number handed out twice is refused by the unique numbers",
    "data_generation": "a change counter for the backup schedule, bumped by every write",
    "setting": "keyed by name, not id: each change is written out in its audit record's detail",
    "attachment_data": "file contents: checked against the SHA-256 kept in the audited attachment",
}

MASKED_COLUMNS: dict[type[Base], tuple[str, ...]] = {Account: ("password_hash",)}
# Recomputed from the other columns on every change (sort keys, search text): left out.
DERIVED_COLUMNS: dict[type[Base], tuple[str, ...]] = {
    Ticket: ("response_due_at", "arrival_due_at", "fix_due_at", "search_text"),
}
