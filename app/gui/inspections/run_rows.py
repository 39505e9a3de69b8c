"""One line of the run form: the check, the answer widgets, the live verdict, a note."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain.enums import AnswerKind, ItemResult
from app.domain.inspections.checklist import ItemSpec, number_text, number_verdict, parse_number
from app.gui.inspections.formatting import RESULT_COLOURS, chip_style, enum_text
from app.services.inspections.runs import RunItemInfo

# Keys that choose a result in the 结论 box: P/Y/1 合格, F/X/2 不合格, N/3 不适用, 0/Del clears.
RESULT_KEYS: dict[int, str] = {
    Qt.Key.Key_P: ItemResult.PASS.value,
    Qt.Key.Key_Y: ItemResult.PASS.value,
    Qt.Key.Key_1: ItemResult.PASS.value,
    Qt.Key.Key_F: ItemResult.FAIL.value,
    Qt.Key.Key_X: ItemResult.FAIL.value,
    Qt.Key.Key_2: ItemResult.FAIL.value,
    Qt.Key.Key_N: ItemResult.NOT_APPLICABLE.value,
    Qt.Key.Key_3: ItemResult.NOT_APPLICABLE.value,
    Qt.Key.Key_0: "",
    Qt.Key.Key_Delete: "",
    Qt.Key.Key_Backspace: "",
}
ERROR_STYLE = "border: 2px solid #c62828;"
FAILED_VALUE_STYLE = "background: #fbe3e3; color: #8c1d1d; font-weight: bold;"


class ResultCombo(QComboBox):
    """The 结论 box: chosen with the mouse, the arrow keys, or one key (P, F, N, 1, 2, 3)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        wanted = RESULT_KEYS.get(event.key())
        if wanted is not None and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            index = self.findData(wanted)
            if index >= 0:
                self.setCurrentIndex(index)
                return
        super().keyPressEvent(event)


