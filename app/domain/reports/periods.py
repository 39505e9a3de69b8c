"""The period a report covers: a month (``2026-11``) or a range of local days, and the months
before it for trends."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_NUMERALS = "零一二三四五六七八九"


class PeriodError(MarkedError, ValueError):
    """A period that cannot be read; the message says why, in Chinese."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("reports", template, **values)


@dataclass(frozen=True)
class Period:
    """Local calendar days ``first`` to ``last``, both included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def length(self) -> timedelta:
        return timedelta(days=self.days)

    @property
    def is_month(self) -> bool:
        return self.first.day == 1 and self.last == month_end(self.first)

    @property
    def key(self) -> str:
        """``2026-11`` for a month, ``2026-10-15_2026-11-14`` for a range."""
        if self.is_month:
            return self.first.strftime("%Y-%m")
        return f"{self.first.isoformat()}_{self.last.isoformat()}"

    @property
    def title(self) -> str:
        """``2026年11月`` or ``2026-10-15 至 2026-11-14``."""
        if self.is_month:
            return f"{self.first.year}年{self.first.month}月"
        return f"{self.first.isoformat()} 至 {self.last.isoformat()}"

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def month_period(text: str) -> Period:
    """``2026-11`` as the days of November 2026."""
    match = _MONTH.match(text)
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 2000:
        raise PeriodError(
            QT_TRANSLATE_NOOP("reports", "月份“{text}”无法识别，请写成 2026-11 的形式"), text=text
        )
    first = date(int(match.group(1)), int(match.group(2)), 1)
    return Period(first, month_end(first))


def range_period(first: date, last: date) -> Period:
    """A range of days; refused when it ends before it starts or is longer than a year."""
    if last < first:
        raise PeriodError(QT_TRANSLATE_NOOP("reports", "报告期间的结束日期早于开始日期"))
    if (last - first).days > 366:
        raise PeriodError(QT_TRANSLATE_NOOP("reports", "报告期间不能超过一年"))
    return Period(first, last)


def previous_month(period: Period) -> Period:
    """The month before the one ``period`` starts in."""
    last = period.first.replace(day=1) - timedelta(days=1)
    return Period(last.replace(day=1), last)


def trend_months(period: Period, count: int = 6) -> list[Period]:
    """The ``count`` months ending with the month ``period`` ends in, oldest first."""
    months = [Period(period.last.replace(day=1), month_end(period.last))]
    while len(months) < count:
        months.insert(0, previous_month(months[0]))
    return months


def chinese_numeral(number: int) -> str:
    """一 … 十, 十一 … 九十九: section numbers of a long report."""
    if not 0 < number < 100:
        return str(number)
    tens, ones = divmod(number, 10)
    if tens == 0:
        return _NUMERALS[ones]
    prefix = "十" if tens == 1 else _NUMERALS[tens] + "十"
    return prefix + (_NUMERALS[ones] if ones else "")
