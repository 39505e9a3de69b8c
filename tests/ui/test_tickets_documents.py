"""Documents from the GUI: print a ticket's form, file its signed copy, export the log, hand over."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton
from sqlalchemy import select

from app.db.models import Document
from app.domain.accounts.roles import Role
from app.gui.main_window import MainWindow
from app.gui.print_preview import PrintPreviewDialog
from app.gui.tickets.formatting import to_qdatetime
from app.gui.ui_settings import DOCUMENT_FOLDER, EXPORT_FOLDER, UiSettings
from app.services import accounts
from app.services.context import Desk
from app.services.handover_acceptance import pending_handovers
from app.services.tickets import forms
from app.services.tickets import log_export as ticket_export
from tests.conftest import START, add_person
from tests.ui.keyboard import retype
from tests.ui.preview import (
    page_through,
    pdf_pages,
    print_with_dialog,
    wait_for_pages,
    wait_settled,
)


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: records what was asked, answers ``answer``."""

    def __init__(self) -> None:
        self.answer: Path | None = None
        self.asked: list[tuple[str, str, str]] = []  # title, proposed path, filter

    def __call__(
        self, _parent: Any, title: str, proposed: str, name_filter: str, *_rest: Any
    ) -> tuple[str, str]:
        self.asked.append((title, proposed, name_filter))
        return (str(self.answer) if self.answer else "", name_filter)


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    fake = SaveDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return fake


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


@pytest.fixture
def make_window(qtbot, desk: Desk) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = MainWindow(desk, remember_geometry=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window.tickets_tab.model.busy, timeout=5000)
        return window

    return make


