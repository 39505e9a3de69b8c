"""The main window: menus, the escalation banner, the tabs and the status bar."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.domain.audit.actions import AUDIT_VIEW, CONTRACT_SAVE, TICKET_CREATE
from app.domain.tickets.attention import Attention
from app.gui.access import hide_writes
from app.gui.account_menu import AccountMenu
from app.gui.backup_actions import AutoBackup, BackupRunner, BackupSettingsDialog
from app.gui.change_watch import ChangeWatcher
from app.gui.failures import logged_failure_text
from app.gui.help_dialogs import HelpMenu
from app.gui.lazy_tabs import LazyTabs
from app.gui.status_bar import DeskStatusBar
from app.gui.tasks import TaskRunner
from app.gui.tickets.escalation_banner import EscalationBanner
from app.gui.tickets.tab import TicketsTab
from app.gui.ui_settings import MAIN_WINDOW_GEOMETRY, MAIN_WINDOW_STATE, UiSettings
from app.services import contract
from app.services.context import Desk
from app.services.tickets import escalations

if TYPE_CHECKING:
    from app.gui.audit import AuditView
    from app.gui.changes.tab import ChangesTab
    from app.gui.contract_dialog import ContractDialog
    from app.gui.devices.tab import DevicesTab
    from app.gui.handover_accept_dialog import HandoverAcceptDialog
    from app.gui.handover_dialog import HandoverDialog
    from app.gui.inspections.tab import InspectionsTab
    from app.gui.plans.quick_find import QuickFindDialog
    from app.gui.plans.tab import PlansTab
    from app.gui.receipt_dialog import ReceiptDialog
    from app.gui.reports.tab import ReportsTab
    from app.gui.store.tab import StoreTab
    from app.gui.training.tab import TrainingTab

SWEEP_INTERVAL_MS = 30_000


class MainWindow(QMainWindow):
    """The resident engineer's desk for one logged-in user (read-only for the client's side)."""

    loggedOut = Signal()  # 注销 / 切换用户: the login asks who comes next

    def __init__(
        self,
        desk: Desk,
        remember_geometry: bool = True,
        parent: QWidget | None = None,
        auto_backup: bool = False,
    ) -> None:
        """``auto_backup``: make the daily copy of the database (the running program does)."""
        super().__init__(parent)
        self._desk = desk
        self._remember_geometry = remember_geometry
        self.contract_dialog: ContractDialog | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self.handover_dialog: HandoverDialog | None = None
        self.accept_dialog: HandoverAcceptDialog | None = None
        self.read_only = not desk.can(TICKET_CREATE)
        self.setObjectName("MainWindow")
        self.resize(1440, 900)

        self.banner = EscalationBanner(desk, self)
        self.tickets_tab = TicketsTab(desk, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        # Only the queue is made at start; every other tab when first shown or asked for.
        self.lazy = LazyTabs(self.tabs)
        self.lazy.built.connect(self.on_lazy_built)
        self.lazy.add_built("tickets", self.tr("工单"), self.tickets_tab)
        self.lazy.add("inspections", self.tr("巡检"), self._make_inspections_tab)
        self.lazy.add("store", self.tr("备品备件"), self._make_store_tab)
        self.lazy.add("plans", self.tr("应急预案"), self._make_plans_tab)
        self.lazy.add("devices", self.tr("设备"), self._make_devices_tab)
        self.lazy.add("training", self.tr("培训演练"), self._make_training_tab)
        self.lazy.add("changes", self.tr("变更"), self._make_changes_tab)
        self.lazy.add("reports", self.tr("报告"), self._make_reports_tab)
        self.quick_find_dialog: QuickFindDialog | None = None
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        if desk.can(AUDIT_VIEW):
            self.lazy.add("audit", self.tr("审计记录"), self._make_audit_view)
        self.status_bar = DeskStatusBar(desk, self)
        self.setStatusBar(self.status_bar)
        self.backup_runner = BackupRunner(desk, self)
        self.auto_backup = AutoBackup(desk, self)
        self._build_menus()
        self.account_menu = AccountMenu(desk, self, before=self.help_menu.menuAction())
        self.account_menu.logoutRequested.connect(self.on_account_menu_logoutRequested)
        self.contract_action.setVisible(desk.can(CONTRACT_SAVE))
        if self.read_only:
            hide_writes(self, roots=("tickets_tab",))

        self.sweep_runner = TaskRunner(desk, self)  # the sweep writes: never on the GUI thread
        self.change_watcher = ChangeWatcher(desk, self)
        self.change_watcher.changed.connect(self.on_change_watcher_changed)
        self.sweep_timer = QTimer(self)
        self.sweep_timer.setInterval(SWEEP_INTERVAL_MS)
        self.sweep_timer.timeout.connect(self.on_sweep_timer_timeout)
        self.tickets_tab.ticketsChanged.connect(self.on_tickets_tab_ticketsChanged)
        self.banner.ticketRequested.connect(self.on_banner_ticketRequested)
        self.banner.escalationAcknowledged.connect(self.on_banner_escalationAcknowledged)
        self.banner.moreRequested.connect(self.on_banner_moreRequested)
        self.status_bar.attentionRequested.connect(self.on_status_bar_attentionRequested)
        self.status_bar.inspectionsRequested.connect(self.on_inspection_due_action_triggered)
        self.status_bar.lowStockRequested.connect(self.on_status_bar_lowStockRequested)
        self.tickets_tab.detail.runRequested.connect(self.on_ticket_detail_runRequested)
        self.tickets_tab.detail.changeRequested.connect(self.on_ticket_detail_changeRequested)
        self.tickets_tab.detail.plans_section.planRequested.connect(
            self.on_plans_section_planRequested
        )
        self.tickets_tab.detail.device_section.deviceRequested.connect(
            self.on_device_section_deviceRequested
        )

        self.backup_runner.backedUp.connect(self.on_backup_runner_backedUp)
        self.auto_backup.finished.connect(self.on_auto_backup_finished)
        self.auto_backup.failed.connect(self.on_auto_backup_failed)

        self.update_title()
        self.banner.refresh()
        self.status_bar.refresh()
        if remember_geometry:
            self._restore_geometry()
        self.sweep_timer.start()
        self.change_watcher.start()
        if auto_backup:
            self.auto_backup.start()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        self.contract_action = QAction(self.tr("合同设置…"), self)
        self.contract_action.setStatusTip(self.tr("修改合同信息、服务时限和逐级上报联系人"))
        self.receipt_action = QAction(self.tr("登记签字回执…"), self)
        self.receipt_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.receipt_action.setStatusTip(self.tr("扫描或输入文档编号，登记签字件已归档"))
        self.handover_action = QAction(self.tr("交接班记录…"), self)
        self.handover_action.setStatusTip(self.tr("生成交接班记录，交接双方签字"))
        self.accept_handover_action = QAction(self.tr("接班确认…"), self)
        self.accept_handover_action.setStatusTip(
            self.tr("接班人用自己的账户确认接班，填写接班检查意见")
        )
        self.quit_action = QAction(self.tr("退出"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.receipt_action)
        file_menu.addAction(self.handover_action)
        file_menu.addAction(self.accept_handover_action)
        file_menu.addSeparator()
        self.backup_action = QAction(self.tr("备份到…"), self)
        self.backup_action.setStatusTip(self.tr("把数据库备份到 U 盘等位置（校验后保存）"))
        self.backup_settings_action = QAction(self.tr("备份设置…"), self)
        self.backup_settings_action.setStatusTip(self.tr("每日自动备份和保留份数"))
        if self._desk.db.is_server:  # the server's scheduled dumps are its administrator's
            self.backup_action.setStatusTip(
                self.tr("用 pg_dump 把服务器上的数据库备份到 U 盘等位置（校验后保存）")
            )
            self.backup_settings_action.setEnabled(False)
            self.backup_settings_action.setStatusTip(
                self.tr("服务器上的数据库由服务器管理员定时备份，本程序不做每日自动备份")
            )
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.backup_settings_action)
        self.backup_action.triggered.connect(self.on_backup_action_triggered)
        self.backup_settings_action.triggered.connect(self.on_backup_settings_action_triggered)
        file_menu.addSeparator()
        file_menu.addAction(self.contract_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        ticket_menu = bar.addMenu(self.tr("工单(&T)"))
        self.new_ticket_action = QAction(self.tr("新建工单"), self)
        self.new_ticket_action.setShortcut(QKeySequence("Ctrl+N"))
        self.refresh_action = QAction(self.tr("刷新"), self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        ticket_menu.addAction(self.new_ticket_action)
        self.export_action = QAction(self.tr("导出工单台账…"), self)
        self.export_action.setStatusTip(self.tr("把当前筛选条件下的工单导出为 Excel 工单台账"))
        ticket_menu.addAction(self.refresh_action)
        ticket_menu.addSeparator()
        ticket_menu.addAction(self.export_action)

        self._build_inspection_menu()
        self._build_device_menu()
        # Ctrl+K from any tab: a window action, listed in 帮助.
        self.quick_find_action = QAction(self.tr("快速查找预案和知识库…"), self)
        self.quick_find_action.setObjectName("quick_find_action")
        self.quick_find_action.setShortcut(QKeySequence("Ctrl+K"))
        self.quick_find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(self.quick_find_action)
        self.quick_find_action.triggered.connect(self.on_quick_find_action_triggered)

        self.about_action = QAction(self.tr("关于"), self)
        self.help = HelpMenu(self, self.help_topic, self.quick_find_action, self.about_action)
        self.help_menu = self.help.menu

        self.contract_action.triggered.connect(self.on_contract_action_triggered)
        self.quit_action.triggered.connect(self.on_quit_action_triggered)
        self.new_ticket_action.triggered.connect(self.on_new_ticket_action_triggered)
        self.refresh_action.triggered.connect(self.on_refresh_action_triggered)
        self.receipt_action.triggered.connect(self.on_receipt_action_triggered)
        self.handover_action.triggered.connect(self.on_handover_action_triggered)
        self.accept_handover_action.triggered.connect(self.on_accept_handover_action_triggered)
        self.export_action.triggered.connect(self.on_export_action_triggered)
        self.about_action.triggered.connect(self.on_about_action_triggered)

    def _build_inspection_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("巡检(&I)"))
        self.inspection_due_action = QAction(self.tr("巡检待办"), self)
        self.inspection_due_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.inspection_due_action.setStatusTip(self.tr("查看今日、本周到期和已逾期的巡检与备份"))
        self.start_run_action = QAction(self.tr("开始巡检…"), self)
        self.start_run_action.setShortcut(QKeySequence("Ctrl+I"))
        self.start_run_action.setStatusTip(self.tr("按待办中选中的巡检表开始巡检"))
        self.record_backup_action = QAction(self.tr("登记备份…"), self)
        self.record_backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.record_backup_action.setStatusTip(self.tr("登记一次已完成的增量备份或全备份"))
        self.templates_action = QAction(self.tr("巡检表…"), self)
        self.templates_action.setStatusTip(self.tr("新建、修改、停用巡检表"))
        self.backup_register_action = QAction(self.tr("备份策略与记录"), self)
        self.backup_register_action.setStatusTip(self.tr("各系统的备份策略、备份记录和恢复测试"))
        menu.addAction(self.inspection_due_action)
        menu.addAction(self.start_run_action)
        menu.addAction(self.record_backup_action)
        menu.addSeparator()
        menu.addAction(self.templates_action)
        menu.addAction(self.backup_register_action)
        menu.addSeparator()
        self.inspection_summary_action = QAction(self.tr("巡检情况汇总…"), self)
        self.inspection_summary_action.setStatusTip(
            self.tr("生成一周或一个月的巡检情况汇总（PDF）")
        )
        self.export_inspections_action = QAction(self.tr("导出巡检台账…"), self)
        self.export_inspections_action.setStatusTip(
            self.tr("把巡检记录、检查项结果和备份记录导出为 Excel")
        )
        menu.addAction(self.inspection_summary_action)
        menu.addAction(self.export_inspections_action)
        self.inspection_summary_action.triggered.connect(
            self.on_inspection_summary_action_triggered
        )
        self.export_inspections_action.triggered.connect(
            self.on_export_inspections_action_triggered
        )
        self.inspection_menu = menu
        self.inspection_due_action.triggered.connect(self.on_inspection_due_action_triggered)
        self.start_run_action.triggered.connect(self.on_start_run_action_triggered)
        self.record_backup_action.triggered.connect(self.on_record_backup_action_triggered)
        self.templates_action.triggered.connect(self.on_templates_action_triggered)
        self.backup_register_action.triggered.connect(self.on_backup_register_action_triggered)

    def _build_device_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("设备(&D)"))
        self.device_register_action = QAction(self.tr("设备台账"), self)
        self.device_register_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.device_register_action.setStatusTip(
            self.tr("按系统、地点、状态查找设备及其工单、快照")
        )
        self.upgrades_action = QAction(self.tr("升级记录"), self)
        self.upgrades_action.setStatusTip(self.tr("软件、固件升级记录及其测试与回退方案"))
        self.documents_action = QAction(self.tr("维护资料"), self)
        self.documents_action.setStatusTip(self.tr("合同要求移交的维护资料，按系统和版本"))
        self.training_action = QAction(self.tr("培训与应急演练"), self)
        self.training_action.setStatusTip(self.tr("培训记录、签到表、应急演练及报告"))
        for action in (self.device_register_action, self.upgrades_action, self.documents_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.training_action)
        self.device_register_action.triggered.connect(self.on_device_register_action_triggered)
        self.upgrades_action.triggered.connect(self.on_upgrades_action_triggered)
        self.documents_action.triggered.connect(self.on_documents_action_triggered)
        self.training_action.triggered.connect(self.on_training_action_triggered)

    # --- the tabs made on first use ----------------------------------------------------------

    def _make_inspections_tab(self) -> InspectionsTab:
        from app.gui.inspections.tab import InspectionsTab

        tab = InspectionsTab(self._desk, self)
        tab.inspectionsChanged.connect(self.on_inspections_tab_inspectionsChanged)
        tab.ticketCreated.connect(self.on_inspections_tab_ticketCreated)
        tab.ticketRequested.connect(self.on_inspections_tab_ticketRequested)
        return tab

    def _make_store_tab(self) -> StoreTab:
        from app.gui.store.tab import StoreTab

        tab = StoreTab(self._desk, self)
        tab.storeChanged.connect(self.on_store_tab_storeChanged)
        return tab

    def _make_plans_tab(self) -> PlansTab:
        from app.gui.plans.tab import PlansTab

        tab = PlansTab(self._desk, self)
        tab.deviceRequested.connect(self.on_device_section_deviceRequested)
        return tab

    def _make_devices_tab(self) -> DevicesTab:
        from app.gui.devices.tab import DevicesTab

        tab = DevicesTab(self._desk, self)
        tab.ticketRequested.connect(self.on_devices_tab_ticketRequested)
        tab.changeRequested.connect(self.on_devices_tab_changeRequested)
        tab.devicesChanged.connect(self.on_devices_tab_devicesChanged)
        return tab

    def _make_training_tab(self) -> TrainingTab:
        from app.gui.training.tab import TrainingTab

        tab = TrainingTab(self._desk, self)
        tab.trainingChanged.connect(self.on_training_tab_trainingChanged)
        return tab

    def _make_changes_tab(self) -> ChangesTab:
        from app.gui.changes.tab import ChangesTab

        tab = ChangesTab(self._desk, self)
        tab.changesChanged.connect(self.on_changes_tab_changesChanged)
        tab.deviceRequested.connect(self.on_device_section_deviceRequested)
        return tab

    def _make_reports_tab(self) -> ReportsTab:
        from app.gui.reports.tab import ReportsTab

        tab = ReportsTab(self._desk, self)
        tab.reportsChanged.connect(self.on_reports_tab_reportsChanged)
        return tab

    def _make_audit_view(self) -> AuditView:
        from app.gui.audit import AuditView

        return AuditView(self._desk, self)

    def on_lazy_built(self, name: str, _page: QWidget) -> None:
        if self.read_only:
            hide_writes(self, roots=(f"{name}_tab",), actions=False)

    @property
    def inspections_tab(self) -> InspectionsTab:
        return cast("InspectionsTab", self.lazy.page("inspections"))

    @property
    def store_tab(self) -> StoreTab:
        return cast("StoreTab", self.lazy.page("store"))

    @property
    def plans_tab(self) -> PlansTab:
        return cast("PlansTab", self.lazy.page("plans"))

    @property
    def devices_tab(self) -> DevicesTab:
        return cast("DevicesTab", self.lazy.page("devices"))

    @property
    def training_tab(self) -> TrainingTab:
        return cast("TrainingTab", self.lazy.page("training"))

    @property
    def changes_tab(self) -> ChangesTab:
        return cast("ChangesTab", self.lazy.page("changes"))

    @property
    def reports_tab(self) -> ReportsTab:
        return cast("ReportsTab", self.lazy.page("reports"))

    @property
    def audit_view(self) -> AuditView | None:
        """The auditor's tab, for those allowed to see the audit trail."""
        if not self.lazy.has("audit"):
            return None
        return cast("AuditView", self.lazy.page("audit"))

    # --- behaviour ---------------------------------------------------------------------------

    def update_title(self) -> None:
        info = contract.get_contract(self._desk)
        name = info.project_name if info else ""
        self.setWindowTitle(
            self.tr("驻场运维台 — {0}").format(name) if name else self.tr("驻场运维台")
        )

    def tick(self) -> None:
        """Record escalations that fell due on a worker thread, then bring banner, status bar
        and queue up to date (a tick while one is under way supersedes its answer)."""
        self.sweep_runner.run(
            escalations.sweep, self._after_sweep, self._after_failed_sweep, key="sweep"
        )

    def _after_failed_sweep(self, error: Exception) -> None:
        text = logged_failure_text(error, "escalation sweep")
        self.status_bar.showMessage(self.tr("逐级上报检查失败：{0}").format(text), 15_000)
        self._after_sweep(0)

    def _after_sweep(self, recorded: int) -> None:
        self.refresh_summary()
        self.tickets_tab.refresh()
        inspections = self.lazy.built_page("inspections")
        if inspections is not None:  # a new day makes checklists due
            cast("InspectionsTab", inspections).refresh_due()
        if recorded:
            QApplication.alert(self)

    def _refresh_built(self, name: str) -> None:
        page = self.lazy.built_page(name)
        if page is not None:
            page.refresh()  # type: ignore[attr-defined]

    def _mark_built_stale(self, name: str) -> None:
        page = self.lazy.built_page(name)
        if page is not None:
            page.mark_stale()  # type: ignore[attr-defined]

    def refresh_summary(self) -> None:
        self.banner.refresh()
        self.status_bar.refresh()

    def _restore_geometry(self) -> None:
        settings = UiSettings()
        geometry = settings.get(MAIN_WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.get(MAIN_WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sweep_timer.stop()
        self.sweep_runner.cancel()
        self.change_watcher.stop()
        self.account_menu.stop()
        self.auto_backup.stop()
        if self._remember_geometry:
            settings = UiSettings()
            settings.set(MAIN_WINDOW_GEOMETRY, self.saveGeometry())
            settings.set(MAIN_WINDOW_STATE, self.saveState())
            settings.sync()
        super().closeEvent(event)

    # --- slots -------------------------------------------------------------------------------

    def on_sweep_timer_timeout(self) -> None:
        self.tick()

    def on_change_watcher_changed(self) -> None:
        """Another workstation (or this one) committed a write: show it within seconds."""
        self.refresh_summary()
        self.tickets_tab.refresh()
        self._refresh_built("store")

    def on_tickets_tab_ticketsChanged(self) -> None:
        self.refresh_summary()
        self._refresh_built("store")  # a loaner issued or returned from a ticket moves stock
        self._mark_built_stale("devices")  # … and the device's status with it
        self._mark_built_stale("reports")  # a fixed or closed defect changes the follow-ups due
        self._mark_built_stale("changes")  # a change registered from a ticket

    def on_device_section_deviceRequested(self, device_id: int) -> None:
        self.tabs.setCurrentWidget(self.devices_tab)
        self.devices_tab.show_device(device_id)

    def on_devices_tab_ticketRequested(self, ticket_id: int) -> None:
        self.tabs.setCurrentWidget(self.tickets_tab)
        self.tickets_tab.show_ticket(ticket_id)

    def on_devices_tab_changeRequested(self, change_id: int) -> None:
        self.tabs.setCurrentWidget(self.changes_tab)
        self.changes_tab.show_change(change_id)

    def on_devices_tab_devicesChanged(self) -> None:
        if self.tickets_tab.detail.ticket_id is not None:
            self.tickets_tab.detail.reload()

    def on_ticket_detail_changeRequested(self, number: str) -> None:
        self.tabs.setCurrentWidget(self.changes_tab)
        self.changes_tab.new_change(number)

    def on_reports_tab_reportsChanged(self) -> None:
        self.tickets_tab.refresh()  # a recurrence found at a follow-up reopens the ticket
        self.refresh_summary()

    def on_changes_tab_changesChanged(self) -> None:
        self.tickets_tab.refresh()  # a change registered from a ticket is on its timeline
        self._mark_built_stale("devices")  # … and a device lists the changes naming it

    def on_training_tab_trainingChanged(self) -> None:
        inspections = self.lazy.built_page("inspections")
        if inspections is not None:
            cast("InspectionsTab", inspections).refresh_due()

    def on_device_register_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.devices_tab)
        self.devices_tab.register.focus_search()

    def on_upgrades_action_triggered(self) -> None:
        from app.gui.devices.tab import UPGRADES_PAGE

        self.tabs.setCurrentWidget(self.devices_tab)
        self.devices_tab.show_page(UPGRADES_PAGE)

    def on_documents_action_triggered(self) -> None:
        from app.gui.devices.tab import DOCUMENTS_PAGE

        self.tabs.setCurrentWidget(self.devices_tab)
        self.devices_tab.show_page(DOCUMENTS_PAGE)

    def on_training_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.training_tab)

    def on_store_tab_storeChanged(self) -> None:
        self.refresh_summary()
        self.tickets_tab.refresh()
        self._mark_built_stale("devices")

    def on_banner_ticketRequested(self, ticket_id: int) -> None:
        self.tabs.setCurrentWidget(self.tickets_tab)
        self.tickets_tab.show_ticket(ticket_id)

    def on_banner_moreRequested(self) -> None:
        self.on_status_bar_attentionRequested(Attention.ESCALATED)

    def on_status_bar_attentionRequested(self, attention: Attention) -> None:
        self.tabs.setCurrentWidget(self.tickets_tab)
        self.tickets_tab.show_attention(attention)

    def on_status_bar_lowStockRequested(self) -> None:
        self.tabs.setCurrentWidget(self.store_tab)
        self.store_tab.show_low_stock()

    def on_banner_escalationAcknowledged(self, _escalation_id: int) -> None:
        self.status_bar.refresh()
        self.tickets_tab.refresh()

    def on_inspections_tab_inspectionsChanged(self) -> None:
        self.status_bar.refresh()

    def on_inspections_tab_ticketCreated(self, _ticket_id: int) -> None:
        self.tickets_tab.refresh()
        self.refresh_summary()
        self.status_bar.showMessage(self.tr("缺陷工单已登记，已与巡检项关联"), 5_000)

    def on_inspections_tab_ticketRequested(self, ticket_id: int) -> None:
        self.tabs.setCurrentWidget(self.tickets_tab)
        self.tickets_tab.show_ticket(ticket_id)

    def on_ticket_detail_runRequested(self, run_id: int, line: int) -> None:
        self.tabs.setCurrentWidget(self.inspections_tab)
        self.inspections_tab.show_run(run_id, line)

    def on_inspection_due_action_triggered(self) -> None:
        from app.gui.inspections.tab import DUE_PAGE

        self.tabs.setCurrentWidget(self.inspections_tab)
        self.inspections_tab.show_page(DUE_PAGE)

    def on_start_run_action_triggered(self) -> None:
        from app.gui.inspections.tab import DUE_PAGE

        self.tabs.setCurrentWidget(self.inspections_tab)
        self.inspections_tab.show_page(DUE_PAGE)
        self.inspections_tab.start_run()

    def on_record_backup_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.inspections_tab)
        self.inspections_tab.record_backup()

    def on_templates_action_triggered(self) -> None:
        from app.gui.inspections.tab import TEMPLATES_PAGE

        self.tabs.setCurrentWidget(self.inspections_tab)
        self.inspections_tab.show_page(TEMPLATES_PAGE)

    def on_backup_register_action_triggered(self) -> None:
        from app.gui.inspections.tab import BACKUPS_PAGE

        self.tabs.setCurrentWidget(self.inspections_tab)
        self.inspections_tab.show_page(BACKUPS_PAGE)

    def on_inspection_summary_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.inspections_tab)
        self.inspections_tab.print_summary()

    def on_export_inspections_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.inspections_tab)
        self.inspections_tab.export_log()

    def on_quick_find_action_triggered(self) -> None:
        from app.gui.plans.quick_find import QuickFindDialog

        if self.quick_find_dialog is not None:
            self.quick_find_dialog.raise_()
            self.quick_find_dialog.activateWindow()
            return
        dialog = QuickFindDialog(self._desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.itemChosen.connect(self.on_quick_find_dialog_itemChosen)
        dialog.finished.connect(self.on_quick_find_dialog_finished)
        self.quick_find_dialog = dialog
        dialog.open()
        dialog.search_edit.setFocus()

    def on_quick_find_dialog_itemChosen(self, kind: str, item_id: int) -> None:
        self.tabs.setCurrentWidget(self.plans_tab)
        self.plans_tab.show_item(kind, item_id)

    def on_quick_find_dialog_finished(self, _result: int) -> None:
        self.quick_find_dialog = None

    def on_plans_section_planRequested(self, plan_id: int) -> None:
        from app.services.plans.search import PLAN

        self.tabs.setCurrentWidget(self.plans_tab)
        self.plans_tab.show_item(PLAN, plan_id)

    def on_contract_action_triggered(self) -> None:
        from app.gui.contract_dialog import ContractDialog

        if self.contract_dialog is not None:
            self.contract_dialog.raise_()
            self.contract_dialog.activateWindow()
            return
        dialog = ContractDialog(self._desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_contract_dialog_accepted)
        dialog.finished.connect(self.on_contract_dialog_finished)
        self.contract_dialog = dialog
        dialog.open()

    def on_contract_dialog_accepted(self) -> None:
        self.update_title()
        self.tick()
        self.status_bar.showMessage(self.tr("合同设置已保存"), 5_000)

    def on_contract_dialog_finished(self, _result: int) -> None:
        self.contract_dialog = None

    def on_receipt_action_triggered(self) -> None:
        from app.gui.receipt_dialog import ReceiptDialog

        if self.receipt_dialog is not None:
            self.receipt_dialog.raise_()
            self.receipt_dialog.activateWindow()
            return
        dialog = ReceiptDialog(self._desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.documentFiled.connect(self.on_receipt_dialog_documentFiled)
        dialog.finished.connect(self.on_receipt_dialog_finished)
        self.receipt_dialog = dialog
        dialog.show()  # modeless: the engineer scans a stack of forms while the desk stays usable

    def on_receipt_dialog_documentFiled(self, _info: object) -> None:
        if self.tickets_tab.detail.ticket_id is not None:
            self.tickets_tab.detail.reload()

    def on_receipt_dialog_finished(self, _result: int) -> None:
        self.receipt_dialog = None

    def on_handover_action_triggered(self) -> None:
        from app.gui.handover_dialog import HandoverDialog

        if self.handover_dialog is not None:
            self.handover_dialog.raise_()
            self.handover_dialog.activateWindow()
            return
        dialog = HandoverDialog(self._desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.on_handover_dialog_finished)
        self.handover_dialog = dialog
        dialog.open()

    def on_handover_dialog_finished(self, _result: int) -> None:
        printed = self.handover_dialog.result_info if self.handover_dialog else None
        self.handover_dialog = None
        if printed is not None:  # offered at once: the incoming engineer is usually at the desk
            self.open_accept_dialog(printed.serial)

    def on_accept_handover_action_triggered(self) -> None:
        self.open_accept_dialog()

    def open_accept_dialog(self, serial: str = "") -> None:
        """The 接班确认 dialog, beside the print preview (not blocking it)."""
        from app.gui.handover_accept_dialog import HandoverAcceptDialog

        if self.accept_dialog is not None:
            self.accept_dialog.close()
        dialog = HandoverAcceptDialog(self._desk, serial, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.on_accept_dialog_finished)
        self.accept_dialog = dialog
        dialog.show()

    def on_accept_dialog_finished(self, _result: int) -> None:
        self.accept_dialog = None

    def on_export_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.tickets_tab)
        self.tickets_tab.export_log()

    def on_backup_action_triggered(self) -> None:
        self.backup_runner.start()

    def on_backup_runner_backedUp(self, _info: object) -> None:
        self.status_bar.refresh_backup()

    def on_backup_settings_action_triggered(self) -> None:
        dialog = BackupSettingsDialog(self._desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.backup_settings_dialog = dialog
        dialog.open()

    def on_auto_backup_finished(self, info: object) -> None:
        if info is not None:
            self.status_bar.backup_failure = ""
            self.status_bar.refresh_backup()

    def on_auto_backup_failed(self, text: str) -> None:
        self.status_bar.backup_failure = text
        self.status_bar.refresh_backup()
        self.status_bar.showMessage(self.tr("自动备份失败：{0}").format(text), 30_000)

    def on_quit_action_triggered(self) -> None:
        self.close()

    def on_account_menu_logoutRequested(self) -> None:
        self.loggedOut.emit()
        self.close()

    def on_new_ticket_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.tickets_tab)
        self.tickets_tab.new_ticket()

    def on_refresh_action_triggered(self) -> None:
        self.tick()
        self._refresh_built("inspections")

    def help_topic(self) -> str:
        """The manual's chapter for the tab in front (an anchor of resources/help/manual_*)."""
        name = self.lazy.name_of(self.tabs.currentWidget())
        chapters = ("tickets", "inspections", "store", "plans", "devices", "training", "audit")
        return name if name in chapters else "start"

    def on_about_action_triggered(self) -> None:
        QMessageBox.about(self, self.tr("关于驻场运维台"), self.about_text())

    def about_text(self) -> str:
        lines = [
            self.tr("<b>驻场运维台</b> 版本 {0}").format(__version__),
            self.tr("驻场工程师的工单、服务时限与逐级上报台。"),
        ]
        info = contract.get_contract(self._desk)
        if info is not None:
            today = self._desk.clock.now().astimezone().date()
            days = info.warranty_days_left(today)
            lines += [
                self.tr("项目：{0}").format(escape(info.project_name)),
                self.tr("甲方：{0}；乙方：{1}").format(
                    escape(info.client_name), escape(info.vendor_name)
                ),
                self.tr("竣工验收：{0}；质保期 {1} 年，至 {2} 止").format(
                    info.final_acceptance_date.isoformat(),
                    info.warranty_years,
                    info.warranty_end.isoformat(),
                ),
                self.tr("质保期剩余 {0} 天").format(days)
                if days >= 0
                else self.tr("已过质保期 {0} 天").format(-days),
            ]
        return "<br>".join(lines)
