"""A device's configuration snapshots: the versions, the chosen one shown with its line diff
against the previous text (added lines green, removed red), its file saved out after a check."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.domain.devices.snapshots import DiffTag, SnapshotKind, diff_counts
from app.domain.i18n import MarkedError
from app.gui.devices.history_models import SnapshotsModel
from app.gui.devices.snapshot_dialog import SnapshotDialog
from app.gui.files import ask_save_path
from app.gui.i18n import tr_domain, tr_error
from app.gui.messages import OpenFileBox, show_error
from app.gui.table_views import row_table
from app.gui.tickets.formatting import local_text
from app.gui.ui_settings import EXPORT_FOLDER
from app.gui.widgets import pane_splitter
from app.services.context import Desk
from app.services.devices import attachments, snapshots
from app.services.devices.register import DeviceInfo
from app.services.devices.snapshots import SnapshotDiff, SnapshotInfo

STYLES = {
    DiffTag.ADDED: ("#e3f5e1", "#1e5b23", "+"),
    DiffTag.REMOVED: ("#fbe3e3", "#8c1d1d", "−"),
    DiffTag.SAME: ("", "#333333", " "),
}


def diff_html(diff: SnapshotDiff, heading: str) -> str:
    """The snapshot's text, every line marked: added (green), removed (red), kept."""
    rows = []
    for line in diff.lines:
        background, colour, mark = STYLES[line.tag]
        number = line.new_line if line.new_line is not None else line.old_line
        style = f"color:{colour};" + (f"background:{background};" if background else "")
        rows.append(
            f"<tr style='{style}'><td style='color:#999;padding-right:6px;'>{number}</td>"
            f"<td>{mark}</td><td style='white-space:pre;'>{escape(line.text) or '&nbsp;'}</td></tr>"
        )
    return f"<p><b>{escape(heading)}</b></p><table cellspacing='0'>{''.join(rows)}</table>"


class SnapshotPane(QWidget):
    """The snapshot list above the chosen snapshot; 保存配置快照… and 另存文件…."""

    snapshotAdded = Signal(int)  # snapshot id

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.device: DeviceInfo | None = None
        self.dialog: SnapshotDialog | None = None
        self.message_box: object = None
        self.model = SnapshotsModel(self)
        self.view = row_table(self.model, "snapshots_view", None, self, stretch=4)
        self.text = QTextBrowser(self)
        self.text.setObjectName("snapshot_text")
        self.add_button = QPushButton(self.tr("保存配置快照…"), self, objectName="add_snapshot")
        self.save_button = QPushButton(self.tr("另存文件…"), self, objectName="save_snapshot_file")
        self.save_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.save_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(
            pane_splitter(Qt.Orientation.Vertical, self, ((self.view, 1), (self.text, 2)))
        )
        self.view.selectionModel().currentRowChanged.connect(self.on_view_currentRowChanged)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.save_button.clicked.connect(self.on_save_button_clicked)

    def set_device(self, device: DeviceInfo) -> None:
        self.device = device
        self.model.reset_rows(snapshots.list_snapshots(self._desk, device.id))
        if self.model.rows:
            self.view.selectRow(0)
        else:
            self.show_snapshot(None)

    def selected(self) -> SnapshotInfo | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def show_snapshot(self, snapshot: SnapshotInfo | None) -> None:
        self.save_button.setEnabled(snapshot is not None and snapshot.attachment is not None)
        if snapshot is None:
            self.text.setHtml(
                "<p style='color:#777;'>"
                + self.tr("还没有配置快照。配置修改、升级前后请保存一份，配置丢失时据此恢复。")
                + "</p>"
            )
            return
        meta = self.tr("第 {0} 版 · {1} · {2} · {3}：{4}").format(
            snapshot.version,
            local_text(snapshot.taken_at),
            tr_domain("enum", snapshot.kind.label),
            snapshot.taken_by,
            snapshot.reason,
        )
        parts = [f"<p>{escape(meta)}</p>"]
        if snapshot.attachment is not None:
            info = snapshot.attachment
            parts.append(
                "<p>"
                + escape(
                    self.tr("文件：{0}（{1} 字节，SHA-256 {2}）").format(
                        info.file_name, info.size, info.sha256
                    )
                )
                + "</p>"
            )
        if snapshot.kind is SnapshotKind.SCREENSHOT and snapshot.attachment is not None:
            parts.append(self._image(snapshot))
        if snapshot.text:
            diff = snapshots.diff_with_previous(self._desk, snapshot.id)
            added, removed = diff_counts(diff.lines)
            heading = (
                self.tr("与第 {0} 版比较：新增 {1} 行，删除 {2} 行").format(
                    diff.previous.version, added, removed
                )
                if diff.previous
                else self.tr("第一版文本")
            )
            parts.append(diff_html(diff, heading))
        self.text.setHtml("".join(parts))

    def _image(self, snapshot: SnapshotInfo) -> str:
        assert snapshot.attachment is not None
        try:
            _info, data = attachments.read_attachment(self._desk, snapshot.attachment.id)
        except MarkedError as error:
            return f"<p style='color:#b3261e;'>{escape(tr_error(error))}</p>"
        image = QImage.fromData(data)
        if image.isNull():
            return ""
        url = QUrl(f"snapshot://{snapshot.id}")
        self.text.document().addResource(QTextDocument.ResourceType.ImageResource, url, image)
        width = min(image.width(), 640)
        return f"<p><img src='{url.toString()}' width='{width}'></p>"

    # --- slots -------------------------------------------------------------------------------

    def on_view_currentRowChanged(self, current, _previous) -> None:  # noqa: ANN001
        self.show_snapshot(self.model.row_at(current.row()) if current.isValid() else None)

    def on_add_button_clicked(self) -> None:
        if self.device is None:
            return
        latest = self.model.rows[0] if self.model.rows else None
        dialog = SnapshotDialog(self._desk, self.device, latest, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_dialog_accepted)
        self.dialog = dialog
        dialog.open()

    def on_dialog_accepted(self) -> None:
        dialog, self.dialog = self.dialog, None
        if self.device is not None and dialog is not None and dialog.snapshot is not None:
            self.set_device(self.device)
            self.snapshotAdded.emit(dialog.snapshot.id)

    def on_save_button_clicked(self) -> None:
        snapshot = self.selected()
        if snapshot is None or snapshot.attachment is None:
            return
        name = snapshot.attachment.file_name
        out = ask_save_path(
            self, self.tr("另存快照文件"), name, self.tr("全部文件 (*)"), EXPORT_FOLDER
        )
        if out is None:
            return
        try:
            saved = snapshots.save_snapshot_file(self._desk, snapshot.id, Path(out))
        except (MarkedError, OSError) as error:
            text = tr_error(error) if isinstance(error, MarkedError) else str(error)
            self.message_box = show_error(self, self.tr("无法另存文件"), text)
            return
        self.message_box = OpenFileBox(
            self, self.tr("文件已保存"), self.tr("已核对校验值并保存到：\n{0}").format(saved), saved
        )
