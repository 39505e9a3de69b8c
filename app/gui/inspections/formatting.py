"""How the 巡检 tab shows due states, results, numbers and checklist lines (text and colours)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.domain.enums import DueState, Frequency, ItemResult, LabelledEnum
from app.domain.inspections.checklist import number_text
from app.domain.inspections.periods import DueStatus, Period
from app.domain.validation import FieldError
from app.gui.i18n import tr_domain, tr_field_error
from app.gui.tickets.formatting import DASH, local_text

# (background, text) per due state: overdue red, due today amber, this week pale yellow.
DUE_COLOURS: dict[DueState, tuple[str, str]] = {
    DueState.OVERDUE: ("#d93a3a", "#ffffff"),
    DueState.DUE_TODAY: ("#ffd978", "#5a3d00"),
    DueState.DUE_THIS_WEEK: ("#fff4cc", "#5a3d00"),
    DueState.DONE: ("#dcefd9", "#1e5b23"),
}
RESULT_COLOURS: dict[ItemResult, tuple[str, str]] = {
    ItemResult.PASS: ("#dcefd9", "#1e5b23"),
    ItemResult.FAIL: ("#d93a3a", "#ffffff"),
    ItemResult.NOT_APPLICABLE: ("#e6e6e6", "#4a4a4a"),
}
FAILED_ROW = ("#fbe3e3", "#8c1d1d")  # a failed line in a list: soft red, dark red text
# How the domain names a checklist line in its messages: 第3项「UPS输出电压」 (or 第3项).
ROW_LABEL = re.compile(r"^第(\d+)项(?:「(.*)」)?$", re.S)


def error_text(error: FieldError) -> str:
    """A validation message in the UI's language, a checklist line named in it too."""
    found = ROW_LABEL.match(error.label)
    if found is None:
        return tr_field_error(error.template, error.label, error.values)
    position, check = found.group(1), found.group(2)
    if check is None:
        row = QCoreApplication.translate("InspectionFormat", "第{0}项").format(position)
    else:
        row = QCoreApplication.translate("InspectionFormat", "第{0}项「{1}」").format(
            position, check
        )
    return tr_domain("validation", error.template).format(label=row)


def enum_text(value: LabelledEnum | None) -> str:
    """An enum's label in the UI's language; a dash for None."""
    return tr_domain("enum", value.label) if value is not None else DASH


def chip_style(colours: tuple[str, str] | None) -> str:
    """A style sheet for a small coloured label."""
    if colours is None:
        return "padding: 2px 6px; border: 1px solid #c8c8c8; border-radius: 3px;"
    return f"padding: 2px 6px; border-radius: 3px; background: {colours[0]}; color: {colours[1]};"


def due_text(status: DueStatus) -> str:
    """The state, with the periods missed: ``已逾期（漏检 2 期）``."""
    return missed_text(enum_text(status.state), status.missed)


def missed_text(state: str, missed: int) -> str:
    """A due state's text with the periods missed, if any."""
    if not missed:
        return state
    return QCoreApplication.translate("InspectionFormat", "{0}（漏检 {1} 期）").format(
        state, missed
    )


def period_text(period: Period) -> str:
    """A period in the UI's language (``Period.label`` is the Chinese printed on paper)."""
    start = period.start
    if period.frequency is Frequency.DAILY:
        return start.isoformat()
    if period.frequency is Frequency.WEEKLY:
        year, week, _ = start.isocalendar()
        text = QCoreApplication.translate("InspectionFormat", "{0}年第{1}周")
        return text.format(year, week)
    if period.frequency is Frequency.MONTHLY:
        return QCoreApplication.translate("InspectionFormat", "{0}年{1}月").format(
            start.year, start.month
        )
    quarter = (start.month - 1) // 3 + 1
    return QCoreApplication.translate("InspectionFormat", "{0}年第{1}季度").format(
        start.year, quarter
    )


def due_date_text(status: DueStatus) -> str:
    """The day it was due; for an overdue task the end of the first period missed (not this
    one's), said as such so that it does not contradict 本期: ``2026-12-01 起逾期``."""
    return (
        overdue_since(status.due_date.isoformat())
        if status.overdue
        else status.due_date.isoformat()
    )


def overdue_since(day: str) -> str:
    return QCoreApplication.translate("InspectionFormat", "{0} 起逾期").format(day)


def backup_due_text(status: DueStatus) -> str:
    """A backup's state, with the periods it was not made: ``已逾期（漏备份 2 期）``."""
    state = enum_text(status.state)
    if not status.missed:
        return state
    return QCoreApplication.translate("InspectionFormat", "{0}（漏备份 {1} 期）").format(
        state, status.missed
    )


def value_text(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    return f"{number_text(value)} {unit}".strip()


def when_text(value: object) -> str:
    return local_text(value) if value is not None else DASH  # type: ignore[arg-type]
