"""The ticket detail's 应急预案 section: suggested plans, open one, "followed this plan", and the
knowledge article and 问题汇报 made from the ticket. (The plan dialogs import ``app.gui.tickets``,
so this module imports them when first used.)"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain.enums import TicketClass
from app.domain.i18n import MarkedError
from app.gui.i18n import tr_error
from app.gui.messages import show_error
from app.gui.tasks import TaskRunner
from app.gui.tickets.detail_sections import Section
from app.services.context import Desk
from app.services.plans import followed as plan_followed
from app.services.plans import knowledge, search
from app.services.plans.knowledge import KnowledgeError
from app.services.plans.search import SearchHit
from app.services.tickets.detail import TicketDetail

_SUGGEST = "suggest"
FOLLOWED_STYLE = "color: #1e5b23; font-weight: bold;"


class TicketPlansSection(Section):
    """Plans suggested for the ticket's system and words, with the actions a ticket offers."""

    planRequested = Signal(int)  # plan id
    ticketChanged = Signal(int)  # the ticket's timeline or documents changed

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("应急预案与知识库"), parent)
        self.setObjectName("plans_section")
        self._desk = desk
        self.detail: TicketDetail | None = None
        self.hits: list[SearchHit] = []
        self.open_buttons: dict[int, QPushButton] = {}
        self.follow_buttons: dict[int, QPushButton] = {}
        self.article_button: QPushButton | None = None
        self.incident_button: QPushButton | None = None
        self.dialog: QDialog | None = None
        self.runner = TaskRunner(desk, self)
        from app.gui.plans.printing import PlanPrinter  # late: see the docstring

        self.printer = PlanPrinter(desk, self)
        self.printer.printed.connect(self.on_printer_printed)

    def fill(self, detail: TicketDetail) -> None:
        self.detail = detail
        self.hits = []
        self._build(loading=True)
        ticket_id = detail.id
        self.runner.run(
            lambda desk: search.suggest_for_ticket(desk, ticket_id),
            lambda hits: self.on_runner_result(ticket_id, hits),
            key=_SUGGEST,
        )

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def _build(self, loading: bool = False) -> None:
        body = self.fresh_body()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        self.open_buttons, self.follow_buttons = {}, {}
        d = self.detail
        if d is None:
            return
        followed = " ".join(plan_followed.plans_followed(self._desk, d.id))
        if loading:
            grid.addWidget(QLabel(self.tr("正在查找相关预案……")), 0, 0, 1, 3)
        elif not self.hits:
            none = QLabel(self.tr("没有找到相关预案；可在“应急预案”页查找（Ctrl+K）"))
            none.setStyleSheet("color: #777;")
            grid.addWidget(none, 0, 0, 1, 3)
        for row, hit in enumerate(self.hits):
            title = QLabel(hit.title, body)
            title.setToolTip(hit.snippet)
            title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(title, row, 0)
            open_button = QPushButton(self.tr("打开预案"), body)
            open_button.setObjectName(f"open_plan_{hit.id}")
            open_button.clicked.connect(
                lambda _checked=False, plan_id=hit.id: self.on_open_button_clicked(plan_id)
            )
            grid.addWidget(open_button, row, 1)
            if f" {hit.title}（" in followed:
                done = QLabel(self.tr("已按此预案处置"), body)
                done.setStyleSheet(FOLLOWED_STYLE)
                grid.addWidget(done, row, 2)
            else:
                follow = QPushButton(self.tr("按此预案处置"), body)
                follow.setObjectName(f"follow_plan_{hit.id}")
                follow.setToolTip(self.tr("在工单处理记录中记下：已按此预案处置"))
                follow.clicked.connect(
                    lambda _checked=False, plan_id=hit.id: self.on_follow_button_clicked(plan_id)
                )
                grid.addWidget(follow, row, 2)
                self.follow_buttons[hit.id] = follow
            self.open_buttons[hit.id] = open_button
        actions = QHBoxLayout()
        actions.addStretch(1)
        defect = d.ticket_class is TicketClass.DEFECT
        self.article_button = QPushButton(self.tr("生成知识库条目…"), body)
        self.article_button.setObjectName("article_button")
        self.article_button.setEnabled(defect and d.fixed_at is not None)
        self.article_button.setToolTip(
            self.tr("用已修复问题的原因、处理结果和预防建议编写知识库条目")
        )
        self.incident_button = QPushButton(self.tr("问题汇报…"), body)
        self.incident_button.setObjectName("incident_button")
        self.incident_button.setEnabled(defect)
        self.incident_button.setToolTip(self.tr("重大紧急问题解决后形成问题汇报，打印后签字"))
        actions.addWidget(self.article_button)
        actions.addWidget(self.incident_button)
        grid.addLayout(actions, max(1, len(self.hits)), 0, 1, 3)
        self.article_button.clicked.connect(self.on_article_button_clicked)
        self.incident_button.clicked.connect(self.on_incident_button_clicked)
        body.show()

    # --- slots -------------------------------------------------------------------------------

    def on_runner_result(self, ticket_id: int, hits: list[SearchHit]) -> None:
        if self.detail is None or self.detail.id != ticket_id:
            return
        self.hits = hits
        self._build()

    def on_open_button_clicked(self, plan_id: int) -> None:
        self.planRequested.emit(plan_id)

    def on_follow_button_clicked(self, plan_id: int) -> None:
        if self.detail is None:
            return
        try:
            plan_followed.record_plan_followed(self._desk, self.detail.id, plan_id)
        except MarkedError as error:  # e.g. the database failed: nothing recorded
            show_error(self, self.tr("无法保存"), tr_error(error))
            return
        self.ticketChanged.emit(self.detail.id)

    def on_article_button_clicked(self) -> None:
        from app.gui.plans.article_editor import ArticleEditorDialog

        if self.detail is None:
            return
        try:
            values = knowledge.article_values_from_ticket(self._desk, self.detail.id)
        except KnowledgeError as error:
            show_error(self, self.tr("无法生成知识库条目"), tr_error(error))
            return
        dialog = ArticleEditorDialog(
            self._desk,
            values=values,
            ticket_ids=[self.detail.id],
            ticket_label=self.detail.number,
            parent=self,
        )
        self._open(dialog)

    def on_incident_button_clicked(self) -> None:
        from app.gui.plans.incident_dialog import IncidentReportDialog

        if self.detail is None:
            return
        dialog = IncidentReportDialog(self._desk, self.detail.id, self.detail.number, self)
        dialog.printRequested.connect(self.on_dialog_printRequested)
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def on_dialog_printRequested(self, number: str, values: dict) -> None:
        self.printer.print_incident_report(number, values)

    def on_dialog_finished(self, _result: int) -> None:
        self.dialog = None

    def on_printer_printed(self, _path: object) -> None:
        if self.detail is not None:
            self.ticketChanged.emit(self.detail.id)
