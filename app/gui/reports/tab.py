"""The 报告 tab: the follow-ups due (and overdue), the follow-ups and surveys of a month with
their complaints, that month's improvement advice, and the monthly operating-status report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.reports.periods import Period, month_period, previous_month
from app.gui.documents_runner import FileRunner, ask_workbook
from app.gui.i18n import tr_domain
from app.gui.print_preview import PrintedFile
from app.gui.reports.dialogs import AdviceDialog, ComplaintDialog, FollowUpDialog
from app.gui.rows_model import Colours, RowsModel
from app.gui.table_views import current_row, row_table
from app.gui.tickets.formatting import local_text
from app.gui.widgets import pane_splitter
from app.services.context import Desk
from app.services.reports import advice, followups
from app.services.reports.advice import AdviceInfo
from app.services.reports.followups import DueFollowUp, FollowUpInfo

OVERDUE: Colours = (None, "#b3261e")
MONTHS_OFFERED = 12


class DueModel(RowsModel[DueFollowUp]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("应回访日"),
            self.tr("工单"),
            self.tr("处理完成"),
            self.tr("系统"),
            self.tr("提出人"),
            self.tr("电话"),
            self.tr("问题"),
        ]

    def cell(self, row: DueFollowUp, column: int) -> str:
        due = row.due_on.isoformat() + (self.tr("（逾期）") if row.overdue else "")
        return [
            due,
            row.number,
            local_text(row.fixed_at),
            row.system,
            row.requester,
            row.requester_phone,
            row.title,
        ][column]

    def colours(self, row: DueFollowUp, column: int) -> Colours | None:
        return OVERDUE if row.overdue else None


class FollowUpsModel(RowsModel[FollowUpInfo]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("时间"),
            self.tr("类别"),
            self.tr("工单/季度"),
            self.tr("方式"),
            self.tr("对象"),
            self.tr("满意度"),
            self.tr("复发"),
            self.tr("投诉"),
            self.tr("意见"),
        ]

    def cell(self, row: FollowUpInfo, column: int) -> str:
        complaint = ""
        if row.complaint:
            complaint = self.tr("已处理") if row.complaint_result else self.tr("待处理")
        return [
            local_text(row.at),
            tr_domain("enum", row.kind.label),
            row.ticket_number or row.quarter,
            tr_domain("enum", row.way.label),
            row.contact,
            tr_domain("enum", row.satisfaction.label) if row.satisfaction else "—",
            self.tr("是") if row.recurred else "",
            complaint,
            row.comments,
        ][column]

    def colours(self, row: FollowUpInfo, column: int) -> Colours | None:
        return OVERDUE if row.complaint and not row.complaint_result else None


class AdviceModel(RowsModel[AdviceInfo]):
    def headers(self) -> Sequence[str]:
        return [self.tr("改进建议"), self.tr("责任人"), self.tr("完成期限"), self.tr("执行情况")]

    def cell(self, row: AdviceInfo, column: int) -> str:
        return [
            row.text,
            row.owner,
            row.deadline.isoformat(),
            tr_domain("enum", row.status.label),
        ][column]


class ReportPrinter(FileRunner):
    """The monthly report in the print preview; the follow-up log saved as a workbook."""

    def print_report(self, period: Period) -> None:
        from app.services.reports.monthly_report import print_monthly_report

        name = tr_domain("document", "系统运行状况分析报告")

        def make(desk: Desk, path: Path) -> PrintedFile:
            info = print_monthly_report(desk, period, path)
            return PrintedFile.of(info, f"{name}_{period.key}.pdf")

        self.open_preview(name, make)

    def export_log(self, period: Period) -> None:
        from app.services.reports.followup_export import export_follow_up_log

        title = self.tr("导出回访台账")
        path = ask_workbook(self._parent, title, self.tr("回访台账_{0}.xlsx").format(period.key))
        if path is None:
            return

        def work(desk: Desk) -> int:
            return export_follow_up_log(desk, path, period.first, period.last)

        def done(rows: int) -> None:
            text = self.tr("已导出 {0} 条回访记录及满意度统计到：\n{1}").format(rows, path)
            self.show_saved(title, text, path)

        self.run(work, done)


class ReportsTab(QWidget):
    """Due follow-ups on top; below, for the month chosen, the follow-ups and the advice."""

    reportsChanged = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportsTab")
        self._desk = desk
        self.dialog: Any = None
        self.printer = ReportPrinter(desk, self, key="report_print")
        self.month = QComboBox(self, objectName="month")
        period = month_period(desk.today().strftime("%Y-%m"))
        for _ in range(MONTHS_OFFERED):
            self.month.addItem(period.key, period.key)
            period = previous_month(period)
        self.month.setCurrentIndex(1)  # the report is written early in the next month
        self.due_days = QSpinBox(self, objectName="due_days")
        self.due_days.setRange(followups.DUE_DAYS.minimum, followups.DUE_DAYS.maximum)
        self.due_days.setSuffix(self.tr(" 天"))
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("报告月份"), self))
        top.addWidget(self.month)
        top.addWidget(self._button("print_report", self.tr("生成运行状况分析报告…")))
        top.addWidget(self._button("export_followups", self.tr("导出回访台账…")))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("修复后回访期限"), self))
        top.addWidget(self.due_days)
        self.due_model = DueModel(self)
        self.due_view = row_table(self.due_model, "due_view", None, self, 6)
        self.follow_ups_model = FollowUpsModel(self)
        self.follow_ups_view = row_table(self.follow_ups_model, "follow_ups_view", None, self, 8)
        self.advice_model = AdviceModel(self)
        self.advice_view = row_table(self.advice_model, "advice_view", None, self, 0)
        due_box = self._box(self.tr("待回访（已修复的缺陷）"), self.due_view, ("record_follow_up",))
        follow_box = self._box(
            self.tr("报告月份的回访与满意度调查"),
            self.follow_ups_view,
            ("record_survey", "complaint"),
        )
        advice_box = self._box(
            self.tr("报告月份的改进建议（写入月报第十二节）"), self.advice_view, ("new_advice", "edit_advice")
        )  # fmt: skip
        for name, text in (
            ("record_follow_up", self.tr("记录回访…")),
            ("record_survey", self.tr("季度满意度调查…")),
            ("complaint", self.tr("投诉处理结果…")),
            ("new_advice", self.tr("添加建议…")),
            ("edit_advice", self.tr("修改…")),
        ):
            self.buttons[name].setText(text)
        # the writing buttons by name, for what the client's side does not see (app/gui/access.py)
        self.follow_up_button = self.buttons["record_follow_up"]
        self.survey_button = self.buttons["record_survey"]
        self.complaint_button = self.buttons["complaint"]
        self.new_advice_button = self.buttons["new_advice"]
        self.edit_advice_button = self.buttons["edit_advice"]
        self.print_button = self.buttons["print_report"]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        panes = ((due_box, 1), (follow_box, 1), (advice_box, 1))
        layout.addWidget(pane_splitter(Qt.Orientation.Vertical, self, panes), 1)
        for name, button in self.buttons.items():
            button.clicked.connect(getattr(self, f"on_{name}_clicked"))
        self.month.currentIndexChanged.connect(self.on_month_currentIndexChanged)
        self.due_days.editingFinished.connect(self.on_due_days_editingFinished)
        self.due_view.activated.connect(self.on_due_view_activated)
        self.advice_view.activated.connect(self.on_advice_view_activated)
        self._stale = True

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        self.buttons[name] = button
        return button

    def _box(self, title: str, view: QWidget, names: Sequence[str]) -> QGroupBox:
        box = QGroupBox(title, self)
        bar = QHBoxLayout()
        for name in names:
            bar.addWidget(self._button(name, ""))
        bar.addStretch(1)
        column = QVBoxLayout(box)
        column.addLayout(bar)
        column.addWidget(view, 1)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def mark_stale(self) -> None:
        """Refresh now if shown, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def period(self) -> Period:
        return month_period(self.month.currentData())

    def refresh(self) -> None:
        self._stale = False
        period = self.period()
        self.due_days.setValue(followups.due_days(self._desk))
        self.due_model.set_rows(followups.due_follow_ups(self._desk))
        self.follow_ups_model.set_rows(
            followups.list_follow_ups(self._desk, period.first, period.last)
        )
        self.advice_model.set_rows(advice.list_advice(self._desk, period.key))

    def _open(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_dialog_accepted)
        self.dialog = dialog
        dialog.open()

    def selected_due(self) -> DueFollowUp | None:
        return self.due_model.row_at(current_row(self.due_view))

    # --- slots -------------------------------------------------------------------------------

    def on_record_follow_up_clicked(self) -> None:
        due = self.selected_due()
        if due is not None:
            self._open(FollowUpDialog(self._desk, due, self))

    def on_record_survey_clicked(self) -> None:
        self._open(FollowUpDialog(self._desk, None, self))

    def on_complaint_clicked(self) -> None:
        item = self.follow_ups_model.row_at(current_row(self.follow_ups_view))
        if item is not None and item.complaint:
            self._open(ComplaintDialog(self._desk, item.id, item.complaint, self))

    def on_new_advice_clicked(self) -> None:
        self._open(AdviceDialog(self._desk, self.period().key, None, self))

    def on_edit_advice_clicked(self) -> None:
        item = self.advice_model.row_at(current_row(self.advice_view))
        if item is not None:
            self._open(AdviceDialog(self._desk, self.period().key, item, self))

    def on_print_report_clicked(self) -> None:
        self.printer.print_report(self.period())

    def on_export_followups_clicked(self) -> None:
        self.printer.export_log(self.period())

    def on_month_currentIndexChanged(self, _index: int) -> None:
        self.refresh()

    def on_due_days_editingFinished(self) -> None:
        if self.due_days.value() != followups.due_days(self._desk):
            followups.set_due_days(self._desk, self.due_days.value())
            self.refresh()
            self.reportsChanged.emit()

    def on_due_view_activated(self, _index: QModelIndex) -> None:
        self.on_record_follow_up_clicked()

    def on_advice_view_activated(self, _index: QModelIndex) -> None:
        self.on_edit_advice_clicked()

    def on_dialog_accepted(self) -> None:
        self.dialog = None
        self.refresh()
        self.reportsChanged.emit()
