"""The 培训演练 tab driven as a user: a session with its sign-in sheet, a drill with a bad
timeline line named, what is due; and the 配置丢失 plan linking to the newest snapshots."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from sqlalchemy import select

from app.db.models import Document
from app.domain.devices.snapshots import SnapshotKind
from app.gui.plans.tab import PlansTab
from app.gui.training.tab import TrainingTab
from app.services.devices import snapshots
from app.services.plans.plans import list_plans
from app.services.training import records
from tests.db.device_helpers import small_register
from tests.ui.keyboard import retype
from tests.ui.preview import wait_for_pages, wait_settled


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def copies_of(desk, serial: str) -> int:
    with desk.db.read() as session:
        document = session.scalar(select(Document).where(Document.serial == serial))
        return document.copies if document is not None else -1


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


@pytest.fixture
def training(qtbot, desk) -> TrainingTab:
    tab = TrainingTab(desk)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    return tab


def test_record_a_session_and_print_its_sign_in_sheet(
    qtbot, training, desk, clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtmodel = training.trainings_model
    assert training.training_due.text() == "下次培训：尚无记录，请尽快安排（从未进行）"
    qtbot.mouseClick(training.buttons["new_training"], Qt.MouseButton.LeftButton)
    dialog = training.dialog
    dialog.held_at.setDateTime(dialog.held_at.dateTime().addDays(-1))
    retype(qtbot, dialog.topic, "视频监控系统操作培训")
    dialog.attendees.setPlainText("指挥中心：王值班员、刘值班员\n张科长 监管科")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "请填写“效果检验方式”" in dialog.error_label.text()
    retype(qtbot, dialog.effect_check, "现场实操考核")
    with qtbot.waitSignal(training.trainingChanged):
        ok(qtbot, dialog)
    assert [len(t.attendees) for t in qtmodel.rows] == [3]
    assert training.training_due.text().startswith("下次培训：")
    assert "未到期" in training.training_due.text()
    training.trainings_view.selectRow(0)
    out = tmp_path / "sheet.pdf"
    asked: list[str] = []

    def save_as(_parent, _title, proposed, *_rest):
        asked.append(proposed)
        return (str(out), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(training.buttons["print_training"], Qt.MouseButton.LeftButton)
    preview = wait_for_pages(qtbot, training.printer)  # the program's own preview
    assert "培训签到表" in preview.banner.text() and "PX-2026-0001" in preview.banner.text()
    shown = pdf_text(preview.document.path)
    assert "培训签到表" in shown and "刘值班员" in shown
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).name == "培训签到表_1.pdf"
    assert "刘值班员" in pdf_text(out)
    qtbot.waitUntil(lambda: copies_of(desk, "PX-2026-0001") == 1, timeout=10_000)
    assert opened == []  # no system viewer
    wait_settled(qtbot, preview)
    preview.close()


def test_a_drill_with_a_bad_timeline_line_is_refused_naming_it(qtbot, training, desk) -> None:
    qtbot.mouseClick(training.buttons["new_drill"], Qt.MouseButton.LeftButton)
    dialog = training.dialog
    dialog.held_at.setDateTime(dialog.held_at.dateTime().addDays(-2))
    dialog.plan.setCurrentIndex(dialog.plan.findText("YA-02 配置丢失"))
    dialog.scenario.setPlainText("NVR-2 配置丢失")
    dialog.script.setPlainText("按快照恢复")
    retype(qtbot, dialog.participants, "孙工、王值班员")
    dialog.timeline.setPlainText("09:00 开始\n恢复完成")
    ok(qtbot, dialog)
    assert "演练经过第 2 行应以时间开头" in dialog.error_label.text()
    dialog.timeline.setPlainText("09:00 开始\n09:40 恢复完成")
    with qtbot.waitSignal(training.trainingChanged):
        ok(qtbot, dialog)
    [drill] = records.list_drills(desk)
    assert drill.plan_title.startswith("YA-02 配置丢失") and len(drill.steps) == 2
    assert "下次应急演练" in training.drill_due.text()

    training.drills_view.selectRow(0)
    qtbot.mouseClick(training.buttons["print_drill"], Qt.MouseButton.LeftButton)
    preview = wait_for_pages(qtbot, training.printer)
    assert "应急演练报告" in preview.banner.text()
    shown = pdf_text(preview.document.path)
    assert "应急演练报告" in shown and "09:40" in shown and "恢复完成" in shown
    preview.close()


def test_the_config_loss_plan_links_the_newest_snapshots(qtbot, desk) -> None:
    ids = small_register(desk)
    snapshots.add_snapshot(desk, ids["nvr"], SnapshotKind.TEXT, "验收时导出", "NTP：10.0.10.9")
    tab = PlansTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    plan = next(p for p in list_plans(desk) if p.title == "配置丢失")
    tab.show_item("plan", plan.id)
    shown = tab.item_view.toPlainText()
    assert "最新配置快照（按此恢复配置）" in shown and "SP-0001" in shown and "验收时导出" in shown
    with qtbot.waitSignal(tab.deviceRequested) as requested:
        tab.item_view.anchorClicked.emit(QUrl(f"device:{ids['nvr']}"))
    assert requested.args == [ids["nvr"]]
    other = next(p for p in list_plans(desk) if p.title == "操作失误")
    tab.show_item("plan", other.id)
    assert "最新配置快照" not in tab.item_view.toPlainText()


def test_the_due_list_shows_the_next_drill(qtbot, desk, clock) -> None:
    from app.gui.inspections.due_page import DuePage
    from tests.db.test_training_records import drill_values

    records.save_drill(desk, drill_values(desk, clock, held_at=clock.now() - timedelta(days=340)))
    page = DuePage(desk)
    qtbot.addWidget(page)
    page.refresh()
    due = (desk.today() + timedelta(days=25)).isoformat()
    assert page.drill_due.text() == f"下次应急演练：{due}（即将到期，还有 25 天）"
    assert "从未进行" in page.training_due.text()


def test_the_documents_handover_list_opens_in_the_preview_and_keeps_its_serial(
    qtbot, desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from app.gui.devices.documents_page import DocumentsPage
    from app.services.devices import documents as library

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
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = DocumentsPage(desk)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.handover_button, Qt.MouseButton.LeftButton)
    preview = wait_for_pages(qtbot, page.files)
    assert "维护资料移交清单" in preview.banner.text()
    serial = preview.document.serial
    assert serial.startswith("ZL-2026-")
    assert "接口规范和协议汇编" in pdf_text(preview.document.path)
    preview.close()
    # Opened again unchanged: the same number (the register keeps one entry), no system viewer.
    qtbot.mouseClick(page.handover_button, Qt.MouseButton.LeftButton)
    again = wait_for_pages(qtbot, page.files)
    assert again is not preview
    assert again.document.serial == serial
    again.close()
    assert opened == []
