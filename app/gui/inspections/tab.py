"""The 巡检 tab: 待办 (due lists), 巡检记录 (runs), 巡检表 (checklists) and 备份登记 (backups)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.gui.inspections.backups_page import BackupsPage
from app.gui.inspections.due_page import DuePage
from app.gui.inspections.history_page import HistoryPage
from app.gui.inspections.run_form import RunFormDialog
from app.gui.inspections.templates_page import TemplatesPage
from app.gui.messages import show_error
from app.services.context import Desk
from app.services.inspections import checklists as inspection_templates
from app.services.inspections.checklists import TemplateNotFoundError

DUE_PAGE, HISTORY_PAGE, TEMPLATES_PAGE, BACKUPS_PAGE = range(4)


class InspectionsTab(QWidget):
    """Everything about inspections and backups; tells the window when counts or tickets change."""

    inspectionsChanged = Signal()  # due lists changed: the status bar counts may differ
    ticketCreated = Signal(int)  # a defect ticket was opened from a failed line
    ticketRequested = Signal(int)  # show this ticket in the 工单 tab

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.run_dialog: RunFormDialog | None = None

        self.due_page = DuePage(desk, self)
        self.history_page = HistoryPage(desk, self)
        self.templates_page = TemplatesPage(desk, self)
        self.backups_page = BackupsPage(desk, self)
        self.run_view = self.history_page.run_view
        self.pages = QTabWidget(self)
        self.pages.setObjectName("inspection_pages")
        self.pages.addTab(self.due_page, self.tr("待办"))
        self.pages.addTab(self.history_page, self.tr("巡检记录"))
        self.pages.addTab(self.templates_page, self.tr("巡检表"))
        self.pages.addTab(self.backups_page, self.tr("备份登记"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.due_page.startRequested.connect(self.on_due_page_startRequested)
        self.due_page.backupRequested.connect(self.on_due_page_backupRequested)
        self.run_view.runSaved.connect(self.on_run_view_runSaved)
        self.run_view.runRequested.connect(self.on_run_view_runRequested)
        self.run_view.ticketCreated.connect(self.on_run_view_ticketCreated)
        self.run_view.ticketRequested.connect(self.on_run_view_ticketRequested)
        self.templates_page.templatesChanged.connect(self.on_templates_page_templatesChanged)
        self.backups_page.backupsChanged.connect(self.on_backups_page_backupsChanged)
        self.refresh()

    @property
    def busy(self) -> bool:
        """Whether a list is still being read in the background."""
        return self.history_page.busy or self.backups_page.busy

    def refresh(self) -> None:
        """Read every list again (the due lists at once, the longer lists in the background)."""
        self.due_page.refresh()
        self.history_page.refresh()
        self.templates_page.refresh()
        self.backups_page.refresh()

    def refresh_due(self) -> None:
        """Read the due lists again (cheap; the window's timer calls it)."""
        self.due_page.refresh()

    def start_run(self, template_id: int | None = None) -> None:
        """Open the run form for a checklist (default: the one selected in the due list)."""
        if self.run_dialog is not None:
            self.run_dialog.raise_()
            self.run_dialog.activateWindow()
            return
        if template_id is None:
            template_id = self.due_page.selected_template_id()
        if template_id is None:
            self.pages.setCurrentIndex(DUE_PAGE)
            return
        try:
            template = inspection_templates.get_template(self._desk, template_id)
        except TemplateNotFoundError:
            self.due_page.refresh()
            return
        if not template.active:
            show_error(
                self, self.tr("不能开始巡检"), self.tr("巡检表“{0}”已停用").format(template.name)
            )
            return
        dialog = RunFormDialog(self._desk, template=template, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_run_dialog_accepted)
        dialog.finished.connect(self.on_run_dialog_finished)
        self.run_dialog = dialog
        dialog.open()

    def print_summary(self) -> None:
        self.pages.setCurrentIndex(HISTORY_PAGE)
        self.history_page.print_summary()

    def export_log(self) -> None:
        self.pages.setCurrentIndex(HISTORY_PAGE)
        self.history_page.export_log()

    def record_backup(self) -> None:
        self.backups_page.record_backup()

    def show_run(self, run_id: int, line: int | None = None) -> None:
        """Show a run on the 巡检记录 page (e.g. the one that found a ticket's defect)."""
        self.pages.setCurrentIndex(HISTORY_PAGE)
        self.history_page.show_run(run_id, line)

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)

    def _changed(self) -> None:
        self.due_page.refresh()
        self.history_page.refresh()
        self.inspectionsChanged.emit()

    # --- slots -------------------------------------------------------------------------------

    def on_due_page_startRequested(self, template_id: int) -> None:
        self.start_run(template_id)

    def on_due_page_backupRequested(self, system_code: str, kind: str) -> None:
        self.backups_page.record_backup(system_code, kind)

    def on_run_dialog_accepted(self) -> None:
        dialog = self.run_dialog
        if dialog is None or dialog.saved is None:
            return
        saved = dialog.saved
        self.due_page.refresh()
        if saved.failed:  # show the findings: defect tickets are opened from there
            self.show_run(saved.id)
        else:  # all passed: stay on the due list for the next checklist
            self.history_page.refresh()
            self.due_page.notice_label.setText(
                self.tr("已保存 {0}（{1}），全部合格").format(saved.number, saved.template_name)
            )
        self.inspectionsChanged.emit()

    def on_run_dialog_finished(self, _result: int) -> None:
        self.run_dialog = None

    def on_run_view_runSaved(self, run_id: int) -> None:
        self.show_run(run_id)
        self._changed()

    def on_run_view_runRequested(self, run_id: int) -> None:
        self.show_run(run_id)

    def on_run_view_ticketCreated(self, ticket_id: int) -> None:
        self.history_page.refresh()
        self.ticketCreated.emit(ticket_id)

    def on_run_view_ticketRequested(self, ticket_id: int) -> None:
        self.ticketRequested.emit(ticket_id)

    def on_templates_page_templatesChanged(self) -> None:
        self.history_page.fill_templates()
        self._changed()

    def on_backups_page_backupsChanged(self) -> None:
        self.due_page.refresh()
        self.inspectionsChanged.emit()
