"""Logging a call through the 登记报修 dialog, typed and chosen as an engineer would."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from sqlalchemy import func, select

from app.db.models import Ticket
from app.gui.tickets import TicketsTab
from app.gui.tickets.new_ticket_dialog import NewTicketDialog
from app.gui.tickets.queue_model import COL_NUMBER, COL_REQUESTER, COL_TITLE
from tests.conftest import START


def ime_type(widget: QWidget, text: str) -> None:
    """Type ``text`` the way a Chinese input method delivers it: one committed string."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def settle(qtbot, tab: TicketsTab) -> None:
    """The queue queries in the background: wait until it holds the last result."""
    qtbot.waitUntil(lambda: not tab.model.busy, timeout=5000)


def ticket_count(desk) -> int:
    with desk.db.read() as session:
        return session.scalar(select(func.count(Ticket.id))) or 0


def open_dialog(qtbot, tab: TicketsTab) -> NewTicketDialog:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.new_ticket_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill_call(qtbot, dialog: NewTicketDialog, description: str = "") -> None:
    ui = dialog.ui
    ime_type(ui.requesterCombo.lineEdit(), "张警官")
    ime_type(ui.departmentEdit, "监管科")
    qtbot.keyClicks(ui.phoneEdit, "8102")
    ime_type(ui.channelCombo, "传真")
    ime_type(ui.placeCombo.lineEdit(), "监区一 3号监仓")
    ime_type(ui.systemCombo, "视频")
    assert ui.systemCombo.currentText() == "视频监控系统"
    assert ui.hardwareCheck.isChecked()  # the video system is hardware
    assert ui.deviceCombo.count() > 0  # devices of the chosen system to pick from
    ime_type(ui.deviceCombo.lineEdit(), "监区一 3号监仓 半球摄像机 IPC-D320")
    ime_type(ui.severityCombo, "重大")
    ime_type(ui.titleEdit, "3号监仓摄像机无图像")
    if description:
        ime_type(ui.descriptionEdit, description)


def click_ok(qtbot, dialog: NewTicketDialog) -> None:
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_log_a_call_through_the_dialog(qtbot, tab, desk) -> None:
    dialog = open_dialog(qtbot, tab)
    fill_call(qtbot, dialog, "监控指挥中心发现监区一3号监仓摄像机画面黑屏。")
    assert dialog.ui.classCombo.currentText() == "系统缺陷类"

    with qtbot.waitSignal(tab.ticketsChanged):
        click_ok(qtbot, dialog)
    assert not dialog.isVisible()

    with desk.db.read() as session:
        ticket = session.scalars(select(Ticket)).one()
        assert ticket.number == "GD-2026-0001"
        assert ticket.requester_name == "张警官"
        assert ticket.requester_department == "监管科"
        assert ticket.requester_phone == "8102"
        assert ticket.channel == "fax"
        assert ticket.place == "监区一 3号监仓"
        assert ticket.system.code == "VIDEO"
        assert ticket.device == "监区一 3号监仓 半球摄像机 IPC-D320"
        assert ticket.is_hardware is True
        assert ticket.ticket_class == "defect"
        assert ticket.severity == "major"
        assert ticket.status == "submitted"
        assert ticket.title == "3号监仓摄像机无图像"
        assert ticket.description == "监控指挥中心发现监区一3号监仓摄像机画面黑屏。"
        assert ticket.called_at == START  # "now" from the desk's clock
        ticket_id = ticket.id

    # The queue shows it, selected, with its detail.
    settle(qtbot, tab)
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, COL_NUMBER).data() == "GD-2026-0001"
    assert tab.model.index(0, COL_TITLE).data() == "3号监仓摄像机无图像"
    assert tab.model.index(0, COL_REQUESTER).data() == "张警官"
    assert tab.selected_id() == ticket_id
    assert tab.detail.number_label.text() == "GD-2026-0001"
    assert tab.filter_bar.count_label.text() == "共 1 条"


