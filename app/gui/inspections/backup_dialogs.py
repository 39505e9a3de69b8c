"""The backup register's dialogs: 登记备份, 记录恢复测试 and a system's backup policy."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import BackupKind
from app.domain.i18n import MarkedError
from app.domain.validation import ValidationError
from app.gui.i18n import tr_error
from app.gui.inspections.formatting import enum_text, when_text
from app.gui.tickets.formatting import from_qdatetime, to_qdatetime
from app.gui.widgets import ErrorLine, dialog_buttons, fill_enum, fill_systems
from app.services import reference
from app.services.context import Desk
from app.services.inspections import backups
from app.services.inspections.backups import (
    FULL_CHOICES,
    INCREMENTAL_CHOICES,
    BackupInfo,
    PolicyInfo,
)


class _FormDialog(QDialog):
    """A small form with a red error label; OK calls ``save`` and stays open on bad input."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = ErrorLine(self)
        self.buttons = dialog_buttons(
            self,
            QCoreApplication.translate("BackupDialogs", "保存"),
            QCoreApplication.translate("BackupDialogs", "取消"),
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 0)

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for wrapped labels (a top-level window ignores height-for-width)."""
        layout = self.layout()
        needed = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)
        super().showEvent(event)

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except ValidationError as error:
            self.error_label.show_validation(error)
            return
        except MarkedError as error:  # refused, or the database failed: nothing saved
            self.error_label.show_text(tr_error(error))
            return
        super().accept()


class BackupDialog(_FormDialog):
    """登记备份: system, type, time (now unless changed), where it is stored, size, note."""

    def __init__(
        self, desk: Desk, system_code: str = "", kind: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("登记备份"))
        self._desk = desk
        self.saved: BackupInfo | None = None
        self._policies = {p.system_code: p for p in backups.list_policies(desk)}
        self.system_combo = QComboBox(self)
        self.system_combo.setObjectName("system_combo")
        fill_systems(self.system_combo, reference.list_systems(desk))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind_combo")
        fill_enum(self.kind_combo, BackupKind)
        self.time_edit = QDateTimeEdit(self)
        self.time_edit.setObjectName("time_edit")
        self.time_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.time_edit.setCalendarPopup(True)
        self._time_default = desk.clock.now()
        self.time_edit.setDateTime(to_qdatetime(self._time_default))
        self._time_shown = self.time_edit.dateTime()
        self.location_edit = QLineEdit(self)
        self.location_edit.setObjectName("location_edit")
        self.size_edit = QLineEdit(self)
        self.size_edit.setObjectName("size_edit")
        self.size_edit.setPlaceholderText(self.tr("如：2048"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note_edit")
        self.form.addRow(self.tr("系统"), self.system_combo)
        self.form.addRow(self.tr("备份类型"), self.kind_combo)
        self.form.addRow(self.tr("备份时间"), self.time_edit)
        self.form.addRow(self.tr("存放位置"), self.location_edit)
        self.form.addRow(self.tr("大小（MB）"), self.size_edit)
        self.form.addRow(self.tr("备注"), self.note_edit)
        self.system_combo.currentIndexChanged.connect(self.on_system_combo_currentIndexChanged)
        index = self.system_combo.findData(system_code)
        self.system_combo.setCurrentIndex(-1)
        self.system_combo.setCurrentIndex(max(index, 0))
        kind_index = self.kind_combo.findData(kind)
        if kind_index >= 0:
            self.kind_combo.setCurrentIndex(kind_index)
        self.location_edit.setFocus()

    def performed_at(self) -> datetime:
        shown = self.time_edit.dateTime()
        return self._time_default if shown == self._time_shown else from_qdatetime(shown)

    def save(self) -> None:
        self.saved = backups.record_backup(
            self._desk,
            {
                "system": self.system_combo.currentData() or "",
                "kind": self.kind_combo.currentData() or "",
                "performed_at": self.performed_at(),
                "location": self.location_edit.text(),
                "size_mb": self.size_edit.text(),
                "note": self.note_edit.text(),
            },
        )

    def on_system_combo_currentIndexChanged(self, _index: int) -> None:
        """The policy's storage place is the usual answer; a typed one is kept."""
        policy = self._policies.get(self.system_combo.currentData() or "")
        if policy is None:
            return
        known = {p.location for p in self._policies.values()}
        if not self.location_edit.text() or self.location_edit.text() in known:
            self.location_edit.setText(policy.location)
        if policy.incremental is None and policy.full is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(BackupKind.FULL.value))