def click(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def document_rows(desk: Desk) -> list[Document]:
    with desk.db.read() as session:
        rows = list(session.scalars(select(Document).order_by(Document.id)))
        session.expunge_all()
        return rows


def preview_from_detail(qtbot, window: MainWindow) -> PrintPreviewDialog:
    detail = window.tickets_tab.detail
    click(qtbot, detail.print_button)
    return wait_for_pages(qtbot, detail.printer)


def test_print_a_defect_form_from_the_preview(
    qtbot, make_window, make_ticket, desk, tmp_path, save_dialog, pdf_printer, opened_urls
) -> None:
    ticket_id = make_ticket()
    window = make_window()
    window.tickets_tab.show_ticket(ticket_id)
    detail = window.tickets_tab.detail
    assert detail.print_button.text() == "保存/打印提交单"
    assert detail.documents.status_labels == {}

    preview = preview_from_detail(qtbot, window)
    assert "QX-2026-0001" in preview.banner.text() and "补打" not in preview.banner.text()
    [row] = document_rows(desk)
    assert (row.serial, row.kind, row.ticket_id) == ("QX-2026-0001", "defect_form", ticket_id)
    assert row.generated_by == "孙工" and row.signed_filed_at is None and row.copies == 0
    qtbot.waitUntil(lambda: "QX-2026-0001" in detail.documents.status_labels, timeout=5000)
    assert detail.documents.status_labels["QX-2026-0001"].text() == "未归档"
    shown = preview.document.path
    assert page_through(qtbot, preview) == pdf_pages(shown)

    printed = tmp_path / "printer-output.pdf"
    print_with_dialog(qtbot, preview, pdf_printer, printed)
    assert pdf_pages(printed) == pdf_pages(shown)
    [row] = document_rows(desk)
    assert row.copies == 1
    # printed once: the next copy is a reprint of the same serial
    assert "补打（第 1 次）" in preview.banner.text() and "QX-2026-0001" in preview.banner.text()

    out = tmp_path / "out" / "提交单.pdf"
    out.parent.mkdir()
    save_dialog.answer = out
    with qtbot.waitActive(preview):
        preview.activateWindow()
    qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    title, proposed, name_filter = save_dialog.asked[0]
    assert Path(proposed).name == "系统缺陷类问题提交单_GD-2026-0001.pdf"
    assert "*.pdf" in name_filter
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "QX-2026-0001" in text and "补打（第 1 次）" in text
    qtbot.waitUntil(lambda: document_rows(desk)[0].copies == 2, timeout=5000)
    assert UiSettings().get(DOCUMENT_FOLDER) == str(out.parent)
    assert opened_urls == []  # no system viewer anywhere
    assert len(document_rows(desk)) == 1

    # Saving over an existing file asks first; "No" leaves it as it was.
    wait_settled(qtbot, preview)  # the copy is made again after each save: wait for it
    qtbot.waitUntil(preview.save_button.isEnabled, timeout=20_000)
    before = out.read_bytes()
    asked: list[str] = []

    def answer_no(_parent: Any, _title: str, text: str, *_rest: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", answer_no)
        click(qtbot, preview.save_button)
    assert asked and "已存在" in asked[0]
    assert out.read_bytes() == before
    preview.close()


def test_consultation_prints_its_record_and_errors_are_chinese(
    qtbot, make_window, make_ticket, desk, tmp_path, save_dialog
) -> None:
    ticket_id = make_ticket(ticket_class="consultation", is_hardware=False)
    window = make_window()
    window.tickets_tab.show_ticket(ticket_id)
    detail = window.tickets_tab.detail
    assert detail.print_button.text() == "保存/打印咨询记录"
    save_dialog.answer = tmp_path / "missing" / "记录.pdf"  # the folder does not exist
    preview = preview_from_detail(qtbot, window)
    assert "咨询类问题记录" in preview.banner.text() and "ZX-2026-0001" in preview.banner.text()
    assert [d.serial for d in document_rows(desk)] == ["ZX-2026-0001"]
    click(qtbot, preview.save_button)
    assert Path(save_dialog.asked[0][1]).name == "咨询类问题记录_GD-2026-0001.pdf"
    qtbot.waitUntil(lambda: preview.message_box is not None, timeout=10_000)
    box = preview.message_box
    assert "记录.pdf" in box.text() and "无法写入文件" in box.text()
    box.close()
    assert document_rows(desk)[0].copies == 0  # nothing saved, nothing counted

    save_dialog.answer = tmp_path / "记录.pdf"
    click(qtbot, preview.save_button)
    assert (tmp_path / "记录.pdf").exists()
    qtbot.waitUntil(lambda: document_rows(desk)[0].copies == 1, timeout=5000)
    wait_settled(qtbot, preview)
    preview.close()


def test_file_the_signed_copy_by_scanning_its_serial(
    qtbot, make_window, make_ticket, desk, tmp_path
) -> None:
    ticket_id = make_ticket()
    forms.defect_form(desk, "GD-2026-0001", tmp_path / "form.pdf")
    window = make_window()
    window.tickets_tab.show_ticket(ticket_id)
    detail = window.tickets_tab.detail
    assert detail.documents.status_labels["QX-2026-0001"].text() == "未归档"
    assert window.receipt_action.shortcut().toString() == "Ctrl+Shift+R"

    window.receipt_action.trigger()
    dialog = window.receipt_dialog
    assert dialog is not None and dialog.isVisible()
    edit = dialog.serial_edit
    qtbot.keyClicks(edit, "QX-2026-0001;GD-2026-0001")  # what the scanner types from the QR
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    [row] = document_rows(desk)
    assert row.signed_filed_at is not None and row.filed_by == "孙工"
    assert dialog.isVisible()  # ready for the next scan
    assert edit.text() == ""
    assert "QX-2026-0001" in dialog.result_label.text()
    assert "GD-2026-0001" in dialog.result_label.text()
    assert "#b3261e" not in dialog.result_label.styleSheet()
    assert dialog.history.count() == 1
    assert detail.documents.status_labels["QX-2026-0001"].text().startswith("已归档 2026-11-24")


def test_an_unknown_serial_is_shown_in_red(qtbot, make_window, desk) -> None:
    window = make_window()
    window.receipt_action.trigger()
    dialog = window.receipt_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.serial_edit, "qx-2026-9999")
    qtbot.keyClick(dialog.serial_edit, Qt.Key.Key_Return)
    assert dialog.result_label.text() == "没有编号为 QX-2026-9999 的文档，请核对编号"
    assert "#b3261e" in dialog.result_label.styleSheet()
    assert dialog.serial_edit.text() == "qx-2026-9999"  # selected, replaced by the next scan
    assert dialog.serial_edit.selectedText() == "qx-2026-9999"
    assert dialog.history.count() == 0


def test_export_the_log_with_the_queue_filter(
    qtbot, make_window, make_ticket, desk, tmp_path, save_dialog
) -> None:
    make_ticket()
    make_ticket(ticket_class="consultation", is_hardware=False)
    make_ticket(ticket_class="consultation", is_hardware=False, title="如何导出录像")
    window = make_window()
    tab = window.tickets_tab
    tab.filter_bar.class_combo.setCurrentIndex(tab.filter_bar.class_combo.findData("consultation"))
    qtbot.waitUntil(lambda: not tab.model.busy and tab.model.rowCount() == 2, timeout=5000)
    out = tmp_path / "台账.xlsx"
    save_dialog.answer = out

    click(qtbot, tab.export_button)
    qtbot.waitUntil(lambda: tab.exporter.message_box is not None, timeout=20_000)

    assert Path(save_dialog.asked[0][1]).name == "工单台账_2026-11-24.xlsx"
    assert "已导出 2 张工单" in tab.exporter.message_box.text()
    assert tab.exporter.progress is None  # the progress dialog is gone
    wb = load_workbook(out)
    assert wb["工单台账"].max_row == 1 + 2
    assert UiSettings().get(EXPORT_FOLDER) == str(tmp_path)
    assert tab.export_button.isEnabled()


def test_cancelling_the_export_leaves_no_file(
    qtbot, make_window, make_ticket, tmp_path, save_dialog, monkeypatch
) -> None:
    for _ in range(3):
        make_ticket()
    real_export = ticket_export.export_ticket_log
    gate = threading.Event()  # holds the worker after its first progress report

    def held_export(desk, out_path, date_from, date_to, flt, progress, cancelled) -> int:
        def report(done: int, total: int) -> None:
            progress(done, total)
            gate.wait(10)

        return real_export(desk, out_path, date_from, date_to, flt, report, cancelled)

    monkeypatch.setattr(ticket_export, "export_ticket_log", held_export)
    window = make_window()
    exporter = window.tickets_tab.exporter
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    save_dialog.answer = out_dir / "台账.xlsx"

    window.export_action.trigger()
    dialog = exporter.progress
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.maximum() == 3, timeout=5000)  # progress reached the dialog
    assert "0 / 3" in dialog.labelText()
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "取消"
    click(qtbot, cancel)
    assert exporter.cancelled()
    gate.set()
    qtbot.waitUntil(lambda: exporter.message_box is not None, timeout=10_000)

    assert "已取消导出" in exporter.message_box.text()
    assert list(out_dir.iterdir()) == []