def test_empty_description_is_named_and_nothing_is_saved(qtbot, tab, desk) -> None:
    dialog = open_dialog(qtbot, tab)
    fill_call(qtbot, dialog, description="")
    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.ui.errorLabel.isVisible()
    assert "请填写“问题描述”" in dialog.ui.errorLabel.text()
    assert dialog.focusWidget() is dialog.ui.descriptionEdit
    assert ticket_count(desk) == 0
    assert tab.model.rowCount() == 0

    # Fixing the field and pressing OK again saves it.
    ime_type(dialog.ui.descriptionEdit, "画面黑屏。")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert ticket_count(desk) == 1


def test_every_missing_field_is_named(qtbot, tab, desk) -> None:
    dialog = open_dialog(qtbot, tab)
    click_ok(qtbot, dialog)
    text = dialog.ui.errorLabel.text()
    for label in ("提出人", "地点", "问题描述", "所属系统"):
        assert f"“{label}”" in text
    assert ticket_count(desk) == 0


def test_known_requester_fills_department_and_phone(qtbot, tab, make_ticket) -> None:
    make_ticket(requester_name="李干事", requester_department="管教科", requester_phone="8233")
    dialog = open_dialog(qtbot, tab)
    combo = dialog.ui.requesterCombo
    combo.setFocus()
    ime_type(combo.lineEdit(), "干事")
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "李干事"
    assert dialog.ui.departmentEdit.text() == "管教科"
    assert dialog.ui.phoneEdit.text() == "8233"


def test_call_time_can_be_corrected(qtbot, tab, desk) -> None:
    dialog = open_dialog(qtbot, tab)
    fill_call(qtbot, dialog, "画面黑屏。")
    edit = dialog.ui.calledAtEdit
    edit.setFocus()
    edit.setCurrentSection(edit.Section.HourSection)
    qtbot.keyClick(edit, Qt.Key.Key_Down)  # one hour earlier
    click_ok(qtbot, dialog)
    with desk.db.read() as session:
        assert session.scalars(select(Ticket.called_at)).one() == START - timedelta(hours=1)


def test_tab_order_follows_the_form(qtbot, tab) -> None:
    dialog = open_dialog(qtbot, tab)
    ui = dialog.ui
    order = [
        ui.requesterCombo,
        ui.departmentEdit,
        ui.phoneEdit,
        ui.channelCombo,
        ui.calledAtEdit,
        ui.placeCombo,
        ui.systemCombo,
        ui.deviceCombo,
        ui.hardwareCheck,
        ui.classCombo,
        ui.severityCombo,
        ui.titleEdit,
        ui.descriptionEdit,
    ]
    chain = []
    widget = order[0]
    while len(chain) < len(order):
        # Editable combos hand focus to their line edit: count the combo, once.
        owner = widget.parent() if widget.parent() in order else widget
        focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        if focusable and owner not in chain and (owner in order or chain):
            chain.append(owner)
        widget = widget.nextInFocusChain()
    assert [w.objectName() for w in chain] == [w.objectName() for w in order]


def test_one_tab_from_each_field_to_the_next(qtbot, tab) -> None:
    """Typed as at the phone: each Tab lands on the next field, the call time included."""
    dialog = open_dialog(qtbot, tab)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    ui = dialog.ui
    order = [
        ui.requesterCombo,
        ui.departmentEdit,
        ui.phoneEdit,
        ui.channelCombo,
        ui.calledAtEdit,
        ui.placeCombo,
        ui.systemCombo,
        ui.deviceCombo,
        ui.hardwareCheck,
        ui.classCombo,
        ui.severityCombo,
        ui.titleEdit,
        ui.descriptionEdit,
    ]

    def field_with_focus() -> QWidget | None:
        focused = QApplication.focusWidget()
        while focused is not None and focused not in order:
            focused = focused.parentWidget()  # an editable combo's line edit
        return focused

    assert field_with_focus() is ui.requesterCombo
    tabs = []
    for expected in order[1:]:
        presses = 0
        while field_with_focus() is not expected and presses < 10:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            presses += 1
        tabs.append(presses)
    assert tabs == [1] * (len(order) - 1)
    assert dialog.ui.calledAtEdit.dateTime() == dialog._called_at_shown  # Tab changed nothing
