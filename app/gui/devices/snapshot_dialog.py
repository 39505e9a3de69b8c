"""Keep a device's configuration as a snapshot: a text of key parameters pasted in, or an
exported configuration file or a screenshot of the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain.devices.snapshots import MAX_FILE_BYTES, MIB, SnapshotKind
from app.gui.files import start_folder
from app.gui.i18n import tr_domain
from app.gui.store.dialog_base import StoreDialog
from app.gui.ui_settings import EXPORT_FOLDER
from app.services.context import Desk
from app.services.devices import snapshots
from app.services.devices.register import DeviceInfo
from app.services.devices.snapshots import SnapshotInfo


class SnapshotDialog(StoreDialog):
    """Kind, reason, and the text or the file; OK stores it as the device's next version."""

    def __init__(
        self,
        desk: Desk,
        device: DeviceInfo,
        previous: SnapshotInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("保存配置快照 · {0}").format(device.code), parent)
        self.setObjectName("snapshot_dialog")
        self.setMinimumWidth(620)
        self._desk = desk
        self.device = device
        self.snapshot: SnapshotInfo | None = None
        self.kind = QComboBox(self, objectName="kind")
        for kind in SnapshotKind:
            self.kind.addItem(tr_domain("enum", kind.label), kind.value)
        self.reason = QLineEdit(self, objectName="reason")
        self.reason.setPlaceholderText(self.tr("如：修改 NTP 服务器后导出；升级前备份"))
        self.text = QPlainTextEdit(self, objectName="text")
        self.text.setPlaceholderText(self.tr("粘贴关键参数或配置文本，每项一行"))
        self.text.setMinimumHeight(220)
        if previous is not None and previous.text:
            self.text.setPlainText(previous.text)  # start from the last version: change, keep
        self.file = QLineEdit(self, objectName="file")
        self.file.setReadOnly(True)
        self.browse = QPushButton(self.tr("选择文件…"), self, objectName="browse")
        file_row = QWidget(self)
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        self.form.addRow(self.tr("设备"), QLineEdit(device.label, self, readOnly=True))
        self.form.addRow(self.tr("快照类型"), self.kind)
        self.form.addRow(self.tr("原因 *"), self.reason)
        self.form.addRow(self.tr("配置内容"), self.text)
        self.form.addRow(self.tr("文件（不超过 {0} MB）").format(MAX_FILE_BYTES // MIB), file_row)
        self.kind.currentIndexChanged.connect(self.on_kind_currentIndexChanged)
        self.browse.clicked.connect(self.on_browse_clicked)
        self.on_kind_currentIndexChanged(0)

    def chosen_kind(self) -> SnapshotKind:
        return SnapshotKind(self.kind.currentData())

    def submit(self) -> None:
        kind = self.chosen_kind()
        path = Path(self.file.text()) if self.file.text() else None
        self.snapshot = snapshots.add_snapshot(
            self._desk,
            self.device.id,
            kind,
            self.reason.text(),
            text=self.text.toPlainText() if kind is SnapshotKind.TEXT else "",
            file=path if kind is not SnapshotKind.TEXT else None,
        )

    def on_kind_currentIndexChanged(self, _index: int) -> None:
        text = self.chosen_kind() is SnapshotKind.TEXT
        self.text.setEnabled(text)
        self.browse.setEnabled(not text)
        self.file.setEnabled(not text)

    def on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择配置文件或截图"), str(start_folder(EXPORT_FOLDER))
        )
        if chosen:
            self.file.setText(chosen)
