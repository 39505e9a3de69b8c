"""The first-start wizard: the contract, its clock targets, the escalation ladder, the engineer."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.validation import FieldError, ValidationError
from app.gui.contract_fields import (
    INFO_FIELDS,
    ContractInfoForm,
    LadderForm,
    TargetsForm,
    error_messages,
    make_error_label,
    show_errors,
)
from app.gui.login_dialog import RESTORE_REQUESTED
from app.services import accounts, contract, setup
from app.services.context import CurrentUser, Desk, StorageError

PAGE_CONTRACT, PAGE_TARGETS, PAGE_LADDER, PAGE_ACCOUNT = range(4)
PAGE_OF_FIELD: dict[str, int] = {
    **dict.fromkeys(INFO_FIELDS, PAGE_CONTRACT),
    **dict.fromkeys(contract.TARGET_FIELDS, PAGE_TARGETS),
    "username": PAGE_ACCOUNT,
    "password": PAGE_ACCOUNT,
}


class _Page(QWizardPage):
    """A page with a red message line under its fields."""

    def __init__(self, body: QWidget | None = None) -> None:
        super().__init__()
        self.body_layout = QVBoxLayout(self)
        if body is not None:
            body.setParent(self)
            self.body_layout.addWidget(body)
        self.error_label = make_error_label(self)
        self.body_layout.addSpacing(8)
        self.body_layout.addWidget(self.error_label)
        self.body_layout.addStretch(1)

    def show_field_errors(self, errors: list[FieldError]) -> bool:
        show_errors(self.error_label, error_messages(errors))
        return not errors

    def setup_wizard(self) -> SetupWizard:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard


class ContractPage(_Page):
    """Project, parties, final acceptance, warranty, classification."""

    def __init__(self, form: ContractInfoForm) -> None:
        super().__init__(form)
        self.setTitle(self.tr("合同信息"))
        self.setSubTitle(self.tr("按售后服务合同填写。这些内容以后可在“文件 → 合同设置”中修改。"))

    def validatePage(self) -> bool:
        return self.show_field_errors(self.setup_wizard().contract_errors(PAGE_CONTRACT))


class TargetsPage(_Page):
    """The contract's clock targets."""

    def __init__(self, form: TargetsForm) -> None:
        super().__init__(form)
        self.setTitle(self.tr("服务时限"))
        self.setSubTitle(self.tr("合同承诺的响应、到场、修复时限（7×24小时，按日历时间计）。"))

    def validatePage(self) -> bool:
        return self.show_field_errors(self.setup_wizard().contract_errors(PAGE_TARGETS))


class LadderPage(_Page):
    """Whom a breach escalates to, level by level."""

    def __init__(self, form: LadderForm) -> None:
        super().__init__(form)
        self.setTitle(self.tr("逐级上报"))
        self.setSubTitle(self.tr("时限超时后，程序提示逐级联系以下人员。姓名和电话可以以后再填。"))


