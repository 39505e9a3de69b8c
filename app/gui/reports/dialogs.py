"""Recording a follow-up visit of a fixed defect (or a quarterly satisfaction survey), how a
complaint was dealt with, and a piece of the monthly report's improvement advice."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.domain.reports.followups import FollowUpWay, Satisfaction, quarter_of
from app.gui.store.dialog_base import StoreDialog
from app.gui.tickets.formatting import from_qdatetime, local_text, to_qdatetime
from app.gui.widgets import fill_enum
from app.services.context import Desk
from app.services.reports import advice, followups
from app.services.reports.advice import AdviceInfo, AdviceStatus
from app.services.reports.followups import DueFollowUp


def _text(parent: QWidget, name: str, height: int, hint: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setFixedHeight(height)
    edit.setPlaceholderText(hint)
    return edit


class FollowUpDialog(StoreDialog):
    """When, how and whom; the satisfaction (a 不满意 asks for the complaint), the comments and,
    for a ticket, whether the problem came back (which reopens it)."""

    def __init__(self, desk: Desk, due: DueFollowUp | None, parent: QWidget | None = None) -> None:
        title = self.tr("回访工单 {0}").format(due.number) if due else self.tr("季度满意度调查")
        super().__init__(title, parent)
        self.setObjectName("follow_up_dialog")
        self.setMinimumWidth(580)
        self._desk = desk
        self.due = due
        self.new_status = ""
        self.at = QDateTimeEdit(to_qdatetime(desk.clock.now()), self, objectName="at")
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setCalendarPopup(True)
        self.way = QComboBox(self, objectName="way")
        fill_enum(self.way, FollowUpWay)
        self.contact = QLineEdit(due.requester if due else "", self, objectName="contact")
        self.satisfaction = QComboBox(self, objectName="satisfaction")
        fill_enum(self.satisfaction, Satisfaction)
        self.satisfaction.setPlaceholderText(self.tr("请选择"))
        self.satisfaction.setCurrentIndex(-1)
        self.comments = _text(self, "comments", 70)
        self.complaint = _text(self, "complaint", 60, self.tr("不满意时必填，将记入月报的投诉"))
        self.recurred = QCheckBox(self.tr("问题复发（重新打开工单）"), self, objectName="recurred")
        self.quarter = QLineEdit(quarter_of(desk.today()), self, objectName="quarter")
        if due is not None:
            about = QLabel(
                self.tr("{0}（{1}）处理完成于 {2}，提出人 {3} {4}").format(
                    due.title, due.system, local_text(due.fixed_at), due.requester,
                    due.requester_phone,
                ),
                self,
                objectName="follow_up_about",
            )  # fmt: skip
            about.setWordWrap(True)
            self.form.addRow(about)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("回访时间 *"), self.at),
            (self.tr("回访方式 *"), self.way),
            (self.tr("回访对象 *"), self.contact),
            (self.tr("满意度 *"), self.satisfaction),
            (self.tr("回访意见 *"), self.comments),
            (self.tr("不满意原因（投诉记录）"), self.complaint),
        ]
        if due is None:
            rows.insert(0, (self.tr("调查季度"), self.quarter))
            self.recurred.hide()
        else:
            rows.append(("", self.recurred))
            self.quarter.hide()
        for label, widget in rows:
            self.form.addRow(label, widget)
        self.satisfaction.currentIndexChanged.connect(self.on_satisfaction_currentIndexChanged)
        self.on_satisfaction_currentIndexChanged(-1)

    def values(self) -> dict[str, object]:
        return {
            "at": from_qdatetime(self.at.dateTime()),
            "way": self.way.currentData(),
            "contact": self.contact.text(),
            "satisfaction": self.satisfaction.currentData(),
            "comments": self.comments.toPlainText(),
            "complaint": self.complaint.toPlainText(),
            "recurred": self.recurred.isChecked(),
            "quarter": self.quarter.text(),
        }

    def submit(self) -> None:
        if self.due is None:
            followups.record_survey(self._desk, self.values())
        else:
            self.new_status = followups.record_follow_up(
                self._desk, self.due.ticket_id, self.values()
            )

    def on_satisfaction_currentIndexChanged(self, _index: int) -> None:
        unhappy = self.satisfaction.currentData() == Satisfaction.DISSATISFIED.value
        self.complaint.setEnabled(unhappy)


class ComplaintDialog(StoreDialog):
    """How a complaint (a 不满意 at a follow-up) was dealt with."""

    def __init__(
        self, desk: Desk, follow_up_id: int, complaint: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("投诉处理结果"), parent)
        self.setObjectName("complaint_dialog")
        self._desk = desk
        self.follow_up_id = follow_up_id
        shown = QLabel(complaint, self)
        shown.setWordWrap(True)
        self.result = _text(self, "complaint_result", 80)
        self.form.addRow(self.tr("投诉内容"), shown)
        self.form.addRow(self.tr("处理结果 *"), self.result)

    def submit(self) -> None:
        followups.close_complaint(self._desk, self.follow_up_id, self.result.toPlainText())


class AdviceDialog(StoreDialog):
    """One improvement advice of a month: what, who, by when, and how it stands."""

    def __init__(
        self, desk: Desk, period: str, item: AdviceInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("修改改进建议") if item else self.tr("添加改进建议"), parent)
        self.setObjectName("advice_dialog")
        self.setMinimumWidth(560)
        self._desk = desk
        self.period = period
        self.advice_id = item.id if item else None
        self.text = _text(self, "text", 80)
        self.owner = QLineEdit(item.owner if item else desk.actor, self, objectName="owner")
        deadline = item.deadline if item else desk.today() + timedelta(days=30)
        self.deadline = QDateEdit(
            QDate(deadline.year, deadline.month, deadline.day), self, objectName="deadline"
        )
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setCalendarPopup(True)
        self.status = QComboBox(self, objectName="status")
        fill_enum(self.status, AdviceStatus)
        self.status_note = QLineEdit(self, objectName="status_note")
        if item is not None:
            self.text.setPlainText(item.text)
            self.status.setCurrentIndex(self.status.findData(item.status.value))
            self.status_note.setText(item.status_note)
        for label, widget in (
            (self.tr("改进建议 *"), self.text),
            (self.tr("责任人 *"), self.owner),
            (self.tr("完成期限 *"), self.deadline),
            (self.tr("执行情况"), self.status),
            (self.tr("情况说明"), self.status_note),
        ):
            self.form.addRow(label, widget)

    def submit(self) -> None:
        values = {
            "period": self.period,
            "text": self.text.toPlainText(),
            "owner": self.owner.text(),
            "deadline": self.deadline.date().toPython(),
            "status": self.status.currentData(),
            "status_note": self.status_note.text(),
        }
        self.advice_id = advice.save_advice(self._desk, values, self.advice_id)
