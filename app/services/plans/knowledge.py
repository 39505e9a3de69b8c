"""The knowledge base (知识库): articles of symptom, cause, solution, prevention; from fixed tickets."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.db import audit
from app.db.models import MaintainedSystem, Ticket
from app.db.models.plans import KnowledgeArticle, KnowledgeArticleTicket
from app.domain.audit.actions import ARTICLE_SAVE, DEMO
from app.domain.enums import TicketClass
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.domain.validation import FieldError, ValidationError, clean_text
from app.paths import defaults_dir
from app.services.context import Desk
from app.services.plans.plans import next_change_seq
from app.services.tickets.calls import TicketNotFoundError

FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("field", "条目标题"),
    "symptom": QT_TRANSLATE_NOOP("field", "故障现象"),
    "cause": QT_TRANSLATE_NOOP("field", "原因"),
    "solution": QT_TRANSLATE_NOOP("field", "解决方法"),
    "prevention": QT_TRANSLATE_NOOP("field", "预防措施"),
    "systems": QT_TRANSLATE_NOOP("field", "涉及系统"),
    "keywords": QT_TRANSLATE_NOOP("field", "关键词"),
}


class KnowledgeError(MarkedError, LookupError):
    """An article cannot be found or made; the message says why, in Chinese."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("knowledge", template, **values)


@dataclass(frozen=True)
class LinkedTicket:
    id: int
    number: str
    title: str


@dataclass(frozen=True)
class ArticleInfo:
    """One article as the program shows it."""

    id: int
    title: str
    symptom: str
    cause: str
    solution: str
    prevention: str
    systems: tuple[str, ...]
    system_names: tuple[str, ...]
    keywords: str
    written_by: str
    created_at: datetime
    updated_at: datetime
    tickets: tuple[LinkedTicket, ...]


def _names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(MaintainedSystem.code, MaintainedSystem.name)).all())


def validate_article(session: Session, values: Mapping[str, Any]) -> dict[str, Any]:
    """Clean an article's fields; a ValidationError naming each bad field."""
    cleaned: dict[str, Any] = {
        name: clean_text(values.get(name))
        for name in ("title", "symptom", "cause", "solution", "prevention", "keywords")
    }
    errors = [
        FieldError(name, QT_TRANSLATE_NOOP("validation", "请填写“{label}”"), FIELD_LABELS[name])
        for name in ("title", "symptom", "solution")
        if not cleaned[name]
    ]
    if len(cleaned["title"]) > 100:
        errors.append(
            FieldError(
                "title", QT_TRANSLATE_NOOP("validation", "“{label}”太长"), FIELD_LABELS["title"]
            )
        )
    raw = values.get("systems") or []
    codes = raw.split() if isinstance(raw, str) else list(raw)
    cleaned["systems"] = list(
        dict.fromkeys(str(c).strip().upper() for c in codes if str(c).strip())
    )
    known = _names(session)
    if any(code not in known for code in cleaned["systems"]):
        errors.append(
            FieldError(
                "systems",
                QT_TRANSLATE_NOOP("validation", "“{label}”不存在"),
                FIELD_LABELS["systems"],
            )
        )
    if errors:
        raise ValidationError(errors)
    return cleaned


def _info(article: KnowledgeArticle, session: Session, names: Mapping[str, str]) -> ArticleInfo:
    ticket_ids = [link.ticket_id for link in article.tickets]
    tickets: list[LinkedTicket] = []
    if ticket_ids:
        rows = session.execute(
            select(Ticket.id, Ticket.number, Ticket.title)
            .where(Ticket.id.in_(ticket_ids))
            .order_by(Ticket.called_at)
        )
        tickets = [LinkedTicket(i, n, t) for i, n, t in rows]
    systems = tuple(article.system_codes.split())
    return ArticleInfo(
        id=article.id,
        title=article.title,
        symptom=article.symptom,
        cause=article.cause,
        solution=article.solution,
        prevention=article.prevention,
        systems=systems,
        system_names=tuple(names.get(c, c) for c in systems),
        keywords=article.keywords,
        written_by=article.written_by,
        created_at=article.created_at,
        updated_at=article.updated_at,
        tickets=tuple(tickets),
    )


def add_article(
    session: Session,
    cleaned: Mapping[str, Any],
    actor: str,
    now: datetime,
    ticket_ids: Iterable[int] = (),
) -> KnowledgeArticle:
    """Store a validated article with its linked tickets, inside the caller's transaction."""
    article = KnowledgeArticle(
        written_by=actor,
        created_at=now,
        updated_at=now,
        change_seq=next_change_seq(session, KnowledgeArticle.change_seq),
    )
    _write(article, cleaned)
    for ticket_id in dict.fromkeys(ticket_ids):
        article.tickets.append(KnowledgeArticleTicket(ticket_id=ticket_id))
    session.add(article)
    session.flush()
    return article


