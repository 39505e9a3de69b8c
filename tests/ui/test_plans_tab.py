"""The 应急预案 tab, Ctrl+K from any tab, and plans from a ticket, driven as a user drives them."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QPushButton
from sqlalchemy import func, select

from app.db.models import Document, TicketEvent
from app.db.models.plans import EmergencyPlanRevision, KnowledgeArticle, KnowledgeArticleTicket
from app.gui.main_window import MainWindow
from app.gui.plans.plan_editor import PlanEditorDialog
from app.gui.plans.quick_find import QuickFindDialog
from app.gui.plans.results_model import SearchResultsModel
from app.gui.plans.tab import PlansTab
from app.services.context import Desk
from app.services.plans import knowledge, plans
from tests.conftest import DEFECT_STEPS, do_step
from tests.ui.keyboard import retype
from tests.ui.preview import page_through, pdf_pages, print_with_dialog, wait_for_pages

NVR_PLAN = "摄像机或NVR离线（图像丢失）"


def click(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def plans_tab(qtbot, desk: Desk) -> PlansTab:
    knowledge.seed_demo_knowledge(desk)
    tab = PlansTab(desk)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    qtbot.waitUntil(lambda: not tab.model.busy and tab.model.rowCount() > 0, timeout=5000)
    return tab


@pytest.fixture
def window(qtbot, desk: Desk) -> MainWindow:
    knowledge.seed_demo_knowledge(desk)
    win = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.tickets_tab.model.busy, timeout=5000)
    return win


def search(qtbot, tab: PlansTab, text: str) -> list[str]:
    retype(qtbot, tab.search_edit, text)
    qtbot.waitUntil(lambda: tab.model.query == text and not tab.model.busy, timeout=5000)
    return [tab.model.index(r, 1).data() for r in range(tab.model.rowCount())]


def test_the_results_model_passes_the_model_tester(qtbot, qtmodeltester, desk: Desk) -> None:
    knowledge.seed_demo_knowledge(desk)
    model = SearchResultsModel(desk)
    model.set_query("网")
    qtbot.waitUntil(lambda: not model.busy, timeout=5000)
    assert model.rowCount() > 5
    qtmodeltester.check(model)
    model.set_query("")  # the reset while the tester watches
    qtbot.waitUntil(lambda: not model.busy, timeout=5000)
    assert model.rowCount() == 13 + 16


def test_typing_finds_plans_and_articles_best_first(qtbot, plans_tab: PlansTab) -> None:
    assert plans_tab.model.rowCount() >= 13 + 16  # nothing typed: every plan, newest articles
    assert plans_tab.model.index(0, 1).data() == "操作失误"
    titles = search(qtbot, plans_tab, "断网")
    assert titles[0] == "网络中断（断网）"
    assert "光模块老化导致监区二间歇断网" in titles
    assert plans_tab.count_label.text() == f"找到 {len(titles)} 条"
    # The first hit is opened for reading at once.
    assert plans_tab.item_view.plan is not None
    assert plans_tab.item_view.plan.title == "网络中断（断网）"
    assert "何经理" in plans_tab.item_view.toPlainText()
    assert search(qtbot, plans_tab, "NVR 离线")[0] == NVR_PLAN
    assert search(qtbot, plans_tab, "锁")  # one character
    plans_tab.kind_combo.setCurrentIndex(2)  # 知识库 only
    qtbot.waitUntil(lambda: not plans_tab.model.busy, timeout=5000)
    kinds = {plans_tab.model.index(r, 0).data() for r in range(plans_tab.model.rowCount())}
    assert kinds == {"知识库"}
    assert search(qtbot, plans_tab, "潜水艇") == []
    assert plans_tab.count_label.text() == "找到 0 条"


def test_revising_a_plan_writes_a_revision_and_history_shows_both(
    qtbot, plans_tab: PlansTab, desk: Desk
) -> None:
    search(qtbot, plans_tab, "时钟不同步")
    assert plans_tab.item_view.plan is not None
    click(qtbot, plans_tab.edit_button)
    editor = plans_tab.editor
    assert isinstance(editor, PlanEditorDialog)
    editor.steps_edit.setFocus()
    editor.steps_edit.moveCursor(editor.steps_edit.textCursor().MoveOperation.End)
    retype(qtbot, editor.steps_edit, "\n通知值班民警时间已校准")
    retype(qtbot, editor.note_edit, "增加通知步骤")
    click(qtbot, editor.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert plans_tab.editor is None
    shown = plans_tab.item_view.plan
    assert shown is not None and shown.revision == 2
    assert shown.steps[-1] == "通知值班民警时间已校准"
    with desk.db.read() as session:
        notes = session.scalars(
            select(EmergencyPlanRevision.note).where(EmergencyPlanRevision.plan_id == shown.id)
        ).all()
    assert list(notes) == ["随程序提供的预案", "增加通知步骤"]
    click(qtbot, plans_tab.history_button)
    history = plans_tab.revisions_dialog
    assert history is not None and history.list.count() == 2
    history.list.setCurrentRow(1)
    assert "通知值班民警时间已校准" not in history.view.toPlainText()
    assert "第 1 版" in history.list.item(1).text()
    history.reject()


def test_a_plan_without_a_title_is_refused_and_nothing_saved(
    qtbot, plans_tab: PlansTab, desk: Desk
) -> None:
    click(qtbot, plans_tab.new_plan_button)
    editor = plans_tab.editor
    assert isinstance(editor, PlanEditorDialog)
    retype(qtbot, editor.situation_edit, "机房漏水")
    click(qtbot, editor.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert editor.isVisible()
    assert "请填写“预案名称”" in editor.error_label.text()
    assert "请填写“应急策略（处置步骤）”" in editor.error_label.text()
    assert len(plans.list_plans(desk)) == 13
    editor.reject()


def test_ctrl_k_from_the_tickets_tab_opens_the_plan(qtbot, window: MainWindow) -> None:
    assert window.tabs.currentWidget() is window.tickets_tab
    window.activateWindow()
    window.tickets_tab.view.setFocus()
    qtbot.keyClick(window.tickets_tab.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.quick_find_dialog
    assert isinstance(dialog, QuickFindDialog)
    retype(qtbot, dialog.search_edit, "NVR 离线")
    qtbot.waitUntil(lambda: dialog.model.query == "NVR 离线" and not dialog.model.busy)
    assert dialog.model.index(0, 1).data() == NVR_PLAN
    assert dialog.view.currentIndex().row() == 0
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)  # the second hit, an article
    second = dialog.model.hit(1)
    assert second is not None and dialog.view.currentIndex().row() == 1
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert window.quick_find_dialog is None
    assert window.tabs.currentWidget() is window.plans_tab
    assert window.plans_tab.item_view.plan is not None
    assert window.plans_tab.item_view.plan.title == NVR_PLAN


def test_ctrl_k_finds_an_article_with_two_characters(qtbot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.plans_tab)
    window.quick_find_action.trigger()
    dialog = window.quick_find_dialog
    assert dialog is not None
    retype(qtbot, dialog.search_edit, "误报")
    qtbot.waitUntil(lambda: dialog.model.query == "误报" and not dialog.model.busy)
    rows = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert rows[0] == "周界报警误报频繁"
    row = rows.index("大风天气周界振动光纤频繁误报")
    dialog.view.scrollTo(dialog.model.index(row, 1))
    where = dialog.view.visualRect(dialog.model.index(row, 1)).center()
    # A double click as the mouse sends it: a click, then the second press as a double click.
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    article = window.plans_tab.item_view.article
    assert article is not None and article.title == "大风天气周界振动光纤频繁误报"


def open_ticket(qtbot, window: MainWindow, ticket_id: int):
    window.tickets_tab.show_ticket(ticket_id)
    detail = window.tickets_tab.detail
    qtbot.waitUntil(lambda: detail.ticket_id == ticket_id, timeout=5000)
    section = detail.plans_section
    qtbot.waitUntil(lambda: not section.busy, timeout=5000)
    return detail, section


def test_a_suggested_plan_opens_from_the_ticket_and_is_recorded_as_followed(
    qtbot, window: MainWindow, desk: Desk, make_ticket
) -> None:
    ticket_id = make_ticket(
        title="监区一多路摄像机离线", description="监控指挥中心发现 6 路图像黑屏，NVR 显示离线"
    )
    window.tickets_tab.refresh()
    detail, section = open_ticket(qtbot, window, ticket_id)
    nvr = plans.find_plan(desk, "YA-04")
    assert section.hits[0].id == nvr.id
    click(qtbot, section.open_buttons[nvr.id])
    assert window.tabs.currentWidget() is window.plans_tab
    assert window.plans_tab.item_view.plan is not None
    assert window.plans_tab.item_view.plan.id == nvr.id
    window.tabs.setCurrentWidget(window.tickets_tab)
    click(qtbot, section.follow_buttons[nvr.id])
    qtbot.waitUntil(lambda: not section.busy, timeout=5000)
    assert any("按应急预案处置：YA-04" in line for line in detail.timeline.entries)
    assert nvr.id not in section.follow_buttons  # now says 已按此预案处置
    with desk.db.read() as session:
        kinds = session.scalars(
            select(TicketEvent.kind).where(TicketEvent.ticket_id == ticket_id)
        ).all()
    assert "plan_followed" in kinds


def fixed_ticket(desk: Desk, make_ticket) -> int:
    ticket_id = make_ticket(severity="major")
    for action, values in DEFECT_STEPS[:5]:
        do_step(desk, ticket_id, action, values)
    return ticket_id


def test_an_article_is_made_from_a_fixed_ticket(
    qtbot, window: MainWindow, desk: Desk, make_ticket
) -> None:
    open_id = make_ticket(title="尚未修复")
    ticket_id = fixed_ticket(desk, make_ticket)
    window.tickets_tab.refresh()
    _detail, section = open_ticket(qtbot, window, open_id)
    assert section.article_button is not None and not section.article_button.isEnabled()
    _detail, section = open_ticket(qtbot, window, ticket_id)
    assert section.article_button is not None and section.article_button.isEnabled()
    click(qtbot, section.article_button)
    dialog = section.dialog
    assert dialog is not None
    assert dialog.cause_edit.toPlainText() == "PoE 端口损坏"  # type: ignore[attr-defined]
    assert dialog.solution_edit.toPlainText().startswith("改接备用端口")  # type: ignore[attr-defined]
    retype(qtbot, dialog.keywords_edit, "PoE 端口")  # type: ignore[attr-defined]
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))  # type: ignore[attr-defined]
    with desk.db.read() as session:
        article = session.scalar(select(KnowledgeArticle).join(KnowledgeArticleTicket))
        assert article is not None and article.keywords == "PoE 端口"
        linked = session.scalar(select(KnowledgeArticleTicket.ticket_id))
    assert linked == ticket_id


def test_the_incident_report_is_saved_and_printed(
    qtbot, window: MainWindow, desk: Desk, make_ticket, tmp_path: Path, monkeypatch
) -> None:
    ticket_id = fixed_ticket(desk, make_ticket)
    out = tmp_path / "hb.pdf"

    def save_dialog(*_args: Any) -> tuple[str, str]:
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.tickets_tab.refresh()
    detail, section = open_ticket(qtbot, window, ticket_id)
    assert section.incident_button is not None
    click(qtbot, section.incident_button)
    dialog = section.dialog
    assert dialog is not None
    impact = dialog.edits["impact"]  # type: ignore[attr-defined]
    assert "严重程度：重大" in impact.toPlainText()
    retype(qtbot, impact, "监区一3号监仓图像中断约两小时，民警现场看护。")
    click(qtbot, dialog.print_button)  # type: ignore[attr-defined]
    preview = wait_for_pages(qtbot, section.printer)
    click(qtbot, preview.save_button)
    assert out.exists()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "问题汇报" in text and "监区一3号监仓图像中断约两小时" in "".join(text.split())
    with desk.db.read() as session:
        assert session.scalar(select(func.count(Document.id))) == 1
    qtbot.waitUntil(lambda: "HB-2026-0001" in detail.documents.status_labels, timeout=5000)
    preview.close()
    QApplication.processEvents()


def test_the_chosen_plan_and_the_booklet_print_from_the_tab(
    qtbot, plans_tab: PlansTab, tmp_path: Path, monkeypatch, pdf_printer
) -> None:
    answers = iter([tmp_path / "plan.pdf", tmp_path / "booklet.pdf"])

    def save_dialog(*_args: Any) -> tuple[str, str]:
        return str(next(answers)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    search(qtbot, plans_tab, "停电")
    assert plans_tab.item_view.plan is not None and plans_tab.print_button.isEnabled()
    click(qtbot, plans_tab.print_button)
    preview = wait_for_pages(qtbot, plans_tab.printer)
    plan = plans_tab.item_view.plan
    banner = preview.banner.text()
    assert f"应急预案 {plan.title}" in banner and banner.count(plan.code) == 1
    click(qtbot, preview.save_button)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "plan.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "停电与UPS故障" in "".join(text.split())
    printed = tmp_path / "printed.pdf"
    print_with_dialog(qtbot, preview, pdf_printer, printed)
    assert pdf_pages(printed) == pdf_pages(tmp_path / "plan.pdf") == 1
    preview.close()
    click(qtbot, plans_tab.booklet_button)
    booklet = wait_for_pages(qtbot, plans_tab.printer)
    assert page_through(qtbot, booklet) > 10  # a contents page, then one page per plan
    click(qtbot, booklet.save_button)
    assert (
        "应急预案汇编"
        in subprocess.run(
            ["pdftotext", str(tmp_path / "booklet.pdf"), "-"], capture_output=True, text=True
        ).stdout
    )
    booklet.close()
