"""The incoming engineer accepts a handover with their own login and a 接班检查意见."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models import AuditRecord, Document, Handover, Ticket
from app.domain.accounts.roles import Role
from app.services import handover
from app.services.documents import DocumentError
from app.services.handover_acceptance import accept_handover, pending_handovers
from app.services.login import LoginError
from tests.conftest import add_person


@pytest.fixture
def handed(desk, tmp_path: Path) -> str:
    add_person(desk, "ligong", "李工", "Jieban@123", Role.ENGINEER)
    return handover.handover_document(desk, "孙工", "李工", tmp_path / "h.pdf", notes="无").serial


def test_the_incoming_engineer_accepts_with_their_own_login(desk, clock, handed: str) -> None:
    assert [h.serial for h in pending_handovers(desk)] == [handed]
    info = accept_handover(desk, handed, "ligong", "Jieban@123", "已核对未关闭工单与借出设备")
    assert info.accepted and info.accepted_by == "李工"
    assert info.acceptance_remarks == "已核对未关闭工单与借出设备"
    assert pending_handovers(desk) == []
    with desk.db.read() as session:
        row = session.scalar(select(Handover))
        assert row.accepted_account_id is not None and row.accepted_at == clock.now()
        assert (row.from_engineer, row.to_engineer) == ("孙工", "李工")
        record = session.scalar(select(AuditRecord).order_by(AuditRecord.id.desc()).limit(1))
        assert (record.action, record.object_label) == ("handover.accept", handed)
        assert record.detail == "接班人 李工（ligong）本人输入密码确认"


@pytest.mark.parametrize(
    ("user", "password", "remarks", "message"),
    [
        ("ligong", "wrong-pass", "已核对", "登录名或密码不正确"),
        ("sungong", "Zhuchang@123", "已核对", "接班人是 李工"),
        ("ligong", "Jieban@123", "  ", "请填写接班检查意见"),
    ],
)
def test_a_wrong_login_another_engineer_or_no_remarks_is_refused(
    desk, handed: str, user: str, password: str, remarks: str, message: str
) -> None:
    with pytest.raises((DocumentError, LoginError), match=message):
        accept_handover(desk, handed, user, password, remarks)
    assert [h.serial for h in pending_handovers(desk)] == [handed]


def test_a_handover_is_accepted_once(desk, handed: str) -> None:
    accept_handover(desk, handed, "ligong", "Jieban@123", "已核对")
    with pytest.raises(DocumentError, match="已由 李工 确认接班"):
        accept_handover(desk, handed, "ligong", "Jieban@123", "再次")
    with pytest.raises(DocumentError, match="没有编号为 JJ-2026-0099 的交接班记录"):
        accept_handover(desk, "JJ-2026-0099", "ligong", "Jieban@123", "已核对")


def test_a_reprint_carries_the_acceptance_under_the_same_serial(
    desk, clock, handed: str, tmp_path: Path
) -> None:
    accept_handover(desk, handed, "ligong", "Jieban@123", "已核对3号监仓摄像机工单")
    again = handover.handover_document(desk, "孙工", "李工", tmp_path / "again.pdf", notes="无")
    assert again.serial == handed and again.copy_note.startswith("补打")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "again.pdf"), "-"], capture_output=True, text=True
    ).stdout
    flat = "".join(text.split())
    assert "已核对3号监仓摄像机工单" in flat
    stamp = clock.now().astimezone().strftime("%Y-%m-%d%H:%M")
    assert f"李工已于{stamp}在系统中确认接班" in flat
    first = subprocess.run(
        ["pdftotext", str(tmp_path / "h.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "在系统中确认接班" not in first  # the first print was before the acceptance
    with desk.db.read() as session:
        assert len(session.scalars(select(Handover)).all()) == 1


def test_a_handover_to_a_bare_name_is_accepted_by_the_account_with_a_title(
    desk, tmp_path: Path
) -> None:
    add_person(desk, "qiangong", "售后工程师 钱工", "Jieban@123", Role.ENGINEER)
    add_person(desk, "lvgong", "售后工程师 吕工", "Jieban@123", Role.ENGINEER)
    serial = handover.handover_document(desk, "孙工", "钱工", tmp_path / "h.pdf", notes="无").serial
    with pytest.raises(DocumentError, match="接班人是 钱工"):
        accept_handover(desk, serial, "lvgong", "Jieban@123", "已核对")
    info = accept_handover(desk, serial, "qiangong", "Jieban@123", "已核对")
    assert info.accepted and info.accepted_by == "售后工程师 钱工"


def test_acceptance_remarks_of_any_length_print_on_the_reprint(
    desk, handed: str, tmp_path: Path
) -> None:
    remarks = "核" * 10_000 + "意见结束ZZ"
    accept_handover(desk, handed, "ligong", "Jieban@123", remarks)
    again = handover.handover_document(desk, "孙工", "李工", tmp_path / "again.pdf", notes="无")
    assert again.serial == handed
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "again.pdf"), "-"], capture_output=True, text=True
    ).stdout
    flat = "".join(text.split())
    assert flat.count("核") >= 10_000 and "意见结束ZZ" in flat
    assert "交班人（签字）" in flat  # the signatures follow the remarks


def _flat_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return "".join(text.split())


def _copies(desk, serial: str) -> int:
    with desk.db.read() as session:
        return session.scalar(select(Document.copies).where(Document.serial == serial))


def test_printed_again_later_an_accepted_handover_is_the_same_document_with_another_copy(
    desk, clock, handed: str, make_ticket, tmp_path: Path
) -> None:
    first = _flat_text(tmp_path / "h.pdf")
    accept_handover(desk, handed, "ligong", "Jieban@123", "已核对")
    clock.advance(timedelta(minutes=7, seconds=40))
    late = make_ticket(title="交接之后报修的门禁故障")  # the shift printed then did not hold it
    again = handover.handover_document(desk, "孙工", "李工", tmp_path / "again.pdf")
    assert (again.serial, again.version) == (handed, 1)
    assert again.copy_note == "补打（第 1 次）" and _copies(desk, handed) == 2
    reprint = _flat_text(tmp_path / "again.pdf")
    with desk.db.read() as session:
        assert session.get(Ticket, late).number not in reprint
    shift_line = first.split("本班起止")[1].split("）")[0]
    assert shift_line in reprint  # the same window, not one from the handover to now
    assert "已核对" in reprint and "在系统中确认接班" in reprint
    with desk.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Handover)) == 1


def test_notes_of_an_accepted_handover_cannot_be_changed_by_a_reprint(
    desk, clock, handed: str, tmp_path: Path
) -> None:
    accept_handover(desk, handed, "ligong", "Jieban@123", "已核对")
    clock.advance(timedelta(minutes=30))
    with pytest.raises(DocumentError, match=f"{handed} 已由 李工 确认接班，交班说明不能再改"):
        handover.handover_document(desk, "孙工", "李工", tmp_path / "x.pdf", notes="补充说明")
    assert not (tmp_path / "x.pdf").exists() and _copies(desk, handed) == 1


def test_notes_corrected_before_the_acceptance_make_the_next_version_to_accept(
    desk, clock, handed: str, tmp_path: Path
) -> None:
    clock.advance(timedelta(minutes=5))
    fixed = handover.handover_document(desk, "孙工", "李工", tmp_path / "v2.pdf", notes="更正")
    assert (fixed.serial, fixed.version) == (f"{handed}-2", 2)
    assert "更正" in _flat_text(tmp_path / "v2.pdf")
    assert [h.serial for h in pending_handovers(desk)] == [fixed.serial]
    info = accept_handover(desk, fixed.serial, "ligong", "Jieban@123", "已核对")
    assert info.accepted


def test_the_same_engineers_a_shift_later_make_a_new_handover(
    desk, clock, handed: str, tmp_path: Path
) -> None:
    accept_handover(desk, handed, "ligong", "Jieban@123", "已核对")
    clock.advance(timedelta(hours=12))
    later = handover.handover_document(desk, "孙工", "李工", tmp_path / "next.pdf")
    assert later.serial != handed and later.version == 1
    assert f"上次交接（{handed}）" in _flat_text(tmp_path / "next.pdf")
