"""The 巡检 tab in English: headers, states, the form and the status bar speak English."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.inspections.run_form import RunFormDialog
from app.gui.main_window import MainWindow
from app.services.context import Desk
from app.services.inspections import checklists
from tests.ui.test_translation_en import chinese_in, english  # noqa: F401 (a fixture)


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_inspection_tab_speaks_english(qtbot, english, desk: Desk) -> None:  # noqa: F811
    window = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    tab = window.inspections_tab
    qtbot.waitUntil(lambda: not tab.busy, timeout=5000)
    pages = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert pages == ["Due", "Inspections", "Checklists", "Backup register"]
    due = tab.due_page.due_model
    assert headers(due)[:4] == ["Status", "Checklist", "System", "Frequency"]
    assert due.index(0, 0).data() == "Due today"
    assert due.index(0, 3).data() == "Daily"
    for model in (
        due,
        tab.due_page.backup_model,
        tab.history_page.model,
        tab.templates_page.model,
        tab.backups_page.policy_model,
        tab.backups_page.backup_model,
    ):
        assert chinese_in(headers(model)) == []
    assert window.status_bar.inspections_label.text() == "Inspections overdue 0"
    assert window.status_bar.backups_label.text() == "Backups overdue 0"

    template = checklists.list_templates(desk)[0]
    form = RunFormDialog(desk, template=template)
    qtbot.addWidget(form)
    assert form.save_button.text() == "Save inspection"
    row = form.rows[0]
    assert row.dimension_label.text() == "Run status check"
    assert chinese_in([row.result_combo.itemText(i) for i in range(row.result_combo.count())]) == []


def test_a_bad_line_is_named_in_english(qtbot, english, desk: Desk) -> None:  # noqa: F811
    template = next(t for t in checklists.list_templates(desk) if t.name == "UPS及供电日巡检")
    form = RunFormDialog(desk, template=template)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.rows[1].value_edit, "abc")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    lines = form.error_label.text().splitlines()
    assert lines[0] == "Line 1 “UPS运行模式”: choose pass or fail"
    assert lines[1] == "Line 2 “UPS输出电压”: the measured value is not a number"
