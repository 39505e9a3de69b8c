"""The 培训演练 tab: when the next training and drill are due, the sessions and the drills, and
their printed sheets (培训签到表, 应急演练报告)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.training.rules import YearlyDue, YearlyState
from app.gui.documents_runner import FileRunner
from app.gui.i18n import tr_domain
from app.gui.print_preview import PrintedFile
from app.gui.rows_model import RowsModel
from app.gui.table_views import current_row, row_table
from app.gui.tickets.formatting import local_text
from app.gui.training.dialogs import DrillDialog, TrainingDialog
from app.gui.widgets import pane_splitter
from app.services.context import Desk
from app.services.training import records
from app.services.training.records import DrillInfo, TrainingInfo

DUE_STYLES = {
    YearlyState.NEVER: "color: #b3261e; font-weight: bold;",
    YearlyState.OVERDUE: "color: #b3261e; font-weight: bold;",
    YearlyState.DUE_SOON: "color: #8a5a00; font-weight: bold;",
    YearlyState.OK: "color: #1e5b23;",
}


def due_text(due: YearlyDue) -> str:
    """下次应急演练：2026-12-28（即将到期，还有 25 天）."""
    kind = tr_domain("enum", due.kind.label)
    state = tr_domain("enum", due.state.label)
    if due.due is None:
        return QCoreApplication.translate(
            "TrainingDue", "下次{0}：尚无记录，请尽快安排（{1}）"
        ).format(kind, state)
    if due.days_left is not None and due.days_left < 0:
        return QCoreApplication.translate("TrainingDue", "下次{0}：{1}（{2} {3} 天）").format(
            kind, due.due.isoformat(), state, -due.days_left
        )
    return QCoreApplication.translate("TrainingDue", "下次{0}：{1}（{2}，还有 {3} 天）").format(
        kind, due.due.isoformat(), state, due.days_left
    )


class TrainingsModel(RowsModel[TrainingInfo]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("编号"),
            self.tr("时间"),
            self.tr("类别"),
            self.tr("主题"),
            self.tr("培训人"),
            self.tr("人数"),
            self.tr("效果检验"),
        ]

    def cell(self, row: TrainingInfo, column: int) -> str:
        return [
            str(row.id),
            local_text(row.held_at),
            tr_domain("enum", row.kind.label),
            row.topic,
            row.trainer,
            str(len(row.attendees)),
            row.effect_result or row.effect_check,
        ][column]


class DrillsModel(RowsModel[DrillInfo]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("编号"),
            self.tr("时间"),
            self.tr("演练预案"),
            self.tr("场景"),
            self.tr("改进措施"),
        ]

    def cell(self, row: DrillInfo, column: int) -> str:
        return [
            str(row.id),
            local_text(row.held_at),
            row.plan_title,
            row.scenario,
            row.improvements,
        ][column]


class TrainingPrinter(FileRunner):
    """Opens a sign-in sheet or a drill report in the print preview (made off the GUI thread)."""

    printed = Signal(object)

    def print_training(self, training_id: int) -> None:
        """The session's 培训签到表 in the print preview (printed or saved from there)."""
        label = tr_domain("document", "培训签到表")
        name = f"{label}_{training_id}.pdf"

        def make(desk: Desk, path: Path) -> PrintedFile:
            from app.services.training.printing import training_sheet

            return PrintedFile.of(training_sheet(desk, training_id, path, copy=None), name)

        self.open_preview(label, make, self.on_preview_made)

    def print_drill(self, drill_id: int) -> None:
        """The drill's 应急演练报告 in the print preview."""
        label = tr_domain("document", "应急演练报告")
        name = f"{label}_{drill_id}.pdf"

        def make(desk: Desk, path: Path) -> PrintedFile:
            from app.services.training.printing import drill_report

            return PrintedFile.of(drill_report(desk, drill_id, path, copy=None), name)

        self.open_preview(label, make, self.on_preview_made)

    def on_preview_made(self, printed: PrintedFile) -> None:
        if printed.info is not None:
            self.printed.emit(printed.info)


