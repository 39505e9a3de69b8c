"""审计记录 (the auditor's): filter the trail by time, account, action, object and outcome; see
each record's changed fields with old and new values; verify the chain; export to Excel; set the
retention. Reading the trail needs the auditor's role; nothing here changes a record."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QDate, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.accounts.settings import MIN_RETENTION_DAYS, SETTING_RANGES
from app.domain.audit.actions import ACTIONS
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import ValidationError
from app.gui.audit.model import OUTCOMES, AuditModel
from app.gui.documents_runner import ask_workbook
from app.gui.i18n import tr_domain, tr_error, tr_field_error
from app.gui.tasks import TaskRunner
from app.gui.widgets import ERROR_STYLE
from app.services import audit_check, audit_export, audit_trail, security
from app.services.audit_check import TrailReport
from app.services.audit_trail import OBJECT_LABELS, AuditFilter
from app.services.context import Desk, PermissionRefusedError, StorageError

OPS = {
    "insert": QT_TRANSLATE_NOOP("AuditView", "新增"),
    "update": QT_TRANSLATE_NOOP("AuditView", "修改"),
    "delete": QT_TRANSLATE_NOOP("AuditView", "删除"),
    "baseline": QT_TRANSLATE_NOOP("AuditView", "基线"),
}
OK_STYLE = "color: #1e5b23;"


class AuditView(QWidget):
    """The filter bar, the records, the selected record's changes and the auditor's tools."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setObjectName("AuditView")
        self.runner = TaskRunner(desk, self)
        today = QDate(desk.today())
        self.from_edit = self._date("from_edit", today.addDays(-30))
        self.to_edit = self._date("to_edit", today)
        self.account_combo = self._combo("account_combo")
        for username, name in audit_trail.accounts_seen(desk):
            self.account_combo.addItem(f"{name}（{username}）" if name else username, username)
        self.action_combo = self._combo("action_combo")
        for code, kind in sorted(ACTIONS.items()):
            self.action_combo.addItem(tr_domain(kind.context, kind.label), code)
        self.object_combo = self._combo("object_combo")
        for code, label in OBJECT_LABELS.items():
            self.object_combo.addItem(tr_domain("table", label), code)
        self.outcome_combo = self._combo("outcome_combo")
        for code, label in OUTCOMES.items():
            self.outcome_combo.addItem(tr_domain("AuditModel", label), code)
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("text_edit")
        self.text_edit.setPlaceholderText(self.tr("对象或说明中包含……"))
        self.text_edit.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("查询"), self)
        self.search_button.setObjectName("search_button")
        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("从"), self.from_edit),
            (self.tr("到"), self.to_edit),
            (self.tr("账户"), self.account_combo),
            (self.tr("操作"), self.action_combo),
            (self.tr("对象"), self.object_combo),
            (self.tr("结果"), self.outcome_combo),
        ):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(widget)
        bar.addWidget(self.text_edit, 1)
        bar.addWidget(self.search_button)

        self.model = AuditModel(desk, self)
        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        row_height = self.table.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((70, 130, 220, 110, 190, 260, 60)):
            self.table.setColumnWidth(column, width)
        self.changes = QTableWidget(0, 5, self)
        self.changes.setObjectName("changes_table")
        self.changes.setHorizontalHeaderLabels(
            [
                self.tr("表"),
                self.tr("行号"),
                self.tr("变更"),
                self.tr("字段"),
                self.tr("原值 → 新值"),
            ]
        )
        self.changes.verticalHeader().hide()
        self.changes.verticalHeader().setDefaultSectionSize(row_height)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.changes)
        split.setSizes([420, 200])

        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self.verify_button = QPushButton(self.tr("验证审计链"), self)
        self.verify_button.setObjectName("verify_button")
        self.export_button = QPushButton(self.tr("导出 Excel…"), self)
        self.export_button.setObjectName("export_button")
        settings = security.get_settings(desk)
        self.retention_spin = QSpinBox(self)
        self.retention_spin.setObjectName("retention_spin")
        self.retention_spin.setRange(*SETTING_RANGES["audit_retention_days"])
        self.retention_spin.setValue(settings.audit_retention_days)
        self.retention_spin.setSuffix(self.tr(" 天"))
        self.retention_button = QPushButton(self.tr("保存保留期限"), self)
        self.retention_button.setObjectName("retention_button")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tools = QHBoxLayout()
        tools.addWidget(self.count_label)
        tools.addStretch(1)
        tools.addWidget(QLabel(self.tr("保留期限至少"), self))
        tools.addWidget(self.retention_spin)
        tools.addWidget(self.retention_button)
        tools.addWidget(self.verify_button)
        tools.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addLayout(tools)
        layout.addWidget(self.status_label)

        self.search_button.clicked.connect(self.on_search_button_clicked)
        self.text_edit.returnPressed.connect(self.on_search_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selectionChanged)
        self.verify_button.clicked.connect(self.on_verify_button_clicked)
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.retention_button.clicked.connect(self.on_retention_button_clicked)
        self.search()

    def _date(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(self.tr("全部"), "")
        return combo

    def current_filter(self) -> AuditFilter:
        start = datetime.combine(self.from_edit.date().toPython(), time()).astimezone()
        end = datetime.combine(self.to_edit.date().toPython(), time()).astimezone()
        return AuditFilter(
            start=start,
            end=end + timedelta(days=1),
            username=self.account_combo.currentData() or "",
            action=self.action_combo.currentData() or "",
            object_type=self.object_combo.currentData() or "",
            outcome=self.outcome_combo.currentData() or "",
            text=self.text_edit.text().strip(),
        )

    def search(self) -> None:
        try:
            self.model.set_filter(self.current_filter())
        except (PermissionRefusedError, StorageError) as error:
            self._say(tr_error(error), ERROR_STYLE)
            return
        self.count_label.setText(self.tr("共 {0} 条").format(len(self.model.ids)))
        self.changes.setRowCount(0)
        if self.model.ids:
            self.table.selectRow(0)

    def show_changes(self, record_id: int) -> None:
        rows = audit_trail.changes_of(self._desk, record_id)
        self.changes.setRowCount(len(rows))
        for row, change in enumerate(rows):
            if change.field:
                values = f"{_shown(change.old)} → {_shown(change.new)}"
            else:
                values = self.tr("（仅指纹）") if change.op == "baseline" else ""
            cells = (
                tr_domain("table", change.table_label),
                str(change.row_id),
                tr_domain("AuditView", OPS.get(change.op, change.op)),
                change.field,
                values,
            )
            for column, text in enumerate(cells):
                self.changes.setItem(row, column, QTableWidgetItem(text))
        self.changes.resizeColumnsToContents()

    def _say(self, text: str, style: str = "") -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)

    # --- slots -------------------------------------------------------------------------------

    def on_search_button_clicked(self) -> None:
        self.search()

    def on_table_selectionChanged(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        entry = self.model.entry(indexes[0].row()) if indexes else None
        if entry is not None:
            self.show_changes(entry.id)

    def on_verify_button_clicked(self) -> None:
        self.verify_button.setEnabled(False)
        self._say(self.tr("正在验证审计链和全部受审计的数据……"))
        self.runner.run(
            audit_check.verify_open_database,
            self.on_runner_verified,
            self.on_runner_failed,
            key="verify",
        )

    def on_runner_verified(self, report: TrailReport) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            self._say(
                self.tr(
                    "审计链完整：{0} 条记录，链头 {1}；受审计的数据 {2} 行均与审计记录一致。"
                ).format(report.records, report.head_code, report.rows),
                OK_STYLE,
            )
            return
        lines = [p.message for p in report.problems]
        if report.row_problems > len(
            [p for p in report.problems if p.kind not in ("chain", "head")]
        ):
            lines.append(self.tr("共 {0} 处数据与审计记录不符").format(report.row_problems))
        self._say("\n".join(lines), ERROR_STYLE)

    def on_runner_failed(self, error: Exception) -> None:
        self.verify_button.setEnabled(True)
        self.export_button.setEnabled(True)
        if not isinstance(error, PermissionRefusedError | StorageError | OSError | ValueError):
            raise error
        self._say(tr_error(error), ERROR_STYLE)

    def on_export_button_clicked(self) -> None:
        path = ask_workbook(self, self.tr("导出审计记录"), self.tr("审计记录.xlsx"))
        if path is None:
            return
        flt = self.current_filter()
        self.export_button.setEnabled(False)
        self.runner.run(
            lambda desk: (audit_export.export_audit(desk, flt, path), path),
            self.on_runner_exported,
            self.on_runner_failed,
            key="export",
        )

    def on_runner_exported(self, result: tuple[int, object]) -> None:
        self.export_button.setEnabled(True)
        count, path = result
        self._say(self.tr("已导出 {0} 条审计记录：{1}").format(count, path), OK_STYLE)

    def on_retention_button_clicked(self) -> None:
        try:
            settings = security.save_retention(self._desk, self.retention_spin.value())
        except ValidationError as error:
            self._say(
                "\n".join(tr_field_error(e.template, e.label, e.values) for e in error.errors),
                ERROR_STYLE,
            )
            return
        except (PermissionRefusedError, StorageError) as error:
            self._say(tr_error(error), ERROR_STYLE)
            return
        self._say(
            self.tr(
                "审计记录保留期限已设为至少 {0} 天（不少于 {1} 天）；本程序不删除审计记录。"
            ).format(settings.audit_retention_days, MIN_RETENTION_DAYS),
            OK_STYLE,
        )


STORED_TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?$")


def _shown(value: object) -> str:
    """A stored value as a person reads it; stored times (UTC) in the workstation's time."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str) and STORED_TIME.match(value):
        moment = datetime.fromisoformat(value).replace(tzinfo=UTC)
        return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return str(value)
