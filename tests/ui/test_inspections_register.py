"""The backup register and the checklist editor, driven through their dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.domain.enums import AnswerKind, BackupKind, DueState, Frequency
from app.gui.inspections.tab import BACKUPS_PAGE, TEMPLATES_PAGE, InspectionsTab
from app.gui.inspections.template_editor import COL_CHECK, COL_KIND, COL_MAX, COL_MIN, COL_UNIT
from app.services.context import Desk
from app.services.inspections import backups, checklists, runs
from tests.ui.keyboard import retype


@pytest.fixture
def itab(qtbot, desk: Desk) -> InspectionsTab:
    widget = InspectionsTab(desk)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitUntil(lambda: not widget.busy, timeout=5000)
    return widget


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def backup_state(desk: Desk, code: str, kind: BackupKind) -> DueState:
    return next(
        d for d in backups.backups_due(desk) if d.system_code == code and d.kind is kind
    ).status.state


def test_record_a_backup_from_the_due_list_and_a_restore_test(
    qtbot, itab: InspectionsTab, desk: Desk
) -> None:
    assert backup_state(desk, "SERVER", BackupKind.INCREMENTAL) is DueState.DUE_TODAY
    page = itab.due_page
    row = next(
        i
        for i, d in enumerate(page.backup_model.rows)
        if d.system_code == "SERVER" and d.kind is BackupKind.INCREMENTAL
    )
    page.backup_view.setFocus()
    page.backup_view.setCurrentIndex(page.backup_model.index(row, 0))
    qtbot.keyClick(page.backup_view, Qt.Key.Key_Return)
    dialog = itab.backups_page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.system_combo.currentData() == "SERVER"
    assert dialog.kind_combo.currentData() == BackupKind.INCREMENTAL.value
    assert dialog.location_edit.text().startswith("中心机房 备份服务器 BAK-01")  # the policy's
    qtbot.keyClicks(dialog.size_edit, "x")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "大小（MB）" in dialog.error_label.text()
    assert backups.list_backups(desk) == []
    dialog.size_edit.clear()
    qtbot.keyClicks(dialog.size_edit, "3276.8")
    retype(qtbot, dialog.note_edit, "备份软件作业日志无报错")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()

    done = backups.list_backups(desk)
    assert len(done) == 1 and done[0].size_mb == pytest.approx(3276.8)
    assert done[0].note == "备份软件作业日志无报错"
    assert backup_state(desk, "SERVER", BackupKind.INCREMENTAL) is DueState.DONE
    state = next(
        d
        for d in page.backup_model.rows
        if d.system_code == "SERVER" and d.kind is BackupKind.INCREMENTAL
    )
    assert state.status.state is DueState.DONE
    assert "今日到期 2" in page.backup_summary.text()

    # The register lists it; a restore test is recorded once.
    register = itab.backups_page
    itab.show_page(BACKUPS_PAGE)
    qtbot.waitUntil(lambda: len(register.backup_model.rows) == 1, timeout=5000)
    assert register.backup_model.index(0, 6).data() == "未测试"
    click(qtbot, register.restore_button)
    test_dialog = register.dialog
    assert test_dialog is not None
    click(qtbot, test_dialog.save_button)
    assert "恢复测试情况" in test_dialog.error_label.text()  # the note is required
    retype(qtbot, test_dialog.note_edit, "恢复到测试机，数据库可正常打开")
    click(qtbot, test_dialog.save_button)
    assert not test_dialog.isVisible()
    qtbot.waitUntil(
        lambda: register.backup_model.index(0, 6).data().startswith("恢复成功"), timeout=5000
    )
    assert backups.list_backups(desk)[0].verify_ok is True
    assert not register.restore_button.isEnabled()


def test_edit_a_backup_policy(qtbot, itab: InspectionsTab, desk: Desk) -> None:
    register = itab.backups_page
    model = register.policy_model
    row = next(i for i, p in enumerate(model.rows) if p.system_code == "VIDEO")
    register.policy_view.setCurrentIndex(model.index(row, 0))
    click(qtbot, register.policy_button)
    dialog = register.dialog
    assert dialog is not None
    dialog.incremental_combo.setCurrentIndex(dialog.incremental_combo.findData("daily"))
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    video = next(p for p in backups.list_policies(desk) if p.system_code == "VIDEO")
    assert video.incremental is Frequency.DAILY
    assert model.index(row, 1).data() == "每日"
    assert any(
        d.system_code == "VIDEO" and d.kind is BackupKind.INCREMENTAL
        for d in itab.due_page.backup_model.rows
    )


def test_edit_a_checklist_and_an_old_run_keeps_its_lines(
    qtbot, itab: InspectionsTab, desk: Desk
) -> None:
    info = next(t for t in checklists.list_templates(desk) if t.name == "UPS及供电日巡检")
    old = runs.record_run(
        desk, info.id, [{"result": "pass"}, {"value": "220"}, {"value": "45"}, {"value": "24"}]
    )
    itab.show_page(TEMPLATES_PAGE)
    page = itab.templates_page
    row = next(i for i, t in enumerate(page.model.rows) if t.id == info.id)
    page.view.setCurrentIndex(page.model.index(row, 0))
    click(qtbot, page.edit_button)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    assert "不会随之改变" in editor.note_label.text()
    table = editor.table
    assert table.rowCount() == 4
    # Remove line 3 (load), add a battery-voltage line with a range.
    table.setCurrentCell(2, COL_CHECK)
    click(qtbot, editor.remove_button)
    table.setCurrentCell(2, COL_CHECK)
    click(qtbot, editor.add_button)
    new_row = table.currentRow()
    assert new_row == 3
    kind = table.cellWidget(new_row, COL_KIND)
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData(AnswerKind.NUMBER.value))
    table.item(new_row, COL_CHECK).setText("蓄电池组浮充电压")
    table.item(new_row, COL_UNIT).setText("V")
    table.item(new_row, COL_MIN).setText("自定")
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert "第4项「蓄电池组浮充电压」：上下限必须是数字" in editor.error_label.text()
    table.item(new_row, COL_MIN).setText("210")
    table.item(new_row, COL_MAX).setText("230")
    click(qtbot, editor.save_button)
    assert not editor.isVisible()

    changed = checklists.get_template(desk, info.id)
    assert [s.check for s in changed.items] == [
        "UPS运行模式",
        "UPS输出电压",
        "UPS室环境温度",
        "蓄电池组浮充电压",
    ]
    assert changed.items[3].range_text == "210–230 V"
    # The run done before still shows its own lines.
    kept = runs.get_run(desk, old.id)
    assert [i.spec.check for i in kept.items] == [
        "UPS运行模式",
        "UPS输出电压",
        "UPS负载率",
        "UPS室环境温度",
    ]
    itab.show_run(old.id)
    qtbot.waitUntil(lambda: itab.run_view.run_id == old.id, timeout=5000)
    assert itab.run_view.model.index(2, 2).data() == "UPS负载率"


def test_retire_and_restore_a_checklist(qtbot, itab: InspectionsTab, desk: Desk) -> None:
    page = itab.templates_page
    page.view.setCurrentIndex(page.model.index(0, 0))
    name = page.model.rows[0].name
    assert page.active_button.text() == "停用"
    click(qtbot, page.active_button)
    assert name not in [r.name for r in runs.due_list(desk)]
    assert name not in [r.name for r in itab.due_page.due_model.rows]
    assert page.retired_check.isChecked()
    assert page.selected() is not None and not page.selected().active
    assert page.model.index(page.view.currentIndex().row(), 5).data() == "已停用"
    click(qtbot, page.active_button)
    assert name in [r.name for r in itab.due_page.due_model.rows]


def test_a_new_checklist(qtbot, itab: InspectionsTab, desk: Desk) -> None:
    page = itab.templates_page
    click(qtbot, page.new_button)
    editor = page.editor
    assert editor is not None
    click(qtbot, editor.save_button)
    text = editor.error_label.text()
    assert "请填写“巡检表名称”" in text and "请选择“系统”" in text
    retype(qtbot, editor.name_edit, "机房环境周巡检")
    editor.system_combo.setCurrentIndex(editor.system_combo.findData("SERVER"))
    editor.frequency_combo.setCurrentIndex(editor.frequency_combo.findData("weekly"))
    editor.table.item(0, COL_CHECK).setText("精密空调运行状态")
    click(qtbot, editor.save_button)
    assert not editor.isVisible()
    assert any(r.name == "机房环境周巡检" for r in itab.due_page.due_model.rows)
    assert itab.history_page.template_combo.findText("机房环境周巡检") >= 0
