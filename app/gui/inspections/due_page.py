"""The 待办 page: checklists due (overdue first, in red) above the backups due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import BackupKind, DueState, Frequency
from app.domain.inspections.periods import Period
from app.gui.inspections.formatting import enum_text, missed_text, overdue_since, period_text
from app.gui.inspections.models import BackupDueModel, DueModel
from app.gui.table_views import current_row, row_table, select_row
from app.gui.training.tab import DUE_STYLES, due_text
from app.gui.widgets import pane_splitter
from app.services.context import Desk
from app.services.inspections import backups, runs
from app.services.training import records as training

DUE_SAMPLES = (
    "本期已完成",
    "服务器及存储季度巡检",
    "监所综合管理平台",
    "每季度",
    "2026年第4季度",
    "2026-11-30",
    "漏检期数",
)
BACKUP_SAMPLES = (
    "已逾期（漏检 12 期）",
    "监所综合管理平台",
    "",
    "每季度",
    "2026-11-30",
    "2026-11-30 23:59",
)


class DuePage(QWidget):
    """What is due; Enter or a double click on a checklist starts a run of it."""

    startRequested = Signal(int)  # template id
    backupRequested = Signal(str, str)  # system code, backup kind

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.due_model = DueModel(self)
        state = max((enum_text(s) for s in DueState), key=len)  # as long as the UI says it
        due_samples = [state, *DUE_SAMPLES[1:]]
        # An overdue row's due date is the longest, and in bold: room for that.
        due_samples[5] = overdue_since(DUE_SAMPLES[5]) + "MM"
        day = date(2026, 12, 28)
        periods = (
            period_text(Period(day, day, f)) for f in (Frequency.WEEKLY, Frequency.QUARTERLY)
        )
        due_samples[4] = max(periods, key=len) + "M"
        self.due_view = row_table(self.due_model, "due_view", due_samples, self)
        self.due_view.setToolTip(self.tr("回车或双击开始巡检"))
        self.backup_model = BackupDueModel(self)
        samples = list(BACKUP_SAMPLES)
        samples[0] = missed_text(state, 12)
        samples[4] = overdue_since(BACKUP_SAMPLES[4]) + "MM"
        samples[2] = max((enum_text(k) for k in BackupKind), key=len)  # as long as the UI says it
        self.backup_view = row_table(self.backup_model, "backup_due_view", samples, self)
        self.backup_view.setToolTip(self.tr("回车或双击登记这项备份"))

        self.due_summary = QLabel(self)
        self.due_summary.setObjectName("due_summary")
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("notice_label")
        self.notice_label.setStyleSheet("color: #1e5b23; font-weight: bold;")
        self.start_button = QPushButton(self.tr("开始巡检"), self)
        self.start_button.setObjectName("start_button")
        self.start_button.setToolTip(self.tr("按选中的巡检表开始巡检（回车）"))
        self.backup_summary = QLabel(self)
        self.backup_summary.setObjectName("backup_summary")
        self.backup_button = QPushButton(self.tr("登记备份…"), self)
        self.backup_button.setObjectName("due_backup_button")

        due_box = QGroupBox(self.tr("巡检待办"), self)
        due_layout = QVBoxLayout(due_box)
        due_bar = QHBoxLayout()
        due_bar.addWidget(self.due_summary)
        due_bar.addWidget(self.notice_label, 1)
        due_bar.addWidget(self.start_button)
        due_layout.addLayout(due_bar)
        due_layout.addWidget(self.due_view, 1)
        backup_box = QGroupBox(self.tr("备份待办"), self)
        backup_layout = QVBoxLayout(backup_box)
        backup_bar = QHBoxLayout()
        backup_bar.addWidget(self.backup_summary, 1)
        backup_bar.addWidget(self.backup_button)
        backup_layout.addLayout(backup_bar)
        backup_layout.addWidget(self.backup_view, 1)

        # GB/T 28827.3: training and a drill at least once a year; the next of each, and when.
        yearly_box = QGroupBox(self.tr("培训与应急演练（每年至少一次）"), self)
        self.training_due = QLabel(yearly_box, objectName="due_training")
        self.drill_due = QLabel(yearly_box, objectName="due_drill")
        yearly = QHBoxLayout(yearly_box)
        yearly.addWidget(self.training_due)
        yearly.addSpacing(24)
        yearly.addWidget(self.drill_due)
        yearly.addStretch(1)

        splitter = pane_splitter(Qt.Orientation.Vertical, self, ((due_box, 3), (backup_box, 2)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(yearly_box)

        self.due_view.activated.connect(self.on_due_view_activated)
        self.backup_view.activated.connect(self.on_backup_view_activated)
        self.start_button.clicked.connect(self.on_start_button_clicked)
        self.backup_button.clicked.connect(self.on_backup_button_clicked)

    def refresh(self) -> None:
        """Read both due lists again, keeping the selected checklist."""
        selected = self.selected_template_id()
        rows = runs.due_list(self._desk)
        self.due_model.set_rows(rows)
        index = next((i for i, r in enumerate(rows) if r.template_id == selected), 0)
        select_row(self.due_view, index)
        self.due_summary.setText(self._summary(rows))
        kept = self.backup_model.row_at(current_row(self.backup_view))
        key = (kept.system_code, kept.kind) if kept else None
        due = backups.backups_due(self._desk)
        self.backup_model.set_rows(due)
        select_row(
            self.backup_view,
            next((i for i, d in enumerate(due) if (d.system_code, d.kind) == key), 0),
        )
        self.backup_summary.setText(self._summary(due))
        for label, item in zip(
            (self.training_due, self.drill_due), training.yearly_status(self._desk), strict=True
        ):
            label.setText(due_text(item))
            label.setStyleSheet(DUE_STYLES[item.state])

    def _summary(self, rows: list) -> str:
        def count(state: DueState) -> int:
            return sum(r.status.state is state for r in rows)

        return self.tr("逾期 {0}　今日到期 {1}　本周到期 {2}").format(
            count(DueState.OVERDUE), count(DueState.DUE_TODAY), count(DueState.DUE_THIS_WEEK)
        )

    def selected_template_id(self) -> int | None:
        row = self.due_model.row_at(current_row(self.due_view))
        return row.template_id if row else None

    # --- slots -------------------------------------------------------------------------------

    def on_due_view_activated(self, index: QModelIndex) -> None:
        row = self.due_model.row_at(index.row())
        if row is not None:
            self.startRequested.emit(row.template_id)

    def on_backup_view_activated(self, index: QModelIndex) -> None:
        row = self.backup_model.row_at(index.row())
        if row is not None:
            self.backupRequested.emit(row.system_code, row.kind.value)

    def on_start_button_clicked(self) -> None:
        template_id = self.selected_template_id()
        if template_id is not None:
            self.startRequested.emit(template_id)

    def on_backup_button_clicked(self) -> None:
        row = self.backup_model.row_at(current_row(self.backup_view))
        if row is None:
            self.backupRequested.emit("", "")
        else:
            self.backupRequested.emit(row.system_code, row.kind.value)
