"""Reprints keep their serial and say 补打（第 n 次）; a changed document gets the next version of
its serial; copies of a preview are counted when printed or saved; read-only files are kept."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import Ticket
from app.domain.tickets.workflow import Action
from app.services import documents
from app.services.context import Desk
from app.services.document_versions import PRINTED, content_fingerprint, copies_of, record_copy
from app.services.documents import DocumentError, check_new_file, check_out_path
from app.services.tickets import calls, forms
from tests.conftest import call_values


def text_of(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def ticket(desk: Desk, make_ticket: Callable[..., int]) -> tuple[int, str]:
    """An open defect ticket, answered by phone: (id, number)."""
    ticket_id = make_ticket(description="监区二走廊摄像机无图像")
    calls.apply_action(desk, ticket_id, Action.RESPOND, {})
    with desk.db.read() as session:
        return ticket_id, session.scalar(select(Ticket.number).where(Ticket.id == ticket_id))


def test_five_prints_of_an_unchanged_form_share_one_serial(
    desk: Desk, ticket: tuple[int, str], tmp_path: Path
) -> None:
    ticket_id, number = ticket
    made = [forms.defect_form(desk, number, tmp_path / f"{n}.pdf") for n in range(5)]
    assert {info.serial for info in made} == {"QX-2026-0001"}
    assert [info.copy_note for info in made] == [
        "",
        "补打（第 1 次）",
        "补打（第 2 次）",
        "补打（第 3 次）",
        "补打（第 4 次）",
    ]
    assert "补打" not in text_of(tmp_path / "0.pdf")
    assert "补打（第 4 次）" in text_of(tmp_path / "4.pdf")
    listed = documents.documents_of_ticket(desk, ticket_id)
    assert [(d.serial, d.version, d.copies) for d in listed] == [("QX-2026-0001", 1, 5)]
    assert [c[0] for c in copies_of(desk, listed[0].id)] == [1, 2, 3, 4, 5]


def test_a_changed_document_gets_the_next_version_and_filing_says_which(
    desk: Desk, ticket: tuple[int, str], tmp_path: Path
) -> None:
    ticket_id, number = ticket
    first = forms.defect_form(desk, number, tmp_path / "v1.pdf")
    calls.apply_action(desk, ticket_id, Action.NOTE, {"note": "已更换摄像机电源适配器"})
    second = forms.defect_form(desk, number, tmp_path / "v2.pdf")
    again = forms.defect_form(desk, number, tmp_path / "v2b.pdf")
    assert (first.serial, second.serial, again.serial) == (
        "QX-2026-0001",
        "QX-2026-0001-2",
        "QX-2026-0001-2",
    )
    assert (second.version, second.copy_note, again.copy_note) == (2, "", "补打（第 1 次）")
    assert "QX-2026-0001-2" in text_of(tmp_path / "v2.pdf")
    documents.mark_signed_filed(desk, "QX-2026-0001-2;" + number)
    listed = documents.documents_of_ticket(desk, ticket_id)
    assert [(d.serial, d.filed) for d in listed] == [
        ("QX-2026-0001", False),
        ("QX-2026-0001-2", True),
    ]
    # the next new document of the year still takes the next number
    other = forms.defect_form(desk, _another_defect(desk), tmp_path / "other.pdf")
    assert other.serial == "QX-2026-0002"


def _another_defect(desk: Desk) -> str:
    _ticket_id, number = calls.create_ticket(
        desk, call_values(description="监区三门禁读卡器不识别")
    )
    return number


def test_a_preview_is_counted_when_it_is_printed(
    desk: Desk, ticket: tuple[int, str], tmp_path: Path
) -> None:
    _ticket_id, number = ticket
    preview = forms.defect_form(desk, number, tmp_path / "preview.pdf", copy=None)
    assert (preview.copies, preview.copy_note) == (0, "")
    looked_again = forms.defect_form(desk, number, tmp_path / "preview2.pdf", copy=None)
    assert (looked_again.serial, looked_again.copy_note) == (preview.serial, "")
    assert record_copy(desk, preview.id, PRINTED, "打印机 A") == 1
    reprint = forms.defect_form(desk, number, tmp_path / "preview3.pdf", copy=None)
    assert (reprint.serial, reprint.copy_note) == (preview.serial, "补打（第 1 次）")
    assert [c[1] for c in copies_of(desk, preview.id)] == [PRINTED]


def test_the_fingerprint_is_of_the_content_only() -> None:
    assert content_fingerprint({"a": 1, "b": [1, 2]}) == content_fingerprint({"b": [1, 2], "a": 1})
    assert content_fingerprint({"a": 1}) != content_fingerprint({"a": 2})
    with pytest.raises(TypeError):
        content_fingerprint(object())


def test_existing_and_read_only_files(tmp_path: Path) -> None:
    existing = tmp_path / "form.pdf"
    existing.write_bytes(b"%PDF-1.4 signed copy")
    with pytest.raises(DocumentError, match="文件已存在"):
        check_new_file(existing, force=False)
    check_new_file(existing, force=True)
    assert check_out_path(existing) == existing.resolve()
    existing.chmod(0o444)
    with pytest.raises(DocumentError, match="文件是只读的，不能覆盖"):
        check_out_path(existing)
    assert existing.read_bytes() == b"%PDF-1.4 signed copy"


def test_a_character_no_font_has_is_reported_with_the_document(
    desk: Desk, make_ticket: Callable[..., int], tmp_path: Path
) -> None:
    ticket_id = make_ticket(description="提出人姓名含生僻字：王\U00013000，已核对身份证")
    with desk.db.read() as session:
        number = session.scalar(select(Ticket.number).where(Ticket.id == ticket_id))
    info = forms.defect_form(desk, number, tmp_path / "rare.pdf")
    assert info.missing_characters == ("\U00013000",)
    assert info.missing_description == "U+13000 \U00013000"
    assert "王〓" in text_of(tmp_path / "rare.pdf")


def test_copies_counted_at_once_from_several_threads_are_all_counted(
    desk: Desk, ticket: tuple[int, str], tmp_path: Path
) -> None:
    """Eight copies counted at the same moment (two workstations printing on a server): each
    gets its own number and the count is eight (a count read without a lock lost copies)."""
    _ticket_id, number = ticket
    preview = forms.defect_form(desk, number, tmp_path / "preview.pdf", copy=None)
    start = threading.Barrier(8)

    def count(_index: int) -> int:
        start.wait(10)
        return record_copy(desk, preview.id, PRINTED, "打印机 A")

    with ThreadPoolExecutor(8) as pool:
        numbers = sorted(pool.map(count, range(8)))
    assert numbers == list(range(1, 9))
    assert [c[0] for c in copies_of(desk, preview.id)] == list(range(1, 9))
