"""The filter bar above the queue: status, class, severity, system, date range and free text,
and the status bar's count it shows (超时, 备用机待提供 …), cleared with Esc."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.domain.enums import Severity, TicketClass, TicketStatus
from app.domain.tickets.attention import Attention
from app.gui.i18n import tr_domain
from app.services import reference
from app.services.context import Desk
from app.services.tickets.queue import QueueFilter

DEBOUNCE_MS = 250
_ALL = "all"
_OPEN = "open"


def _local_midnight(day: QDate) -> datetime:
    """The start of a local calendar day, as an aware datetime."""
    return datetime.combine(day.toPython(), time()).astimezone()


class FilterBar(QWidget):
    """Builds a ``QueueFilter`` from its widgets and says when it changed."""

    filterChanged = Signal(object)  # QueueFilter

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._text_timer = QTimer(self)
        self._text_timer.setObjectName("text_timer")
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(DEBOUNCE_MS)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_combo")
        self.status_combo.addItem(self.tr("全部状态"), _ALL)
        self.status_combo.addItem(self.tr("未关闭"), _OPEN)
        for status in TicketStatus:
            self.status_combo.addItem(tr_domain("enum", status.label), status.value)

        self.open_button = QPushButton(self.tr("只看未关闭"), self)
        self.open_button.setObjectName("open_button")
        self.open_button.setCheckable(True)
        self.open_button.setToolTip(self.tr("只显示尚未关闭的工单"))

        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("class_combo")
        self.class_combo.addItem(self.tr("全部类别"), None)
        for ticket_class in TicketClass:
            self.class_combo.addItem(tr_domain("enum", ticket_class.label), ticket_class.value)

        self.severity_combo = QComboBox(self)
        self.severity_combo.setObjectName("severity_combo")
        self.severity_combo.addItem(self.tr("全部紧急程度"), None)
        for severity in Severity:
            self.severity_combo.addItem(tr_domain("enum", severity.label), severity.value)

        self.system_combo = QComboBox(self)
        self.system_combo.setObjectName("system_combo")
        self.system_combo.addItem(self.tr("全部系统"), None)
        for system in reference.list_systems(desk):
            self.system_combo.addItem(system.name, system.id)

        today = QDate(desk.clock.now().astimezone().date())
        self.from_check = QCheckBox(self.tr("从"), self)
        self.from_check.setObjectName("from_check")
        self.from_date = self._date_edit("from_date", today.addDays(-30))
        self.to_check = QCheckBox(self.tr("至"), self)
        self.to_check.setObjectName("to_check")
        self.to_date = self._date_edit("to_date", today)

        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("text_edit")
        self.text_edit.setPlaceholderText(self.tr("搜索编号、标题、描述、地点、设备、提出人…"))
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setMinimumWidth(100)  # the queue fits 1440 px with a count's filter shown

        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self.set_count(0)

        self._attention: Attention | None = None
        self.attention_button = QPushButton(self)
        self.attention_button.setObjectName("attention_button")
        self.attention_button.setStyleSheet(
            "QPushButton { background: #ffe082; font-weight: bold; padding: 1px 4px; }"
        )
        self.attention_button.setToolTip(self.tr("只列出状态栏这一计数的工单；点此或按 Esc 取消"))
        self.attention_button.hide()
        # Esc anywhere in the queue's tab clears a count's filter (and does nothing otherwise).
        self.escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), parent or self)
        self.escape_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape_shortcut.setEnabled(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.attention_button)
        for widget in (
            self.status_combo,
            self.open_button,
            self.class_combo,
            self.severity_combo,
            self.system_combo,
            self.from_check,
            self.from_date,
            self.to_check,
            self.to_date,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.count_label)

        self.status_combo.currentIndexChanged.connect(self.on_status_combo_currentIndexChanged)
        self.open_button.toggled.connect(self.on_open_button_toggled)
        for combo in (self.class_combo, self.severity_combo, self.system_combo):
            combo.currentIndexChanged.connect(self.on_choice_combo_currentIndexChanged)
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self.on_date_check_toggled)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self.on_date_edit_dateChanged)
        self.text_edit.textChanged.connect(self.on_text_edit_textChanged)
        self.text_edit.returnPressed.connect(self.on_text_edit_returnPressed)
        self._text_timer.timeout.connect(self.on_text_timer_timeout)
        self.attention_button.clicked.connect(self.on_attention_button_clicked)
        self.escape_shortcut.activated.connect(self.on_escape_shortcut_activated)

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        return edit

    def current_filter(self) -> QueueFilter:
        """The filter the widgets describe now."""
        status = self.status_combo.currentData()
        ticket_class = self.class_combo.currentData()
        severity = self.severity_combo.currentData()
        called_from = called_to = None
        if self.from_check.isChecked():
            called_from = _local_midnight(self.from_date.date())
        if self.to_check.isChecked():
            called_to = _local_midnight(self.to_date.date().addDays(1))
        return QueueFilter(
            statuses=(TicketStatus(status),) if status not in (_ALL, _OPEN) else (),
            open_only=status == _OPEN,
            ticket_class=TicketClass(ticket_class) if ticket_class else None,
            severity=Severity(severity) if severity else None,
            system_id=self.system_combo.currentData(),
            called_from=called_from,
            called_to=called_to,
            text=self.text_edit.text().strip(),
            attention=self._attention,
        )

    def date_range(self) -> tuple[date | None, date | None]:
        """The local calendar days the date checks select (inclusive); None where unchecked."""
        date_from = self.from_date.date().toPython() if self.from_check.isChecked() else None
        date_to = self.to_date.date().toPython() if self.to_check.isChecked() else None
        return date_from, date_to  # type: ignore[return-value]

    def set_count(self, count: int) -> None:
        self.count_label.setText(self.tr("共 {0} 条").format(count))

    @property
    def attention(self) -> Attention | None:
        return self._attention

    def show_attention(self, attention: Attention) -> None:
        """Only the open tickets a status-bar count counts; every other filter cleared."""
        self._clear_widgets()
        self._set_attention(attention)
        self._emit()

    def clear_attention(self) -> None:
        """Back to the filters the widgets show."""
        if self._attention is None:
            return
        self._set_attention(None)
        self._emit()

    def _set_attention(self, attention: Attention | None) -> None:
        self._attention = attention
        self.escape_shortcut.setEnabled(attention is not None)
        if attention is None:
            self.attention_button.hide()
            return
        self.attention_button.setText(
            self.tr("只看：{0} ✕").format(tr_domain("attention", attention.label))
        )
        self.attention_button.show()

    def reset(self) -> None:
        """Show everything again (no signal per widget; one ``filterChanged`` at the end)."""
        self._clear_widgets()
        self._set_attention(None)
        self._emit()

    def _clear_widgets(self) -> None:
        widgets = (
            self.status_combo,
            self.open_button,
            self.class_combo,
            self.severity_combo,
            self.system_combo,
            self.from_check,
            self.to_check,
            self.text_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.status_combo.setCurrentIndex(0)
        self.open_button.setChecked(False)
        for combo in (self.class_combo, self.severity_combo, self.system_combo):
            combo.setCurrentIndex(0)
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self.from_date.setEnabled(False)
        self.to_date.setEnabled(False)
        self.text_edit.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._text_timer.stop()

    def _emit(self) -> None:
        self.filterChanged.emit(self.current_filter())

    # --- slots -------------------------------------------------------------------------------

    def on_status_combo_currentIndexChanged(self, _index: int) -> None:
        self.open_button.blockSignals(True)
        self.open_button.setChecked(self.status_combo.currentData() == _OPEN)
        self.open_button.blockSignals(False)
        self._emit()

    def on_open_button_toggled(self, checked: bool) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(_OPEN if checked else _ALL))

    def on_choice_combo_currentIndexChanged(self, _index: int) -> None:
        self._emit()

    def on_date_check_toggled(self, _checked: bool) -> None:
        self.from_date.setEnabled(self.from_check.isChecked())
        self.to_date.setEnabled(self.to_check.isChecked())
        self._emit()

    def on_date_edit_dateChanged(self, _date: QDate) -> None:
        if self.from_check.isChecked() or self.to_check.isChecked():
            self._emit()

    def on_text_edit_textChanged(self, _text: str) -> None:
        self._text_timer.start()

    def on_text_edit_returnPressed(self) -> None:
        self._text_timer.stop()
        self._emit()

    def on_text_timer_timeout(self) -> None:
        self._emit()

    def on_attention_button_clicked(self) -> None:
        self.clear_attention()

    def on_escape_shortcut_activated(self) -> None:
        self.clear_attention()