class AccountPage(_Page):
    """The first resident engineer's login."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("驻场工程师账号"))
        self.setSubTitle(
            self.tr(
                "用于登录本程序，同时是系统管理员（之后由它添加审计员和甲方确认人的账户）。"
                "密码至少8个字符，包含小写字母、大写字母、数字、符号中的至少3类；程序不保存密码本身，只保存无法还原出密码的校验值，任何人都看不到您的密码。"
            )
        )
        form = QFormLayout()
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("username")
        self.display_name_edit = QLineEdit(self)
        self.display_name_edit.setObjectName("display_name")
        self.display_name_edit.setPlaceholderText(self.tr("如：孙工（不填则用登录名）"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("confirm_password")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("登录名"), self.username_edit)
        form.addRow(self.tr("姓名"), self.display_name_edit)
        form.addRow(self.tr("密码"), self.password_edit)
        form.addRow(self.tr("确认密码"), self.confirm_edit)
        self.body_layout.insertLayout(0, form)

    def validatePage(self) -> bool:
        errors = error_messages(
            accounts.validate_account(self.username_edit.text(), self.password_edit.text())
        )
        if self.password_edit.text() != self.confirm_edit.text():
            errors = "\n".join(filter(None, (errors, self.tr("两次输入的密码不一致，请重新输入"))))
            self.confirm_edit.clear()
            self.confirm_edit.setFocus()
        show_errors(self.error_label, errors)
        return not errors


class SetupWizard(QWizard):
    """Collects everything the first start needs and saves it in one transaction."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.user: CurrentUser | None = None
        self.setWindowTitle(self.tr("驻场运维台 — 首次启动设置"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< 上一步")),
            (QWizard.WizardButton.NextButton, self.tr("下一步 >")),
            (QWizard.WizardButton.FinishButton, self.tr("完成")),
            (QWizard.WizardButton.CancelButton, self.tr("取消")),
        ):
            self.setButtonText(button, text)
        # A workstation set up again: its data comes back from the backup, not from the wizard.
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("从备份恢复…"))
        self.customButtonClicked.connect(self.on_wizard_customButtonClicked)

        defaults = contract.load_defaults()
        self.info_form = ContractInfoForm()
        self.info_form.set_values(
            {**defaults, "final_acceptance_date": desk.clock.now().astimezone().date()}
        )
        self.targets_form = TargetsForm()
        self.targets_form.set_values(defaults["targets"])
        rungs = {r.level: r for r in contract.default_ladder()}
        stored = contract.get_contract(desk)  # set up before, but without an engineer yet
        if stored is not None:
            self.info_form.set_values(asdict(stored))
            self.targets_form.set_values(asdict(stored.targets))
            rungs.update((r.level, r) for r in contract.get_ladder(desk))
        self.ladder_form = LadderForm(rungs.values())

        self.contract_page = ContractPage(self.info_form)
        self.targets_page = TargetsPage(self.targets_form)
        self.ladder_page = LadderPage(self.ladder_form)
        self.account_page = AccountPage()
        self.setPage(PAGE_CONTRACT, self.contract_page)
        self.setPage(PAGE_TARGETS, self.targets_page)
        self.setPage(PAGE_LADDER, self.ladder_page)
        self.setPage(PAGE_ACCOUNT, self.account_page)
        self.setMinimumSize(720, 540)

    def contract_values(self) -> dict[str, Any]:
        return {**self.info_form.values(), **self.targets_form.values()}

    def contract_errors(self, page: int) -> list[FieldError]:
        """The contract's validation errors that belong to one page."""
        try:
            contract.validate_contract(self.contract_values())
        except ValidationError as exc:
            return [e for e in exc.errors if PAGE_OF_FIELD.get(e.field) == page]
        return []

    def on_wizard_customButtonClicked(self, _which: int) -> None:
        self.done(RESTORE_REQUESTED)

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentId() != PAGE_ACCOUNT:
            return True
        return self._save()

    def _save(self) -> bool:
        page = self.account_page
        try:
            self.user = setup.complete_setup(
                self._desk,
                self.contract_values(),
                self.ladder_form.rungs(),
                page.username_edit.text(),
                page.display_name_edit.text(),
                page.password_edit.text(),
            )
        except ValidationError as exc:
            self._route_errors(exc.errors)
            return False
        except StorageError as exc:
            show_errors(page.error_label, self.tr("保存失败：{0}").format(exc))
            return False
        return True

    def _route_errors(self, errors: list[FieldError]) -> None:
        """Show each message on its page and go back to the first page with one."""
        by_page: dict[int, list[FieldError]] = defaultdict(list)
        for error in errors:
            by_page[PAGE_OF_FIELD.get(error.field, PAGE_ACCOUNT)].append(error)
        for page_id in self.pageIds():
            page = self.page(page_id)
            if isinstance(page, _Page):
                page.show_field_errors(by_page.get(page_id, []))
        target = min(by_page)
        while self.currentId() > target:
            self.back()
