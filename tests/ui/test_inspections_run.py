"""The 巡检 run form driven from the keyboard: due list → form → saved run, failures, errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.db.models.inspections import InspectionRun
from app.domain.enums import DueState, ItemResult
from app.gui.inspections.run_form import RunFormDialog
from app.gui.inspections.tab import DUE_PAGE, HISTORY_PAGE, InspectionsTab
from app.services.context import Desk
from app.services.inspections import runs as inspections
from tests.ui.keyboard import retype

UPS_DAILY = "UPS及供电日巡检"


@pytest.fixture
def itab(qtbot, desk: Desk) -> InspectionsTab:
    widget = InspectionsTab(desk)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitUntil(lambda: not widget.busy, timeout=5000)
    return widget


def run_count(desk: Desk) -> int:
    with desk.db.read() as session:
        return session.scalar(select(func.count(InspectionRun.id))) or 0


def due_state(desk: Desk, name: str) -> DueState:
    return next(r for r in inspections.due_list(desk) if r.name == name).status.state


def open_form(qtbot, itab: InspectionsTab, name: str) -> RunFormDialog:
    """Select the checklist in the due list and press Enter, as at the rack."""
    model = itab.due_page.due_model
    row = next(i for i, r in enumerate(model.rows) if r.name == name)
    view = itab.due_page.due_view
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = itab.run_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_due_list_shows_todays_checklists_first(itab: InspectionsTab) -> None:
    rows = itab.due_page.due_model.rows
    states = [r.status.state for r in rows]
    assert states == sorted(states, key=list(DueState).index)
    assert DueState.DUE_TODAY in states
    model = itab.due_page.due_model
    today = next(i for i, r in enumerate(rows) if r.name == UPS_DAILY)
    assert model.index(today, 0).data() == "今日到期"
    assert model.index(today, 7).data() == "从未巡检"
    assert "今日到期 5" in itab.due_page.due_summary.text()


def test_fill_a_run_by_keyboard_fail_by_value_and_see_the_due_list_change(
    qtbot, itab: InspectionsTab, desk: Desk
) -> None:
    assert due_state(desk, UPS_DAILY) is DueState.DUE_TODAY
    dialog = open_form(qtbot, itab, UPS_DAILY)
    assert dialog.inspector_edit.text() == "孙工"  # who: the logged-in engineer
    assert dialog.place_edit.text() == "中心机房"
    rows = dialog.rows
    assert [r.spec.check for r in rows][:2] == ["UPS运行模式", "UPS输出电压"]
    assert rows[1].value_edit is not None and "210–230 V" in rows[1].value_edit.toolTip()

    # Line 1 (pass/fail): P chooses 合格, Enter moves on to the note.
    combo = rows[0].result_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_P)
    assert rows[0].verdict_label.text() == "合格"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert dialog.focusWidget() is rows[0].note_edit
    retype(qtbot, rows[0].note_edit, "市电供电，逆变正常")

    # Line 2: a voltage above the range is marked failed while typing, before saving.
    edit = rows[1].value_edit
    qtbot.keyClicks(edit, "23")
    assert rows[1].verdict_label.text() == "不合格"  # 23 V: below 210–230 V
    qtbot.keyClicks(edit, "6")
    assert rows[1].verdict() is ItemResult.FAIL
    assert rows[1].verdict_label.text() == "不合格"
    assert "不合格 1 项" in dialog.summary_label.text()
    retype(qtbot, rows[1].note_edit, "输出电压偏高")
    qtbot.keyClicks(rows[2].value_edit, "45")
    qtbot.keyClicks(rows[3].value_edit, "24.5")
    assert [r.verdict() for r in rows] == [
        ItemResult.PASS,
        ItemResult.FAIL,
        ItemResult.PASS,
        ItemResult.PASS,
    ]

    dialog.windowHandle().requestActivate()  # the window manager's job on a real desktop
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    rows[3].note_edit.setFocus()
    qtbot.keyClick(rows[3].note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()

    runs = inspections.list_runs(desk)
    assert len(runs) == 1 and runs[0].template_name == UPS_DAILY
    run = inspections.get_run(desk, runs[0].id)
    assert run.inspector == "孙工"
    assert [i.result for i in run.items] == [
        ItemResult.PASS,
        ItemResult.FAIL,
        ItemResult.PASS,
        ItemResult.PASS,
    ]
    assert run.items[1].value == 236 and run.items[1].note == "输出电压偏高"
    assert run.items[0].note == "市电供电，逆变正常"

    # The due list changed: the checklist is done for today and moved down.
    assert due_state(desk, UPS_DAILY) is DueState.DONE
    model = itab.due_page.due_model
    row = next(i for i, r in enumerate(model.rows) if r.name == UPS_DAILY)
    assert model.index(row, 0).data() == "本期已完成"
    assert run.number in model.index(row, 7).data()
    assert "今日到期 4" in itab.due_page.due_summary.text()

    # The saved run is shown, its failed line selected.
    assert itab.pages.currentIndex() == HISTORY_PAGE
    qtbot.waitUntil(lambda: itab.run_view.run_id == run.id, timeout=5000)
    assert itab.run_view.current_item().position == 2
    assert itab.run_view.ticket_button.isEnabled()


def test_a_bad_answer_names_the_row_in_chinese_and_saves_nothing(
    qtbot, itab: InspectionsTab, desk: Desk
) -> None:
    dialog = open_form(qtbot, itab, UPS_DAILY)
    rows = dialog.rows
    # Line 1 failed without saying what was found; line 2 is not a number.
    rows[0].result_combo.setFocus()
    qtbot.keyClick(rows[0].result_combo, Qt.Key.Key_F)
    qtbot.keyClicks(rows[1].value_edit, "abc")
    assert rows[1].verdict_label.text() == "不是数字"
    qtbot.keyClicks(rows[2].value_edit, "45")
    qtbot.keyClicks(rows[3].value_edit, "24")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    text = dialog.error_label.text()
    assert "第1项「UPS运行模式」：不合格时请在备注中写明发现的问题" in text
    assert "第2项「UPS输出电压」：测量值不是数字" in text
    assert dialog.focusWidget() is rows[0].note_edit  # the cursor goes to the first bad line
    assert run_count(desk) == 0
    assert due_state(desk, UPS_DAILY) is DueState.DUE_TODAY

    # Fixing both lines saves.
    retype(qtbot, rows[0].note_edit, "UPS处于旁路模式")
    rows[1].value_edit.clear()
    qtbot.keyClicks(rows[1].value_edit, "220")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert run_count(desk) == 1
    # A run with a failed line opens on the 巡检记录 page, to open its defect ticket.
    assert itab.pages.currentIndex() == HISTORY_PAGE


def test_an_all_pass_run_stays_on_the_due_list(qtbot, itab: InspectionsTab, desk: Desk) -> None:
    dialog = open_form(qtbot, itab, UPS_DAILY)
    for row, value in zip(dialog.rows, ("", "220", "45", "24"), strict=True):
        if row.value_edit is None:
            row.result_combo.setFocus()
            qtbot.keyClick(row.result_combo, Qt.Key.Key_P)
        else:
            qtbot.keyClicks(row.value_edit, value)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    number = inspections.list_runs(desk)[0].number
    assert itab.pages.currentIndex() == DUE_PAGE
    assert itab.due_page.notice_label.text() == f"已保存 {number}（{UPS_DAILY}），全部合格"
    assert due_state(desk, UPS_DAILY) is DueState.DONE


def test_not_applicable_and_the_time_can_be_changed(
    qtbot, itab: InspectionsTab, desk: Desk
) -> None:
    dialog = open_form(qtbot, itab, UPS_DAILY)
    rows = dialog.rows
    for row, key in zip(
        rows, (Qt.Key.Key_1, Qt.Key.Key_N, Qt.Key.Key_N, Qt.Key.Key_N), strict=True
    ):
        row.result_combo.setFocus()
        qtbot.keyClick(row.result_combo, key)
    assert [r.verdict() for r in rows] == [ItemResult.PASS] + [ItemResult.NOT_APPLICABLE] * 3
    dialog.time_edit.setDateTime(dialog.time_edit.dateTime().addSecs(-3600))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    run = inspections.get_run(desk, inspections.list_runs(desk)[0].id)
    assert (desk.clock.now() - run.performed_at).total_seconds() == pytest.approx(3600, abs=60)


def test_a_correction_is_a_new_linked_run_and_the_original_stays(
    qtbot, itab: InspectionsTab, desk: Desk
) -> None:
    template = next(r for r in inspections.due_list(desk) if r.name == UPS_DAILY)
    original = inspections.record_run(
        desk,
        template.template_id,
        [
            {"result": "pass"},
            {"value": "236", "note": "录入时多按了一位"},
            {"value": "45"},
            {"value": "24"},
        ],
    )
    itab.refresh()
    itab.show_run(original.id)
    qtbot.waitUntil(lambda: itab.run_view.run_id == original.id, timeout=5000)
    qtbot.mouseClick(itab.run_view.correct_button, Qt.MouseButton.LeftButton)
    dialog = itab.run_view.correction_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows
    # Prefilled with the run's answers.
    assert rows[0].result_combo.currentData() == "pass"
    assert rows[1].value_edit.text() == "236" and rows[1].verdict() is ItemResult.FAIL
    assert rows[1].note_edit.text() == "录入时多按了一位"

    # Without a reason nothing is saved.
    rows[1].value_edit.clear()
    qtbot.keyClicks(rows[1].value_edit, "223")
    assert rows[1].verdict() is ItemResult.PASS
    rows[1].note_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "更正原因" in dialog.error_label.text()
    assert run_count(desk) == 1

    retype(qtbot, dialog.reason_edit, "第2项测量值录入错误，实测223V")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert run_count(desk) == 2

    latest = inspections.list_runs(desk)[0]
    corrected = inspections.get_run(desk, latest.id)
    assert corrected.corrects_number == original.number
    assert corrected.correction_reason == "第2项测量值录入错误，实测223V"
    assert corrected.items[1].value == 223 and corrected.items[1].result is ItemResult.PASS
    assert corrected.performed_at == original.performed_at
    before = inspections.get_run(desk, original.id)
    assert before.items[1].value == 236 and before.items[1].result is ItemResult.FAIL
    assert before.corrected_by_number == corrected.number

    # The view shows the correction and links back; the original cannot be corrected again.
    qtbot.waitUntil(lambda: itab.run_view.run_id == corrected.id, timeout=5000)
    links = itab.run_view.links_label.text()
    assert original.number in links and "第2项测量值录入错误" in links
    itab.run_view.links_label.linkActivated.emit(original.number)
    qtbot.waitUntil(lambda: itab.run_view.run_id == original.id, timeout=5000)
    assert corrected.number in itab.run_view.links_label.text()
    assert not itab.run_view.correct_button.isEnabled()
    itab.run_view.select_line(2)  # failed in the original, but the correction counts
    assert not itab.run_view.ticket_button.isEnabled()
    model = itab.history_page.model
    row = next(i for i, r in enumerate(model.rows) if r.id == original.id)
    assert model.index(row, 8).data() == f"已被 {corrected.number} 更正"


def test_enter_in_the_form_never_saves(qtbot, itab: InspectionsTab, desk: Desk) -> None:
    dialog = open_form(qtbot, itab, UPS_DAILY)
    edit = dialog.rows[1].value_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "220")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.rows[2].value_edit
    assert run_count(desk) == 0

    # Esc with answers typed asks first; "继续填写" keeps them, "放弃" closes.
    qtbot.keyClick(dialog.rows[2].value_edit, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None and box.isVisible() and dialog.isVisible()
    box.escapeButton().click()
    assert dialog.isVisible() and edit.text() == "220"
    dialog.reject()
    box = dialog.discard_box
    assert box is not None
    discard = next(b for b in box.buttons() if b.text() == "放弃")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert run_count(desk) == 0


def test_an_untouched_form_closes_at_once(qtbot, itab: InspectionsTab) -> None:
    dialog = open_form(qtbot, itab, UPS_DAILY)
    dialog.reject()
    assert not dialog.isVisible() and dialog.discard_box is None
    QApplication.processEvents()


def test_a_fast_typist_fills_a_checklist_value_enter_value(
    qtbot, itab: InspectionsTab, desk: Desk
) -> None:
    """P, Enter, Enter past the note, then each value and Enter: every line lands on its own."""
    dialog = open_form(qtbot, itab, UPS_DAILY)
    rows = dialog.rows
    assert dialog.focusWidget() is rows[0].result_combo
    assert "测量值后回车到下一行" in dialog.hint_label.text()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    keys: list[str | Qt.Key] = ["p", Qt.Key.Key_Return, Qt.Key.Key_Return]
    keys += ["220", Qt.Key.Key_Return, "45", Qt.Key.Key_Return, "24.5"]
    for key in keys:
        focused = QApplication.focusWidget()
        assert focused is not None
        if isinstance(key, str):
            qtbot.keyClicks(focused, key)
        else:
            qtbot.keyClick(focused, key)
    assert [r.value_edit.text() for r in rows[1:] if r.value_edit is not None] == [
        "220",
        "45",
        "24.5",
    ]
    assert all(r.chosen() == "" for r in rows[1:])  # no digit ever reached a 结论 box
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert not dialog.isVisible()
    run = inspections.get_run(desk, inspections.list_runs(desk)[0].id)
    assert [i.value for i in run.items[1:]] == [220, 45, 24.5]
    assert [i.result for i in run.items] == [ItemResult.PASS] * 4
