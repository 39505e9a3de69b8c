"""The first-start wizard on an empty database: every page filled by typing, saved together."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QWizard

from app.domain.clock import FixedClock
from app.domain.validation import FieldError, ValidationError
from app.gui import setup_wizard
from app.gui.setup_wizard import (
    PAGE_ACCOUNT,
    PAGE_CONTRACT,
    PAGE_LADDER,
    PAGE_TARGETS,
    SetupWizard,
)
from app.services import contract, login, setup
from app.services.setup import OpenedDesk, open_desk
from tests.conftest import contract_values, sample_ladder
from tests.ui.keyboard import retype


@pytest.fixture
def empty(db_target: Path | str, clock: FixedClock) -> Iterator[OpenedDesk]:
    """A new database, migrated, with nothing set up (a file, or on the test server)."""
    handle = open_desk(db_target, clock)
    yield handle
    handle.close()


@pytest.fixture
def wizard(qtbot, empty: OpenedDesk) -> SetupWizard:
    widget = SetupWizard(empty.desk)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def fill_contract_page(qtbot, wizard: SetupWizard) -> None:
    edits = wizard.info_form.edits
    retype(qtbot, edits["project_name"], "某市看守所智慧监所项目")
    retype(qtbot, edits["client_name"], "某市看守所")
    retype(qtbot, edits["vendor_name"], "某信息产业投资有限公司")
    retype(qtbot, edits["service_department"], "某信息产业投资有限公司售后服务部")
    wizard.info_form.acceptance_edit.setDate(QDate(2025, 6, 30))
    retype(qtbot, wizard.info_form.warranty_spin, "3")
    retype(qtbot, edits["classification"], "内部资料 注意保密")


def fill_ladder_page(qtbot, wizard: SetupWizard) -> None:
    for level, (name, phone) in {
        1: ("何经理", "内线 9001"),
        2: ("罗主任", "内线 9002"),
        3: ("蒋总", "内线 9003"),
    }.items():
        _role, name_edit, phone_edit = wizard.ladder_form.rows[level]
        retype(qtbot, name_edit, name)
        retype(qtbot, phone_edit, phone)


def fill_account_page(qtbot, wizard: SetupWizard, confirm: str = "Zhuchang@123") -> None:
    page = wizard.account_page
    retype(qtbot, page.username_edit, "sungong")
    retype(qtbot, page.display_name_edit, "孙工")
    retype(qtbot, page.password_edit, "Zhuchang@123")
    retype(qtbot, page.confirm_edit, confirm)


def walk_to_account_page(qtbot, wizard: SetupWizard) -> None:
    fill_contract_page(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_TARGETS
    retype(qtbot, wizard.targets_form.spins["response_minutes"], "10")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_LADDER
    fill_ladder_page(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_ACCOUNT


def test_prefilled_from_the_shipped_defaults(wizard: SetupWizard) -> None:
    defaults = contract.load_defaults()
    assert wizard.info_form.edits["project_name"].text() == defaults["project_name"]
    assert wizard.info_form.warranty_spin.value() == defaults["warranty_years"]
    for name, value in defaults["targets"].items():
        assert wizard.targets_form.spins[name].value() == value
    roles = [role.text() for role, _name, _phone in wizard.ladder_form.rows.values()]
    assert roles == [r.role for r in contract.default_ladder()]


def test_finishing_saves_contract_ladder_and_account(
    qtbot, wizard: SetupWizard, empty: OpenedDesk
) -> None:
    desk = empty.desk
    assert setup.needs_setup(desk)
    walk_to_account_page(qtbot, wizard)
    fill_account_page(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.result() == QDialog.DialogCode.Accepted
    assert not wizard.isVisible()
    assert wizard.user is not None and wizard.user.display_name == "孙工"
    assert not setup.needs_setup(desk)
    info = contract.get_contract(desk)
    assert info is not None
    assert info.project_name == "某市看守所智慧监所项目"
    assert info.client_name == "某市看守所"
    assert info.vendor_name == "某信息产业投资有限公司"
    assert info.service_department == "某信息产业投资有限公司售后服务部"
    assert info.final_acceptance_date == date(2025, 6, 30)
    assert info.warranty_years == 3
    assert info.classification == "内部资料 注意保密"
    assert info.targets.response_minutes == 10
    assert info.targets.arrival_minutes == 30
    ladder = contract.get_ladder(desk)
    assert [(r.level, r.role, r.name, r.phone) for r in ladder] == [
        (1, "项目经理", "何经理", "内线 9001"),
        (2, "售后服务部负责人", "罗主任", "内线 9002"),
        (3, "公司领导", "蒋总", "内线 9003"),
    ]
    assert login.authenticate(desk, "sungong", "Zhuchang@123").user.display_name == "孙工"


def test_wrong_password_confirmation_keeps_the_wizard_open(
    qtbot, wizard: SetupWizard, empty: OpenedDesk
) -> None:
    walk_to_account_page(qtbot, wizard)
    fill_account_page(qtbot, wizard, confirm="Zhuchang@124")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.isVisible()
    assert wizard.currentId() == PAGE_ACCOUNT
    error = wizard.account_page.error_label
    assert error.isVisible() and "两次输入的密码不一致" in error.text()
    assert setup.needs_setup(empty.desk)  # nothing saved

    retype(qtbot, wizard.account_page.confirm_edit, "Zhuchang@123")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert not setup.needs_setup(empty.desk)


def test_a_short_password_is_refused_with_its_field_named(qtbot, wizard: SetupWizard) -> None:
    walk_to_account_page(qtbot, wizard)
    page = wizard.account_page
    retype(qtbot, page.username_edit, "sungong")
    retype(qtbot, page.password_edit, "123")
    retype(qtbot, page.confirm_edit, "123")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible()
    assert "密码至少需要 8 个字符" in page.error_label.text()


def test_an_empty_project_name_stops_on_the_first_page(qtbot, wizard: SetupWizard) -> None:
    wizard.info_form.edits["project_name"].clear()
    retype(qtbot, wizard.targets_form.spins["response_minutes"], "0")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_CONTRACT
    message = wizard.contract_page.error_label.text()
    assert "请填写“项目名称”" in message
    assert "响应" not in message  # the targets page reports its own fields


def test_errors_from_saving_go_back_to_their_page(
    qtbot, wizard: SetupWizard, empty: OpenedDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise ValidationError(
            [
                FieldError("client_name", "请填写“{label}”", "甲方（发包人）"),
                FieldError("username", "“{label}”已被使用", "登录名"),
            ]
        )

    walk_to_account_page(qtbot, wizard)
    fill_account_page(qtbot, wizard)
    monkeypatch.setattr(setup_wizard.setup, "complete_setup", refuse)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible()
    assert wizard.currentId() == PAGE_CONTRACT
    assert "请填写“甲方（发包人）”" in wizard.contract_page.error_label.text()
    assert "“登录名”已被使用" in wizard.account_page.error_label.text()
    assert setup.needs_setup(empty.desk)


def test_a_stored_contract_without_an_engineer_is_prefilled(qtbot, empty: OpenedDesk) -> None:
    cleaned = contract.validate_contract(contract_values(response_minutes=7))
    with empty.desk.write("setup", as_system=True) as session:  # as an older program left it
        contract.store_contract(session, cleaned, sample_ladder())
    assert setup.needs_setup(empty.desk)
    widget = SetupWizard(empty.desk)
    qtbot.addWidget(widget)
    assert widget.info_form.acceptance_edit.date() == QDate(2025, 6, 30)
    assert widget.targets_form.spins["response_minutes"].value() == 7
    assert widget.ladder_form.rows[1][1].text() == "何经理"
