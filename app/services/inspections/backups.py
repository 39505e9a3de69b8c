"""The backup register: each system's policy, backups done, restore tests, and what is overdue."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from app.db.models import MaintainedSystem
from app.db.models.inspections import BackupPolicy, BackupRecord
from app.domain.audit.actions import BACKUP_POLICY, BACKUP_RECORD, BACKUP_VERIFY
from app.domain.enums import BackupKind, Frequency
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.inspections.checklist import parse_number
from app.domain.inspections.periods import DueStatus, due_status
from app.domain.tickets.intake import FUTURE_TOLERANCE
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import Desk
from app.services.inspections.runs import InspectionError

BACKUP_FIELDS = {
    "system": QT_TRANSLATE_NOOP("field", "系统"),
    "kind": QT_TRANSLATE_NOOP("field", "备份类型"),
    "performed_at": QT_TRANSLATE_NOOP("field", "备份时间"),
    "location": QT_TRANSLATE_NOOP("field", "存放位置"),
    "size_mb": QT_TRANSLATE_NOOP("field", "大小（MB）"),
    "incremental_frequency": QT_TRANSLATE_NOOP("field", "增量备份周期"),
    "full_frequency": QT_TRANSLATE_NOOP("field", "全备份周期"),
    "verify_note": QT_TRANSLATE_NOOP("field", "恢复测试情况"),
}
INCREMENTAL_CHOICES = (Frequency.DAILY,)
FULL_CHOICES = (Frequency.WEEKLY, Frequency.MONTHLY, Frequency.QUARTERLY)


@dataclass(frozen=True)
class PolicyInfo:
    """One system's backup policy."""

    system_code: str
    system_name: str
    incremental: Frequency | None
    full: Frequency | None
    location: str
    data_scope: str
    active_since: date


@dataclass(frozen=True)
class BackupDue:
    """One (system, backup type) the policy asks for, and where it stands."""

    system_code: str
    system_name: str
    kind: BackupKind
    frequency: Frequency
    status: DueStatus
    last_at: datetime | None
    last_verified_at: datetime | None


@dataclass(frozen=True)
class BackupInfo:
    """One backup done."""

    id: int
    system_code: str
    system_name: str
    kind: BackupKind
    performed_at: datetime
    location: str
    size_mb: float | None
    recorded_by: str
    note: str
    verified_at: datetime | None
    verified_by: str
    verify_ok: bool | None
    verify_note: str


def _error(name: str, template: str) -> ValidationError:
    return ValidationError([FieldError(name, template, BACKUP_FIELDS[name])])


def list_policies(desk: Desk) -> list[PolicyInfo]:
    with desk.db.read() as session:
        policies = session.scalars(
            select(BackupPolicy)
            .join(MaintainedSystem, MaintainedSystem.id == BackupPolicy.system_id)
            .order_by(MaintainedSystem.sort_order)
        )
        return [
            PolicyInfo(
                system_code=p.system.code,
                system_name=p.system.name,
                incremental=Frequency(p.incremental_frequency) if p.incremental_frequency else None,
                full=Frequency(p.full_frequency) if p.full_frequency else None,
                location=p.location,
                data_scope=p.data_scope,
                active_since=p.active_since,
            )
            for p in policies
        ]


def _frequency(values: Mapping[str, Any], name: str, allowed: tuple[Frequency, ...]) -> str | None:
    raw = str(values.get(name) or "")
    if not raw:
        return None
    if raw not in {str(f) for f in allowed}:
        raise _error(name, QT_TRANSLATE_NOOP("validation", "请选择“{label}”"))
    return raw


def save_policy(desk: Desk, system_code: str, values: Mapping[str, Any]) -> None:
    """Set a system's policy; a changed policy counts from today (no "missed" backups before)."""
    incremental = _frequency(values, "incremental_frequency", INCREMENTAL_CHOICES)
    full = _frequency(values, "full_frequency", FULL_CHOICES)
    with desk.write(BACKUP_POLICY, object_type="backup_policy") as session:
        system = session.scalar(
            select(MaintainedSystem).where(MaintainedSystem.code == system_code)
        )
        if system is None:
            raise _error("system", QT_TRANSLATE_NOOP("validation", "请选择“{label}”"))
        policy = session.scalar(select(BackupPolicy).where(BackupPolicy.system_id == system.id))
        if policy is None:
            policy = BackupPolicy(system_id=system.id, active_since=desk.today())
            session.add(policy)
        if (policy.incremental_frequency, policy.full_frequency) != (incremental, full):
            policy.active_since = desk.today()
        policy.incremental_frequency = incremental
        policy.full_frequency = full
        policy.location = clean_text(values.get("location"))
        policy.data_scope = clean_text(values.get("data_scope"))


