"""盘点 page: pick a shelf, type the counted quantities, see the differences, post in one step."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import MarkedError
from app.gui.i18n import tr_error
from app.gui.messages import show_error, show_message
from app.gui.rows_model import Colours, RowsModel
from app.services.context import Desk, StorageError
from app.services.store.stocktake import SheetLine, post_stocktake, sheet_lines

COUNTED = 6
DIFFERENCE = 7
SURPLUS = "#c8e6c9"
SHORTAGE = "#ffcdd2"


class StocktakeModel(RowsModel[SheetLine]):
    """The shelf's parts with book quantity; the 实盘 column is editable; differences coloured."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.counts: dict[int, int] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("货架"),
            self.tr("编码"),
            self.tr("名称"),
            self.tr("型号规格"),
            self.tr("单位"),
            self.tr("账面"),
            self.tr("实盘"),
            self.tr("差异"),
        ]

    def set_rows(self, rows: Sequence[SheetLine]) -> None:
        """A fresh sheet: the counts typed so far are dropped, so the view is always reset."""
        self.counts = {}
        self.reset_rows(rows)

    def difference(self, line: SheetLine) -> int | None:
        counted = self.counts.get(line.part.id)
        return None if counted is None else counted - line.book

    def cell(self, row: SheetLine, column: int) -> str:
        p = row.part
        counted = self.counts.get(p.id)
        diff = self.difference(row)
        values = [
            p.shelf,
            p.code,
            p.name,
            p.model,
            p.unit,
            str(row.book),
            "" if counted is None else str(counted),
            "" if diff is None else (f"{diff:+d}" if diff else "0"),
        ]
        return values[column]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == COUNTED:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == COUNTED:
            line = self.rows[index.row()]
            return self.counts.get(line.part.id, line.book)
        return super().data(index, role)

    def colours(self, row: SheetLine, column: int) -> Colours | None:
        diff = self.difference(row) if column == DIFFERENCE else None
        return (SURPLUS if diff > 0 else SHORTAGE, None) if diff else None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != COUNTED:
            return False
        try:
            counted = int(str(value).strip())
        except ValueError:
            return False
        if counted < 0:
            return False
        self.counts[self.rows[index.row()].part.id] = counted
        self.dataChanged.emit(index, self.index(index.row(), DIFFERENCE))
        return True

    def changed_lines(self) -> int:
        return sum(1 for line in self.rows if self.difference(line))


class StocktakePage(QWidget):
    """Shelf by shelf: counts in, differences shown, posted as adjustments in one step."""

    posted = Signal(int)  # stocktake id
    printRequested = Signal(list)  # shelves

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._stale = True
        self.shelf = QComboBox(self)
        self.shelf.setObjectName("shelf")
        self.model = StocktakeModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("stocktake_view")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNTED, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COUNTED, 90)
        self.summary = QLabel(self)
        self.summary.setObjectName("stocktake_summary")
        self.post_button = QPushButton(self.tr("过账差异"), self)
        self.post_button.setObjectName("post_button")
        self.post_button.setToolTip(self.tr("把本货架的盘盈盘亏一次记为库存调整"))
        self.print_button = QPushButton(self.tr("打印盘点表…"), self)
        self.print_button.setObjectName("print_stocktake_button")
        self.message_box: Any = None

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("货架"), self))
        top.addWidget(self.shelf)
        top.addWidget(
            QLabel(self.tr("在“实盘”列填写清点数量（双击或直接输入），差异随即显示。"), self), 1
        )
        top.addWidget(self.print_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.post_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.shelf.currentIndexChanged.connect(self.on_shelf_currentIndexChanged)
        self.model.dataChanged.connect(self.on_model_dataChanged)
        self.post_button.clicked.connect(self.on_post_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)

    def set_shelves(self, shelves: list[str]) -> None:
        current = self.shelf.currentData()
        self.shelf.blockSignals(True)
        self.shelf.clear()
        self.shelf.addItem(self.tr("全部货架"), "")
        for shelf in shelves:
            if shelf:
                self.shelf.addItem(shelf, shelf)
        index = max(0, self.shelf.findData(current)) if current is not None else 0
        self.shelf.setCurrentIndex(index)
        self.shelf.blockSignals(False)
        if self.isVisible():
            self.load()
        else:
            self._stale = True  # read when the page is next shown

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.load()
        super().showEvent(event)

    def shelves(self) -> list[str]:
        value = self.shelf.currentData()
        return [value] if value else []

    def load(self) -> None:
        self._stale = False
        self.model.set_rows(sheet_lines(self._desk, self.shelves()))
        self._update_summary()

    def _update_summary(self) -> None:
        counted = len(self.model.counts)
        self.summary.setText(
            self.tr("共 {0} 项，已盘 {1} 项，有差异 {2} 项").format(
                self.model.rowCount(), counted, self.model.changed_lines()
            )
        )
        self.post_button.setEnabled(counted > 0)

    # --- slots -------------------------------------------------------------------------------

    def on_shelf_currentIndexChanged(self, _index: int) -> None:
        self.load()

    def on_model_dataChanged(self, *_args: object) -> None:
        self._update_summary()

    def on_print_button_clicked(self) -> None:
        self.printRequested.emit(self.shelves())

    def on_post_button_clicked(self) -> None:
        try:
            done = post_stocktake(self._desk, self.shelves(), dict(self.model.counts))
        except (MarkedError, StorageError) as error:
            self.message_box = show_error(self, self.tr("无法过账盘点"), tr_error(error))
            return
        self.message_box = show_message(
            self,
            self.tr("盘点已过账"),
            self.tr("盘点 {0} 项，{1} 项有差异，已记为库存调整（盘点记录 {2}）。").format(
                done.counted, done.adjusted, done.id
            ),
        )
        self.load()
        self.posted.emit(done.id)
