"""The contract's editing widgets, shared by the first-start wizard and the contract settings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.domain.validation import FieldError
from app.gui.i18n import tr_domain, tr_field_error
from app.services.contract import CONTRACT_LABELS, TARGET_FIELDS, LadderRung

INFO_FIELDS = (
    "project_name",
    "client_name",
    "vendor_name",
    "service_department",
    "final_acceptance_date",
    "warranty_years",
    "classification",
)
ERROR_STYLE = "color: #b71c1c; font-weight: bold;"


def info_label(name: str) -> str:
    """The label of a contract field (two have no label in the service layer)."""
    if name == "service_department":
        return QCoreApplication.translate("ContractFields", "售后服务部")
    if name == "classification":
        return QCoreApplication.translate("ContractFields", "密级标识")
    return tr_domain("field", CONTRACT_LABELS[name])


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def error_messages(errors: Iterable[FieldError]) -> str:
    """Every message of a validation error, translated, one per line."""
    return "\n".join(tr_field_error(e.template, e.label, e.values) for e in errors)


def make_error_label(parent: QWidget) -> QLabel:
    """A red label for validation messages, hidden while empty."""
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_errors(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class ContractInfoForm(QWidget):
    """Project, parties, final acceptance, warranty and the documents' classification label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in INFO_FIELDS:
            if name == "final_acceptance_date":
                self.acceptance_edit = QDateEdit(self)
                self.acceptance_edit.setObjectName("final_acceptance_date")
                self.acceptance_edit.setCalendarPopup(True)
                self.acceptance_edit.setDisplayFormat("yyyy-MM-dd")
                self.acceptance_edit.setFixedWidth(160)
                layout.addRow(info_label(name), self.acceptance_edit)
            elif name == "warranty_years":
                self.warranty_spin = QSpinBox(self)
                self.warranty_spin.setObjectName("warranty_years")
                self.warranty_spin.setRange(0, 30)
                self.warranty_spin.setFixedWidth(160)
                layout.addRow(info_label(name), self.warranty_spin)
            else:
                edit = QLineEdit(self)
                edit.setObjectName(name)
                edit.setMinimumWidth(320)
                self.edits[name] = edit
                layout.addRow(info_label(name), edit)
        self.edits["classification"].setToolTip(
            self.tr("打印的文档页眉上显示，如“内部资料 注意保密”")
        )

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, edit in self.edits.items():
            edit.setText(str(values.get(name) or ""))
        acceptance = values.get("final_acceptance_date")
        if isinstance(acceptance, date):
            self.acceptance_edit.setDate(to_qdate(acceptance))
        self.warranty_spin.setValue(int(values.get("warranty_years") or 0))

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        result["final_acceptance_date"] = self.acceptance_edit.date().toPython()
        result["warranty_years"] = self.warranty_spin.value()
        return result

    def widget_for(self, name: str) -> QWidget | None:
        if name == "final_acceptance_date":
            return self.acceptance_edit
        if name == "warranty_years":
            return self.warranty_spin
        return self.edits.get(name)


class TargetsForm(QWidget):
    """One number per clock target, with the contract's labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: dict[str, QDoubleSpinBox] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for name in TARGET_FIELDS:
            spin = QDoubleSpinBox(self)
            spin.setObjectName(name)
            spin.setDecimals(1)
            spin.setRange(0, 100 if name == "warn_percent" else 10_000)
            spin.setFixedWidth(160)
            self.spins[name] = spin
            layout.addRow(tr_domain("field", CONTRACT_LABELS[name]), spin)

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, spin in self.spins.items():
            spin.setValue(float(values.get(name) or 0))

    def values(self) -> dict[str, float]:
        return {name: spin.value() for name, spin in self.spins.items()}

    def widget_for(self, name: str) -> QWidget | None:
        return self.spins.get(name)


class LadderForm(QWidget):
    """The escalation ladder: role, name and phone per level (the levels are fixed)."""

    def __init__(self, rungs: Iterable[LadderRung], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rungs = list(rungs)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for column, title in enumerate(
            (self.tr("级别"), self.tr("角色"), self.tr("姓名"), self.tr("电话"))
        ):
            layout.addWidget(QLabel(f"<b>{title}</b>", self), 0, column)
        for column in (1, 2, 3):
            layout.setColumnStretch(column, 2)
        self.rows: dict[int, tuple[QLineEdit, QLineEdit, QLineEdit]] = {}
        for row, rung in enumerate(sorted(rungs, key=lambda r: r.level), start=1):
            layout.addWidget(QLabel(self.tr("第{0}级").format(rung.level), self), row, 0)
            edits = []
            for column, field in enumerate(("role", "name", "phone"), start=1):
                edit = QLineEdit(self)
                edit.setObjectName(f"{field}_{rung.level}")
                edit.setMinimumWidth(130)
                layout.addWidget(edit, row, column)
                edits.append(edit)
            edits[1].setPlaceholderText(self.tr("如：何经理"))
            edits[2].setPlaceholderText(self.tr("如：内线 9001"))
            self.rows[rung.level] = (edits[0], edits[1], edits[2])
        layout.setRowStretch(len(self.rows) + 1, 1)
        self.set_rungs(rungs)

    def set_rungs(self, rungs: Iterable[LadderRung]) -> None:
        for rung in rungs:
            if rung.level in self.rows:
                role, name, phone = self.rows[rung.level]
                role.setText(rung.role)
                name.setText(rung.name)
                phone.setText(rung.phone)

    def rungs(self) -> list[LadderRung]:
        return [
            LadderRung(level, role.text(), name.text(), phone.text())
            for level, (role, name, phone) in sorted(self.rows.items())
        ]
