"""The program's own backups: when one is due, which copies are kept (Anki's thinning), staleness."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.domain.backup_policy import KeepLimits, backup_due, is_stale, obsolete


def local(*parts: int) -> datetime:
    return datetime(*parts).astimezone()  # a local wall-clock time, made aware


def test_thinning_keeps_recent_then_daily_weekly_monthly() -> None:
    """Anki's own worked example (rslib/src/collection/backup.rs, thinning_manual)."""
    backups = [
        # grace period: today and yesterday
        (local(2022, 2, 22), False),
        (local(2022, 2, 22), False),
        (local(2022, 2, 21), False),
        # daily
        (local(2022, 2, 20, 6, 0, 0), True),
        (local(2022, 2, 20, 18, 0, 0), False),
        (local(2022, 2, 10), False),
        (local(2022, 2, 9), False),
        # weekly
        (local(2022, 2, 7), True),  # Monday, week already backed up
        (local(2022, 2, 6, 1, 0, 0), True),
        (local(2022, 2, 6, 2, 0, 0), False),
        (local(2022, 1, 6), False),
        # monthly
        (local(2022, 1, 5), True),
        (local(2021, 12, 24), False),
        (local(2021, 12, 1), True),
        (local(2021, 11, 1), True),
    ]
    keyed = [(index, when) for index, (when, _doomed) in enumerate(backups)]
    doomed = obsolete(keyed, date(2022, 2, 22), KeepLimits(daily=3, weekly=2, monthly=1))
    assert sorted(doomed) == [i for i, (_w, gone) in enumerate(backups) if gone]


def test_a_year_of_daily_backups_thins_to_the_limits() -> None:
    today = date(2026, 12, 1)
    keyed = [(n, local(2026, 12, 1) - timedelta(days=n)) for n in range(1, 366)]
    doomed = set(obsolete(keyed, today, KeepLimits()))
    kept = [when.date() for n, when in keyed if n not in doomed]  # newest first
    assert kept[:15] == [date(2026, 11, 30) - timedelta(days=n) for n in range(15)]
    weekly = kept[15:23]
    assert all((a - b).days == 7 for a, b in zip(weekly, weekly[1:], strict=False))
    monthly = kept[23:]
    assert len({(d.year, d.month) for d in monthly}) == len(monthly) <= 12
    assert len(monthly) == 9  # what is left of the year after 15 days and 8 weeks


def test_a_backup_is_due_once_a_day_and_only_after_a_change() -> None:
    now = local(2026, 12, 1, 9, 0, 0)
    assert backup_due(None, now, changed=True)
    assert not backup_due(None, now, changed=False)
    assert not backup_due(local(2026, 12, 1, 0, 5, 0), now, changed=True)
    assert backup_due(local(2026, 11, 30, 23, 55, 0), now, changed=True)


def test_a_backup_older_than_two_days_is_stale() -> None:
    now = local(2026, 12, 3, 12, 0, 0)
    assert is_stale(None, now)
    assert not is_stale(now - timedelta(days=2), now)
    assert is_stale(now - timedelta(days=2, minutes=1), now)
