"""The red/amber banner above the tabs: every unacknowledged escalation and whom to call."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.gui.i18n import tr_domain
from app.services.context import Desk, StorageError
from app.services.tickets import escalations
from app.services.tickets.escalations import EscalationInfo

MAX_VISIBLE_ROWS = 3
AMBER_STYLE = (
    "QFrame#escalationRow { background: #ffb300; border: 2px solid #e65100; border-radius: 4px; }"
    " QLabel { color: #000000; font-weight: bold; }"
)
RED_STYLE = (
    "QFrame#escalationRow { background: #c62828; border: 2px solid #7f0000; border-radius: 4px; }"
    " QLabel { color: #ffffff; font-weight: bold; }"
)
BANNER_STYLE = (
    "QFrame#escalationBanner { background: #fff3e0; border: 2px solid #c62828; }"
    " QLabel#bannerHeader { color: #b71c1c; font-weight: bold; }"
)


def due_text(due_at: datetime, now: datetime) -> str:
    """The due time in local time: ``HH:mm`` today, ``MM-dd HH:mm`` on another day."""
    local = due_at.astimezone()
    if local.date() == now.astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")


class ElidedLabel(QLabel):
    """One line of plain text, cut with "…" when the window is narrow (full text as tooltip)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.style().drawItemText(
            painter, rect, int(self.alignment()), self.palette(), True, text, self.foregroundRole()
        )


class EscalationRow(QFrame):
    """One escalation: what breached, the rung reached, whom to call; view and acknowledge."""

    viewClicked = Signal(int)
    acknowledgeClicked = Signal(int)

    def __init__(self, info: EscalationInfo, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setObjectName("escalationRow")
        self.setStyleSheet(RED_STYLE if info.level >= 2 else AMBER_STYLE)
        contact = " ".join(p for p in (info.contact_name, info.contact_phone) if p) or self.tr(
            "（未填写姓名电话，请在“文件 → 合同设置”中填写）"
        )
        self.label = ElidedLabel(
            self.tr(
                "⚠ {number} {title} {clock}超时 → 第{level}级 {role} {contact} (应于 {due} 上报)"
            ).format(
                number=info.ticket_number,
                title=info.ticket_title,
                clock=tr_domain("enum", info.clock.label),
                level=info.level,
                role=tr_domain("escalation", info.contact_role),
                contact=contact,
                due=due_text(info.due_at, now),
            ),
            self,
        )
        self.view_button = QPushButton(self.tr("查看"), self)
        self.view_button.setObjectName(f"view_{info.id}")
        self.view_button.setToolTip(self.tr("在工单页打开 {0}").format(info.ticket_number))
        self.acknowledge_button = QPushButton(self.tr("已联系，确认"), self)
        self.acknowledge_button.setObjectName(f"acknowledge_{info.id}")
        self.acknowledge_button.setToolTip(self.tr("已电话联系上报对象：记入工单时间线，不再提示"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.view_button)
        layout.addWidget(self.acknowledge_button)
        self.view_button.clicked.connect(self.on_view_button_clicked)
        self.acknowledge_button.clicked.connect(self.on_acknowledge_button_clicked)

    def on_view_button_clicked(self) -> None:
        self.viewClicked.emit(self.info.ticket_id)

    def on_acknowledge_button_clicked(self) -> None:
        self.acknowledgeClicked.emit(self.info.id)


class EscalationBanner(QFrame):
    """Shown while any escalation waits for the engineer to call; hidden when there are none."""

    ticketRequested = Signal(int)
    escalationAcknowledged = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._shown: list[EscalationInfo] = []
        self.rows: list[EscalationRow] = []
        self.setObjectName("escalationBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.header = QLabel(self)
        self.header.setObjectName("bannerHeader")
        self._rows_widget = QWidget()
        self._rows_layout = QVBoxLayout(self._rows_widget)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self._rows_widget)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll)
        self.hide()

    def refresh(self) -> None:
        """Reload the unacknowledged escalations; rebuild the lines only if they changed."""
        current = escalations.unacknowledged(self._desk)
        if current != self._shown:
            self.set_escalations(current)

    def set_escalations(self, items: list[EscalationInfo]) -> None:
        self._shown = items
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        now = self._desk.clock.now()
        for info in items:
            row = EscalationRow(info, now, self._rows_widget)
            row.viewClicked.connect(self.on_row_viewClicked)
            row.acknowledgeClicked.connect(self.on_row_acknowledgeClicked)
            self._rows_layout.addWidget(row)
            self.rows.append(row)
        self.header.setText(
            self.tr(
                "逐级上报：{0} 条待确认。请立即电话联系以下人员，联系后点“已联系，确认”。"
            ).format(len(items))
        )
        self._fit_height()
        self.setVisible(bool(items))

    def _fit_height(self) -> None:
        visible = self.rows[:MAX_VISIBLE_ROWS]
        spacing = self._rows_layout.spacing()
        height = sum(r.sizeHint().height() + spacing for r in visible)
        self.scroll.setFixedHeight(max(height, 0))

    def on_row_viewClicked(self, ticket_id: int) -> None:
        self.ticketRequested.emit(ticket_id)

    def on_row_acknowledgeClicked(self, escalation_id: int) -> None:
        try:
            escalations.acknowledge(self._desk, escalation_id)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("确认失败"), self.tr("无法保存确认：{0}").format(exc))
            return
        self.refresh()
        self.escalationAcknowledged.emit(escalation_id)
