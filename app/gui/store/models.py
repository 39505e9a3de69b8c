"""Table models of the store: parts (low stock marked), movements, loans (overdue marked)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.gui.i18n import tr_domain
from app.services.inventory import MovementInfo, PartInfo
from app.services.loans import LoanInfo

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
LOW = QColor("#ffe0b2")
ALARM = QColor("#ffcdd2")
IN = QColor("#1b5e20")
OUT = QColor("#b71c1c")


def local(value: Any) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else ""


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows fetched by a service (a page of the store is small), shown column by column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def cell(self, row: R, column: int) -> str:
        raise NotImplementedError

    def background(self, row: R) -> QColor | None:
        return None

    def foreground(self, row: R, column: int) -> QColor | None:
        return None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.background(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.foreground(row, index.column())
            return QBrush(colour) if colour is not None else None
        return None


class PartsModel(RowsModel[PartInfo]):
    """The catalogue: a row per part with its stock; low stock on an amber background."""

    def headers(self) -> Sequence[str]:
        return [
            self.tr("货架"),
            self.tr("编码"),
            self.tr("名称"),
            self.tr("型号规格"),
            self.tr("类别"),
            self.tr("库存"),
            self.tr("借出在外"),
            self.tr("最低库存"),
            self.tr("单位"),
            self.tr("序列号管理"),
        ]

    def cell(self, row: PartInfo, column: int) -> str:
        values: list[Callable[[], str]] = [
            lambda: row.shelf,
            lambda: row.code,
            lambda: row.name,
            lambda: row.model,
            lambda: tr_domain("enum", row.category.label),
            lambda: str(row.on_hand) + (self.tr("（低）") if row.low else ""),
            lambda: str(row.on_loan) if row.on_loan else "",
            lambda: str(row.min_stock) if row.min_stock else "",
            lambda: row.unit,
            lambda: self.tr("是") if row.serial_tracked else "",
        ]
        return values[column]()

    def background(self, row: PartInfo) -> QColor | None:
        return LOW if row.low else None


class MovementsModel(RowsModel[MovementInfo]):
    """The ledger, newest first: in green, out in red."""

    def headers(self) -> Sequence[str]:
        return [
            self.tr("时间"),
            self.tr("类型"),
            self.tr("编码"),
            self.tr("名称"),
            self.tr("序列号"),
            self.tr("数量"),
            self.tr("工单"),
            self.tr("装入设备"),
            self.tr("来源/原因"),
            self.tr("经办人"),
        ]

    def cell(self, row: MovementInfo, column: int) -> str:
        values = [
            local(row.at),
            tr_domain("enum", row.kind.label),
            row.part_code,
            row.part_name,
            row.serial,
            f"{row.quantity:+d}",
            row.ticket_number,
            row.device,
            row.source or row.reason,
            row.actor,
        ]
        return values[column]

    def foreground(self, row: MovementInfo, column: int) -> QColor | None:
        if column == 5:
            return IN if row.quantity > 0 else OUT
        return None


class LoansModel(RowsModel[LoanInfo]):
    """Loans: open ones first; overdue on a red background, returned ones greyed."""

    def headers(self) -> Sequence[str]:
        return [
            self.tr("借用单号"),
            self.tr("类型"),
            self.tr("名称"),
            self.tr("型号"),
            self.tr("序列号"),
            self.tr("工单"),
            self.tr("借用人"),
            self.tr("借出时间"),
            self.tr("预计归还"),
            self.tr("状态"),
        ]

    def status(self, row: LoanInfo) -> str:
        if not row.open:
            return self.tr("已归还 {0}").format(local(row.returned_at))
        return self.tr("逾期未还") if row.overdue else self.tr("借出中")

    def cell(self, row: LoanInfo, column: int) -> str:
        values = [
            str(row.id),
            tr_domain("enum", row.kind.label),
            row.part_name,
            row.model,
            row.serial or str(row.quantity),
            row.ticket_number,
            row.borrower,
            local(row.issued_at),
            local(row.due_back_at),
            self.status(row),
        ]
        return values[column]

    def background(self, row: LoanInfo) -> QColor | None:
        return ALARM if row.overdue else None

    def foreground(self, row: LoanInfo, column: int) -> QColor | None:
        return QColor("#888888") if not row.open else None
