"""The window of a person who does not work tickets: the auditor (the audit trail) or the system
administrator (accounts, security and contract settings). Neither sees the records themselves."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from app.domain.audit.actions import AUDIT_VIEW, CONTRACT_SAVE
from app.gui.account_menu import AccountMenu
from app.gui.audit import AuditView
from app.gui.contract_dialog import ContractDialog
from app.services.context import Desk


class OfficeWindow(QMainWindow):
    """审计员 or 系统管理员 at the workstation."""

    loggedOut = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setObjectName("OfficeWindow")
        self.setWindowTitle(self.tr("驻场运维台 — {0}").format(desk.user.display_name))
        self.resize(1280, 800)
        self.contract_dialog: ContractDialog | None = None
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.quit_action = QAction(self.tr("退出"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.quit_action)
        self.account_menu = AccountMenu(desk, self)
        self.audit_view: AuditView | None = None
        if desk.can(AUDIT_VIEW):
            self.audit_view = AuditView(desk, self)
            self.setCentralWidget(self.audit_view)
        else:
            self.setCentralWidget(self._admin_page())
        self.statusBar().showMessage(
            self.tr("当前用户：{0}（{1}）").format(desk.user.display_name, desk.user.username)
        )
        self.quit_action.triggered.connect(self.on_quit_action_triggered)
        self.account_menu.logoutRequested.connect(self.on_account_menu_logoutRequested)

    def _admin_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(
            self.tr(
                "系统管理员：管理账户和角色、安全设置与合同设置。工单、巡检等记录由驻场工程师办理，"
                "审计记录由审计员查看。"
            ),
            page,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        for text, action in (
            (self.tr("账户管理…"), self.account_menu.accounts_action),
            (self.tr("安全设置…"), self.account_menu.security_action),
        ):
            button = QPushButton(text, page)
            button.clicked.connect(action.trigger)
            layout.addWidget(button)
        self.contract_button = QPushButton(self.tr("合同设置…"), page)
        self.contract_button.setObjectName("contract_button")
        self.contract_button.setVisible(self._desk.can(CONTRACT_SAVE))
        self.contract_button.clicked.connect(self.on_contract_button_clicked)
        layout.addWidget(self.contract_button)
        return page

    def closeEvent(self, event: QCloseEvent) -> None:
        self.account_menu.stop()
        super().closeEvent(event)

    def on_contract_button_clicked(self) -> None:
        dialog = ContractDialog(self._desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.on_contract_dialog_finished)
        self.contract_dialog = dialog
        dialog.open()

    def on_contract_dialog_finished(self, _result: int) -> None:
        self.contract_dialog = None

    def on_quit_action_triggered(self) -> None:
        self.close()

    def on_account_menu_logoutRequested(self) -> None:
        self.loggedOut.emit()
        self.close()
