"""The 备品备件 tab: 库存 (catalogue, low stock marked), 出入库记录, 借用, 盘点."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.store.inventory import MovementKind, PartCategory
from app.gui.i18n import tr_domain
from app.gui.store.loan_dialogs import LendDialog, ReturnDialog
from app.gui.store.models import LoansModel, MovementsModel, PartsModel
from app.gui.store.move_dialog import MoveDialog
from app.gui.store.part_dialog import PartDialog
from app.gui.store.stocktake import StocktakePage
from app.gui.store.store_files import StoreFiles
from app.gui.table_views import row_table
from app.services.context import Desk
from app.services.store import inventory, loans
from app.services.store.exports import day_bounds
from app.services.store.inventory import PartFilter

MOVEMENT_LIMIT = 500  # newest first; the ledger export has them all (2000 rows took 134 ms)
MOVE_KINDS = (
    MovementKind.STOCK_IN,
    MovementKind.STOCK_OUT,
    MovementKind.RETURN,
    MovementKind.SCRAP,
    MovementKind.ADJUSTMENT,
)


class StoreTab(QWidget):
    """The spare-parts store: every change goes through the store services, one action each."""

    storeChanged = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StoreTab")
        self._desk = desk
        self.dialog: Any = None
        self.files = StoreFiles(desk, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("store_pages")
        self.pages.addTab(self._stock_page(), self.tr("库存"))
        self.pages.addTab(self._movements_page(), self.tr("出入库记录"))
        self.pages.addTab(self._loans_page(), self.tr("借用"))
        self.stocktake = StocktakePage(desk, self)
        self.pages.addTab(self.stocktake, self.tr("盘点"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.pages)
        self.stocktake.posted.connect(self.on_stocktake_posted)
        self.stocktake.printRequested.connect(self.on_stocktake_printRequested)
        self.files.imported.connect(self.on_files_imported)
        self._stale = True  # read when the tab is first shown: start-up does not wait for it

    def show_low_stock(self) -> None:
        """The stock page listing only the parts at or below their minimum."""
        self.pages.setCurrentIndex(0)
        self.low_only.setChecked(True)

    # --- building ----------------------------------------------------------------------------

    def _stock_page(self) -> QWidget:
        page = QWidget(self)
        self.search = QLineEdit(page)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("按编码、名称、型号查找"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(page)
        self.category.setObjectName("category")
        self.category.addItem(self.tr("全部类别"), "")
        for category in PartCategory:
            self.category.addItem(tr_domain("enum", category.label), category.value)
        self.low_only = QCheckBox(self.tr("只看低库存"), page)
        self.low_only.setObjectName("low_only")
        self.low_label = QLabel(page)
        self.low_label.setObjectName("low_label")
        self.parts_model = PartsModel(page)
        self.parts_view = row_table(self.parts_model, "parts_view", None, page, stretch=2)
        self.parts_view.doubleClicked.connect(self.on_parts_view_doubleClicked)
        self.new_part_button = QPushButton(self.tr("新增备件…"), page)
        self.new_part_button.setObjectName("new_part_button")
        self.move_buttons: dict[MovementKind, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.new_part_button)
        for kind in MOVE_KINDS:
            button = QPushButton(tr_domain("enum", kind.label) + "…", page)
            button.setObjectName(f"move_{kind.value}")
            button.clicked.connect(lambda _c=False, k=kind: self.on_move_button_clicked(k))
            bar.addWidget(button)
            self.move_buttons[kind] = button
        self.done_label = QLabel(page)
        self.done_label.setObjectName("done_label")
        self.done_label.setStyleSheet("color: #1b5e20; font-weight: bold;")
        bar.addWidget(self.done_label)
        bar.addStretch(1)
        self.import_button = QPushButton(self.tr("从 Excel 导入…"), page)
        self.import_button.setObjectName("import_button")
        self.export_stock_button = QPushButton(self.tr("导出库存清单…"), page)
        self.export_stock_button.setObjectName("export_stock_button")
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_stock_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.category)
        filters.addWidget(self.low_only)
        filters.addStretch(1)
        filters.addWidget(self.low_label)
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.parts_view, 1)
        layout.addLayout(bar)
        self.search.textChanged.connect(self.on_search_textChanged)
        self.category.currentIndexChanged.connect(self.on_category_currentIndexChanged)
        self.low_only.toggled.connect(self.on_low_only_toggled)
        self.new_part_button.clicked.connect(self.on_new_part_button_clicked)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        self.export_stock_button.clicked.connect(self.on_export_stock_button_clicked)
        return page

    def _movements_page(self) -> QWidget:
        page = QWidget(self)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30), page)
        self.date_from.setObjectName("date_from")
        self.date_to = QDateEdit(today, page)
        self.date_to.setObjectName("date_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.on_period_dateChanged)
        self.movements_model = MovementsModel(page)
        self.movements_view = row_table(
            self.movements_model, "movements_view", None, page, stretch=8
        )
        self.limit_label = QLabel(page)
        self.limit_label.setObjectName("limit_label")
        self.limit_label.setStyleSheet("color: #666;")
        self.export_ledger_button = QPushButton(self.tr("导出出入库台账…"), page)
        self.export_ledger_button.setObjectName("export_ledger_button")
        self.export_ledger_button.clicked.connect(self.on_export_ledger_button_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("从"), page))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(self.tr("至"), page))
        top.addWidget(self.date_to)
        top.addStretch(1)
        top.addWidget(self.limit_label)
        top.addWidget(self.export_ledger_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.movements_view, 1)
        return page

    def _loans_page(self) -> QWidget:
        page = QWidget(self)
        self.open_only = QCheckBox(self.tr("只看未归还"), page)
        self.open_only.setObjectName("open_only")
        self.open_only.setChecked(True)
        self.overdue_label = QLabel(page)
        self.overdue_label.setObjectName("overdue_label")
        self.loans_model = LoansModel(page)
        self.loans_view = row_table(self.loans_model, "loans_view", None, page)
        self.lend_button = QPushButton(self.tr("借出测试设备…"), page)
        self.lend_button.setObjectName("lend_button")
        self.return_button = QPushButton(self.tr("归还…"), page)
        self.return_button.setObjectName("return_button")
        self.loan_form_button = QPushButton(self.tr("打印借用单…"), page)
        self.loan_form_button.setObjectName("loan_form_button")
        self.export_loans_button = QPushButton(self.tr("导出借用登记…"), page)
        self.export_loans_button.setObjectName("export_loans_button")
        hint = QLabel(self.tr("备用机在工单详情中按工单提供；此处可查看、归还和打印借用单。"), page)
        hint.setStyleSheet("color: #666;")
        top = QHBoxLayout()
        top.addWidget(self.open_only)
        top.addWidget(self.overdue_label)
        top.addStretch(1)
        top.addWidget(hint)
        bar = QHBoxLayout()
        for button in (self.lend_button, self.return_button, self.loan_form_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.export_loans_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.loans_view, 1)
        layout.addLayout(bar)
        self.open_only.toggled.connect(self.on_open_only_toggled)
        self.lend_button.clicked.connect(self.on_lend_button_clicked)
        self.return_button.clicked.connect(self.on_return_button_clicked)
        self.loan_form_button.clicked.connect(self.on_loan_form_button_clicked)
        self.export_loans_button.clicked.connect(self.on_export_loans_button_clicked)
        return page

    # --- behaviour ---------------------------------------------------------------------------

    def part_filter(self) -> PartFilter:
        value = self.category.currentData()
        return PartFilter(
            text=self.search.text(),
            category=PartCategory(value) if value else None,
            low_only=self.low_only.isChecked(),
        )

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the catalogue, the ledger, the loans and the shelves again."""
        self._stale = False
        self.refresh_parts()
        self.refresh_movements()
        self.refresh_loans()
        self.stocktake.set_shelves(inventory.shelves(self._desk))

    def refresh_parts(self) -> None:
        selected = self.selected_part()
        self.parts_model.set_rows(inventory.list_parts(self._desk, self.part_filter()))
        low = inventory.low_stock_count(self._desk)
        self.low_label.setText(self.tr("低库存 {0} 项").format(low))
        self.low_label.setStyleSheet("color: #b3261e; font-weight: bold;" if low else "")
        if selected is not None:
            for row, part in enumerate(self.parts_model.rows):
                if part.id == selected.id:
                    self.parts_view.selectRow(row)

    def period(self) -> tuple[Any, Any]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def refresh_movements(self) -> None:
        start, end = self.period()
        if start > end:
            self.movements_model.set_rows([])
            return
        lo, hi = day_bounds(start, end)
        rows = inventory.list_movements(self._desk, lo, hi, limit=MOVEMENT_LIMIT + 1)
        self.movements_model.set_rows(rows[:MOVEMENT_LIMIT])
        self.limit_label.setText(
            self.tr("只显示最近 {0} 条；全部记录请导出出入库台账").format(MOVEMENT_LIMIT)
            if len(rows) > MOVEMENT_LIMIT
            else ""
        )

    def refresh_loans(self) -> None:
        self.loans_model.set_rows(
            loans.list_loans(self._desk, open_only=self.open_only.isChecked())
        )
        overdue = loans.overdue_count(self._desk)
        self.overdue_label.setText(self.tr("逾期未还 {0}").format(overdue) if overdue else "")
        self.overdue_label.setStyleSheet("color: #b3261e; font-weight: bold;")

    def selected_part(self) -> inventory.PartInfo | None:
        rows = self.parts_view.selectionModel().selectedRows() if self.parts_view.model() else []
        return self.parts_model.row_at(rows[0].row()) if rows else None

    def selected_loan(self) -> loans.LoanInfo | None:
        rows = self.loans_view.selectionModel().selectedRows()
        return self.loans_model.row_at(rows[0].row()) if rows else None

    def open_move(self, kind: MovementKind, ticket_number: str = "") -> MoveDialog | None:
        part = self.selected_part()
        if part is None:
            self.low_label.setText(self.tr("请先在列表中选择一种备件"))
            return None
        dialog = MoveDialog(self._desk, part, kind, self, ticket_number)
        self._open(dialog)
        return dialog

    def _open(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_dialog_accepted)
        self.dialog = dialog
        dialog.open()

    def _changed(self) -> None:
        self.refresh()
        self.storeChanged.emit()

    # --- slots -------------------------------------------------------------------------------

    def on_search_textChanged(self, _text: str) -> None:
        self.refresh_parts()

    def on_category_currentIndexChanged(self, _index: int) -> None:
        self.refresh_parts()

    def on_low_only_toggled(self, _checked: bool) -> None:
        self.refresh_parts()

    def on_period_dateChanged(self, _date: QDate) -> None:
        self.refresh_movements()

    def on_open_only_toggled(self, _checked: bool) -> None:
        self.refresh_loans()

    def on_parts_view_doubleClicked(self, _index: object) -> None:
        self.open_move(MovementKind.STOCK_OUT)

    def on_move_button_clicked(self, kind: MovementKind) -> None:
        self.open_move(kind)

    def on_new_part_button_clicked(self) -> None:
        self._open(PartDialog(self._desk, self))

    def on_lend_button_clicked(self) -> None:
        self._open(LendDialog(self._desk, self))

    def on_return_button_clicked(self) -> None:
        loan = self.selected_loan()
        if loan is not None and loan.open:
            self._open(ReturnDialog(self._desk, loan, self))

    def on_loan_form_button_clicked(self) -> None:
        loan = self.selected_loan()
        if loan is not None:
            self.files.loaner_form(loan.id, loan.kind)

    def on_dialog_accepted(self) -> None:
        if isinstance(self.dialog, MoveDialog):
            self.done_label.setText(self.dialog.done_text())  # what was saved, said once more
        self._changed()

    def on_stocktake_posted(self, _stocktake_id: int) -> None:
        self._changed()

    def on_stocktake_printRequested(self, shelves: list[str]) -> None:
        self.files.stocktake_sheet(shelves)

    def on_files_imported(self, _result: object) -> None:
        self._changed()

    def on_import_button_clicked(self) -> None:
        self.files.import_parts()

    def on_export_stock_button_clicked(self) -> None:
        self.files.export("stock")

    def on_export_ledger_button_clicked(self) -> None:
        self.files.export("movements", period=self.period())

    def on_export_loans_button_clicked(self) -> None:
        self.files.export("loans")
