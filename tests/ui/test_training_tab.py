"""The 培训演练 tab driven as a user: a session with its sign-in sheet, a drill with a bad
timeline line named, what is due; and the 配置丢失 plan linking to the newest snapshots."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from app.domain.devices.snapshots import SnapshotKind
from app.gui.messages import OpenFileBox
from app.gui.plans.tab import PlansTab
from app.gui.training.tab import TrainingTab
from app.services.devices import snapshots
from app.services.plans.plans import list_plans
from app.services.training import records
from tests.db.device_helpers import small_register
from tests.ui.keyboard import retype


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
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(training.buttons["print_training"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(training.printer.message_box, OpenFileBox), timeout=10_000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "培训签到表" in text and "刘值班员" in text


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
