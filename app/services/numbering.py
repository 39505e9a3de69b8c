"""Gap-free numbers per prefix and year (GD-, QX-, XJ- …), allocated inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db.models import NumberSequence
from app.domain.numbering import TICKET_PREFIX, format_number, parse_number


def next_number(session: Session, year: int, prefix: str = TICKET_PREFIX) -> str:
    """Allocate the next number of the year inside the caller's transaction (gap-free)."""
    bumped = session.execute(
        update(NumberSequence)
        .where(NumberSequence.prefix == prefix, NumberSequence.year == year)
        .values(last_value=NumberSequence.last_value + 1)
    )
    if bumped.rowcount == 0:  # type: ignore[attr-defined]
        session.add(NumberSequence(prefix=prefix, year=year, last_value=1))
        session.flush()
        return format_number(prefix, year, 1)
    value = session.scalar(
        select(NumberSequence.last_value).where(
            NumberSequence.prefix == prefix, NumberSequence.year == year
        )
    )
    assert value is not None
    return format_number(prefix, year, value)


def release_number(session: Session, number: str) -> bool:
    """Hand ``number`` back if it is still the last one of its sequence; False if a later one is
    out (then it must stay, or the sequence would have a gap)."""
    parsed = parse_number(number)
    if parsed is None:
        return False
    prefix, year, value = parsed
    released = session.execute(
        update(NumberSequence)
        .where(
            NumberSequence.prefix == prefix,
            NumberSequence.year == year,
            NumberSequence.last_value == value,
        )
        .values(last_value=value - 1)
    )
    return bool(released.rowcount)  # type: ignore[attr-defined]
