"""The 备份登记 page: each system's policy above, the backups done below (with restore tests)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.i18n import tr_error
from app.gui.inspections.backup_dialogs import BackupDialog, PolicyDialog, RestoreTestDialog
from app.gui.inspections.models import BackupsModel, PoliciesModel
from app.gui.table_views import current_row, row_table, select_row
from app.gui.tasks import TaskRunner
from app.gui.widgets import pane_splitter
from app.services import reference
from app.services.context import Desk
from app.services.inspections import backups
from app.services.inspections.backups import BackupInfo

BACKUPS_LIMIT = 5000
POLICY_SAMPLES = (
    "监所综合管理平台",
    "每季度",
    "每季度",
    "2026-11-24",
    "中心机房 备份服务器 BAK-01 /backup/platform",
)
BACKUP_SAMPLES = (
    "2026-11-24 09:00",
    "监所综合管理平台",
    "增量备份",
    "中心机房 备份服务器 BAK-01 /backup/platform",
    "大小（MB）",
    "驻场工程师 孙工",
    "恢复成功（2026-11-24 09:00 驻场工程师 孙工）",
)
_BACKUPS = "backups"


class BackupsPage(QWidget):
    """Policies (editable) and the backup register."""

    backupsChanged = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.dialog: QWidget | None = None
        self.runner = TaskRunner(desk, self)

        self.policy_model = PoliciesModel(self)
        self.policy_view = row_table(self.policy_model, "policies_view", POLICY_SAMPLES, self)
        self.policy_view.setToolTip(self.tr("回车或双击修改备份策略"))
        self.policy_button = QPushButton(self.tr("修改策略…"), self)
        self.policy_button.setObjectName("policy_button")
        policy_box = QGroupBox(self.tr("备份策略"), self)
        policy_layout = QVBoxLayout(policy_box)
        policy_bar = QHBoxLayout()
        policy_bar.addWidget(
            QLabel(self.tr("合同要求：关键数据每日增量备份，并定期全备份。"), self), 1
        )
        policy_bar.addWidget(self.policy_button)
        policy_layout.addLayout(policy_bar)
        policy_layout.addWidget(self.policy_view)

        self.system_combo = QComboBox(self)
        self.system_combo.setObjectName("backup_system_filter")
        self.system_combo.addItem(self.tr("全部系统"), "")
        for system in reference.list_systems(desk):
            self.system_combo.addItem(system.name, system.code)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("backups_count")
        self.record_button = QPushButton(self.tr("登记备份…"), self)
        self.record_button.setObjectName("record_backup_button")
        self.record_button.setToolTip(self.tr("登记一次已完成的备份（Ctrl+Shift+B）"))
        self.restore_button = QPushButton(self.tr("记录恢复测试…"), self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setToolTip(self.tr("记录选中的备份是否经恢复测试验证"))
        self.backup_model = BackupsModel(self)
        self.backup_view = row_table(self.backup_model, "backups_view", BACKUP_SAMPLES, self)
        register_box = QGroupBox(self.tr("备份记录"), self)
        register_layout = QVBoxLayout(register_box)
        register_bar = QHBoxLayout()
        register_bar.addWidget(QLabel(self.tr("系统"), self))
        register_bar.addWidget(self.system_combo)
        register_bar.addWidget(self.count_label, 1)
        register_bar.addWidget(self.record_button)
        register_bar.addWidget(self.restore_button)
        register_layout.addLayout(register_bar)
        register_layout.addWidget(self.backup_view, 1)

        splitter = pane_splitter(
            Qt.Orientation.Vertical, self, ((policy_box, 2), (register_box, 3))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)

        self.policy_button.clicked.connect(self.on_policy_button_clicked)
        self.policy_view.activated.connect(self.on_policy_view_activated)
        self.record_button.clicked.connect(self.on_record_button_clicked)
        self.restore_button.clicked.connect(self.on_restore_button_clicked)
        self.system_combo.currentIndexChanged.connect(self.on_system_combo_currentIndexChanged)
        self.backup_view.selectionModel().currentRowChanged.connect(
            self.on_selection_currentRowChanged
        )
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def refresh(self) -> None:
        keep = current_row(self.policy_view)
        self.policy_model.set_rows(backups.list_policies(self._desk))
        select_row(self.policy_view, max(keep, 0))
        code = self.system_combo.currentData() or None
        self.runner.run(
            lambda desk: backups.list_backups(desk, system_code=code, limit=BACKUPS_LIMIT),
            self.on_backups_loaded,
            self.on_backups_failed,
            key=_BACKUPS,
        )

    def selected_backup(self) -> BackupInfo | None:
        return self.backup_model.row_at(current_row(self.backup_view))

    def _update_buttons(self) -> None:
        backup = self.selected_backup()
        self.restore_button.setEnabled(backup is not None and backup.verified_at is None)

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_dialog_accepted)  # type: ignore[attr-defined]
        dialog.finished.connect(self.on_dialog_finished)  # type: ignore[attr-defined]
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def record_backup(self, system_code: str = "", kind: str = "") -> None:
        """Open 登记备份, prefilled with a system and a backup type."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        self._open(BackupDialog(self._desk, system_code, kind, self))

    # --- slots -------------------------------------------------------------------------------

    def on_backups_loaded(self, rows: list[BackupInfo]) -> None:
        keep = self.selected_backup()
        self.backup_model.set_rows(rows)
        index = next((i for i, r in enumerate(rows) if keep and r.id == keep.id), 0)
        select_row(self.backup_view, index)
        self.count_label.setText(self.tr("共 {0} 条").format(len(rows)))
        self._update_buttons()

    def on_backups_failed(self, error: Exception) -> None:
        self.count_label.setText(self.tr("查询失败：{0}").format(tr_error(error)))

    def on_system_combo_currentIndexChanged(self, _index: int) -> None:
        self.refresh()

    def on_selection_currentRowChanged(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def on_policy_button_clicked(self) -> None:
        policy = self.policy_model.row_at(current_row(self.policy_view))
        if policy is not None and self.dialog is None:
            self._open(PolicyDialog(self._desk, policy, self))

    def on_policy_view_activated(self, _index: QModelIndex) -> None:
        self.on_policy_button_clicked()

    def on_record_button_clicked(self) -> None:
        self.record_backup(self.system_combo.currentData() or "")

    def on_restore_button_clicked(self) -> None:
        backup = self.selected_backup()
        if backup is not None and backup.verified_at is None and self.dialog is None:
            self._open(RestoreTestDialog(self._desk, backup, self))

    def on_dialog_accepted(self) -> None:
        self.refresh()
        self.backupsChanged.emit()

    def on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
