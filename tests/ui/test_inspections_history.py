"""The 巡检记录 page: newest first, filtered by checklist and by date, in the background."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate

from app.gui.inspections.tab import InspectionsTab
from app.services.context import Desk
from app.services.inspections import runs

ANSWERS = {
    "UPS及供电日巡检": [{"result": "pass"}, {"value": "220"}, {"value": "45"}, {"value": "24"}],
    "监所管理平台日巡检": [
        {"result": "pass"},
        {"result": "pass"},
        {"value": "1.2"},
        {"result": "pass"},
        {"result": "fail", "note": "发现一次异地登录失败告警"},
    ],
}


def test_filter_runs_by_checklist_and_date(qtbot, desk: Desk, clock) -> None:
    ids = {r.name: r.template_id for r in runs.due_list(desk)}
    three_days_ago = runs.record_run(
        desk,
        ids["UPS及供电日巡检"],
        ANSWERS["UPS及供电日巡检"],
        performed_at=clock.now() - timedelta(days=3),
    )
    today_ups = runs.record_run(desk, ids["UPS及供电日巡检"], ANSWERS["UPS及供电日巡检"])
    clock.advance(timedelta(minutes=5))
    platform = runs.record_run(desk, ids["监所管理平台日巡检"], ANSWERS["监所管理平台日巡检"])
    tab = InspectionsTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    page = tab.history_page
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    numbers = [r.number for r in page.model.rows]
    assert numbers == [platform.number, today_ups.number, three_days_ago.number]  # newest first
    assert page.count_label.text() == "共 3 条"
    assert page.model.index(0, 6).data() == "1"  # one failed line

    page.template_combo.setCurrentIndex(page.template_combo.findText("UPS及供电日巡检"))
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert [r.number for r in page.model.rows] == [today_ups.number, three_days_ago.number]

    today = desk.today()
    page.from_edit.setDate(QDate(today.year, today.month, today.day))
    page.date_check.setChecked(True)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert [r.number for r in page.model.rows] == [today_ups.number]

    # Asking for a run the filter hides clears the filter and selects it.
    tab.show_run(platform.id)
    qtbot.waitUntil(lambda: tab.run_view.run_id == platform.id, timeout=5000)
    assert not page.date_check.isChecked()
    assert page.template_combo.currentIndex() == 0
    assert page.selected_run_id() == platform.id