class TrainingTab(QWidget):
    """Training sessions above, drills below, each with add, change and print."""

    trainingChanged = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrainingTab")
        self._desk = desk
        self.dialog: Any = None
        self.printer = TrainingPrinter(desk, self, key="training_print")
        self.training_due = QLabel(self, objectName="training_due")
        self.drill_due = QLabel(self, objectName="drill_due")
        self.trainings_model = TrainingsModel(self)
        self.trainings_view = row_table(self.trainings_model, "trainings_view", None, self, 3)
        self.drills_model = DrillsModel(self)
        self.drills_view = row_table(self.drills_model, "drills_view", None, self, 3)
        self.buttons: dict[str, QPushButton] = {}
        training_box = self._box(
            self.tr("培训"),
            self.trainings_view,
            (("new_training", self.tr("登记培训…")), ("edit_training", self.tr("修改…")),
             ("print_training", self.tr("打印签到表…"))),
        )  # fmt: skip
        drill_box = self._box(
            self.tr("应急演练"),
            self.drills_view,
            (("new_drill", self.tr("登记演练…")), ("edit_drill", self.tr("修改…")),
             ("print_drill", self.tr("打印演练报告…"))),
        )  # fmt: skip
        due = QHBoxLayout()
        due.addWidget(self.training_due)
        due.addSpacing(24)
        due.addWidget(self.drill_due)
        due.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(due)
        layout.addWidget(
            pane_splitter(Qt.Orientation.Vertical, self, ((training_box, 1), (drill_box, 1))), 1
        )
        self.buttons["new_training"].clicked.connect(self.on_new_training_clicked)
        self.buttons["edit_training"].clicked.connect(self.on_edit_training_clicked)
        self.buttons["print_training"].clicked.connect(self.on_print_training_clicked)
        self.buttons["new_drill"].clicked.connect(self.on_new_drill_clicked)
        self.buttons["edit_drill"].clicked.connect(self.on_edit_drill_clicked)
        self.buttons["print_drill"].clicked.connect(self.on_print_drill_clicked)
        self.trainings_view.activated.connect(self.on_trainings_view_activated)
        self.drills_view.activated.connect(self.on_drills_view_activated)
        self._stale = True

    def _box(self, title: str, view: QWidget, buttons: Sequence[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title, self)
        bar = QHBoxLayout()
        for name, text in buttons:
            button = QPushButton(text, box, objectName=name)
            self.buttons[name] = button
            bar.addWidget(button)
        bar.addStretch(1)
        column = QVBoxLayout(box)
        column.addLayout(bar)
        column.addWidget(view, 1)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self.trainings_model.set_rows(records.list_trainings(self._desk))
        self.drills_model.set_rows(records.list_drills(self._desk))
        for label, due in zip(
            (self.training_due, self.drill_due), records.yearly_status(self._desk), strict=True
        ):
            label.setText(due_text(due))
            label.setStyleSheet(DUE_STYLES[due.state])

    def _open(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_dialog_accepted)
        self.dialog = dialog
        dialog.open()

    def selected_training(self) -> TrainingInfo | None:
        return self.trainings_model.row_at(current_row(self.trainings_view))

    def selected_drill(self) -> DrillInfo | None:
        return self.drills_model.row_at(current_row(self.drills_view))

    # --- slots -------------------------------------------------------------------------------

    def on_new_training_clicked(self) -> None:
        self._open(TrainingDialog(self._desk, None, self))

    def on_edit_training_clicked(self) -> None:
        training = self.selected_training()
        if training is not None:
            self._open(TrainingDialog(self._desk, training, self))

    def on_print_training_clicked(self) -> None:
        training = self.selected_training()
        if training is not None:
            self.printer.print_training(training.id)

    def on_new_drill_clicked(self) -> None:
        self._open(DrillDialog(self._desk, None, self))

    def on_edit_drill_clicked(self) -> None:
        drill = self.selected_drill()
        if drill is not None:
            self._open(DrillDialog(self._desk, drill, self))

    def on_print_drill_clicked(self) -> None:
        drill = self.selected_drill()
        if drill is not None:
            self.printer.print_drill(drill.id)

    def on_trainings_view_activated(self, _index: QModelIndex) -> None:
        self.on_edit_training_clicked()

    def on_drills_view_activated(self, _index: QModelIndex) -> None:
        self.on_edit_drill_clicked()

    def on_dialog_accepted(self) -> None:
        self.dialog = None
        self.refresh()
        self.trainingChanged.emit()
