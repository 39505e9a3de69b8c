"""The escalation banner above the tabs: one line per ticket waiting for a call, at most three.

It stays still under the pointer: an acknowledged line fades where it is, and the lines close
up (or new ones come in) only once the pointer has left the banner, so a second click never
lands on another ticket.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.gui.i18n import tr_domain
from app.gui.tickets.acknowledge_dialog import AcknowledgeDialog, rung_text
from app.services.context import Desk
from app.services.tickets import escalations
from app.services.tickets.escalations import EscalationInfo

MAX_VISIBLE_ROWS = 3
FADED_OPACITY = 0.35
FADE_MS = 400
POINTER_POLL_MS = 250  # while lines wait for the pointer to leave
ROW_STYLE = {
    "amber": "QFrame#escalationRow { background: #ffe082; border-left: 4px solid #e65100; }",
    "red": "QFrame#escalationRow { background: #ffcdd2; border-left: 4px solid #b71c1c; }",
    "done": "QFrame#escalationRow { background: #eeeeee; border-left: 4px solid #9e9e9e; }",
}
BUTTON_STYLE = "QPushButton { padding: 0px 8px; }"


def due_text(due_at: datetime, now: datetime) -> str:
    """The due time in local time: ``HH:mm`` today, ``MM-dd HH:mm`` on another day."""
    local = due_at.astimezone()
    if local.date() == now.astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")


def by_ticket(items: Sequence[EscalationInfo]) -> list[list[EscalationInfo]]:
    """The escalations grouped by ticket, the ticket of the highest level first."""
    groups: dict[int, list[EscalationInfo]] = {}
    for info in items:
        groups.setdefault(info.ticket_id, []).append(info)
    return list(groups.values())


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
    """One ticket's escalations on one line: the highest rung and whom to call; view, call."""

    viewClicked = Signal(int)
    acknowledgeClicked = Signal(int)  # the ticket id

    def __init__(
        self, items: Sequence[EscalationInfo], now: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.items = list(items)
        self.info = self.items[0]  # the highest level: whom to call now
        self.done = False
        info = self.info
        self.setObjectName("escalationRow")
        self.setStyleSheet(ROW_STYLE["red" if info.level >= 2 else "amber"])
        clocks = self.tr("、").join(tr_domain("enum", i.clock.label) for i in self.items)
        contact = " ".join(p for p in (info.contact_name, info.contact_phone) if p) or self.tr(
            "（未填写姓名电话：文件 → 合同设置）"
        )
        self.label = ElidedLabel(
            self.tr(
                "⚠ 第{level}级 {number} {title} · {clocks}超时 → {role} {contact}（应于 {due} 上报）"
            ).format(
                level=info.level,
                number=info.ticket_number,
                title=info.ticket_title,
                clocks=clocks,
                role=tr_domain("escalation", info.contact_role),
                contact=contact,
                due=due_text(info.due_at, now),
            ),
            self,
        )
        self.label.setToolTip("\n".join(rung_text(i) for i in self.items))
        self.label.setStyleSheet("font-weight: bold; color: #000000;")
        self.view_button = QPushButton(self.tr("查看"), self)
        self.view_button.setObjectName(f"view_{info.ticket_id}")
        self.view_button.setToolTip(self.tr("在工单页打开 {0}").format(info.ticket_number))
        self.acknowledge_button = QPushButton(self.tr("已联系…"), self)
        self.acknowledge_button.setObjectName(f"acknowledge_{info.ticket_id}")
        self.acknowledge_button.setToolTip(
            self.tr("记录联系到的人、联系方式和商定内容：记入工单时间线，不再提示")
        )
        for button in (self.view_button, self.acknowledge_button):
            button.setStyleSheet(BUTTON_STYLE)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 1, 4, 1)
        layout.setSpacing(4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.view_button)
        layout.addWidget(self.acknowledge_button)
        self.view_button.clicked.connect(self.on_view_button_clicked)
        self.acknowledge_button.clicked.connect(self.on_acknowledge_button_clicked)

    def mark_done(self, reached: str) -> None:
        """Acknowledged: the line greys and fades where it is; its buttons stop working."""
        self.done = True
        self.setStyleSheet(ROW_STYLE["done"])
        self.label.setText(
            self.tr("✓ {number} 已联系 {reached}").format(
                number=self.info.ticket_number, reached=reached
            )
        )
        self.label.setToolTip(self.label.text())
        self.view_button.setEnabled(False)
        self.acknowledge_button.setEnabled(False)
        effect = QGraphicsOpacityEffect(self)
        self.setGraphicsEffect(effect)
        self.fade = QPropertyAnimation(effect, b"opacity", self)
        self.fade.setDuration(FADE_MS)
        self.fade.setStartValue(1.0)
        self.fade.setEndValue(FADED_OPACITY)
        self.fade.start()

    def on_view_button_clicked(self) -> None:
        self.viewClicked.emit(self.info.ticket_id)

    def on_acknowledge_button_clicked(self) -> None:
        self.acknowledgeClicked.emit(self.info.ticket_id)


