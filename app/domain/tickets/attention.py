"""What the status bar counts among the open tickets, each count a filter of the queue."""

from __future__ import annotations

from enum import StrEnum

from app.domain.i18n import QT_TRANSLATE_NOOP


class Attention(StrEnum):
    """Open tickets that need the engineer now, for a reason the status bar counts."""

    BREACHED = "breached"  # a running clock past its target
    WARNING = "warning"  # a running clock past the warning share, none breached
    LOANER_DUE = "loaner_due"  # unrepaired hardware past the loaner mark, no loaner issued
    ESCALATED = "escalated"  # an escalation nobody has acknowledged yet

    @property
    def label(self) -> str:
        return ATTENTION_LABELS[self]


ATTENTION_LABELS = {
    Attention.BREACHED: QT_TRANSLATE_NOOP("attention", "超时"),
    Attention.WARNING: QT_TRANSLATE_NOOP("attention", "预警"),
    Attention.LOANER_DUE: QT_TRANSLATE_NOOP("attention", "备用机待提供"),
    Attention.ESCALATED: QT_TRANSLATE_NOOP("attention", "待确认上报"),
}
