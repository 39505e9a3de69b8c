"""A plan or a knowledge article shown for reading: the plan's steps numbered, whom to call."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.gui.i18n import gap, list_separator, tr_domain
from app.gui.tickets.formatting import local_text
from app.services.plans.knowledge import ArticleInfo
from app.services.plans.plans import PlanInfo

SEVERITY_COLOURS = {"general": "#555555", "major": "#a35a00", "emergency": "#a31515"}


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>") if value.strip() else "—"


class ItemView(QTextBrowser):
    """Read-only view of the selected plan or article."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("item_view")
        self.setOpenLinks(False)
        self.plan: PlanInfo | None = None
        self.article: ArticleInfo | None = None

    def clear_item(self) -> None:
        self.plan = None
        self.article = None
        self.setHtml(
            '<p style="color:#777;">'
            + self.tr("输入关键词查找应急预案和知识库条目，例如“断网”“NVR 离线”。")
            + "</p>"
        )

    def _heading(self, text: str) -> str:
        return f'<h3 style="margin-top:12px; margin-bottom:4px;">{escape(text)}</h3>'

    def show_plan(self, plan: PlanInfo) -> None:
        self.plan, self.article = plan, None
        colour = SEVERITY_COLOURS.get(plan.severity.value, "#333")
        systems = list_separator().join(plan.system_names) or self.tr("全部系统")
        meta = self.tr("{0}，第 {1} 版，{2} 由 {3} 修订（{4}）").format(
            plan.code,
            plan.revision,
            local_text(plan.revised_at),
            plan.revised_by or "—",
            tr_domain("plans", plan.source_label),
        )
        steps = "".join(f"<li style='margin-bottom:4px;'>{_text(s)}</li>" for s in plan.steps)
        contacts = [
            f"<tr><td>{escape(c.role)}</td><td><b>{escape(c.name or '—')}</b></td>"
            f"<td>{escape(c.phone or '—')}</td></tr>"
            for c in plan.contacts
        ]
        contact_table = (
            '<table cellspacing="0" cellpadding="3">' + "".join(contacts) + "</table>"
            if contacts
            else "<p>—</p>"
        )
        note = (
            f"<p style='color:#555;'>{_text(plan.contacts_note)}</p>" if plan.contacts_note else ""
        )
        parts = list_separator().join(escape(p) for p in plan.spare_parts) or "—"
        self.setHtml(
            f"<h2 style='margin-bottom:2px;'>{escape(plan.title)}</h2>"
            f"<p style='color:#555; margin-top:0;'>{escape(meta)}</p>"
            f"<p><span style='color:{colour}; font-weight:bold;'>"
            f"{escape(tr_domain('enum', plan.severity.label))}</span>{gap()}{escape(systems)}</p>"
            + self._heading(self.tr("紧急情况"))
            + f"<p>{_text(plan.situation)}</p>"
            + self._heading(self.tr("应急策略（按顺序处置）"))
            + f"<ol>{steps}</ol>"
            + self._heading(self.tr("联系人（逐级上报）"))
            + contact_table
            + note
            + self._heading(self.tr("预防措施"))
            + f"<p>{_text(plan.prevention)}</p>"
            + self._heading(self.tr("相关备品备件"))
            + f"<p>{parts}</p>"
        )

    def show_article(self, article: ArticleInfo) -> None:
        self.plan, self.article = None, article
        systems = list_separator().join(article.system_names) or self.tr("全部系统")
        meta = self.tr("知识库条目 {0}，{1} 由 {2} 编写").format(
            article.id, local_text(article.created_at), article.written_by or "—"
        )
        tickets = list_separator().join(
            f"{escape(t.number)} {escape(t.title)}" for t in article.tickets
        )
        keywords_label = self.tr("关键词")
        self.setHtml(
            f"<h2 style='margin-bottom:2px;'>{escape(article.title)}</h2>"
            f"<p style='color:#555; margin-top:0;'>{escape(meta)}{gap()}{escape(systems)}</p>"
            + self._heading(self.tr("故障现象"))
            + f"<p>{_text(article.symptom)}</p>"
            + self._heading(self.tr("原因"))
            + f"<p>{_text(article.cause)}</p>"
            + self._heading(self.tr("解决方法"))
            + f"<p>{_text(article.solution)}</p>"
            + self._heading(self.tr("预防措施"))
            + f"<p>{_text(article.prevention)}</p>"
            + self._heading(self.tr("关联工单"))
            + f"<p>{tickets or '—'}</p>"
            + (
                f"<p style='color:#555;'>{escape(keywords_label)}：{escape(article.keywords)}</p>"
                if article.keywords
                else ""
            )
        )