def record_backup(desk: Desk, values: Mapping[str, Any]) -> BackupInfo:
    """Register a backup done: system, type, time, where it is, size; one transaction."""
    now = desk.clock.now()
    errors: list[FieldError] = []
    try:
        kind = BackupKind(str(values.get("kind") or ""))
    except ValueError:
        kind = BackupKind.FULL
        errors.extend(_error("kind", QT_TRANSLATE_NOOP("validation", "请选择“{label}”")).errors)
    performed_at = values.get("performed_at") or now
    if not isinstance(performed_at, datetime):
        errors.extend(
            _error(
                "performed_at", QT_TRANSLATE_NOOP("validation", "“{label}”不是有效的时间")
            ).errors
        )
    elif performed_at > now + FUTURE_TOLERANCE:
        errors.extend(
            _error(
                "performed_at", QT_TRANSLATE_NOOP("validation", "“{label}”不能晚于当前时间")
            ).errors
        )
    location = clean_text(values.get("location"))
    if not location:
        errors.extend(_error("location", QT_TRANSLATE_NOOP("validation", "请填写“{label}”")).errors)
    raw_size = values.get("size_mb")
    size = parse_number(raw_size)
    if clean_text(raw_size) and (size is None or size < 0):
        errors.extend(
            _error(
                "size_mb", QT_TRANSLATE_NOOP("validation", "“{label}”必须是不小于0的数字")
            ).errors
        )
    system_code = str(values.get("system") or "")
    with desk.write(BACKUP_RECORD, object_type="backup_record") as session:
        system = session.scalar(
            select(MaintainedSystem).where(MaintainedSystem.code == system_code)
        )
        if system is None:
            errors[:0] = _error("system", QT_TRANSLATE_NOOP("validation", "请选择“{label}”")).errors
        if errors:
            raise ValidationError(errors)
        assert isinstance(performed_at, datetime) and system is not None
        record = BackupRecord(
            system_id=system.id,
            kind=str(kind),
            performed_at=performed_at,
            location=location,
            size_mb=size,
            recorded_at=now,
            recorded_by=desk.actor,
            note=clean_text(values.get("note")),
        )
        session.add(record)
        session.flush()
        return _info(record)


def record_restore_test(desk: Desk, backup_id: int, ok: bool, note: str) -> BackupInfo:
    """Record that a restore test of a backup succeeded or failed; done once per backup."""
    text = clean_text(note)
    if not text:
        raise _error("verify_note", QT_TRANSLATE_NOOP("validation", "请填写“{label}”"))
    with desk.write(BACKUP_VERIFY, object_type="backup_record") as session:
        record = session.get(BackupRecord, backup_id)
        if record is None:
            raise InspectionError(QT_TRANSLATE_NOOP("inspection", "没有这条备份记录"))
        if record.verified_at is not None:
            raise InspectionError(QT_TRANSLATE_NOOP("inspection", "这份备份已记录过恢复测试"))
        record.verified_at = desk.clock.now()
        record.verified_by = desk.actor
        record.verify_ok = ok
        record.verify_note = text
        session.flush()
        return _info(record)


def _info(record: BackupRecord) -> BackupInfo:
    return BackupInfo(
        id=record.id,
        system_code=record.system.code,
        system_name=record.system.name,
        kind=BackupKind(record.kind),
        performed_at=record.performed_at,
        location=record.location,
        size_mb=record.size_mb,
        recorded_by=record.recorded_by,
        note=record.note,
        verified_at=record.verified_at,
        verified_by=record.verified_by,
        verify_ok=record.verify_ok,
        verify_note=record.verify_note,
    )


def list_backups(
    desk: Desk,
    start: datetime | None = None,
    end: datetime | None = None,
    system_code: str | None = None,
    limit: int | None = None,
) -> list[BackupInfo]:
    """Backups done in ``start`` ≤ time < ``end``, newest first."""
    query = select(BackupRecord).order_by(BackupRecord.performed_at.desc(), BackupRecord.id.desc())
    if start is not None:
        query = query.where(BackupRecord.performed_at >= start)
    if end is not None:
        query = query.where(BackupRecord.performed_at < end)
    if system_code:
        query = query.join(MaintainedSystem, MaintainedSystem.id == BackupRecord.system_id).where(
            MaintainedSystem.code == system_code
        )
    if limit is not None:
        query = query.limit(limit)
    with desk.db.read() as session:
        return [_info(r) for r in session.scalars(query)]


def backups_due(desk: Desk, today: date | None = None) -> list[BackupDue]:
    """Every backup a policy asks for, with where it stands today; overdue first."""
    today = today or desk.today()
    with desk.db.read() as session:
        last = {
            (system_id, kind): (at, verified)
            for system_id, kind, at, verified in session.execute(
                select(
                    BackupRecord.system_id,
                    BackupRecord.kind,
                    func.max(BackupRecord.performed_at),
                    func.max(BackupRecord.verified_at),
                ).group_by(BackupRecord.system_id, BackupRecord.kind)
            )
        }
        policies = session.scalars(
            select(BackupPolicy)
            .join(MaintainedSystem, MaintainedSystem.id == BackupPolicy.system_id)
            .order_by(MaintainedSystem.sort_order)
        ).all()
        found = []
        for policy in policies:
            for kind, raw in (
                (BackupKind.INCREMENTAL, policy.incremental_frequency),
                (BackupKind.FULL, policy.full_frequency),
            ):
                if not raw:
                    continue
                at, verified = last.get((policy.system_id, str(kind)), (None, None))
                found.append(
                    BackupDue(
                        system_code=policy.system.code,
                        system_name=policy.system.name,
                        kind=kind,
                        frequency=Frequency(raw),
                        status=due_status(
                            Frequency(raw),
                            today,
                            at.astimezone().date() if at else None,
                            policy.active_since,
                        ),
                        last_at=at,
                        last_verified_at=verified,
                    )
                )
    found.sort(key=lambda d: d.status.urgency)
    return found


def overdue_backups(desk: Desk) -> int:
    return sum(d.status.overdue for d in backups_due(desk))