def test_handover_dialog_prints_the_handover_record(
    qtbot, make_window, make_ticket, desk, tmp_path, save_dialog, pdf_printer, opened_urls
) -> None:
    make_ticket()
    accounts.create_account(desk, "ligong", "李工", "Zhuchang@123")
    window = make_window()
    window.handover_action.trigger()
    dialog = window.handover_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.from_combo.currentText() == "孙工"
    assert dialog.to_combo.currentText() == "李工"
    assert [dialog.to_combo.itemText(i) for i in range(dialog.to_combo.count())] == ["孙工", "李工"]
    local = START.astimezone()
    assert dialog.at_edit.dateTime().toString("yyyy-MM-dd HH:mm") == f"{local:%Y-%m-%d %H:%M}"

    retype(qtbot, dialog.to_combo.lineEdit(), "孙工")
    click(qtbot, dialog.ok_button)
    assert dialog.error_label.text() == "接班人不能与交班人是同一人：孙工"
    assert save_dialog.asked == []

    retype(qtbot, dialog.to_combo.lineEdit(), "李工")
    dialog.notes_edit.setFocus()
    retype(qtbot, dialog.notes_edit, "3号监仓摄像机待厂家到货更换。")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=20_000)

    [row] = document_rows(desk)
    assert row.serial == "JJ-2026-0001" and row.kind == "handover" and row.ticket_id is None
    preview = wait_for_pages(qtbot, dialog)
    assert "JJ-2026-0001" in preview.banner.text()
    out = tmp_path / "交接班.pdf"
    save_dialog.answer = out
    click(qtbot, preview.save_button)
    assert Path(save_dialog.asked[0][1]).name == f"交接班记录_{local:%Y-%m-%d_%H%M}.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    printed = tmp_path / "printed.pdf"
    print_with_dialog(qtbot, preview, pdf_printer, printed)
    assert pdf_pages(printed) == pdf_pages(out)
    qtbot.waitUntil(lambda: document_rows(desk)[0].copies == 2, timeout=5000)
    assert opened_urls == []
    preview.close()


