"""The register's and training's printed documents read back with tools nobody here wrote:
pdftotext (text), pdffonts (the font embedded), qpdf --check (a sound file)."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.domain.devices.register import DeviceError
from app.services.devices import documents as library
from app.services.devices.printing import handover_documents
from app.services.training import records
from app.services.training.printing import drill_report, training_sheet
from tests.db.test_training_records import drill_values, training_values


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _sound(path: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts.stdout  # every font embedded
    subprocess.run(["qpdf", "--check", str(path)], capture_output=True, check=True)


def _manual(desk, tmp_path: Path, version: str, system: str = "VIDEO", **extra) -> int:
    file = tmp_path / f"manual-{version}.pdf"
    file.write_bytes(b"%PDF-1.4 demo " + version.encode())
    values = {
        "system": system,
        "kind": "operation_manual",
        "title": "视频监控系统操作手册",
        "version": version,
        "issued_on": date(2025, 6, 1),
        "handed_over_by": "项目经理 何经理",
        "handed_over_on": date(2025, 6, 25),
        "copies": 2,
        "paper": True,
        **extra,
    }
    return library.add_document(desk, values, file).id


def test_a_newer_version_keeps_the_older_one(desk, tmp_path: Path) -> None:
    first = _manual(desk, tmp_path, "V1.0")
    second = _manual(desk, tmp_path, "V1.1", handed_over_on=date(2026, 3, 1))
    versions = library.versions_of(desk, first)
    assert [(d.id, d.version, d.current) for d in versions] == [
        (second, "V1.1", True),
        (first, "V1.0", False),
    ]
    assert [d.id for d in library.list_documents(desk, current_only=True)] == [second]
    saved = library.save_document_file(desk, first, tmp_path / "old.pdf")
    assert saved.read_bytes() == b"%PDF-1.4 demo V1.0"


def test_the_handover_list_names_each_document_with_a_signature_block(desk, tmp_path: Path) -> None:
    _manual(desk, tmp_path, "V1.0")
    _manual(desk, tmp_path, "V1.1", handed_over_on=date(2026, 3, 1))
    library.add_document(
        desk,
        {
            "system": "",
            "kind": "interface_spec",
            "title": "接口规范和协议汇编",
            "handed_over_by": "项目经理 何经理",
            "handed_over_on": date(2025, 6, 25),
            "paper": True,
            "copies": 1,
        },
    )
    out = tmp_path / "handover.pdf"
    info = handover_documents(desk, out)
    assert info.serial.startswith("ZL-2026-") and info.kind_label == "维护资料移交清单"
    text = _text(out)
    for words in (
        "维护资料移交清单",
        info.serial,
        "视频监控系统操作手册",
        "V1.1",
        "接口规范和协议汇编",
        "全部系统",
        "纸质1份",
        "移交人（乙方）（签字）",
        "接收人（甲方）（签字）",
    ):
        assert words in text, words
    assert "V1.0" not in text  # replaced: only with --all-versions
    everything = handover_documents(desk, tmp_path / "all.pdf", current_only=False)
    assert "V1.0" in _text(tmp_path / "all.pdf") and everything.serial != info.serial
    _sound(out)
    with pytest.raises(DeviceError, match="没有符合条件的维护资料"):
        handover_documents(desk, tmp_path / "none.pdf", "UPS")


def test_the_training_sheet_lists_attendees_and_room_to_sign(desk, clock, tmp_path: Path) -> None:
    training_id = records.save_training(desk, training_values(clock))
    out = tmp_path / "sheet.pdf"
    info = training_sheet(desk, training_id, out)
    assert info.serial.startswith("PX-2026-")
    text = _text(out)
    for words in ("培训签到表", "视频监控系统操作培训", "售后工程师 钱工", "1小时30分钟",
                  "张科长", "监管科", "签到（签字）", "现场实操考核", "甲方负责人（签字）"):  # fmt: skip
        assert words in text, words
    _sound(out)


def test_the_drill_report_prints_the_timeline_and_lessons(desk, clock, tmp_path: Path) -> None:
    drill_id = records.save_drill(
        desk, drill_values(desk, clock, held_at=clock.now() - timedelta(days=3))
    )
    out = tmp_path / "drill.pdf"
    info = drill_report(desk, drill_id, out)
    assert info.serial.startswith("YL-2026-")
    text = _text(out)
    for words in ("应急演练报告", "配置丢失（第 1 版）", "09:15", "调出配置快照",
                  "报警联动参数需手工核对", "补充完整配置文件快照", "甲方确认人（签字）"):  # fmt: skip
        assert words in text, words
    _sound(out)