class RestoreTestDialog(_FormDialog):
    """记录恢复测试 for one backup: did the restore work, and how it was checked."""

    def __init__(self, desk: Desk, backup: BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("记录恢复测试"))
        self._desk = desk
        self.backup = backup
        self.saved: BackupInfo | None = None
        about = QLabel(
            self.tr("{0} {1}，{2}，存放于 {3}").format(
                backup.system_name,
                enum_text(backup.kind),
                when_text(backup.performed_at),
                backup.location,
            ),
            self,
        )
        about.setWordWrap(True)
        self.ok_combo = QComboBox(self)
        self.ok_combo.setObjectName("ok_combo")
        self.ok_combo.addItem(self.tr("恢复成功"), True)
        self.ok_combo.addItem(self.tr("恢复失败"), False)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("verify_note_edit")
        self.note_edit.setPlaceholderText(self.tr("如：恢复到测试机，数据库可打开，抽查记录完整"))
        self.form.addRow(self.tr("备份"), about)
        self.form.addRow(self.tr("结果"), self.ok_combo)
        self.form.addRow(self.tr("恢复测试情况"), self.note_edit)
        self.note_edit.setFocus()

    def save(self) -> None:
        self.saved = backups.record_restore_test(
            self._desk, self.backup.id, bool(self.ok_combo.currentData()), self.note_edit.text()
        )


class PolicyDialog(_FormDialog):
    """A system's backup policy; a changed schedule counts from today."""

    def __init__(self, desk: Desk, policy: PolicyInfo, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("备份策略 — {0}").format(policy.system_name))
        self._desk = desk
        self.policy = policy
        self.incremental_combo = QComboBox(self)
        self.incremental_combo.setObjectName("incremental_combo")
        self.full_combo = QComboBox(self)
        self.full_combo.setObjectName("full_combo")
        for combo, choices, current in (
            (self.incremental_combo, INCREMENTAL_CHOICES, policy.incremental),
            (self.full_combo, FULL_CHOICES, policy.full),
        ):
            combo.addItem(self.tr("不做"), "")
            for choice in choices:
                combo.addItem(enum_text(choice), choice.value)
            combo.setCurrentIndex(max(combo.findData(current.value if current else ""), 0))
        self.location_edit = QLineEdit(policy.location, self)
        self.location_edit.setObjectName("location_edit")
        self.scope_edit = QLineEdit(policy.data_scope, self)
        self.scope_edit.setObjectName("scope_edit")
        self.form.addRow(self.tr("增量备份"), self.incremental_combo)
        self.form.addRow(self.tr("全备份"), self.full_combo)
        self.form.addRow(self.tr("存放位置"), self.location_edit)
        self.form.addRow(self.tr("备份内容"), self.scope_edit)
        hint = QLabel(self.tr("改变备份周期后，从今天起按新周期计算是否逾期。"), self)
        hint.setStyleSheet("color: #555;")
        self.form.addRow("", hint)

    def save(self) -> None:
        backups.save_policy(
            self._desk,
            self.policy.system_code,
            {
                "incremental_frequency": self.incremental_combo.currentData() or "",
                "full_frequency": self.full_combo.currentData() or "",
                "location": self.location_edit.text(),
                "data_scope": self.scope_edit.text(),
            },
        )
