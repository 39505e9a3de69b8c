"""Every kind of audited action: its code, its Chinese name and the permission it needs."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.accounts.roles import Permission
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tickets.workflow import ACTION_LABELS, Action

AUDIT_CONTEXT = "audit"


@dataclass(frozen=True)
class ActionKind:
    """One kind of audited action."""

    code: str
    context: str  # the translation context of ``label``
    label: str
    permission: Permission


ACTIONS: dict[str, ActionKind] = {}


def _kind(code: str, label: str, permission: Permission, context: str = AUDIT_CONTEXT) -> str:
    ACTIONS[code] = ActionKind(code, context, label, permission)
    return code


def kind_of(code: str) -> ActionKind:
    """The kind of an action code; an unknown code (from a newer program) keeps its code."""
    return ACTIONS.get(code) or ActionKind(code, AUDIT_CONTEXT, code, Permission.SYSTEM)


_W, _S, _A = Permission.WORK, Permission.SYSTEM, Permission.ADMINISTER

# The program itself and people logging in.
SETUP = _kind("setup", QT_TRANSLATE_NOOP("audit", "首次启动设置"), _S)
INIT = _kind("init", QT_TRANSLATE_NOOP("audit", "命令行初始化数据库"), _S)
MIGRATION = _kind("migration", QT_TRANSLATE_NOOP("audit", "数据库结构升级（基线）"), _S)
DEMO = _kind("demo", QT_TRANSLATE_NOOP("audit", "生成演示数据"), _S)
SEED = _kind("seed", QT_TRANSLATE_NOOP("audit", "载入内置巡检表和预案"), _S)
ESCALATION_SWEEP = _kind("escalation.sweep", QT_TRANSLATE_NOOP("audit", "记录逐级上报"), _S)
LOGIN = _kind("login", QT_TRANSLATE_NOOP("audit", "登录"), _S)
LOGIN_FAILED = _kind("login.failed", QT_TRANSLATE_NOOP("audit", "登录失败"), _S)
LOCKED_OUT = _kind("login.locked", QT_TRANSLATE_NOOP("audit", "账户锁定"), _S)
LOGOUT = _kind("logout", QT_TRANSLATE_NOOP("audit", "注销"), _S)
SCREEN_LOCK = _kind("screen.lock", QT_TRANSLATE_NOOP("audit", "无操作自动锁定"), _S)
SCREEN_UNLOCK = _kind("screen.unlock", QT_TRANSLATE_NOOP("audit", "解除锁定"), _S)
SIGN_AUTH = _kind("signoff.auth", QT_TRANSLATE_NOOP("audit", "签字人身份认证"), _S)
SIGN_FAILED = _kind("signoff.failed", QT_TRANSLATE_NOOP("audit", "签字认证失败"), _S)
PERMISSION_REFUSED = _kind("refused", QT_TRANSLATE_NOOP("audit", "无权操作被拒绝"), _S)

# One's own account.
PASSWORD_CHANGE = _kind("account.password", QT_TRANSLATE_NOOP("audit", "修改密码"), Permission.SELF)

# Administration.
ACCOUNT_CREATE = _kind("account.create", QT_TRANSLATE_NOOP("audit", "新增账户"), _A)
ACCOUNT_UPDATE = _kind("account.update", QT_TRANSLATE_NOOP("audit", "修改账户姓名或角色"), _A)
ACCOUNT_DEACTIVATE = _kind("account.deactivate", QT_TRANSLATE_NOOP("audit", "停用账户"), _A)
ACCOUNT_ACTIVATE = _kind("account.activate", QT_TRANSLATE_NOOP("audit", "重新启用账户"), _A)
ACCOUNT_RESET = _kind("account.reset", QT_TRANSLATE_NOOP("audit", "重置密码"), _A)
ACCOUNT_UNLOCK = _kind("account.unlock", QT_TRANSLATE_NOOP("audit", "解除账户锁定"), _A)
SECURITY_SETTINGS = _kind("settings.security", QT_TRANSLATE_NOOP("audit", "修改安全设置"), _A)
CONTRACT_SAVE = _kind("contract.save", QT_TRANSLATE_NOOP("audit", "修改合同设置"), _A)

# The audit trail itself.
AUDIT_RETENTION = _kind(
    "settings.retention", QT_TRANSLATE_NOOP("audit", "修改审计记录保留期限"), Permission.AUDIT
)
AUDIT_VIEW = _kind("audit.view", QT_TRANSLATE_NOOP("audit", "查看审计记录"), Permission.AUDIT)
AUDIT_EXPORT = _kind("audit.export", QT_TRANSLATE_NOOP("audit", "导出审计记录"), Permission.AUDIT)

# Tickets: one kind per workflow step, named as the step.
TICKET_CREATE = _kind("ticket.create", QT_TRANSLATE_NOOP("audit", "登记报修"), _W)
TICKET_STEPS = {
    action: _kind(f"ticket.{action.value}", ACTION_LABELS[action], _W, context="action")
    for action in Action
}
SIGNOFF_REQUEST = _kind("signoff.paper", QT_TRANSLATE_NOOP("audit", "待纸质签字（打印签字单）"), _W)
SIGNOFF_PAPER_DONE = _kind(
    "signoff.filed", QT_TRANSLATE_NOOP("audit", "纸质签字件归档，步骤完成"), _W
)
ESCALATION_ACK = _kind("escalation.ack", QT_TRANSLATE_NOOP("audit", "确认已联系上报人"), _W)
PLAN_FOLLOWED = _kind("plan.followed", QT_TRANSLATE_NOOP("audit", "按应急预案处置"), _W)
INCIDENT_SAVE = _kind("incident.save", QT_TRANSLATE_NOOP("audit", "保存问题汇报"), _W)

# Documents and exports.
HANDOVER_ACCEPT = _kind("handover.accept", QT_TRANSLATE_NOOP("audit", "确认接班"), _W)
DATABASE_BACKUP = _kind("database.backup", QT_TRANSLATE_NOOP("audit", "备份数据库"), _W)
# Recorded in the restored database once the restore checked who asked for it (the program's own
# action for a restore before login).
DATABASE_RESTORE = _kind("database.restore", QT_TRANSLATE_NOOP("audit", "从备份恢复数据库"), _S)
BACKUP_SETTINGS = _kind("settings.backup", QT_TRANSLATE_NOOP("audit", "修改数据备份设置"), _W)
DOCUMENT_PRINT = _kind("document.print", QT_TRANSLATE_NOOP("audit", "打印文档"), _W)
DOCUMENT_COPY = _kind("document.copy", QT_TRANSLATE_NOOP("audit", "打印或另存文档副本"), _W)
DOCUMENT_VOID = _kind("document.void", QT_TRANSLATE_NOOP("audit", "撤回未生成文件的文档登记"), _W)
DOCUMENT_FILED = _kind("document.filed", QT_TRANSLATE_NOOP("audit", "登记签字件归档"), _W)
EXPORT = _kind("export", QT_TRANSLATE_NOOP("audit", "导出台账"), Permission.READ)

# Inspections and backups.
RUN_SAVE = _kind("inspection.run", QT_TRANSLATE_NOOP("audit", "保存巡检记录"), _W)
RUN_CORRECT = _kind("inspection.correct", QT_TRANSLATE_NOOP("audit", "更正巡检记录"), _W)
FINDING_TICKET = _kind(
    "inspection.finding", QT_TRANSLATE_NOOP("audit", "巡检不合格项开缺陷工单"), _W
)
TEMPLATE_SAVE = _kind("inspection.template", QT_TRANSLATE_NOOP("audit", "保存巡检表"), _W)
TEMPLATE_ACTIVE = _kind(
    "inspection.template_active", QT_TRANSLATE_NOOP("audit", "启用或停用巡检表"), _W
)
BACKUP_POLICY = _kind("backup.policy", QT_TRANSLATE_NOOP("audit", "修改备份策略"), _W)
BACKUP_RECORD = _kind("backup.record", QT_TRANSLATE_NOOP("audit", "登记备份"), _W)
BACKUP_VERIFY = _kind("backup.verify", QT_TRANSLATE_NOOP("audit", "记录恢复测试"), _W)

# The spare-parts store.
PART_SAVE = _kind("store.part", QT_TRANSLATE_NOOP("audit", "保存备件"), _W)
STOCK_MOVE = _kind("store.move", QT_TRANSLATE_NOOP("audit", "出入库"), _W)
LOAN_ISSUE = _kind("store.loan", QT_TRANSLATE_NOOP("audit", "借出"), _W)
LOAN_RETURN = _kind("store.return", QT_TRANSLATE_NOOP("audit", "归还"), _W)
STOCKTAKE_POST = _kind("store.stocktake", QT_TRANSLATE_NOOP("audit", "盘点过账"), _W)
PARTS_IMPORT = _kind("store.import", QT_TRANSLATE_NOOP("audit", "导入备件目录"), _W)

# Plans and the knowledge base.
PLAN_SAVE = _kind("plan.save", QT_TRANSLATE_NOOP("audit", "保存应急预案"), _W)
ARTICLE_SAVE = _kind("knowledge.save", QT_TRANSLATE_NOOP("audit", "保存知识库条目"), _W)

# Devices, configuration, maintenance documents, training and drills.
DEVICE_CREATE = _kind("device.create", QT_TRANSLATE_NOOP("audit", "登记设备"), _W)
DEVICE_UPDATE = _kind("device.update", QT_TRANSLATE_NOOP("audit", "修改设备"), _W)
DEVICE_STATUS = _kind("device.status", QT_TRANSLATE_NOOP("audit", "设备状态变更"), _W)
DEVICE_IMPORT = _kind("device.import", QT_TRANSLATE_NOOP("audit", "导入设备台账"), _W)
DEVICE_LINK = _kind("device.link", QT_TRANSLATE_NOOP("audit", "设备关联"), _W)
TICKET_DEVICE = _kind("ticket.device", QT_TRANSLATE_NOOP("audit", "工单关联设备"), _W)
SNAPSHOT_SAVE = _kind("device.snapshot", QT_TRANSLATE_NOOP("audit", "保存配置快照"), _W)
CONFIG_RESTORE = _kind("device.restore", QT_TRANSLATE_NOOP("audit", "按快照恢复配置"), _W)
UPGRADE_SAVE = _kind("device.upgrade", QT_TRANSLATE_NOOP("audit", "登记升级"), _W)
MAINTENANCE_DOCUMENT = _kind("device.document", QT_TRANSLATE_NOOP("audit", "登记维护资料"), _W)
TRAINING_SAVE = _kind("training.save", QT_TRANSLATE_NOOP("audit", "保存培训记录"), _W)
DRILL_SAVE = _kind("drill.save", QT_TRANSLATE_NOOP("audit", "保存应急演练记录"), _W)

# Change requests, follow-up visits and the monthly report.
CHANGE_SAVE = _kind("change.save", QT_TRANSLATE_NOOP("audit", "登记或修改需求变更"), _W)
CHANGE_STEP = _kind("change.step", QT_TRANSLATE_NOOP("audit", "需求变更步骤"), _W)
CHANGE_APPROVE = _kind("change.approve", QT_TRANSLATE_NOOP("audit", "需求变更审批"), _W)
FOLLOW_UP_SAVE = _kind("followup.save", QT_TRANSLATE_NOOP("audit", "登记回访"), _W)
COMPLAINT_CLOSE = _kind("followup.complaint", QT_TRANSLATE_NOOP("audit", "处理不满意投诉"), _W)
ADVICE_SAVE = _kind("advice.save", QT_TRANSLATE_NOOP("audit", "保存改进建议"), _W)
FOLLOW_UP_SETTINGS = _kind("settings.followup", QT_TRANSLATE_NOOP("audit", "修改回访期限"), _W)