class EnterMovesOn(QObject):
    """Return/Enter in a field moves to the next field instead of pressing the default button;
    from a measured value or a text answer, to the next line's answer (a fast typist's rhythm:
    value, Enter, value), as ``jumps`` says."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jumps: dict[QWidget, QWidget] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if isinstance(watched, QWidget):
                    view = watched.view() if isinstance(watched, QComboBox) else None
                    if view is not None and view.isVisible():
                        return False  # Enter picks from the open list
                    target = self.jumps.get(watched)
                    if target is not None:
                        target.setFocus(Qt.FocusReason.TabFocusReason)
                    else:
                        watched.focusNextChild()
                return True
        return False


class ItemRow(QObject):
    """The widgets of one checklist line in the run form, and its answer as the service takes it."""

    changed = Signal()

    def __init__(self, position: int, spec: ItemSpec, parent: QWidget) -> None:
        super().__init__(parent)
        self.position = position
        self.spec = spec
        self.number_label = QLabel(str(position), parent)
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.dimension_label = QLabel(enum_text(spec.dimension), parent)
        self.dimension_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.check_label = QLabel(parent)
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.TextFormat.RichText)
        self.check_label.setText(self._check_html())
        self.check_label.setToolTip(spec.method)

        self.answer = QWidget(parent)
        answer_layout = QHBoxLayout(self.answer)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        self.value_edit: QLineEdit | None = None
        self.text_edit: QLineEdit | None = None
        if spec.kind is AnswerKind.NUMBER:
            self.value_edit = QLineEdit(self.answer)
            self.value_edit.setObjectName(f"value_{position}")
            self.value_edit.setPlaceholderText(self.tr("测量值"))
            self.value_edit.setMaximumWidth(110)
            self.value_edit.setToolTip(self.tr("允许范围 {0}").format(spec.range_text))
            answer_layout.addWidget(self.value_edit)
            unit = QLabel(spec.unit, self.answer)
            answer_layout.addWidget(unit)
            range_label = QLabel(self.tr("（{0}）").format(spec.range_text), self.answer)
            range_label.setStyleSheet("color: #555;")
            answer_layout.addWidget(range_label)
            answer_layout.addStretch(1)
            self.value_edit.textChanged.connect(self.on_value_edit_textChanged)
        elif spec.kind is AnswerKind.TEXT:
            self.text_edit = QLineEdit(self.answer)
            self.text_edit.setObjectName(f"text_{position}")
            self.text_edit.setPlaceholderText(self.tr("检查情况"))
            answer_layout.addWidget(self.text_edit)
            self.text_edit.textChanged.connect(self.on_text_edit_textChanged)
        else:
            answer_layout.addStretch(1)

        self.result_combo = ResultCombo(parent)
        self.result_combo.setObjectName(f"result_{position}")
        self.result_combo.setToolTip(self.tr("按键选择：P 或 1 合格，F 或 2 不合格，N 或 3 不适用"))
        empty = self.tr("按测量值") if spec.kind is AnswerKind.NUMBER else self.tr("—请选择—")
        if spec.kind is AnswerKind.TEXT:
            empty = self.tr("按填写情况")
        self.result_combo.addItem(empty, "")
        for result in ItemResult:
            if spec.kind is AnswerKind.NUMBER and result is ItemResult.PASS:
                continue  # a number passes by its value, never by choice
            self.result_combo.addItem(enum_text(result), result.value)
        self.result_combo.currentIndexChanged.connect(self.on_result_combo_currentIndexChanged)

        self.verdict_label = QLabel(parent)
        self.verdict_label.setObjectName(f"verdict_{position}")
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict_label.setMinimumWidth(64)
        self.note_edit = QLineEdit(parent)
        self.note_edit.setObjectName(f"note_{position}")
        self.note_edit.setPlaceholderText(self.tr("备注（不合格时写明问题）"))
        self.show_verdict()

    def _check_html(self) -> str:
        method = escape(self.spec.method)
        body = f"<b>{escape(self.spec.check)}</b>"
        if method:
            body += f'<br/><span style="color:#666; font-size:small;">{method}</span>'
        return body

    def widgets(self) -> list[QWidget]:
        """The cells of the row, left to right."""
        return [
            self.number_label,
            self.dimension_label,
            self.check_label,
            self.answer,
            self.result_combo,
            self.verdict_label,
            self.note_edit,
        ]

    def answer_field(self) -> QWidget | None:
        """The measured value or the text typed for the line (None for a pass/fail line)."""
        return self.value_edit or self.text_edit

    def inputs(self) -> list[QWidget]:
        """The fields the engineer fills, in tab order."""
        fields: list[QWidget] = [w for w in (self.value_edit, self.text_edit) if w is not None]
        return [*fields, self.result_combo, self.note_edit]

    # --- the answer --------------------------------------------------------------------------

    def chosen(self) -> str:
        return str(self.result_combo.currentData() or "")

    def verdict(self) -> ItemResult | None:
        """What the line will be judged, as far as it is filled in (None: not yet answered)."""
        chosen = self.chosen()
        if chosen == ItemResult.NOT_APPLICABLE.value:
            return ItemResult.NOT_APPLICABLE
        if chosen == ItemResult.FAIL.value:
            return ItemResult.FAIL
        if self.value_edit is not None:
            number = parse_number(self.value_edit.text())
            return None if number is None else number_verdict(self.spec, number)
        if chosen:
            return ItemResult(chosen)
        if self.text_edit is not None and self.text_edit.text().strip():
            return ItemResult.PASS
        return None

    def answer_values(self) -> dict[str, Any]:
        """The answer as ``inspections.record_run`` takes it."""
        return {
            "result": self.chosen(),
            "value": self.value_edit.text() if self.value_edit is not None else None,
            "text": self.text_edit.text() if self.text_edit is not None else "",
            "note": self.note_edit.text(),
        }

    def set_answer(self, item: RunItemInfo) -> None:
        """Fill the line with a recorded answer (for a correction)."""
        chosen = item.result.value
        if self.value_edit is not None and item.value is not None:
            self.value_edit.setText(number_text(item.value))
            if item.result is not ItemResult.NOT_APPLICABLE:
                automatic = number_verdict(self.spec, item.value)
                chosen = "" if automatic is item.result else item.result.value
        if self.text_edit is not None:
            self.text_edit.setText(item.text)
        index = self.result_combo.findData(chosen)
        self.result_combo.setCurrentIndex(max(index, 0))
        self.note_edit.setText(item.note)

    def show_verdict(self) -> None:
        verdict = self.verdict()
        if self.value_edit is not None:
            number = parse_number(self.value_edit.text())
            typed = bool(self.value_edit.text().strip())
            if typed and number is None:
                self.verdict_label.setText(self.tr("不是数字"))
                self.verdict_label.setStyleSheet(chip_style(RESULT_COLOURS[ItemResult.FAIL]))
                self.value_edit.setStyleSheet(FAILED_VALUE_STYLE)
                return
            failed_value = (
                number is not None and number_verdict(self.spec, number) is ItemResult.FAIL
            )
            self.value_edit.setStyleSheet(FAILED_VALUE_STYLE if failed_value else "")
        if verdict is None:
            self.verdict_label.setText(self.tr("未填"))
            self.verdict_label.setStyleSheet(chip_style(None))
        else:
            self.verdict_label.setText(enum_text(verdict))
            self.verdict_label.setStyleSheet(chip_style(RESULT_COLOURS[verdict]))

    def mark_error(self, bad: bool) -> None:
        self.number_label.setStyleSheet("color: #c62828; font-weight: bold;" if bad else "")

    def first_input(self, field: str) -> QWidget:
        """The widget to put the cursor in for an error on ``field``."""
        by_field: dict[str, QWidget | None] = {
            "value": self.value_edit,
            "text": self.text_edit,
            "note": self.note_edit,
            "result": self.result_combo,
        }
        return by_field.get(field) or self.inputs()[0]

    # --- slots -------------------------------------------------------------------------------

    def on_value_edit_textChanged(self, _text: str) -> None:
        self.show_verdict()
        self.changed.emit()

    def on_text_edit_textChanged(self, _text: str) -> None:
        self.show_verdict()
        self.changed.emit()

    def on_result_combo_currentIndexChanged(self, _index: int) -> None:
        self.show_verdict()
        self.changed.emit()
