"""The 设备 tab driven as a user: filter and keyboard, register and edit a device, snapshots with
their diff, an upgrade, the device picker of the new-ticket dialog, a loaner of the same kind."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from app.domain.devices.register import DeviceStatus
from app.domain.devices.snapshots import SnapshotKind
from app.domain.store.inventory import MovementKind
from app.gui.devices.detail_panel import CHANGES_TAB
from app.gui.devices.register_model import COLUMNS
from app.gui.devices.tab import DevicesTab
from app.gui.main_window import MainWindow
from app.services.changes import requests
from app.services.devices import history, register, snapshots
from app.services.devices.queries import DeviceSort
from app.services.store import inventory
from tests.db.device_helpers import small_register
from tests.db.test_changes_requests import change_values
from tests.ui.keyboard import retype


def click(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ok(qtbot, dialog: Any) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


@pytest.fixture
def devices(qtbot, desk) -> tuple[DevicesTab, dict[str, int]]:
    ids = small_register(desk)
    tab = DevicesTab(desk)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    return tab, ids


def codes(tab: DevicesTab) -> list[str]:
    model = tab.register.model
    return [model.device_at(row).code for row in range(model.rowCount())]


def test_models_pass_qtmodeltester(qtbot, qtmodeltester, devices) -> None:
    tab, ids = devices
    qtmodeltester.check(tab.register.model)
    tab.register.show_device(ids["nvr"])
    detail = tab.register.detail
    for model in (
        detail.links_model,
        detail.tickets_model,
        detail.log_model,
        detail.snapshots.model,
    ):
        qtmodeltester.check(model)
    qtmodeltester.check(tab.upgrades.model)
    qtmodeltester.check(tab.documents.model)


def test_filter_by_typing_sort_in_sql_and_keyboard(qtbot, devices) -> None:
    tab, ids = devices
    page = tab.register
    assert codes(tab) == ["MJ-0003", "SP-0001", "SP-0003", "SP-0100"]
    assert page.filter_bar.count_label.text() == "共 4 台"
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_bar.search.hasFocus()
    retype(qtbot, page.filter_bar.search, "10.10.1.2")
    qtbot.waitUntil(lambda: codes(tab) == ["SP-0001", "SP-0100"], timeout=3000)
    qtbot.keyClick(page.filter_bar.search, Qt.Key.Key_Return)
    assert page.view.hasFocus() and page.detail.device_id == ids["nvr"]
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.detail.device_id == ids["decoder"]
    page.filter_bar.search.clear()
    qtbot.waitUntil(lambda: len(codes(tab)) == 4, timeout=3000)
    page.filter_bar.system_combo.setCurrentIndex(page.filter_bar.system_combo.findData("ACCESS"))
    assert codes(tab) == ["MJ-0003"]
    page.filter_bar.system_combo.setCurrentIndex(0)
    page.view.horizontalHeader().setSortIndicator(
        COLUMNS.index(DeviceSort.IP), Qt.SortOrder.DescendingOrder
    )
    assert codes(tab)[0] == "SP-0100"  # 10.10.1.200 sorts after 10.10.1.2 as text


def test_register_a_device_with_a_bad_address_then_fix_it(qtbot, devices, desk) -> None:
    tab, _ids = devices
    page = tab.register
    click(qtbot, page.new_button)
    dialog = page.dialog
    retype(qtbot, dialog.edits["code"], "SP-0200")
    retype(qtbot, dialog.edits["name"], "放风场 红外枪式摄像机1")
    retype(qtbot, dialog.place.lineEdit(), "放风场")
    retype(qtbot, dialog.edits["ip"], "10.10.1.999")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "“IP地址”不是有效的 IP 地址" in dialog.error_label.text()
    retype(qtbot, dialog.edits["ip"], "10.10.1.99")
    with qtbot.waitSignal(page.devicesChanged):
        ok(qtbot, dialog)
    device = register.get_device(desk, "SP-0200")
    assert device.kind.value == "camera" and device.place == "放风场"
    assert page.detail.device_id == device.id
    assert page.detail.heading.text() == "SP-0200  放风场 红外枪式摄像机1"


def test_edit_from_the_list_with_enter_logs_the_change(qtbot, devices, desk) -> None:
    tab, ids = devices
    page = tab.register
    page.show_device(ids["camera"])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog.objectName() == "device_dialog" and dialog.edits["code"].text() == "SP-0003"
    retype(qtbot, dialog.edits["version"], "V5.7.0")
    retype(qtbot, dialog.reason, "厂家补丁")
    with qtbot.waitSignal(page.devicesChanged):
        ok(qtbot, dialog)
    detail = page.detail
    assert detail.log_model.rows[0].summary == "修改设备信息：厂家补丁"
    assert detail.log_model.rows[0].details == "固件/软件版本：V5.6.2 build 231108 → V5.7.0"


def test_save_two_snapshots_and_read_their_diff(qtbot, devices, desk) -> None:
    tab, ids = devices
    page = tab.register
    page.show_device(ids["nvr"])
    pane = page.detail.snapshots
    assert "还没有配置快照" in pane.text.toPlainText()
    click(qtbot, pane.add_button)
    dialog = pane.dialog
    ok(qtbot, dialog)
    assert "请填写“快照原因”" in dialog.error_label.text()
    retype(qtbot, dialog.reason, "验收时导出")
    dialog.text.setPlainText("NTP服务器：10.0.10.9\n校时间隔：60分钟")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: len(pane.model.rows) == 1)
    click(qtbot, pane.add_button)
    second = pane.dialog
    assert second.text.toPlainText() == "NTP服务器：10.0.10.9\n校时间隔：60分钟"  # starts from v1
    retype(qtbot, second.reason, "校时间隔改为30分钟")
    second.text.setPlainText("NTP服务器：10.0.10.9\n校时间隔：30分钟")
    ok(qtbot, second)
    qtbot.waitUntil(lambda: len(pane.model.rows) == 2)
    assert page.detail.pages.currentWidget() is pane
    assert pane.model.data(pane.model.index(0, 0)) == "第 2 版"
    shown = pane.text.toPlainText()
    assert "与第 1 版比较：新增 1 行，删除 1 行" in shown
    assert "−\n校时间隔：60分钟" in shown and "+\n校时间隔：30分钟" in shown
    html = pane.text.toHtml()
    assert "#fbe3e3" in html and "#e3f5e1" in html  # removed red, added green
    assert [s.version for s in snapshots.list_snapshots(desk, ids["nvr"])] == [2, 1]


def test_an_upgrade_from_the_device_moves_its_version(qtbot, devices, desk) -> None:
    tab, ids = devices
    tab.register.show_device(ids["nvr"])
    click(qtbot, tab.register.detail.upgrade_button)
    dialog = tab.upgrades.dialog
    assert dialog.devices.text() == "SP-0001"
    retype(qtbot, dialog.to_version, "V4.1.72")
    retype(qtbot, dialog.reason, "修复校时缺陷")
    dialog.test_done.setPlainText("先升级一台观察 48 小时")
    dialog.rollback_plan.setPlainText("保留旧固件，异常时降级")
    with qtbot.waitSignal(tab.upgrades.upgraded):
        ok(qtbot, dialog)
    assert register.get_device(desk, ids["nvr"]).version == "V4.1.72"
    assert tab.upgrades.model.rows[0].number == "SJ-2026-0001"
    assert tab.register.detail.upgrades_model.rows[0].to_version == "V4.1.72"


def test_the_new_ticket_dialog_picks_the_device_by_place_then_by_typing(qtbot, tab, desk) -> None:
    ids = small_register(desk)
    tab.new_ticket()
    dialog = tab.new_ticket_dialog
    ui = dialog.ui
    retype(qtbot, ui.placeCombo.lineEdit(), "监区一 3号监仓")
    dialog.on_placeEdit_editingFinished()
    picker = dialog.device_picker
    assert [picker.itemText(i) for i in range(picker.count())] == [
        "监区一 3号监仓 半球摄像机 IPC-D320（SP-0003 · 10.10.1.13）"
    ]
    picker.lineEdit().setFocus()
    retype(qtbot, picker.lineEdit(), "nvr")
    picker.on_lineEdit_textEdited("nvr")  # what typing a key sends
    assert picker.results.stringList() == [
        "中心机房 NVR-1 网络硬盘录像机 NVR-6432（SP-0001 · 10.10.1.2）"
    ]
    picker.on_finder_activated(picker.results.index(0))
    assert picker.device_id() == ids["nvr"]
    assert ui.systemCombo.currentText() == "视频监控系统" and ui.hardwareCheck.isChecked()
    retype(qtbot, ui.requesterCombo.lineEdit(), "王值班员")
    retype(qtbot, ui.descriptionEdit, "NVR-1 面板告警")
    with qtbot.waitSignal(tab.ticketsChanged):
        click(qtbot, ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    [ticket] = history.device_history(desk, ids["nvr"]).tickets
    assert ticket.title == "NVR-1 面板告警"


def test_a_loaner_of_the_same_kind_and_the_device_on_loan(qtbot, desk, clock, make_ticket) -> None:
    ids = small_register(desk)
    part = inventory.create_part(
        desk,
        {"code": "DEC-8H", "name": "视频解码器", "model": "DEC-8H", "category": "device",
         "serial_tracked": True},
    )  # fmt: skip
    inventory.move(desk, part, MovementKind.STOCK_IN, 1, serials=["DC8001"], source="厂家")
    ticket_id = make_ticket(severity="major", device_id=ids["decoder"])
    clock.advance(timedelta(hours=8, minutes=1))
    window = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    window.tickets_tab.show_ticket(ticket_id)
    section = window.tickets_tab.detail.loans
    click(qtbot, section.issue_button)
    dialog = section.dialog
    assert dialog.device.itemText(0).startswith("同类替代：视频解码器 DEC-8H")
    assert "没有相同型号" in dialog.error_label.text()
    retype(qtbot, dialog.borrower, "指挥中心 王值班员")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert register.get_device(desk, ids["decoder"]).status is DeviceStatus.ON_LOANER
    device_section = window.tickets_tab.detail.device_section
    assert "借用替换中" in device_section.device_label.text()
    click(qtbot, device_section.open_button)
    assert window.tabs.currentWidget() is window.devices_tab
    assert window.devices_tab.register.detail.device_id == ids["decoder"]


def test_a_restore_from_the_latest_snapshot_is_a_ticket_step(qtbot, desk, make_ticket) -> None:
    ids = small_register(desk)
    snapshots.add_snapshot(desk, ids["nvr"], SnapshotKind.TEXT, "验收", "NTP：10.0.10.9")
    ticket_id = make_ticket(device_id=ids["nvr"], title="NVR-1 配置丢失")
    window = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    window.tickets_tab.show_ticket(ticket_id)
    section = window.tickets_tab.detail.device_section
    assert section.latest is not None and section.latest.version == 1
    click(qtbot, section.restore_button)
    dialog = section.dialog
    retype(qtbot, dialog.note, "已按快照恢复校时")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    timeline = window.tickets_tab.detail.detail.timeline
    assert timeline[-1].kind == "config_restored" and timeline[-1].details == "已按快照恢复校时"


def test_a_device_lists_the_changes_naming_it_and_each_links_to_the_other(qtbot, desk) -> None:
    ids = small_register(desk)
    change_id, number = requests.register_change(
        desk, change_values(title="录像存储扩容", device_ids=[ids["nvr"]])
    )
    requests.register_change(desk, change_values(title="不涉及设备的界面调整"))
    window = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.devices_tab)
    register_page = window.devices_tab.register
    row = codes(window.devices_tab).index("SP-0001")  # the NVR
    view = register_page.view
    click_at = view.visualRect(register_page.model.index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    detail = register_page.detail
    assert detail.device_id == ids["nvr"]
    tab_bar = detail.pages.tabBar()
    assert tab_bar.tabText(CHANGES_TAB) == "需求变更（1）"
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(CHANGES_TAB).center())
    assert detail.pages.currentWidget() is detail.changes_view
    model = detail.changes_model
    assert [model.data(model.index(0, c)) for c in range(3)] == [number, "登记", "录像存储扩容"]
    cell = detail.changes_view.visualRect(model.index(0, 0)).center()
    # A double click as the mouse sends it: a click, then the second press as a double click.
    qtbot.mouseClick(detail.changes_view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(detail.changes_view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert window.tabs.currentWidget() is window.changes_tab
    changes = window.changes_tab
    assert changes.selected() is not None and changes.selected().id == change_id
    label = changes.devices_label
    assert label.isVisible() and ">SP-0001 中心机房 NVR-1 网络硬盘录像机</a>" in label.text()
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_Tab)  # onto the link
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.devices_tab
    assert register_page.detail.device_id == ids["nvr"]
