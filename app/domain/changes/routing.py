"""Who approves a change request (the contract's §(七)2), and what it costs the client."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.domain.enums import LabelledEnum
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError

# "两周内的工作量" / "两周以上": two weeks are ten working days of estimated effort.
TWO_WEEKS_WORKING_DAYS = Decimal(10)
MAX_EFFORT_DAYS = Decimal(999)
EFFORT_STEP = Decimal("0.5")  # estimates in half days


class ChangeError(MarkedError, ValueError):
    """A change request the rules refuse; the message says why, in Chinese."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("changes", template, **values)


class ChangeKind(LabelledEnum):
    """The three kinds of program change the contract routes differently."""

    DEFECT = "defect"  # 缺陷处理: fixed at once after logging, no approval
    VAGUE = "vague"  # 技术协议上定义的模糊功能: department lead, in writing
    NEW = "new"  # 新增需求: by effort, department lead or company lead, in writing

    @property
    def label(self) -> str:
        return _LABELS[self]


class Approver(LabelledEnum):
    """Who must approve, in writing, before the work starts."""

    NONE = "none"
    DEPARTMENT = "department"  # 部门领导
    COMPANY = "company"  # 公司领导

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def rank(self) -> int:
        return _RANKS[self]

    @property
    def ladder_level(self) -> int | None:
        """The rung of the contract's escalation ladder that names this lead."""
        return _LADDER_LEVELS.get(self)


class ChargeBasis(LabelledEnum):
    """What the client pays for the change: nothing inside the warranty, cost price after it."""

    FREE = "free"
    COST = "cost"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS: dict[LabelledEnum, str] = {
    ChangeKind.DEFECT: QT_TRANSLATE_NOOP("enum", "缺陷处理"),
    ChangeKind.VAGUE: QT_TRANSLATE_NOOP("enum", "技术协议模糊功能"),
    ChangeKind.NEW: QT_TRANSLATE_NOOP("enum", "新增需求"),
    Approver.NONE: QT_TRANSLATE_NOOP("enum", "无需审批"),
    Approver.DEPARTMENT: QT_TRANSLATE_NOOP("enum", "部门领导"),
    Approver.COMPANY: QT_TRANSLATE_NOOP("enum", "公司领导"),
    ChargeBasis.FREE: QT_TRANSLATE_NOOP("enum", "质保期内免费"),
    ChargeBasis.COST: QT_TRANSLATE_NOOP("enum", "质保期外按成本价核算"),
}
_RANKS = {Approver.NONE: 0, Approver.DEPARTMENT: 1, Approver.COMPANY: 2}
# The ladder's rungs (售后服务部负责人, 公司领导) are the leads who approve in writing.
_LADDER_LEVELS = {Approver.DEPARTMENT: 2, Approver.COMPANY: 3}


def parse_effort(value: object) -> Decimal:
    """Estimated effort in working days: a positive number of half days up to 999."""
    try:
        effort = Decimal(str(value).strip().replace("，", ".").replace(",", "."))
    except (InvalidOperation, ValueError):
        raise ChangeError(
            QT_TRANSLATE_NOOP("changes", "“预计工作量（工作日）”应为数字，如 3 或 12.5")
        ) from None
    if not effort.is_finite() or effort <= 0 or effort > MAX_EFFORT_DAYS:
        raise ChangeError(
            QT_TRANSLATE_NOOP("changes", "“预计工作量（工作日）”应在 0.5 到 999 个工作日之间")
        )
    if effort % EFFORT_STEP:
        raise ChangeError(
            QT_TRANSLATE_NOOP("changes", "“预计工作量（工作日）”按半天估算，如 0.5、1、1.5")
        )
    return effort.quantize(EFFORT_STEP, rounding=ROUND_HALF_UP)


def approver_for(kind: ChangeKind, effort_days: Decimal) -> Approver:
    """The contract's routing: a defect needs none; a vague function of the technical agreement
    the department lead; a new requirement the department lead up to two weeks' effort (ten
    working days exactly included), the company lead above."""
    if kind is ChangeKind.DEFECT:
        return Approver.NONE
    if kind is ChangeKind.VAGUE:
        return Approver.DEPARTMENT
    return Approver.DEPARTMENT if effort_days <= TWO_WEEKS_WORKING_DAYS else Approver.COMPANY


def approval_still_holds(approved_by: Approver, required: Approver) -> bool:
    """Whether an approval given by ``approved_by`` covers a change now needing ``required``."""
    return approved_by.rank >= required.rank


def charge_basis(day: date, warranty_end: date | None) -> ChargeBasis:
    """Free on or before the warranty's last day; at cost price after it (§(七)3, §(九)2)."""
    if warranty_end is None or day <= warranty_end:
        return ChargeBasis.FREE
    return ChargeBasis.COST


def effort_text(effort: Decimal) -> str:
    """``12.5`` or ``10`` working days as printed (no trailing .0)."""
    return f"{effort.normalize():f}"
