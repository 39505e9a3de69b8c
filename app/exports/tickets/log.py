"""The 工单台账 workbook: tickets, their timeline events and monthly figures, streamed flat."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from app.domain.enums import ClockKind
from app.exports.tickets.log_stats import MonthlyStats, TicketFigures
from app.exports.xlsx import ROWS_PER_PAGE, LogWriter, PrintHeading

TICKETS_SHEET = "工单台账"
EVENTS_SHEET = "处理记录"
MONTHLY_SHEET = "月度统计"

_TICKET_COLUMNS: tuple[tuple[str, float], ...] = (
    ("编号", 15),
    ("原类别", 11),
    ("类别", 11),
    ("紧急程度", 9),
    ("状态", 8),
    ("报修方式", 9),
    ("标题", 28),
    ("问题描述", 40),
    ("地点", 18),
    ("所属系统", 16),
    ("设备", 20),
    ("硬件故障", 9),
    ("提出人", 10),
    ("部门", 12),
    ("联系电话", 13),
    ("报修时间", 17),
    ("响应时间", 17),
    ("到场时间", 17),
    ("恢复时间", 17),
    ("关闭时间", 17),
    ("问题类型", 10),
    ("分析意见", 30),
    ("主管领导", 10),
    ("确认时间", 17),
    ("处理建议和措施", 30),
    ("问题原因", 30),
    ("处理结果", 30),
    ("预防建议", 30),
    ("维护类型", 11),
    ("责任认定", 20),
    ("完成时间", 17),
    ("上报时间", 17),
    ("回复内容", 30),
    ("回复时间", 17),
    ("回访意见", 24),
    ("解答内容", 30),
    *(
        (f"{kind.label}{part}", width)
        for kind in ClockKind
        for part, width in (("时限(分钟)", 10), ("用时(分钟)", 10), ("结果", 8))
    ),
    ("暂停次数", 9),
    ("暂停时长(分钟)", 11),
    ("暂停原因", 24),
    ("逐级上报级别", 11),
    ("备用机", 8),
)
TICKET_HEADERS: tuple[str, ...] = tuple(name for name, _ in _TICKET_COLUMNS)

_EVENT_COLUMNS: tuple[tuple[str, float], ...] = (
    ("编号", 15),
    ("时间", 17),
    ("操作人", 10),
    ("事项", 40),
    ("说明", 50),
    ("补记时间", 17),
)
EVENT_HEADERS: tuple[str, ...] = tuple(name for name, _ in _EVENT_COLUMNS)


class TicketLogWriter(LogWriter):
    """Writes the ticket log to ``out_path`` atomically; use as a context manager, then commit.

    Memory stays flat: the three sheets are created up front and XlsxWriter (constant-memory mode)
    streams each to its own temporary file, so ticket rows and event rows are appended side by
    side as the tickets arrive. Rows past Excel's 1,048,576-row limit go on in "（续2）" sheets
    placed right after their sheet (about 119,000 demo tickets fill the timeline sheet). Only the
    monthly counters (one small entry per month) stay in memory; that sheet is written last.
    """

    def __init__(
        self,
        out_path: Path,
        system_order: Sequence[str] = (),
        heading: PrintHeading | None = None,
    ) -> None:
        super().__init__(
            out_path,
            [(TICKETS_SHEET, _TICKET_COLUMNS), (EVENTS_SHEET, _EVENT_COLUMNS)],
            heading=heading or PrintHeading(TICKETS_SHEET),
            rows_per_page=ROWS_PER_PAGE,
        )
        self._tickets, self._events = self.sheets
        self._system_order = list(system_order)
        self._stats = MonthlyStats()
        try:
            self._monthly = self.book.sheet(MONTHLY_SHEET)
        except BaseException:
            self.book.discard()
            raise

    @property
    def ticket_rows(self) -> int:
        return self._tickets.rows

    def add_ticket(
        self, row: Sequence[object], events: Iterable[Sequence[object]], figures: TicketFigures
    ) -> None:
        """One ticket row (in TICKET_HEADERS order), its timeline rows and its monthly figures."""
        self._tickets.append(row)
        for event in events:
            self._events.append(event)
        self._stats.add(figures)

    def commit(self) -> None:
        """Write the monthly sheet, set the autofilters, save and rename into place."""
        headers = self._stats.headers(self._system_order)
        monthly = self.sheet_writer(self._monthly, headers, [9, 9] + [12] * (len(headers) - 2))
        for values in self._stats.rows(self._system_order):
            monthly.append(values)
        monthly.finish()
        super().commit()
