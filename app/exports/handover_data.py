"""What the 交接班记录 prints, as plain data (no reportlab: the services build it at any time)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class HandoverSection:
    """One section: a table of rows (or "无"), one line per item."""

    title: str
    columns: tuple[str, ...]
    widths: tuple[float, ...]
    rows: tuple[tuple[str, ...], ...]
    dense: bool = False  # small type, for wide tables


@dataclass(frozen=True)
class Acceptance:
    """The incoming engineer's acceptance recorded in the program (printed on a reprint)."""

    by: str
    at: datetime
    remarks: str


@dataclass(frozen=True)
class HandoverDocument:
    """Everything the handover prints; the sections come from the services' section builders."""

    from_engineer: str
    to_engineer: str
    at: datetime
    shift_start: datetime
    since: str  # where the shift's window starts: 上次交接（JJ-…）, 所选开始时间, 前24小时
    notes: str
    sections: tuple[HandoverSection, ...]
    annex: HandoverSection | None = None
    acceptance: Acceptance | None = None
