"""盘点: count the shelves, see the differences, post them as adjustments in one step."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.db.models.store import Part, Stocktake, StocktakeLine
from app.domain.audit.actions import STOCKTAKE_POST
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.store.inventory import CountLine, MovementKind, StockError, differences
from app.services.context import Desk
from app.services.store.inventory import PartFilter, PartInfo, list_parts
from app.services.store.movements import lock_part, on_hand, record


@dataclass(frozen=True)
class SheetLine:
    """A part on the stocktake sheet: the catalogue line, its book quantity and the count."""

    part: PartInfo
    counted: int | None

    @property
    def book(self) -> int:
        return self.part.on_hand

    @property
    def difference(self) -> int | None:
        return None if self.counted is None else self.counted - self.book


@dataclass(frozen=True)
class PostedStocktake:
    """What posting did."""

    id: int
    at: datetime
    shelves: tuple[str, ...]
    counted: int
    adjusted: int


def sheet_lines(desk: Desk, shelves: Sequence[str]) -> list[SheetLine]:
    """The parts on these shelves (all shelves if none given), shelf by shelf, uncounted."""
    wanted = {s.strip().upper() for s in shelves if s.strip()}
    parts = list_parts(desk, PartFilter())
    return [SheetLine(p, None) for p in parts if not wanted or p.shelf in wanted]


def post_stocktake(
    desk: Desk, shelves: Sequence[str], counts: Mapping[int, int], note: str = ""
) -> PostedStocktake:
    """Record the counts and post every difference as an adjustment, all in one transaction.

    Book quantities are read again inside the transaction; a serial-numbered part whose count
    differs is refused (which serial is missing or extra has to be said with an adjustment).
    """
    if not counts:
        raise StockError(QT_TRANSLATE_NOOP("store", "没有录入任何盘点数量"))
    for part_id, counted in counts.items():
        if counted < 0:
            raise StockError(
                QT_TRANSLATE_NOOP("store", "盘点数量不能为负数（备件 {part_id}）"), part_id=part_id
            )
    now = desk.clock.now()
    names = tuple(sorted({s.strip().upper() for s in shelves if s.strip()}))
    with desk.write(STOCKTAKE_POST, object_type="stocktake") as session:
        for part_id in sorted(counts):  # the book stays as read until the differences are posted
            lock_part(session, part_id)
        parts = {p.id: p for p in session.scalars(select(Part).where(Part.id.in_(list(counts))))}
        lines = []
        for part_id, counted in counts.items():
            part = parts.get(part_id)
            if part is None:
                raise StockError(QT_TRANSLATE_NOOP("store", "备件目录中没有 {ref}"), ref=part_id)
            lines.append(CountLine(part_id, part.code, on_hand(session, part_id), counted))
        take = Stocktake(shelves="、".join(names) or "全部", at=now, actor=desk.actor, note=note)
        take.lines = [
            StocktakeLine(part_id=ln.part_id, book=ln.book, counted=ln.counted or 0) for ln in lines
        ]
        session.add(take)
        session.flush()
        changed = differences(lines)
        for line in changed:
            part = parts[line.part_id]
            if part.serial_tracked:
                raise StockError(
                    QT_TRANSLATE_NOOP(
                        "store",
                        "备件 {code} 按序列号管理，账面 {book}、实盘 {counted}：请先用“调整”逐个"
                        "登记盘盈或盘亏的序列号，再过账盘点",
                    ),
                    code=part.code,
                    book=line.book,
                    counted=line.counted,
                )
            record(
                session,
                part,
                MovementKind.ADJUSTMENT,
                line.difference,
                now,
                desk.actor,
                reason=f"盘点{'盘盈' if line.difference > 0 else '盘亏'}（账面 {line.book}，"
                f"实盘 {line.counted}）",
                stocktake_id=take.id,
            )
        return PostedStocktake(take.id, now, names, len(lines), len(changed))


def posted_counts(
    desk: Desk, stocktake_id: int
) -> tuple[datetime, str, dict[int, tuple[int, int]]]:
    """A posted stocktake: when, by whom, and its lines as part id → (book, counted)."""
    with desk.db.read() as session:
        take = session.get(Stocktake, stocktake_id)
        if take is None:
            raise StockError(QT_TRANSLATE_NOOP("store", "没有盘点记录 {id}"), id=stocktake_id)
        counts = {line.part_id: (line.book, line.counted) for line in take.lines}
        return take.at, take.actor, counts
