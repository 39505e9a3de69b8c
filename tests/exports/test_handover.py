"""The shift handover (交接班记录), rendered and read back with pdftotext."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models import Document, Ticket
from app.domain.tickets.workflow import Action
from app.exports import handover_form
from app.exports.handover_data import HandoverDocument
from app.services import handover
from app.services.context import Desk
from app.services.documents import DocumentError
from app.services.tickets import calls
from tests.conftest import START
from tests.exports.test_pdf_rare_characters import header
from tests.exports.test_tickets_forms import flat, pdf_text, walk_defect

TYPED = "3号监仓摄像机备件已申领，明早到货，请接班人跟进。"


def _number(desk: Desk, ticket_id: int) -> str:
    with desk.db.read() as session:
        return session.scalar(select(Ticket.number).where(Ticket.id == ticket_id)) or ""


def _documents(desk: Desk) -> list[Document]:
    with desk.db.read() as session:
        return list(session.scalars(select(Document).order_by(Document.id)))


@pytest.fixture
def shift(desk: Desk, clock, make_ticket: Callable[..., int]) -> dict[str, str]:
    """Tickets at several steps: one breached and escalated, one closed, notes before and during."""
    breached = make_ticket(title="监区一摄像机全部黑屏")  # called at START: every clock breaches
    calls.apply_action(desk, breached, Action.NOTE, {"note": "上一班的备注不应出现"})
    closed = walk_defect(desk, clock, make_ticket(title="已关闭的工单"))
    clock.set(START + timedelta(hours=25))
    analysed = make_ticket(title="门禁读卡器失灵", place="监区二 1号门")
    calls.apply_action(desk, analysed, Action.RESPOND, {})
    calls.apply_action(desk, analysed, Action.ARRIVE, {})
    calls.apply_action(
        desk, analysed, Action.TRIAGE, {"triage_result": "technical", "analysis": "读卡模块故障"}
    )
    calls.apply_action(desk, analysed, Action.NOTE, {"note": "本班备注：等待读卡模块备件"})
    consultation = make_ticket(ticket_class="consultation", title="如何导出录像")
    clock.advance(timedelta(hours=1))
    return {
        "breached": _number(desk, breached),
        "closed": closed,
        "analysed": _number(desk, analysed),
        "consultation": _number(desk, consultation),
    }


def test_handover_holds_the_shift(desk: Desk, shift: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "handover.pdf"
    info = handover.handover_document(desk, "孙工", "李工", out, notes=TYPED)
    text = pdf_text(out)
    squeezed = flat(text)
    for expected in ("交接班记录", "孙工", "李工", info.serial, "内部资料 注意保密", "第 1 页 共"):
        assert expected in text, expected
    notes = squeezed.split("一、交班说明")[1].split("二、未关闭工单")[0]
    assert flat(TYPED) in notes  # the outgoing engineer's notes come first
    opened = squeezed.split("二、未关闭工单")[1].split("三、已恢复运行")[0]
    for key in ("breached", "analysed", "consultation"):
        assert shift[key] in opened, key
    assert shift["closed"] not in squeezed
    assert "主管领导确认" in opened  # next step of the analysed defect
    assert "解答并关闭" in opened  # next step of the consultation
    assert "问题分析" in opened  # next step of the breached, still submitted defect
    assert "添加备注" not in opened
    assert "响应超时1天" in opened  # the clock that matters next: the breached one
    escalated = squeezed.split("四、未处理的逐级上报")[1].split("五、借出在外")[0]
    assert shift["breached"] in escalated and "何经理" in escalated
    assert shift["analysed"] not in escalated
    systems = squeezed.split("七、系统运行状态")[1].split("八、本班工作")[0]
    assert f"视频监控系统有故障：{shift['breached']}、{shift['analysed'][-4:]}" in systems
    assert "门禁控制系统正常" in systems and "周界报警系统正常" in systems
    work = squeezed.split("八、本班工作")[1].split("九、交接确认")[0]
    assert "问题分析1" in work and "登记2" in work  # counts per kind of step, with tickets
    assert "本班备注：等待读卡模块备件" not in squeezed  # the full records only in the annex
    assert "上一班的备注不应出现" not in squeezed
    signed = handover_form.numbered(len(handover.SECTION_BUILDERS) + 1, "交接确认")
    assert signed in squeezed and "交班人（签字）" in squeezed and "值班领导（签字）" in squeezed
    assert "接班检查意见" in squeezed
    at = START + timedelta(hours=26)
    period = (at - timedelta(hours=12)).astimezone().strftime("%Y-%m-%d %H:%M")
    assert period in text
    assert re.fullmatch(r"JJ-2026-0001", info.serial)
    assert info.ticket_id is None and info.kind == "handover" and info.path == out.resolve()
    (row,) = _documents(desk)
    assert (row.serial, row.kind, row.ticket_id, row.generated_by) == (
        info.serial,
        "handover",
        None,
        "孙工",
    )
    assert row.created_at == at


def test_next_shift_starts_at_the_previous_handover(
    desk: Desk, clock, make_ticket: Callable[..., int], tmp_path: Path
) -> None:
    first_ticket = make_ticket(title="第一班的工单")
    calls.apply_action(desk, first_ticket, Action.NOTE, {"note": "第一班的备注"})
    clock.advance(timedelta(hours=1))
    first = handover.handover_document(desk, "孙工", "李工", tmp_path / "1.pdf")
    clock.advance(timedelta(hours=2))
    calls.apply_action(desk, first_ticket, Action.NOTE, {"note": "第二班的备注"})
    clock.advance(timedelta(hours=1))
    second = handover.handover_document(desk, "李工", "孙工", tmp_path / "2.pdf", annex=True)
    assert (first.serial, second.serial) == ("JJ-2026-0001", "JJ-2026-0002")
    text = flat(pdf_text(tmp_path / "2.pdf"))
    assert "第二班的备注" in text and "第一班的备注" not in text
    assert f"上次交接（{first.serial}）" in text
    empty = flat(pdf_text(tmp_path / "1.pdf")).split("四、未处理的逐级上报")[1]
    assert "无" in empty  # an empty section prints 无


@pytest.mark.parametrize(
    ("giver", "taker", "message"),
    [
        ("孙工", " 孙工 ", "接班人不能与交班人是同一人：孙工"),
        ("", "李工", "请填写交班人"),
        ("孙工", "  ", "请填写接班人"),
    ],
)
def test_bad_names_are_refused_and_leave_nothing(
    desk: Desk,
    make_ticket: Callable[..., int],
    tmp_path: Path,
    giver: str,
    taker: str,
    message: str,
) -> None:
    make_ticket()
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(DocumentError, match=message):
        handover.handover_document(desk, giver, taker, folder / "handover.pdf")
    assert list(folder.iterdir()) == []
    with desk.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 0


def test_missing_folder_is_refused(desk: Desk, tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="文件夹不存在"):
        handover.handover_document(desk, "孙工", "李工", tmp_path / "none" / "h.pdf")
    assert _documents(desk) == []


def test_the_annex_holds_every_event_in_full_when_asked_for(
    desk: Desk, shift: dict[str, str], tmp_path: Path
) -> None:
    handover.handover_document(desk, "孙工", "李工", tmp_path / "a.pdf", annex=True)
    annex = flat(pdf_text(tmp_path / "a.pdf")).split("附件：本班处理记录")[1]
    assert "本班备注：等待读卡模块备件" in annex and "读卡模块故障" in annex


def test_a_chosen_start_opens_the_window(desk: Desk, shift: dict[str, str], tmp_path: Path) -> None:
    start = START + timedelta(hours=25, minutes=30)
    handover.handover_document(desk, "孙工", "李工", tmp_path / "s.pdf", start=start)
    text = pdf_text(tmp_path / "s.pdf")
    assert "所选开始时间" in text and start.astimezone().strftime("%H:%M") in text
    with pytest.raises(DocumentError, match="本班开始时间必须早于交接时间"):
        handover.handover_document(
            desk, "孙工", "李工", tmp_path / "t.pdf", start=START + timedelta(hours=27)
        )


def test_sections_are_a_list_of_builders(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def spare_parts(shift: handover.Shift) -> handover.HandoverSection:
        return handover.HandoverSection("库存预警", ("备件", "数量"), (50, 50), (("硬盘", "0"),))

    monkeypatch.setattr(handover, "SECTION_BUILDERS", [*handover.SECTION_BUILDERS, spare_parts])
    handover.handover_document(desk, "孙工", "李工", tmp_path / "h.pdf")
    text = flat(pdf_text(tmp_path / "h.pdf"))
    count = len(handover.SECTION_BUILDERS)  # the patched list, the spare parts last
    assert handover_form.numbered(count, "库存预警") in text and "硬盘" in text
    assert handover_form.numbered(count + 1, "交接确认") in text
    assert "二、未关闭工单无" in text  # an empty section prints 无


def test_a_failed_render_leaves_no_file_and_no_row(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> list:
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr(handover_form, "handover_story", broken)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(RuntimeError, match="exploded"):
        handover.handover_document(desk, "孙工", "李工", folder / "h.pdf")
    assert list(folder.iterdir()) == [] and _documents(desk) == []
    monkeypatch.undo()
    info = handover.handover_document(desk, "孙工", "李工", folder / "h.pdf")
    assert info.serial == "JJ-2026-0001"  # the failed attempt used no number


def test_ticket_numbers_are_listed_once_in_order_with_runs_as_ranges() -> None:
    numbers = ["GD-2026-0725", "GD-2026-0723", "GD-2026-0724", "GD-2026-0730", "GD-2026-0723"]
    assert handover.compact_numbers(numbers) == "GD-2026-0723～0725、0730"
    assert handover.compact_numbers(["GD-2026-0009", "GD-2026-0010"]) == "GD-2026-0009、0010"
    assert handover.compact_numbers(["GD-2026-0001", "GD-2025-0999"]) == (
        "GD-2025-0999、GD-2026-0001"
    )
    assert handover.compact_numbers([]) == ""


def _rendered(tmp_path: Path, rows: int) -> list[str]:
    """The pages' text of a handover whose last section has ``rows`` lines."""
    work = handover.HandoverSection(
        "本班工作",
        ("事项", "次数", "工单"),
        (18, 8, 74),
        tuple((f"事项{i}", "1", "GD") for i in range(rows)),
        True,
    )
    doc = HandoverDocument(
        from_engineer="孙工",
        to_engineer="李工",
        at=START,
        shift_start=START - timedelta(hours=12),
        since="前12小时（无上次交接）",
        notes="无",
        sections=(work,),
    )
    out = tmp_path / f"{rows}.pdf"
    handover_form.render_handover(
        out, header(title="交接班记录", serial="JJ-2026-0001", ticket_number=""), doc
    )
    return pdf_text(out).split("\f")[:-1]


def test_the_signatures_stay_on_the_page_of_the_last_rows(tmp_path: Path) -> None:
    one_page = max(n for n in range(20, 60, 2) if len(_rendered(tmp_path, n)) == 1)
    for rows in range(one_page, one_page + 12):
        pages = _rendered(tmp_path, rows)
        last = flat(pages[-1])
        assert "交接确认" in last and f"事项{rows - 1}" in last, rows  # never signatures alone
        assert "交接确认" not in flat("".join(pages[:-1]))


def test_blank_writing_room_shrinks_before_the_signatures_take_a_page_of_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def rows_on_one_page() -> int:
        return max(n for n in range(16, 40) if len(_rendered(tmp_path, n)) == 1)

    shrinking = rows_on_one_page()
    monkeypatch.setattr(handover_form, "TIGHT", handover_form.ROOMY)
    assert shrinking >= rows_on_one_page() + 2
