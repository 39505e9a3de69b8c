"""合同设置: edit the contract, its clock targets and the escalation ladder; all or nothing."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from app.domain.validation import ValidationError
from app.gui.contract_fields import (
    ContractInfoForm,
    LadderForm,
    TargetsForm,
    error_messages,
    make_error_label,
    show_errors,
)
from app.services import contract
from app.services.context import Desk, StorageError


def _group(title: str, body: QWidget, parent: QWidget) -> QGroupBox:
    group = QGroupBox(title, parent)
    layout = QVBoxLayout(group)
    layout.addWidget(body)
    return group


class ContractDialog(QDialog):
    """Shows the stored contract; OK saves everything in one transaction or nothing."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setWindowTitle(self.tr("合同设置"))
        self.setMinimumWidth(1000)
        self.info_form = ContractInfoForm()
        self.targets_form = TargetsForm()
        rungs = {r.level: r for r in contract.default_ladder()}
        rungs.update((r.level, r) for r in contract.get_ladder(desk))
        self.ladder_form = LadderForm(rungs.values())
        info = contract.get_contract(desk)
        if info is not None:
            self.info_form.set_values(asdict(info))
            self.targets_form.set_values(asdict(info.targets))

        left = QVBoxLayout()
        left.addWidget(_group(self.tr("合同信息"), self.info_form, self))
        left.addWidget(_group(self.tr("逐级上报"), self.ladder_form, self))
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(_group(self.tr("服务时限"), self.targets_form, self), 2)

        self.error_label = make_error_label(self)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

    def accept(self) -> None:
        values = {**self.info_form.values(), **self.targets_form.values()}
        try:
            contract.save_contract(self._desk, values, self.ladder_form.rungs())
        except ValidationError as exc:
            show_errors(self.error_label, error_messages(exc.errors))
            first = exc.errors[0].field if exc.errors else ""
            widget = self.info_form.widget_for(first) or self.targets_form.widget_for(first)
            if widget is not None:
                widget.setFocus()
            return
        except StorageError as exc:
            show_errors(self.error_label, self.tr("保存失败，没有做任何修改：{0}").format(exc))
            return
        super().accept()
