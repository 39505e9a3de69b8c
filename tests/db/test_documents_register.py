"""The document register: no write lock while a document renders, serials gap-free on failure."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import Document, NumberSequence, Ticket, TicketEvent
from app.exports.pdf_frame import DocumentHeader
from app.services import documents
from app.services.context import Desk
from app.services.documents import DocumentError, register_and_render
from app.services.tickets import forms

ROOT = Path(__file__).resolve().parents[2]


def _serials(desk: Desk) -> list[tuple[str, bool]]:
    with desk.db.read() as session:
        rows = session.execute(select(Document.serial, Document.voided_at).order_by(Document.id))
        return [(serial, voided is not None) for serial, voided in rows]


def _last(desk: Desk, prefix: str) -> int:
    with desk.db.read() as session:
        return session.scalar(
            select(NumberSequence.last_value).where(NumberSequence.prefix == prefix)
        )


def _write(out: Path) -> None:
    out.write_bytes(b"%PDF-1.4\n")


@pytest.mark.sqlite_only("SQLite's file write lock")
def test_no_write_lock_is_held_while_a_document_renders(desk: Desk, tmp_path: Path) -> None:
    seen: list[str] = []

    def render(out: Path, header: DocumentHeader) -> None:
        other = sqlite3.connect(desk.db.path, timeout=0)  # would fail at once if locked
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        other.close()
        seen.append(header.serial)
        _write(out)

    info = register_and_render(desk, documents.HANDOVER, tmp_path / "a.pdf", render)
    assert seen == [info.serial] == ["JJ-2026-0001"]


@pytest.mark.sqlite_only(
    "a second process on the file (servers: tests/db/test_server_concurrency.py)"
)
def test_a_step_is_recorded_by_another_process_while_a_form_renders(
    desk: Desk, make_ticket: Callable[..., int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ticket_id = make_ticket()
    script = (
        "import sys\n"
        "from app.db.engine import Database\n"
        "from app.services.context import Desk\n"
        "from app.services.tickets import calls\n"
        "from app.domain.tickets.workflow import Action\n"
        f"desk = Desk(Database.open_file({str(desk.db.path)!r}))\n"
        "from app.services import accounts\n"
        "desk.user = accounts.user_named(desk, 'sungong')\n"
        f"calls.apply_action(desk, {ticket_id}, Action.NOTE, {{'note': '渲染期间记录'}})\n"
    )
    from app.exports.tickets import defect_form

    real = defect_form.render_defect_form

    def slow_render(*args: object) -> None:
        result = subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
        real(*args)

    monkeypatch.setattr(defect_form, "render_defect_form", slow_render)
    with desk.db.read() as session:
        number = session.scalar(select(Ticket.number).where(Ticket.id == ticket_id))
    info = forms.defect_form(desk, number, tmp_path / "form.pdf")
    assert (tmp_path / "form.pdf").stat().st_size > 1000
    assert info.serial == "QX-2026-0001"
    with desk.db.read() as session:
        events = session.execute(
            select(TicketEvent.summary, TicketEvent.details).where(
                TicketEvent.ticket_id == ticket_id
            )
        ).all()
    assert any("渲染期间记录" in summary + details for summary, details in events)


def test_a_failed_render_hands_its_serial_back(desk: Desk, tmp_path: Path) -> None:
    def broken(_out: Path, _header: DocumentHeader) -> None:
        raise ValueError("layout")

    with pytest.raises(ValueError):
        register_and_render(desk, documents.HANDOVER, tmp_path / "a.pdf", broken)
    assert _serials(desk) == [] and _last(desk, "JJ") == 0
    info = register_and_render(desk, documents.HANDOVER, tmp_path / "a.pdf", lambda o, h: _write(o))
    assert info.serial == "JJ-2026-0001"


def test_a_failed_render_after_a_later_serial_is_voided_not_reused(
    desk: Desk, tmp_path: Path
) -> None:
    def broken_after_another(_out: Path, _header: DocumentHeader) -> None:
        register_and_render(desk, documents.HANDOVER, tmp_path / "b.pdf", lambda o, h: _write(o))
        raise OSError(28, "No space left on device")

    with pytest.raises(DocumentError, match="磁盘空间不足"):
        register_and_render(desk, documents.HANDOVER, tmp_path / "a.pdf", broken_after_another)
    assert _serials(desk) == [("JJ-2026-0001", True), ("JJ-2026-0002", False)]
    with desk.db.read() as session:
        voided = session.scalar(select(Document).where(Document.serial == "JJ-2026-0001"))
        assert "磁盘空间不足" in voided.void_reason
    with pytest.raises(DocumentError, match="已作废"):
        documents.mark_signed_filed(desk, "JJ-2026-0001")
    third = register_and_render(
        desk, documents.HANDOVER, tmp_path / "c.pdf", lambda o, h: _write(o)
    )
    assert third.serial == "JJ-2026-0003"
