"""The auditor's view: records filtered by account, action and outcome, each record's fields with
old and new values, verification of the chain, the Excel export and the retention."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.domain.accounts.roles import Role
from app.gui.audit import AuditView
from app.gui.audit.model import AuditModel
from app.services import accounts, contract, login, security
from app.services.context import Desk
from tests.conftest import add_person
from tests.ui.keyboard import retype


@pytest.fixture
def view(qtbot, desk: Desk, make_ticket, clock) -> AuditView:
    make_ticket()
    values = contract.default_values(contract.get_contract(desk).final_acceptance_date)
    values["fix_general_hours"] = 6
    contract.save_contract(desk, values, contract.get_ladder(desk))
    with pytest.raises(login.LoginError):
        login.authenticate(desk, "sungong", "wrong")
    add_person(desk, "shenji", "审计员", "Chakan#2026", Role.AUDITOR)
    desk.user = accounts.user_named(desk, "shenji")
    widget = AuditView(desk)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    return widget


def select(combo, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_model_passes_the_model_tester(qtmodeltester, view: AuditView) -> None:
    qtmodeltester.check(view.model)
    assert isinstance(view.model, AuditModel)


def test_filter_by_action_shows_the_changed_fields(qtbot, view: AuditView) -> None:
    select(view.action_combo, "contract.save")
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1
    assert view.count_label.text() == "共 1 条"
    row = [view.model.index(0, c).data() for c in range(8)]
    assert row[2] == "孙工（sungong）" and row[4] == "修改合同设置" and row[6] == "成功"
    changes = [
        [view.changes.item(r, c).text() for c in range(5)] for r in range(view.changes.rowCount())
    ]
    assert ["合同", "1", "修改", "fix_general_hours", "4.0 → 6.0"] in changes


def test_filter_by_account_and_outcome(qtbot, view: AuditView) -> None:
    select(view.account_combo, "sungong")
    select(view.outcome_combo, "failure")
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1
    assert view.model.index(0, 4).data() == "登录失败"
    assert view.model.index(0, 7).data() == "密码错误（连续第 1 次）"
    retype(qtbot, view.text_edit, "GD-2026")
    select(view.outcome_combo, "")
    select(view.account_combo, "")
    qtbot.keyClick(view.text_edit, Qt.Key.Key_Return)
    assert view.model.rowCount() == 1 and view.model.index(0, 4).data() == "登记报修"


def test_verify_then_export_and_set_the_retention(
    qtbot, view: AuditView, tmp_path: Path, monkeypatch
) -> None:
    qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.verify_button.isEnabled(), timeout=10_000)
    assert view.status_label.text().startswith("审计链完整：")
    out = tmp_path / "审计.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(out), ""))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.export_button.isEnabled() and out.exists(), timeout=10_000)
    book = load_workbook(out, read_only=True)
    rows = list(book["审计记录"].iter_rows(values_only=True))
    assert len(rows) - 1 == view.model.rowCount()
    assert "已导出" in view.status_label.text()
    retype(qtbot, view.retention_spin, "400")
    qtbot.mouseClick(view.retention_button, Qt.MouseButton.LeftButton)
    assert security.get_settings(view._desk).audit_retention_days == 400


def test_a_later_date_range_is_empty(qtbot, view: AuditView, desk: Desk) -> None:
    view.from_edit.setDate(view.from_edit.date().addDays(60))
    view.to_edit.setDate(view.to_edit.date().addDays(60))
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0
    assert view.changes.rowCount() == 0
    assert desk.today() - timedelta(days=1) < desk.today()
