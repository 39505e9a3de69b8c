"""Writing or editing a knowledge article; "from this ticket" opens it filled from a fixed defect."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.validation import ValidationError
from app.gui.i18n import tr_error
from app.gui.plans.editor_parts import SystemChecks
from app.gui.tickets.action_dialog import TextField
from app.gui.widgets import ErrorLine, dialog_buttons
from app.services import reference
from app.services.context import Desk, StorageError
from app.services.plans import knowledge
from app.services.plans.knowledge import ArticleInfo, KnowledgeError
from app.services.tickets.calls import TicketNotFoundError


class ArticleEditorDialog(QDialog):
    """The article's fields; 保存 stores it (linked to the given tickets) in one transaction."""

    saved = Signal(object)  # ArticleInfo

    def __init__(
        self,
        desk: Desk,
        article: ArticleInfo | None = None,
        values: Mapping[str, Any] | None = None,
        ticket_ids: Sequence[int] = (),
        ticket_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self.article = article
        self.ticket_ids = list(ticket_ids)
        self.result_article: ArticleInfo | None = None
        self.setObjectName("ArticleEditorDialog")
        if article is not None:
            self.setWindowTitle(self.tr("编辑知识库条目"))
        elif ticket_label:
            self.setWindowTitle(self.tr("由工单 {0} 生成知识库条目").format(ticket_label))
        else:
            self.setWindowTitle(self.tr("新建知识库条目"))
        self.resize(720, 640)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title_edit")
        self.systems = SystemChecks(reference.list_systems(desk), self)
        self.keywords_edit = QLineEdit(self)
        self.keywords_edit.setObjectName("keywords_edit")
        self.keywords_edit.setPlaceholderText(self.tr("设备型号、常用叫法，空格分隔"))
        self.symptom_edit = TextField(self)
        self.symptom_edit.setObjectName("symptom_edit")
        self.cause_edit = TextField(self)
        self.cause_edit.setObjectName("cause_edit")
        self.solution_edit = TextField(self)
        self.solution_edit.setObjectName("solution_edit")
        self.prevention_edit = TextField(self)
        self.prevention_edit.setObjectName("prevention_edit")
        form = QFormLayout()
        form.addRow(self.tr("条目标题"), self.title_edit)
        form.addRow(self.tr("涉及系统"), self.systems)
        form.addRow(self.tr("关键词"), self.keywords_edit)
        form.addRow(self.tr("故障现象"), self.symptom_edit)
        form.addRow(self.tr("原因"), self.cause_edit)
        form.addRow(self.tr("解决方法"), self.solution_edit)
        form.addRow(self.tr("预防措施"), self.prevention_edit)
        if ticket_label:
            linked = QLabel(self.tr("保存后关联工单 {0}").format(ticket_label), self)
            linked.setStyleSheet("color: #555;")
            form.addRow("", linked)
        self.error_label = ErrorLine(self)
        self.buttons = dialog_buttons(self, self.tr("保存"), self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        if article is not None:
            values = {
                "title": article.title,
                "systems": article.systems,
                "keywords": article.keywords,
                "symptom": article.symptom,
                "cause": article.cause,
                "solution": article.solution,
                "prevention": article.prevention,
            }
        if values:
            self._fill(values)

    def _fill(self, values: Mapping[str, Any]) -> None:
        self.title_edit.setText(values.get("title", ""))
        self.systems.set_codes(values.get("systems", ()))
        self.keywords_edit.setText(values.get("keywords", ""))
        self.symptom_edit.setPlainText(values.get("symptom", ""))
        self.cause_edit.setPlainText(values.get("cause", ""))
        self.solution_edit.setPlainText(values.get("solution", ""))
        self.prevention_edit.setPlainText(values.get("prevention", ""))

    def values(self) -> dict[str, object]:
        return {
            "title": self.title_edit.text(),
            "systems": self.systems.codes(),
            "keywords": self.keywords_edit.text(),
            "symptom": self.symptom_edit.toPlainText(),
            "cause": self.cause_edit.toPlainText(),
            "solution": self.solution_edit.toPlainText(),
            "prevention": self.prevention_edit.toPlainText(),
        }

    def on_buttons_accepted(self) -> None:
        try:
            saved = knowledge.save_article(
                self._desk,
                self.values(),
                self.article.id if self.article else None,
                self.ticket_ids,
            )
        except ValidationError as error:
            self.error_label.show_validation(error)
            return
        except (KnowledgeError, StorageError, TicketNotFoundError) as error:
            self.error_label.show_text(tr_error(error))
            return
        self.result_article = saved
        self.saved.emit(saved)
        self.accept()
