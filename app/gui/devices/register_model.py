"""The device register as a table model: ids from an SQL query (filter and sort in SQL), rows
fetched a page at a time when first shown."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.domain.devices.register import DeviceStatus
from app.gui.i18n import tr_domain
from app.services.context import Desk
from app.services.devices import queries
from app.services.devices.queries import DeviceFilter, DeviceSort
from app.services.devices.register import DeviceInfo

PAGE_SIZE = 200
MAX_PAGES = 10
DEVICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[DeviceSort, ...] = (
    DeviceSort.CODE,
    DeviceSort.NAME,
    DeviceSort.SYSTEM,
    DeviceSort.PLACE,
    DeviceSort.KIND,
    DeviceSort.MODEL,
    DeviceSort.IP,
    DeviceSort.VERSION,
    DeviceSort.STATUS,
    DeviceSort.WARRANTY,
)
COL_STATUS = COLUMNS.index(DeviceSort.STATUS)
STATUS_COLOURS = {
    DeviceStatus.IN_REPAIR: "#ffe0b2",
    DeviceStatus.ON_LOANER: "#ffd978",
    DeviceStatus.SCRAPPED: "#dddddd",
}


class DevicesModel(QAbstractTableModel):
    """Device ids in query order; a page of rows is read when one of its rows is first shown."""

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._filter = DeviceFilter()
        self._key = DeviceSort.CODE
        self._descending = False
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._pages: OrderedDict[int, list[DeviceInfo]] = OrderedDict()
        self._headers = [
            self.tr("设备编号"),
            self.tr("设备名称"),
            self.tr("所属系统"),
            self.tr("安装位置"),
            self.tr("类型"),
            self.tr("型号"),
            self.tr("IP地址"),
            self.tr("固件/软件版本"),
            self.tr("状态"),
            self.tr("质保到期"),
        ]

    @property
    def device_filter(self) -> DeviceFilter:
        return self._filter

    def set_filter(self, flt: DeviceFilter) -> None:
        self._filter = flt
        self.requery()

    def requery(self) -> None:
        """Read the ids again and drop the cached pages (rows may have changed)."""
        self.beginResetModel()
        self._ids = queries.query_ids(self._desk, self._filter, self._key, self._descending)
        self._rows = {device_id: row for row, device_id in enumerate(self._ids)}
        self._pages.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._key = COLUMNS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.requery()

    def device_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, device_id: int) -> int:
        return self._rows.get(device_id, -1)

    def device_at(self, row: int) -> DeviceInfo | None:
        if not 0 <= row < len(self._ids):
            return None
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            rows = queries.fetch_rows(self._desk, ids)
            if len(rows) != len(ids):  # deleted meanwhile: keep positions
                found = {r.id: r for r in rows}
                rows = [found[i] for i in ids if i in found]
            self._pages[page] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    # --- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == DEVICE_ID_ROLE:
            return self._ids[index.row()]
        device = self.device_at(index.row())
        if device is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(device, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return device.label
        if role == Qt.ItemDataRole.BackgroundRole and device.status in STATUS_COLOURS:
            return QColor(STATUS_COLOURS[device.status])
        return None

    def _display(self, device: DeviceInfo, column: int) -> str:
        key = COLUMNS[column]
        if key is DeviceSort.SYSTEM:
            return device.system_name
        if key is DeviceSort.KIND:
            return tr_domain("enum", device.kind.label)
        if key is DeviceSort.STATUS:
            return tr_domain("enum", device.status.label)
        if key is DeviceSort.WARRANTY:
            return device.warranty_end.isoformat() if device.warranty_end else ""
        return str(getattr(device, key.value))
