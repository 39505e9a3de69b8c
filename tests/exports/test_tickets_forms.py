"""The defect form and consultation record, rendered and read back with poppler's tools."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models import Document, Ticket
from app.domain.tickets.workflow import Action
from app.exports.pdf_fonts import Styles
from app.exports.pdf_frame import write_pdf
from app.exports.pdf_tables import end_with, fit_widths, grid_table, signatures
from app.exports.pdf_text import fmt_duration
from app.exports.tickets import defect_form as defect_form_module
from app.services import documents
from app.services.context import Desk
from app.services.documents import DocumentError
from app.services.tickets import (
    calls,
    forms,  # noqa: E402
)
from app.services.tickets.document_data import TicketMissingError
from tests.conftest import START, do_step
from tests.exports.test_pdf_rare_characters import header

LONG_TEXT = "值班员反映监区一3号监仓摄像机画面时有时无，" * 30 + "描述结束标记"


def walk_defect(desk: Desk, clock, ticket_id: int, notes: int = 0) -> str:
    """Take a defect ticket through every step; returns its number."""
    steps: list[tuple[Action, dict]] = [
        (Action.RESPOND, {}),
        (Action.TRIAGE, {"triage_result": "technical", "analysis": "PoE 交换机端口故障"}),
        (Action.ARRIVE, {}),
        (Action.PAUSE, {"reason": "等待甲方开通监仓门禁"}),
        (Action.RESUME, {}),
        (Action.CONFIRM, {"supervisor_name": "马所长", "plan": "更换交换机端口"}),
        *[(Action.NOTE, {"note": f"第{i}次检查：逐一排查线路与供电，" * 4}) for i in range(notes)],
        (
            Action.FIX,
            {
                "cause": "PoE端口损坏",
                "resolution": "改接备用端口图像恢复",
                "prevention": "定期巡检交换机端口状态",
                "maintenance_type": "corrective",
                "liability": "contractor",
            },
        ),
        (Action.REPORT, {"note": "已上报服务中心"}),
        (Action.REPLY, {"reply": "原因：端口损坏；变更：改接端口12"}),
        (Action.CLOSE, {"follow_up": "回访满意"}),
    ]
    for action, values in steps:
        clock.advance(timedelta(minutes=3))
        do_step(desk, ticket_id, action, values)
    with desk.db.read() as session:
        return session.scalar(select(Ticket.number).where(Ticket.id == ticket_id))


def pdf_text(path: Path, layout: bool = True) -> str:
    options = ["-layout"] if layout else []
    result = subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(ln for ln in info.stdout.splitlines() if ln.startswith("Pages:")).split()[1])


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def defect_number(desk: Desk, clock, make_ticket: Callable[..., int]) -> str:
    return walk_defect(desk, clock, make_ticket(description=LONG_TEXT))


def test_defect_form_holds_every_field(desk: Desk, defect_number: str, tmp_path: Path) -> None:
    out = tmp_path / "defect.pdf"
    info = forms.defect_form(desk, defect_number, out)
    assert re.fullmatch(r"QX-2026-\d{4}", info.serial)
    text = pdf_text(out)
    for expected in (
        "系统缺陷类问题提交单",
        defect_number,
        info.serial,
        "张警官",
        "监管科",
        "监区一 3号监仓",
        "主管领导",
        "马所长",
        "驻场工程师",
        "改正性维护",
        "技术问题",
        "等待甲方开通监仓门禁",
        "内部资料 注意保密",
        "第 1 页 共",
    ):
        assert expected in text, expected
    squeezed = flat(text)
    for expected in ("PoE端口损坏", "改接备用端口图像恢复", "定期巡检交换机端口状态", "达标"):
        assert expected in squeezed, expected
    assert START.astimezone().strftime("%Y-%m-%d %H:%M") in text  # the call, in local time


def test_font_is_embedded(desk: Desk, defect_number: str, tmp_path: Path) -> None:
    out = tmp_path / "defect.pdf"
    forms.defect_form(desk, defect_number, out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    lines = fonts.stdout.splitlines()[2:]  # below the two header lines
    assert lines and all("WenQuanYi" in line for line in lines), fonts.stdout
    assert all(" yes yes yes " in line for line in lines), "every font is embedded"


def test_long_description_wraps_and_keeps_all_its_text(
    desk: Desk, defect_number: str, tmp_path: Path
) -> None:
    out = tmp_path / "defect.pdf"
    forms.defect_form(desk, defect_number, out)
    text = pdf_text(out)
    assert "描述结束标记" in flat(text)
    assert flat(LONG_TEXT) in flat(pdf_text(out, layout=False))
    lines_with_it = [line for line in text.splitlines() if "时有时无" in line]
    assert len(lines_with_it) > 3  # wrapped over many lines inside its cell


def test_long_timeline_counts_its_pages(
    desk: Desk, clock, make_ticket: Callable[..., int], tmp_path: Path
) -> None:
    number = walk_defect(desk, clock, make_ticket(), notes=60)
    out = tmp_path / "long.pdf"
    forms.defect_form(desk, number, out)
    text = pdf_text(out)
    pages = text.split("\f")
    pages = [p for p in pages if p.strip()]
    total = len(pages)
    assert total >= 3
    for index, page in enumerate(pages, start=1):
        assert f"第 {index} 页 共 {total} 页" in page
    # The QR code, drawn once and placed on every page, reads back on every page (zbarimg).
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "page")], check=True)
    scans = sorted(tmp_path.glob("page-*.png"))
    assert len(scans) == total
    for scan in scans:
        read = subprocess.run(
            ["zbarimg", "--quiet", "--raw", str(scan)], capture_output=True, text=True, check=True
        )
        assert read.stdout.strip() == f"QX-2026-0001;{number}"


def test_consultation_record(desk: Desk, make_ticket: Callable[..., int], tmp_path: Path) -> None:
    ticket_id = make_ticket(ticket_class="consultation", title="如何回放录像")
    calls.apply_action(desk, ticket_id, Action.ANSWER, {"answer": "在客户端选择回放并指定时段"})
    with desk.db.read() as session:
        number = session.scalar(select(Ticket.number).where(Ticket.id == ticket_id))
    out = tmp_path / "consultation.pdf"
    info = forms.consultation_record(desk, number, out)
    assert info.serial.startswith("ZX-2026-")
    text = pdf_text(out)
    for expected in ("咨询类问题记录", number, info.serial, "张警官", "响应", "咨询人"):
        assert expected in text, expected
    compact = flat(text)
    assert "在客户端选择回放并指定时段" in compact
    for expected in ("接报人", "解答人孙工", "满意度：□满意□基本满意□不满意"):
        assert expected in compact, expected
    assert compact.count("如何回放录像") == 1 and "后续处理" not in compact
    assert pdf_pages(out) == 1
    with pytest.raises(DocumentError, match="咨询类问题"):
        forms.defect_form(desk, number, tmp_path / "wrong.pdf")
    assert not (tmp_path / "wrong.pdf").exists()


def test_an_open_consultation_leaves_room_to_write_the_answer(
    desk: Desk, make_ticket: Callable[..., int], tmp_path: Path
) -> None:
    ticket_id = make_ticket(ticket_class="consultation", title="如何导出录像")
    with desk.db.read() as session:
        number = session.scalar(select(Ticket.number).where(Ticket.id == ticket_id))
    out = tmp_path / "open.pdf"
    forms.consultation_record(desk, number, out)
    compact = flat(pdf_text(out))
    assert "解答内容" in compact and "后续处理" in compact and "解答人解答时间" in compact
    assert pdf_pages(out) == 1
    words = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    tops = {
        w: float(re.search(rf'yMin="([\d.]+)"[^>]*>{w}<', words).group(1))
        for w in ("解答内容", "后续处理", "三、响应时限")
    }
    line = 12  # body text, 9.5 pt with leading: three lines are well over 30 pt
    assert tops["后续处理"] - tops["解答内容"] > 3 * line
    assert tops["三、响应时限"] - tops["后续处理"] > 3 * line


def test_wrong_class_and_missing_ticket_raise(
    desk: Desk, defect_number: str, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(DocumentError, match="系统缺陷类问题，不能打印“咨询类问题记录”"):
        forms.consultation_record(desk, defect_number, out)
    with pytest.raises(TicketMissingError, match="找不到工单：GD-2026-9999"):
        forms.defect_form(desk, "GD-2026-9999", out)
    with pytest.raises(DocumentError, match="文件夹不存在"):
        forms.defect_form(desk, defect_number, tmp_path / "none" / "x.pdf")
    assert not out.exists()
    assert _documents(desk) == 0


def test_document_row_is_recorded(desk: Desk, defect_number: str, tmp_path: Path) -> None:
    first = forms.defect_form(desk, defect_number, tmp_path / "a.pdf")
    second = forms.defect_form(desk, defect_number, tmp_path / "b.pdf")
    assert (first.serial, second.serial) == ("QX-2026-0001", "QX-2026-0001")  # a reprint
    assert (first.copy_note, second.copy_note) == ("", "补打（第 1 次）")
    listed = documents.documents_of_ticket(desk, first.ticket_id)
    assert [(d.serial, d.copies) for d in listed] == [(first.serial, 2)]
    assert listed[0].kind == "defect_form" and not listed[0].filed
    assert listed[0].generated_by == "孙工"


def test_a_failed_render_leaves_no_file_and_no_row(
    desk: Desk, defect_number: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> list:
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr(defect_form_module, "defect_story", broken)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "defect.pdf"
    with pytest.raises(RuntimeError, match="exploded"):
        forms.defect_form(desk, defect_number, out)
    assert list(folder.iterdir()) == []
    assert _documents(desk) == 0
    monkeypatch.undo()
    info = forms.defect_form(desk, defect_number, out)
    assert info.serial == "QX-2026-0001"  # the failed attempt used no number


def test_mark_signed_filed(desk: Desk, defect_number: str, tmp_path: Path, clock) -> None:
    info = forms.defect_form(desk, defect_number, tmp_path / "a.pdf")
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(b"scan")
    clock.advance(timedelta(days=1))
    filed = documents.mark_signed_filed(desk, f" {info.serial.lower()};{defect_number}\n", scan)
    assert filed.filed and filed.signed_filed_at == clock.now()
    assert filed.filed_by == "孙工" and filed.scan_path == str(scan.resolve())
    assert documents.documents_of_ticket(desk, info.ticket_id)[0].filed
    with pytest.raises(DocumentError, match="已于 .* 归档"):
        documents.mark_signed_filed(desk, info.serial)
    with pytest.raises(DocumentError, match="没有编号为 QX-2026-0999 的文档"):
        documents.mark_signed_filed(desk, "QX-2026-0999")
    with pytest.raises(DocumentError, match="扫描件文件不存在"):
        documents.mark_signed_filed(desk, info.serial, tmp_path / "none.jpg")


def _documents(desk: Desk) -> int:
    with desk.db.read() as session:
        return session.scalar(select(func.count()).select_from(Document)) or 0


def test_columns_of_short_values_give_their_width_to_wrapping_ones() -> None:
    # a time column that needs 90 of its 100, a dash column that needs 20 of 100, a long text
    widths = fit_widths([90, 20, 900], [100, 100, 300])
    assert widths[0] == pytest.approx(90) and widths[1] == pytest.approx(20)
    assert widths[2] == pytest.approx(390) and sum(widths) == pytest.approx(500)
    # nothing wraps: the spare width goes back to every column in proportion
    assert fit_widths([10, 10], [100, 300]) == pytest.approx([10 + 95, 10 + 285])


def test_durations_print_days_and_drop_zero_minutes() -> None:
    assert fmt_duration(timedelta(minutes=5)) == "5分"
    assert fmt_duration(timedelta(hours=4)) == "4小时"
    assert fmt_duration(timedelta(hours=1, minutes=5)) == "1小时05分"
    assert fmt_duration(timedelta(days=5, hours=22, minutes=18)) == "5天22小时18分"


@pytest.mark.parametrize("rows", range(24, 40, 3))
def test_signatures_never_open_a_page_alone(rows: int, tmp_path: Path) -> None:
    def story(styles: Styles) -> list:
        table = grid_table(
            ["序号", "内容"], [[f"第{i}行", "记录"] for i in range(rows)], [1, 4], styles
        )
        return end_with([table], signatures("签字确认", ["提出人"], styles))

    out = tmp_path / "s.pdf"
    write_pdf(out, header(ticket_number=""), story)
    pages = [p for p in pdf_text(out).split("\f") if p.strip()]
    signed = next(p for p in pages if "提出人（签字）" in p)
    assert "签字确认" in signed and f"第{rows - 1}行" in signed  # the last row went along
