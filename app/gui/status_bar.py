"""The status bar: who is logged in, warranty days left, the queue's and the overdue counts;
each count a button that lists what it counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from app.domain.backup_policy import is_stale
from app.domain.tickets.attention import Attention
from app.gui.backup_actions import backup_age_text
from app.gui.tickets.formatting import local_text
from app.services import contract, database_backups
from app.services.context import Desk
from app.services.database_backups import file_size_text
from app.services.inspections import backups, runs
from app.services.store import inventory
from app.services.tickets import queue

RED = "color: #ffffff; background: #c62828; font-weight: bold; padding: 1px 6px;"
AMBER = "color: #000000; background: #ffb300; font-weight: bold; padding: 1px 6px;"
PLAIN = "padding: 1px 6px;"


class DeskStatusBar(QStatusBar):
    """Permanent fields on the right; transient messages on the left."""

    attentionRequested = Signal(object)  # Attention: list those tickets in the queue
    inspectionsRequested = Signal()  # the inspections' due list (backups owed among them)
    lowStockRequested = Signal()  # the store's parts at or below their minimum

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.user_label = self._field("user_label", self.tr("当前登录的驻场工程师"))
        self.warranty_label = self._field("warranty_label", "")
        self.open_label = self._field("open_label", self.tr("未关闭的工单"))
        self.breaching_label = self._counter(
            "breaching_label", self.tr("有时限已超时且仍在计时的工单（点击在工单页列出）")
        )
        self.warning_label = self._counter(
            "warning_label", self.tr("有时限已用去预警比例（未超时）的工单（点击在工单页列出）")
        )
        self.loaner_label = self._counter(
            "loaner_label",
            self.tr("硬件故障超过时限未修复、应提供相同型号备用机的工单（点击在工单页列出）"),
        )
        self.inspections_label = self._counter(
            "inspections_label",
            self.tr("在用巡检表中，已有整期未完成巡检的巡检表数（点击打开“巡检”页的待办）"),
        )
        self.backups_label = self._counter(
            "backups_label",
            self.tr("按备份策略，已有整期未登记备份的备份项数（点击打开“巡检”页的待办）"),
        )
        self.low_stock_label = self._counter(
            "low_stock_label", self.tr("库存不高于最低库存的备品备件种数（点击列出）")
        )
        self.breaching_label.clicked.connect(self.on_breaching_label_clicked)
        self.warning_label.clicked.connect(self.on_warning_label_clicked)
        self.loaner_label.clicked.connect(self.on_loaner_label_clicked)
        self.inspections_label.clicked.connect(self.on_inspections_label_clicked)
        self.backups_label.clicked.connect(self.on_inspections_label_clicked)
        self.low_stock_label.clicked.connect(self.on_low_stock_label_clicked)
        self.data_backup_label = self._field("data_backup_label", "")
        self.backup_failure = ""  # the last automatic backup's failure, until one succeeds

    def _field(self, name: str, tooltip: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setToolTip(tooltip)
        label.setStyleSheet(PLAIN)
        self.addPermanentWidget(label)
        return label

    def _counter(self, name: str, tooltip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setToolTip(tooltip)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet(PLAIN)
        self.addPermanentWidget(button)
        return button

    def refresh(self) -> None:
        """Read the user, the contract and the queue summary again."""
        self.user_label.setText(self.tr("当前用户 {0}").format(self._desk.user.display_name))
        info = contract.get_contract(self._desk)
        if info is None:
            self.warranty_label.hide()
        else:
            today = self._desk.clock.now().astimezone().date()
            days = info.warranty_days_left(today)
            if days >= 0:
                self.warranty_label.setText(self.tr("质保期剩余 {0} 天").format(days))
                self.warranty_label.setStyleSheet(AMBER if days <= 90 else PLAIN)
            else:
                self.warranty_label.setText(self.tr("已过质保期 {0} 天").format(-days))
                self.warranty_label.setStyleSheet(AMBER)
            self.warranty_label.setToolTip(
                self.tr("质保期 {0} 年，至 {1} 止").format(
                    info.warranty_years, info.warranty_end.isoformat()
                )
            )
            self.warranty_label.show()
        counts = queue.summary(self._desk)
        self.open_label.setText(self.tr("未关闭 {0}").format(counts.open_tickets))
        self._count(self.breaching_label, self.tr("超时 {0}"), counts.breaching, RED)
        self._count(self.warning_label, self.tr("预警 {0}"), counts.warning, AMBER)
        self._count(self.loaner_label, self.tr("备用机待提供 {0}"), counts.loaners_due, AMBER)
        self._count(
            self.inspections_label,
            self.tr("巡检逾期 {0}"),
            runs.overdue_count(self._desk),
            RED,
        )
        self._count(
            self.backups_label, self.tr("备份逾期 {0}"), backups.overdue_backups(self._desk), AMBER
        )
        low = inventory.low_stock_count(self._desk)
        self._count(self.low_stock_label, self.tr("低库存 {0}"), low, AMBER)
        self.refresh_backup()

    def refresh_backup(self) -> None:
        """The age of the last good backup of this database; red past two days or on failure."""
        now = self._desk.clock.now()
        info = database_backups.last_good_backup(self._desk)
        days = (now.astimezone().date() - info.made_at.astimezone().date()).days if info else 0
        stale = is_stale(info.made_at if info else None, now)
        label = self.data_backup_label
        label.setText(backup_age_text(info, days) + (" ⚠" if self.backup_failure else ""))
        label.setStyleSheet(RED if stale or self.backup_failure else PLAIN)
        label.setProperty("alarm", stale or bool(self.backup_failure))
        lines = []
        if info is not None:
            lines.append(
                self.tr("最近一次数据备份：{0}（{1}）\n{2}").format(
                    local_text(info.made_at), file_size_text(info.size_bytes), info.path
                )
            )
        else:
            lines.append(self.tr("本数据库尚未备份"))
        if stale:
            lines.append(self.tr("已超过两天没有备份：请用“文件 → 备份到…”备份到 U 盘等介质"))
        if self.backup_failure:
            lines.append(self.tr("自动备份失败：{0}").format(self.backup_failure))
        label.setToolTip("\n".join(lines))

    @staticmethod
    def _count(label: QToolButton, template: str, value: int, alarm: str) -> None:
        label.setText(template.format(value))
        label.setStyleSheet(alarm if value > 0 else PLAIN)
        label.setProperty("alarm", value > 0)

    # --- slots -------------------------------------------------------------------------------

    def on_breaching_label_clicked(self) -> None:
        self.attentionRequested.emit(Attention.BREACHED)

    def on_warning_label_clicked(self) -> None:
        self.attentionRequested.emit(Attention.WARNING)

    def on_loaner_label_clicked(self) -> None:
        self.attentionRequested.emit(Attention.LOANER_DUE)

    def on_inspections_label_clicked(self) -> None:
        self.inspectionsRequested.emit()

    def on_low_stock_label_clicked(self) -> None:
        self.lowStockRequested.emit()
