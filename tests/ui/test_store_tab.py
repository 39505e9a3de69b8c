"""The 备品备件 tab driven as a user: stock-out against a ticket, a stocktake, lending, import."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton, QSpinBox

from app.domain.store.inventory import MovementKind
from app.domain.tickets.sla import LoanerState
from app.gui.main_window import MainWindow
from app.gui.store.models import LoansModel, MovementsModel, PartsModel
from app.gui.store.stocktake import COUNTED
from app.gui.store.tab import StoreTab
from app.services.context import Desk
from app.services.store import inventory, loans
from app.services.tickets import queue
from tests.db.store_helpers import small_store
from tests.db.store_workbooks import CLEAN_ROWS, write_workbook
from tests.ui.keyboard import retype
from tests.ui.preview import wait_for_pages, wait_settled


def click(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ok(qtbot, dialog: Any) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


@pytest.fixture
def store(qtbot, desk: Desk) -> tuple[StoreTab, dict[str, int]]:
    ids = small_store(desk)
    tab = StoreTab(desk)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    return tab, ids


def select_part(tab: StoreTab, code: str) -> None:
    row = next(i for i, p in enumerate(tab.parts_model.rows) if p.code == code)
    tab.parts_view.selectRow(row)


def test_models_pass_qtmodeltester(qtbot, qtmodeltester, store, desk) -> None:
    tab, _ids = store
    for model in (tab.parts_model, tab.movements_model, tab.loans_model, tab.stocktake.model):
        qtmodeltester.check(model)
    assert isinstance(tab.parts_model, PartsModel) and tab.parts_model.rowCount() == 3
    assert isinstance(tab.movements_model, MovementsModel)
    assert isinstance(tab.loans_model, LoansModel)


def test_low_stock_stands_out_and_filters(qtbot, store, desk) -> None:
    tab, ids = store
    inventory.move(desk, ids["sfp"], MovementKind.SCRAP, 3, reason="受潮")
    tab.refresh()
    assert tab.low_label.text() == "低库存 1 项"
    row = next(i for i, p in enumerate(tab.parts_model.rows) if p.code == "SFP-1G")
    index = tab.parts_model.index(row, 5)
    assert tab.parts_model.data(index) == "2（低）"
    assert tab.parts_model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    tab.low_only.click()
    assert [p.code for p in tab.parts_model.rows] == ["SFP-1G"]
    tab.low_only.click()
    retype(qtbot, tab.search, "摄像机")
    assert [p.code for p in tab.parts_model.rows] == ["CAM-D320"]


def test_a_stock_out_against_a_ticket(qtbot, store, desk, make_ticket) -> None:
    tab, ids = store
    ticket_id = make_ticket()
    number = queue.fetch_rows(desk, [ticket_id])[0].number
    select_part(tab, "SFP-1G")
    click(qtbot, tab.move_buttons[MovementKind.STOCK_OUT])
    dialog = tab.dialog
    assert dialog.isVisible() and dialog.objectName() == "move_dialog_stock_out"
    dialog.quantity.setValue(9)
    retype(qtbot, dialog.ticket_edit, number)
    retype(qtbot, dialog.device_edit, "监区一弱电间 汇聚交换机")
    ok(qtbot, dialog)
    assert dialog.isVisible()  # refused: only 5 on the shelf
    assert "库存只有 5，不能减少 9" in dialog.error_label.text()
    dialog.quantity.setValue(2)
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert inventory.part_info(desk, ids["sfp"]).on_hand == 3
    done = tab.done_label.text()  # the stock out is confirmed where the engineer looks
    assert done.startswith("已出库：SFP-1G ") and " ×2 " in done and done.endswith(f"→ {number}")
    first = tab.movements_model.rows[0]
    assert (first.ticket_number, first.device, first.quantity) == (
        number,
        "监区一弱电间 汇聚交换机",
        -2,
    )
    assert tab.movements_model.data(tab.movements_model.index(0, 1)) == "出库"


def test_a_serial_stock_out_picks_the_serial(qtbot, store, desk, make_ticket) -> None:
    tab, ids = store
    ticket_id = make_ticket()
    select_part(tab, "CAM-D320")
    click(qtbot, tab.move_buttons[MovementKind.STOCK_OUT])
    dialog = tab.dialog
    items = [dialog.serial_list.item(i) for i in range(dialog.serial_list.count())]
    assert [i.text() for i in items] == ["D320A01", "D320A02"]
    items[1].setCheckState(Qt.CheckState.Checked)
    retype(qtbot, dialog.ticket_edit, str(ticket_id))
    retype(qtbot, dialog.device_edit, "监区一 3号监仓")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert inventory.serials_in_stock(desk, ids["cam"]) == ["D320A01"]


def test_a_stocktake_shelf_by_shelf_posted_in_one_step(qtbot, store, desk) -> None:
    tab, ids = store
    tab.pages.setCurrentWidget(tab.stocktake)
    page = tab.stocktake
    page.shelf.setCurrentIndex(page.shelf.findData("A-01"))
    assert [line.part.code for line in page.model.rows] == ["SFP-1G"]
    assert not page.post_button.isEnabled()
    index = page.model.index(0, COUNTED)
    page.view.setCurrentIndex(index)
    page.view.edit(index)  # as a double click does
    editor = page.view.findChild(QSpinBox)
    assert editor is not None and editor.value() == 5  # starts from the book quantity
    retype(qtbot, editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 7)) == "-2")
    assert page.summary.text() == "共 1 项，已盘 1 项，有差异 1 项"
    with qtbot.waitSignal(tab.storeChanged):
        click(qtbot, page.post_button)
    assert inventory.part_info(desk, ids["sfp"]).on_hand == 3
    assert "1 项有差异，已记为库存调整" in page.message_box.text()
    assert page.model.rows[0].book == 3 and page.model.counts == {}
    entry = inventory.list_movements(desk)[0]
    assert entry.kind is MovementKind.ADJUSTMENT and entry.quantity == -2


def test_lend_and_return_test_equipment(qtbot, store, desk, clock) -> None:
    tab, ids = store
    tab.pages.setCurrentIndex(2)
    click(qtbot, tab.lend_button)
    dialog = tab.dialog
    assert dialog.equipment.currentText() == "光功率计 FPM-300　FPM001"
    ok(qtbot, dialog)
    assert "借用人" in dialog.error_label.text()
    retype(qtbot, dialog.borrower, "网络组 李工")
    retype(qtbot, dialog.purpose, "测光纤衰减")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [x.borrower for x in tab.loans_model.rows] == ["网络组 李工"]
    clock.advance(timedelta(days=2))
    tab.refresh()
    assert tab.overdue_label.text() == "逾期未还 1"
    assert tab.loans_model.data(tab.loans_model.index(0, 9)) == "逾期未还"
    tab.loans_view.selectRow(0)
    click(qtbot, tab.loan_form_button)
    preview = wait_for_pages(qtbot, tab.files)
    assert "测试设备借用单" in preview.banner.text() and "JY-" in preview.banner.text()
    assert "备用机" not in preview.banner.text() + preview.windowTitle()
    assert preview.document.file_name == f"测试设备借用单_{tab.loans_model.rows[0].id}.pdf"
    wait_settled(qtbot, preview)
    preview.close()
    click(qtbot, tab.return_button)
    back = tab.dialog
    retype(qtbot, back.note, "完好归还")
    ok(qtbot, back)
    qtbot.waitUntil(lambda: not back.isVisible())
    assert tab.loans_model.rows == [] and inventory.part_info(desk, ids["meter"]).on_hand == 1


def test_import_reports_bad_rows_and_imports_a_clean_file(
    qtbot, store, desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, _ids = store
    bad = write_workbook(tmp_path / "bad.xlsx", [["", "网线", "", "杂物", "箱", "E", "", "三", ""]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    click(qtbot, tab.import_button)
    qtbot.waitUntil(lambda: tab.files.message_box is not None, timeout=10_000)
    text = tab.files.message_box.text()
    assert "未导入任何数据" in text and "第 2 行：缺少编码；类别“杂物”不认识" in text
    assert len(inventory.list_parts(desk)) == 3
    tab.files.message_box = None
    rows = [r for r in CLEAN_ROWS if r[0] not in ("CAM-D320", " sfp-1g ")]
    good = write_workbook(tmp_path / "good.xlsx", rows)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    with qtbot.waitSignal(tab.storeChanged, timeout=10_000):
        click(qtbot, tab.import_button)
    assert {p.code for p in tab.parts_model.rows} >= {"UPS-BAT", "TE-OTDR"}


def test_issue_and_return_a_loaner_from_the_ticket_detail(
    qtbot, desk, clock, make_ticket, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = small_store(desk)
    ticket_id = make_ticket(severity="major")
    clock.advance(timedelta(hours=8, seconds=1))
    window = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.tickets_tab.model.busy, timeout=5000)
    assert window.status_bar.loaner_label.text() == "备用机待提供 1"
    detail = window.tickets_tab.detail
    window.tickets_tab.show_ticket(ticket_id)
    section = detail.loans
    assert section.isVisible() and section.state_label is not None
    assert section.state_label.text() == "已超过时限未修复，应提供相同型号备用机"
    assert section.issue_button is not None
    click(qtbot, section.issue_button)
    dialog = section.dialog
    assert dialog.device.count() == 3 and "D320A01" in dialog.device.currentText()
    assert dialog.device.itemText(2) == "其他（注明）…" and not dialog.other.isEnabled()
    retype(qtbot, dialog.borrower, "监管科 张警官")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert queue.fetch_rows(desk, [ticket_id])[0].loaner is LoanerState.ISSUED
    assert section.state_label.text() == "已提供备用机"
    assert detail.clocks.chips["loaner"].text() == "已提供"
    assert window.status_bar.loaner_label.text() == "备用机待提供 0"
    assert window.status_bar.low_stock_label.text() == "低库存 1"  # one camera left, minimum 1
    assert inventory.part_info(desk, ids["cam"]).on_hand == 1
    window.tabs.setCurrentWidget(window.store_tab)  # made and read when first opened
    assert window.store_tab.loans_model.rows[0].ticket_id == ticket_id
    window.tabs.setCurrentWidget(window.tickets_tab)
    [loan] = loans.list_loans(desk)
    out = tmp_path / "loaner.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, detail.findChild(QPushButton, f"loan_form_{loan.id}"))
    preview = wait_for_pages(qtbot, section.files)
    assert "备用机借用单" in preview.banner.text() and "JY-2026-0001" in preview.banner.text()
    click(qtbot, preview.save_button)
    assert out.read_bytes()[:5] == b"%PDF-"
    wait_settled(qtbot, preview)
    preview.close()
    click(qtbot, section.return_buttons[loan.id])
    back = section.dialog
    retype(qtbot, back.note, "原设备修复装回")
    ok(qtbot, back)
    qtbot.waitUntil(lambda: not back.isVisible())
    assert not loans.get_loan(desk, loan.id).open
    assert inventory.part_info(desk, ids["cam"]).on_hand == 2
    assert any("备用机归还" in e.summary for e in detail.detail.timeline)