def _write(article: KnowledgeArticle, cleaned: Mapping[str, Any]) -> None:
    for name in ("title", "symptom", "cause", "solution", "prevention", "keywords"):
        setattr(article, name, cleaned[name])
    article.system_codes = " ".join(cleaned["systems"])


def save_article(
    desk: Desk,
    values: Mapping[str, Any],
    article_id: int | None = None,
    ticket_ids: Sequence[int] = (),
) -> ArticleInfo:
    """Create an article (linked to ``ticket_ids``) or save an edit; one transaction."""
    now = desk.clock.now()
    with desk.write(ARTICLE_SAVE) as session:
        cleaned = validate_article(session, values)
        for ticket_id in ticket_ids:
            if session.get(Ticket, ticket_id) is None:
                raise TicketNotFoundError(ticket_id)
        if article_id is None:
            article = add_article(session, cleaned, desk.actor, now, ticket_ids)
        else:
            found = session.get(KnowledgeArticle, article_id)
            if found is None:
                raise _missing(article_id)
            article = found
            _write(article, cleaned)
            article.updated_at = now
            article.change_seq = next_change_seq(session, KnowledgeArticle.change_seq)
            linked = {link.ticket_id for link in article.tickets}
            for ticket_id in ticket_ids:
                if ticket_id not in linked:
                    article.tickets.append(KnowledgeArticleTicket(ticket_id=ticket_id))
            session.flush()
        audit.describe(session, "knowledge_article", f"{article.id} {article.title}")
        return _info(article, session, _names(session))


def _missing(article_id: object) -> KnowledgeError:
    return KnowledgeError(
        QT_TRANSLATE_NOOP("knowledge", "找不到知识库条目：{article}"), article=article_id
    )


def get_article(desk: Desk, article_id: int) -> ArticleInfo:
    with desk.db.read() as session:
        article = session.scalar(
            select(KnowledgeArticle)
            .where(KnowledgeArticle.id == article_id)
            .options(selectinload(KnowledgeArticle.tickets))
        )
        if article is None:
            raise _missing(article_id)
        return _info(article, session, _names(session))


def articles_of_ticket(desk: Desk, ticket_id: int) -> list[ArticleInfo]:
    """The articles linked to a ticket, oldest first."""
    with desk.db.read() as session:
        rows = session.scalars(
            select(KnowledgeArticle)
            .join(KnowledgeArticleTicket)
            .where(KnowledgeArticleTicket.ticket_id == ticket_id)
            .order_by(KnowledgeArticle.id)
            .options(selectinload(KnowledgeArticle.tickets))
        )
        names = _names(session)
        return [_info(a, session, names) for a in rows]


def article_values_from_ticket(desk: Desk, ticket_id: int) -> dict[str, Any]:
    """A new article's fields filled from a fixed defect: symptom, cause, solution, prevention.

    The engineer edits them before saving (``save_article(..., ticket_ids=[ticket_id])``).
    """
    with desk.db.read() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise TicketNotFoundError(ticket_id)
        if ticket.ticket_class != TicketClass.DEFECT.value or ticket.fixed_at is None:
            raise KnowledgeError(
                QT_TRANSLATE_NOOP(
                    "knowledge",
                    "工单 {number} 不是已修复的系统缺陷类问题，无法生成知识库条目；"
                    "请在“修复完成”后再生成。",
                ),
                number=ticket.number,
            )
        symptom = ticket.description
        if ticket.device:
            symptom = f"{ticket.device}：{symptom}"
        solution = ticket.resolution
        if ticket.plan and ticket.plan not in solution:
            solution = f"{solution}\n处理方案：{ticket.plan}" if solution else ticket.plan
        return {
            "title": ticket.title,
            "symptom": symptom,
            "cause": ticket.cause or ticket.analysis,
            "solution": solution,
            "prevention": ticket.prevention,
            "systems": [ticket.system.code],
            "keywords": ticket.device,
        }


def create_article_from_ticket(desk: Desk, ticket_id: int) -> ArticleInfo:
    """Make and save an article from a fixed defect as it stands, linked to it."""
    return save_article(desk, article_values_from_ticket(desk, ticket_id), ticket_ids=[ticket_id])


def load_demo_articles() -> list[dict[str, Any]]:
    """The demo articles shipped in resources/defaults/demo_knowledge.json."""
    with open(defaults_dir() / "demo_knowledge.json", encoding="utf-8") as handle:
        return json.load(handle)["articles"]


def seed_demo_knowledge(desk: Desk) -> int:
    """For a demo database: the demo knowledge articles, if there are none yet."""
    now = desk.clock.now()
    with desk.write(DEMO, as_system=True, object_type="knowledge_article") as session:
        if session.scalar(select(func.count(KnowledgeArticle.id))):
            return 0
        articles = load_demo_articles()
        for values in articles:
            add_article(session, validate_article(session, values), desk.actor, now)
        return len(articles)
