"""Gap-free numbers per prefix and year (GD-, QX-, XJ- …), allocated inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy import Insert, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.db.models import NumberSequence
from app.domain.numbering import TICKET_PREFIX, format_number, parse_number


def _counter_row(session: Session, prefix: str, year: int) -> Insert:
    """INSERT the year's counter at 0 unless it is there: when several workstations log the first
    ticket of a year at once, the others wait for the first insert and then skip theirs (a plain
    check-then-insert lets two through and all but one fail on the duplicate key)."""
    values = {"prefix": prefix, "year": year, "last_value": 0}
    table = NumberSequence.__table__
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(table).values(values).on_conflict_do_nothing()


def next_number(session: Session, year: int, prefix: str = TICKET_PREFIX) -> str:
    """Allocate the next number of the year inside the caller's transaction (gap-free).

    The UPDATE holds the counter's row until the transaction ends, so a second workstation
    waits for this one's number to be committed (or released by a rollback) before taking the
    next: no number is handed out twice and none is skipped.
    """
    bump = (
        update(NumberSequence)
        .where(NumberSequence.prefix == prefix, NumberSequence.year == year)
        .values(last_value=NumberSequence.last_value + 1)
        .returning(NumberSequence.last_value)
    )
    value = session.execute(bump).scalar()
    if value is None:  # the year's first number
        session.execute(_counter_row(session, prefix, year))
        value = session.execute(bump).scalar_one()
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
