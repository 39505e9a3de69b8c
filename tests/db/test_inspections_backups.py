"""The backup register on a real database: policies, backups done, restore tests, overdue."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.db.models.inspections import BackupRecord
from app.domain.enums import BackupKind, DueState, Frequency
from app.domain.validation import ValidationError
from app.services.inspections import backups
from app.services.inspections.runs import InspectionError


def due(desk, system: str, kind: BackupKind) -> backups.BackupDue:
    return next(d for d in backups.backups_due(desk) if d.system_code == system and d.kind is kind)


def test_the_shipped_policies_follow_the_contract(desk) -> None:
    policies = {p.system_code: p for p in backups.list_policies(desk)}
    assert policies["PLATFORM"].incremental is Frequency.DAILY
    assert policies["PLATFORM"].full is Frequency.WEEKLY
    assert policies["NETWORK"].incremental is None
    assert "UPS" not in policies  # no data to back up
    kinds = {(d.system_code, d.kind) for d in backups.backups_due(desk)}
    assert ("SERVER", BackupKind.INCREMENTAL) in kinds
    assert ("NETWORK", BackupKind.INCREMENTAL) not in kinds


def test_a_backup_recorded_today_is_done_and_a_missed_day_is_overdue(desk, clock) -> None:
    assert due(desk, "PLATFORM", BackupKind.INCREMENTAL).status.state is DueState.DUE_TODAY
    info = backups.record_backup(
        desk,
        {
            "system": "PLATFORM",
            "kind": "incremental",
            "location": "BAK-01 /backup/platform",
            "size_mb": "２０４８",
        },
    )
    assert info.size_mb == 2048.0
    assert due(desk, "PLATFORM", BackupKind.INCREMENTAL).status.state is DueState.DONE
    assert due(desk, "PLATFORM", BackupKind.FULL).status.state is not DueState.DONE
    clock.advance(timedelta(days=2))
    status = due(desk, "PLATFORM", BackupKind.INCREMENTAL).status
    assert (status.state, status.missed) == (DueState.OVERDUE, 1)
    assert backups.overdue_backups(desk) >= 1


def test_bad_backup_input_names_the_fields_and_saves_nothing(desk, clock) -> None:
    with pytest.raises(ValidationError) as caught:
        backups.record_backup(
            desk,
            {
                "system": "NOPE",
                "kind": "differential",
                "location": "",
                "size_mb": "很大",
                "performed_at": clock.now() + timedelta(days=1),
            },
        )
    assert [e.field for e in caught.value.errors] == [
        "system", "kind", "performed_at", "location", "size_mb",
    ]  # fmt: skip
    with desk.db.read() as session:
        assert session.scalar(select(func.count(BackupRecord.id))) == 0


def test_a_restore_test_is_recorded_once(desk) -> None:
    info = backups.record_backup(
        desk, {"system": "SERVER", "kind": "full", "location": "移动硬盘 A"}
    )
    with pytest.raises(ValidationError, match="恢复测试情况"):
        backups.record_restore_test(desk, info.id, True, "")
    tested = backups.record_restore_test(desk, info.id, True, "恢复到测试机，数据条数一致")
    assert tested.verify_ok is True
    assert tested.verified_by == "孙工"
    with pytest.raises(InspectionError, match="已记录过恢复测试"):
        backups.record_restore_test(desk, info.id, False, "再测")
    assert due(desk, "SERVER", BackupKind.FULL).last_verified_at == tested.verified_at


def test_a_changed_policy_counts_from_today(desk, clock) -> None:
    clock.advance(timedelta(days=3))  # Friday 27 November; the monthly one is due on the 30th
    assert due(desk, "NETWORK", BackupKind.FULL).status.state is DueState.DUE_LATER
    backups.save_policy(
        desk,
        "NETWORK",
        {"incremental_frequency": "daily", "full_frequency": "weekly", "location": "x"},
    )
    assert due(desk, "NETWORK", BackupKind.INCREMENTAL).status.state is DueState.DUE_TODAY
    with pytest.raises(ValidationError, match="全备份周期"):
        backups.save_policy(desk, "NETWORK", {"full_frequency": "daily"})


def test_listing_backups_by_time_and_system(desk, clock) -> None:
    backups.record_backup(desk, {"system": "SERVER", "kind": "full", "location": "a"})
    clock.advance(timedelta(days=1))
    backups.record_backup(desk, {"system": "ACCESS", "kind": "incremental", "location": "b"})
    assert [b.system_code for b in backups.list_backups(desk)] == ["ACCESS", "SERVER"]
    assert [b.location for b in backups.list_backups(desk, system_code="SERVER")] == ["a"]
    assert backups.list_backups(desk, start=clock.now() - timedelta(hours=1))[0].location == "b"
