"""Times of a ticket's steps: whole minutes, in order, never more than a minute ahead of now."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from app.domain.i18n import QT_TRANSLATE_NOOP

# A step typed for "now" on a desk whose clock is a little behind the phone's is not an error.
FUTURE_LIMIT = timedelta(minutes=1)

TOO_EARLY = QT_TRANSLATE_NOOP("validation", "“{label}”不能早于上一步的时间（{previous}）")
TOO_LATE = QT_TRANSLATE_NOOP("validation", "“{label}”不能晚于下一步的时间（{next}）")
IN_FUTURE = QT_TRANSLATE_NOOP("validation", "“{label}”不能晚于当前时间")


def to_minute(value: datetime) -> datetime:
    """``value`` with its seconds dropped: every step time is a whole minute."""
    return value.replace(second=0, microsecond=0)


def step_time(entered: datetime | None, now: datetime) -> datetime:
    """The time a step is stored at: the time entered, or now when none was; whole minutes."""
    return to_minute(entered if entered is not None else now)


def latest(moments: Iterable[datetime]) -> datetime | None:
    """The last of ``moments``; None when there are none."""
    return max(moments, default=None)


def step_time_problem(
    at: datetime,
    now: datetime,
    previous: datetime | None,
    following: datetime | None = None,
) -> str | None:
    """Why ``at`` cannot be a step's time, as a message template; None when it can.

    A step may not be earlier than the step before it (``previous``), later than the step after
    it (``following``, for a correction), nor more than a minute in the future.
    """
    if at - now > FUTURE_LIMIT:
        return IN_FUTURE
    if previous is not None and at < previous:
        return TOO_EARLY
    if following is not None and at > following:
        return TOO_LATE
    return None
