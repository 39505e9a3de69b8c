"""Table models of the store: parts (low stock marked), movements, loans (overdue marked)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.gui.i18n import tr_domain
from app.gui.rows_model import Colours, RowsModel
from app.gui.tickets.formatting import local_text
from app.services.store.inventory import MovementInfo, PartInfo
from app.services.store.loans import LoanInfo

LOW = "#ffe0b2"
ALARM = "#ffcdd2"
IN = "#1b5e20"
OUT = "#b71c1c"
GREY = "#888888"


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

    def colours(self, row: PartInfo, column: int) -> Colours | None:
        return (LOW, None) if row.low else None


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
            local_text(row.at, ""),
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

    def colours(self, row: MovementInfo, column: int) -> Colours | None:
        if column == 5:
            return (None, IN if row.quantity > 0 else OUT)
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
            return self.tr("已归还 {0}").format(local_text(row.returned_at, ""))
        return self.tr("逾期未还") if row.overdue else self.tr("借出中")

    def no_serial(self, quantity: int) -> str:
        """A loan of parts without serial numbers (a test instrument, cables): how many."""
        if quantity == 1:
            return self.tr("无序列号")
        return self.tr("无序列号 ×{0}").format(quantity)

    def cell(self, row: LoanInfo, column: int) -> str:
        values = [
            str(row.id),
            tr_domain("enum", row.kind.label),
            row.part_name,
            row.model,
            row.serial or self.no_serial(row.quantity),
            row.ticket_number,
            row.borrower,
            local_text(row.issued_at, ""),
            local_text(row.due_back_at, ""),
            self.status(row),
        ]
        return values[column]

    def colours(self, row: LoanInfo, column: int) -> Colours | None:
        if not row.overdue and row.open:
            return None
        return (ALARM if row.overdue else None, None if row.open else GREY)