class EscalationBanner(QFrame):
    """Shown while any escalation waits for the engineer to call; hidden when there are none."""

    ticketRequested = Signal(int)
    escalationAcknowledged = Signal(int)  # the ticket id
    moreRequested = Signal()  # "还有 N 条": show them all in the queue

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._shown: list[EscalationInfo] = []
        self._waiting: list[EscalationInfo] | None = None  # lines to show once the pointer left
        self.rows: list[EscalationRow] = []
        self.dialog: AcknowledgeDialog | None = None
        self.setObjectName("escalationBanner")
        self.setStyleSheet("QFrame#escalationBanner { border: 1px solid #b71c1c; }")
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("more_button")
        self.more_button.setFlat(True)
        self.more_button.setStyleSheet("QPushButton { color: #b71c1c; text-align: left; }")
        self.more_button.setToolTip(self.tr("在工单页列出所有待确认上报的工单"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.more_button)
        self.pointer_timer = QTimer(self)
        self.pointer_timer.setInterval(POINTER_POLL_MS)
        self.more_button.clicked.connect(self.on_more_button_clicked)
        self.pointer_timer.timeout.connect(self.on_pointer_timer_timeout)
        self.hide()

    # --- what is shown ----------------------------------------------------------------------

    def pointer_inside(self) -> bool:
        """Whether the mouse pointer is over the banner (where a click would land on a line)."""
        if not self.isVisible():
            return False
        return self.rect().contains(self.mapFromGlobal(QCursor.pos()))

    def refresh(self) -> None:
        """Reload the unacknowledged escalations; rebuild the lines only if they changed, and
        not while the pointer is over them."""
        current = escalations.unacknowledged(self._desk)
        if current == self._shown and self._waiting is None:
            return
        if self.pointer_inside() or self.dialog is not None:
            self._waiting = current
            self.pointer_timer.start()
            return
        self.set_escalations(current)

    def set_escalations(self, items: list[EscalationInfo]) -> None:
        self._shown = items
        self._waiting = None
        self.pointer_timer.stop()
        for row in self.rows:
            # Kept under its parent until Qt deletes it: a row without a parent would be
            # deleted by Python at once, even from inside one of its own signals.
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        now = self._desk.clock.now()
        groups = by_ticket(items)
        for position, group in enumerate(groups[:MAX_VISIBLE_ROWS]):
            row = EscalationRow(group, now, self)
            row.viewClicked.connect(self.on_row_viewClicked)
            row.acknowledgeClicked.connect(self.on_row_acknowledgeClicked)
            self._layout.insertWidget(position, row)
            self.rows.append(row)
        hidden = len(groups) - MAX_VISIBLE_ROWS
        self.more_button.setText(self.tr("还有 {0} 张工单待确认上报…").format(hidden))
        self.more_button.setVisible(hidden > 0)
        self.setVisible(bool(items))

    def row_of(self, ticket_id: int) -> EscalationRow | None:
        return next((row for row in self.rows if row.info.ticket_id == ticket_id), None)

    def acknowledge(self, ticket_id: int) -> AcknowledgeDialog | None:
        """Ask whom the engineer reached about the ticket's escalations (window-modal)."""
        row = self.row_of(ticket_id)
        if row is None or row.done:
            return None
        dialog = AcknowledgeDialog(self._desk, row.items, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- events and slots -------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave and self._waiting is not None:
            self.pointer_timer.start(0)  # look once the leave is done
        return super().event(event)

    def on_pointer_timer_timeout(self) -> None:
        if self._waiting is None:
            self.pointer_timer.stop()
        elif not self.pointer_inside() and self.dialog is None:
            self.set_escalations(self._waiting)
        else:
            self.pointer_timer.start(POINTER_POLL_MS)

    def on_row_viewClicked(self, ticket_id: int) -> None:
        self.ticketRequested.emit(ticket_id)

    def on_row_acknowledgeClicked(self, ticket_id: int) -> None:
        self.acknowledge(ticket_id)

    def on_more_button_clicked(self) -> None:
        self.moreRequested.emit()

    def on_dialog_finished(self, result: int) -> None:
        dialog = self.dialog
        self.dialog = None
        if dialog is None or result != QDialog.DialogCode.Accepted:
            self.refresh()
            return
        row = self.row_of(dialog.items[0].ticket_id)
        if row is not None:
            row.mark_done(dialog.values()["reached_name"].strip())
        self.refresh()  # waits for the pointer to leave before the lines close up
        self.escalationAcknowledged.emit(dialog.items[0].ticket_id)