def test_the_incoming_engineer_accepts_the_handover_in_the_program(
    qtbot, make_window, make_ticket, desk, clock, tmp_path, save_dialog, opened_urls
) -> None:
    make_ticket()
    add_person(desk, "ligong", "李工", "Jieban@2026", Role.ENGINEER)
    window = make_window()
    window.accept_handover_action.trigger()  # 文件 → 接班确认…, nothing to accept yet
    empty = window.accept_dialog
    assert empty is not None and empty.handover_combo.count() == 0
    assert not empty.ok_button.isEnabled()
    empty.cancel_button.click()
    window.handover_action.trigger()
    dialog = window.handover_dialog
    assert dialog is not None
    # No handover yet: the shift starts 12 hours back; a chosen start opens the window.
    default = (START - timedelta(hours=12)).astimezone()
    assert dialog.since_edit.dateTime().toString("yyyy-MM-dd HH:mm") == f"{default:%Y-%m-%d %H:%M}"
    dialog.since_edit.setDateTime(to_qdatetime(START - timedelta(hours=8)))
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=20_000)
    preview = wait_for_pages(qtbot, dialog)
    text = subprocess.run(
        ["pdftotext", str(preview.document.path), "-"], capture_output=True, text=True
    ).stdout
    assert "所选开始时间" in "".join(text.split())
    accept = window.accept_dialog  # offered as soon as the handover is made
    assert accept.isVisible() and accept.handover_combo.currentData() == "JJ-2026-0001"
    retype(qtbot, accept.username_edit, "ligong")
    retype(qtbot, accept.password_edit, "wrong-pass")
    retype(qtbot, accept.remarks_edit, "已核对未关闭工单和借出设备")
    click(qtbot, accept.ok_button)
    assert accept.error_label.text() == "登录名或密码不正确"
    assert accept.password_edit.text() == ""
    retype(qtbot, accept.password_edit, "Jieban@2026")
    click(qtbot, accept.ok_button)
    assert window.accept_dialog is None
    [info] = [accept.result_info]
    assert info is not None and info.accepted_by == "李工"
    assert info.acceptance_remarks == "已核对未关闭工单和借出设备"
    assert pending_handovers(desk) == []
    preview.close()
    clock.advance(timedelta(hours=12))
    window.handover_action.trigger()  # the next shift starts at this handover by default
    following = window.handover_dialog
    assert following is not None
    shown = following.since_edit.dateTime().toString("yyyy-MM-dd HH:mm")
    assert shown == f"{START.astimezone():%Y-%m-%d %H:%M}"
    assert "JJ-2026-0001" in following.since_edit.toolTip()
    following.cancel_button.click()
