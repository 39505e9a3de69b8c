"""Configuration snapshots: versions with who and why, the line diff, files kept with their
SHA-256 and checked on every read, the size limits, and a restore as a step on the ticket."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.db.models import AttachmentData, TicketEvent
from app.domain.devices import snapshots as rules
from app.domain.devices.register import DeviceError
from app.domain.devices.snapshots import AttachmentDamagedError, DiffTag, SnapshotKind
from app.domain.validation import ValidationError
from app.services.devices import attachments, history, snapshots
from tests.db.device_helpers import small_register

V1 = "NTP服务器：10.0.10.9\n校时间隔：60分钟\n录像计划：全天\n"
V2 = "NTP服务器：10.0.10.9\n校时间隔：30分钟\n录像计划：全天\n停电恢复后自动校时：开启\n"


def test_text_snapshots_are_numbered_and_diffed_against_the_previous(desk, clock) -> None:
    ids = small_register(desk)
    first = snapshots.add_snapshot(desk, ids["nvr"], SnapshotKind.TEXT, "验收时导出", V1)
    clock.advance(timedelta(days=30))
    second = snapshots.add_snapshot(desk, "sp-0001", SnapshotKind.TEXT, "升级后复核", V2)
    assert (first.version, second.version) == (1, 2)
    assert second.taken_by == "孙工" and second.taken_at == clock.now()
    diff = snapshots.diff_with_previous(desk, second.id)
    assert diff.previous is not None and diff.previous.version == 1
    changed = [(line.tag, line.text) for line in diff.lines if line.tag is not DiffTag.SAME]
    assert changed == [
        (DiffTag.REMOVED, "校时间隔：60分钟"),
        (DiffTag.ADDED, "校时间隔：30分钟"),
        (DiffTag.ADDED, "停电恢复后自动校时：开启"),
    ]
    assert rules.diff_counts(diff.lines) == (2, 1)
    assert snapshots.diff_with_previous(desk, first.id).previous is None
    assert [s.version for s in snapshots.list_snapshots(desk, ids["nvr"])] == [2, 1]
    assert history.device_history(desk, ids["nvr"]).log[0].summary == (
        "保存配置快照第 2 版：关键参数文本"
    )
    with pytest.raises(ValidationError, match="快照原因"):
        snapshots.add_snapshot(desk, ids["nvr"], SnapshotKind.TEXT, " ", V1)
    with pytest.raises(ValidationError, match="配置内容"):
        snapshots.add_snapshot(desk, ids["nvr"], SnapshotKind.TEXT, "空的", "  \n")


def test_a_config_file_is_stored_checked_and_compared_as_text(desk, tmp_path: Path) -> None:
    ids = small_register(desk)
    snapshots.add_snapshot(desk, ids["nvr"], SnapshotKind.TEXT, "验收", V1)
    exported = tmp_path / "nvr1.cfg"
    exported.write_bytes(V2.encode("gb18030"))  # a device that writes GB18030
    taken = snapshots.add_snapshot(
        desk, ids["nvr"], SnapshotKind.CONFIG_FILE, "导出", file=exported
    )
    assert taken.attachment is not None
    assert taken.attachment.sha256 == rules.sha256_hex(exported.read_bytes())
    assert taken.text.startswith("NTP服务器")
    assert rules.diff_counts(snapshots.diff_with_previous(desk, taken.id).lines) == (2, 1)
    out = snapshots.save_snapshot_file(desk, taken.id, tmp_path / "back.cfg")
    assert out.read_bytes() == exported.read_bytes()
    assert attachments.usage(desk) == (1, len(exported.read_bytes()))
    with desk.db.transaction() as session:  # a damaged database page, as a backup might carry
        session.execute(update(AttachmentData).values(data=b"tampered"))
    with pytest.raises(AttachmentDamagedError, match="SHA-256 不符"):
        snapshots.save_snapshot_file(desk, taken.id, tmp_path / "again.cfg")
    assert not (tmp_path / "again.cfg").exists()
    assert attachments.verify_all(desk) == ["nvr1.cfg"]


def test_files_over_the_limits_are_refused_before_anything_is_saved(
    desk, tmp_path: Path, monkeypatch
) -> None:
    ids = small_register(desk)
    shot = tmp_path / "settings.png"
    shot.write_bytes(b"\x89PNG" + bytes(2000))
    monkeypatch.setattr(rules, "MAX_FILE_BYTES", 1000)
    with pytest.raises(DeviceError, match="超过单个附件上限"):
        snapshots.add_snapshot(desk, ids["nvr"], SnapshotKind.SCREENSHOT, "截图", file=shot)
    monkeypatch.setattr(rules, "MAX_FILE_BYTES", 10_000)
    monkeypatch.setattr(rules, "MAX_TOTAL_BYTES", 3000)
    snapshots.add_snapshot(desk, ids["nvr"], SnapshotKind.SCREENSHOT, "截图", file=shot)
    with pytest.raises(DeviceError, match="附件总量将超过"):
        snapshots.add_snapshot(desk, ids["nvr"], SnapshotKind.SCREENSHOT, "再截图", file=shot)
    assert [s.version for s in snapshots.list_snapshots(desk, ids["nvr"])] == [1]
    (tmp_path / "empty.cfg").write_bytes(b"")
    with pytest.raises(DeviceError, match="文件是空的"):
        snapshots.add_snapshot(
            desk, ids["nvr"], SnapshotKind.CONFIG_FILE, "空", file=tmp_path / "empty.cfg"
        )


def test_restoring_from_a_snapshot_is_a_step_on_the_ticket(desk, make_ticket) -> None:
    ids = small_register(desk)
    taken = snapshots.add_snapshot(desk, ids["nvr"], SnapshotKind.TEXT, "验收", V1)
    ticket_id = make_ticket(device_id=ids["nvr"], title="NVR-1 停电后配置丢失")
    assert snapshots.latest_snapshot(desk, ids["nvr"]).id == taken.id
    summary = snapshots.record_restore(desk, ticket_id, taken.id, "录像计划和校时已恢复")
    assert summary.startswith("按配置快照恢复设备配置：SP-0001 第 1 版（")
    with desk.db.read() as session:
        event = session.scalar(
            select(TicketEvent).where(
                TicketEvent.ticket_id == ticket_id, TicketEvent.kind == "config_restored"
            )
        )
    assert event is not None and event.details == "录像计划和校时已恢复" and event.actor == "孙工"
    assert history.device_history(desk, ids["nvr"]).log[0].summary == summary
