"""Plan sheet, plans booklet and incident report PDFs, read back with pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import Document
from app.domain.validation import ValidationError
from app.services.context import Desk
from app.services.documents import DocumentError
from app.services.plans import documents, followed, incident_report, plans
from tests.conftest import DEFECT_STEPS, do_step


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def flat(text: str) -> str:
    return "".join(text.split())


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_a_plan_prints_on_one_page_with_steps_and_whom_to_call(desk: Desk, tmp_path: Path) -> None:
    plan, path = documents.print_plan(desk, "YA-05", tmp_path / "plan.pdf")
    assert pages(path) == 1
    text = flat(pdf_text(path))
    assert "应急预案：网络中断（断网）" in text
    assert "YA-05（第1版）" in text
    for step in plan.steps:
        assert flat(step)[:20] in text
    assert "何经理" in text and "内线9001" in text and "罗主任" in text  # ladder levels 1 and 2
    assert "蒋总" not in text  # level 3 is not on this plan
    assert "驻场工程师孙工" in text
    assert "接入交换机SW-2448" in text
    assert "第1页共1页" in text
    meta = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "Title:           应急预案 YA-05 网络中断（断网）\n" in meta  # the number once


def test_a_long_plan_still_fits_one_page(desk: Desk, tmp_path: Path) -> None:
    plan = plans.find_plan(desk, "YA-06")
    values = plans.as_values(plan)
    values["steps"] = [f"第{i}步：" + "检查设备状态并记录告警信息，" * 6 for i in range(1, 21)]
    plans.save_plan(desk, values, plan.id)
    _plan, path = documents.print_plan(desk, "YA-06", tmp_path / "long.pdf")
    assert pages(path) == 1
    assert "第20步" in flat(pdf_text(path))


def test_the_booklet_has_contents_and_a_page_per_plan(desk: Desk, tmp_path: Path) -> None:
    count, path = documents.print_booklet(desk, tmp_path / "booklet.pdf")
    assert count == 13
    assert pages(path) == 14
    text = pdf_text(path)
    first = flat(text.split("\f")[0])
    assert "应急预案汇编" in first
    for title in ("操作失误", "配置丢失", "数据丢失", "网络中断（断网）", "时钟不同步（时间偏差）"):
        assert title in first
    assert "加强培训力度，掌握培训效果，检验操作人员操作水准，提示注意事项" in flat(text)
    assert "派出上门维护、培训人员重新配置，并耐心讲解" in flat(text)


def test_plan_errors_are_clear(desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(plans.PlanError, match="找不到预案：YA-77"):
        documents.print_plan(desk, "YA-77", out / "x.pdf")
    with pytest.raises(DocumentError, match="文件夹不存在"):
        documents.print_plan(desk, "YA-01", out / "missing" / "x.pdf")
    assert list(out.iterdir()) == []


def fixed_major_ticket(desk: Desk, make_ticket) -> tuple[int, str]:
    ticket_id = make_ticket(severity="major")
    for action, values in DEFECT_STEPS[:5]:
        do_step(desk, ticket_id, action, values)
    return ticket_id, "GD-2026-0001"


def test_incident_report_is_registered_and_prints_the_timeline(
    desk: Desk, make_ticket, tmp_path: Path
) -> None:
    ticket_id, number = fixed_major_ticket(desk, make_ticket)
    plan = plans.find_plan(desk, "YA-04")
    followed.record_plan_followed(desk, ticket_id, plan.id)
    draft = incident_report.incident_text(desk, ticket_id)
    assert not draft.saved and draft.cause == "PoE 端口损坏"
    values = {**draft.values(), "impact": "监区一3号监仓图像中断，期间由民警现场看护。"}
    info = incident_report.print_incident_report(desk, number, tmp_path / "hb.pdf", values)
    assert info.serial == "HB-2026-0001" and info.kind_label == "问题汇报"
    text = flat(pdf_text(tmp_path / "hb.pdf"))
    for words in (
        "问题汇报",
        "HB-2026-0001",
        "一、基本情况",
        "二、事件经过",
        "监区一3号监仓图像中断，期间由民警现场看护。",
        "四、原因分析",
        "PoE端口损坏",
        "改接备用端口，图像恢复",
        "定期巡检交换机端口状态",
        f"按应急预案处置：YA-04{flat(plan.title)}（第1版）",
        "七、处理过程记录",
        "主管领导确认：马所长电子签字同意（账户mazhang）",
        "驻场工程师（签字）",
        "用户主管领导（签字）",
    ):
        assert words in text, words
    with desk.db.read() as session:
        row = session.scalar(select(Document).where(Document.serial == "HB-2026-0001"))
        assert row is not None and row.kind == "incident_report" and row.ticket_id == ticket_id
    saved = incident_report.incident_text(desk, ticket_id)
    assert saved.saved and saved.impact == values["impact"]


def test_incident_report_refuses_bad_input(desk: Desk, make_ticket, tmp_path: Path) -> None:
    ticket_id, number = fixed_major_ticket(desk, make_ticket)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ValidationError, match="影响范围"):
        incident_report.print_incident_report(
            desk,
            number,
            tmp_path / "x.pdf",
            {**incident_report.incident_text(desk, ticket_id).values(), "impact": " "},
        )
    consultation = make_ticket(ticket_class="consultation")
    with pytest.raises(DocumentError, match="问题汇报只用于系统缺陷类问题"):
        incident_report.print_incident_report(desk, "GD-2026-0002", tmp_path / "y.pdf")
    assert consultation and list(tmp_path.iterdir()) == []
    with desk.db.read() as session:
        assert session.scalar(select(Document.id)) is None
