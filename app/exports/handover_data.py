"""What the 交接班记录 prints, as plain data (no reportlab: the services build it at any time)."""

from __future__ import annotations

import dataclasses
import json
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


def handover_json(doc: HandoverDocument) -> str:
    """What a handover printed, as JSON (its acceptance left out): kept for a reprint."""
    data = dataclasses.asdict(dataclasses.replace(doc, acceptance=None, annex=None))
    data["at"] = doc.at.isoformat()
    data["shift_start"] = doc.shift_start.isoformat()
    return json.dumps(data, ensure_ascii=False)


def _section(data: dict) -> HandoverSection:
    return HandoverSection(
        title=data["title"],
        columns=tuple(data["columns"]),
        widths=tuple(data["widths"]),
        rows=tuple(tuple(row) for row in data["rows"]),
        dense=data["dense"],
    )


def handover_from_json(text: str) -> HandoverDocument:
    """The handover ``handover_json`` kept, printed again exactly as it was."""
    data = json.loads(text)
    return HandoverDocument(
        from_engineer=data["from_engineer"],
        to_engineer=data["to_engineer"],
        at=datetime.fromisoformat(data["at"]),
        shift_start=datetime.fromisoformat(data["shift_start"]),
        since=data["since"],
        notes=data["notes"],
        sections=tuple(_section(part) for part in data["sections"]),
    )
