"""Search over plans and knowledge articles: an in-memory index per database, kept current.

``search`` is the one function every caller uses (the 应急预案 tab, Ctrl+K, the command line).
It is portable: the rows are read with plain SQL on any dialect and matched in memory by
``app.domain.plans.search.SearchIndex`` (Chinese substrings of any length, which SQLite FTS5's
trigram tokenizer cannot do for one or two characters). Every write gives the row the next
``change_seq`` of its table; before each search a cheap query (row counts and the highest
``change_seq``, both tables, indexed) tells whether rows changed; only rows with a higher
``change_seq`` are read again, and a row removed (or a plan retired) rebuilds the index.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import MaintainedSystem, Ticket
from app.db.models.plans import EmergencyPlan, KnowledgeArticle
from app.domain.plans.search import ARTICLE, LEAD, PLAN, SearchDoc, SearchHit, SearchIndex, snippet
from app.services.context import Desk
from app.services.plans.plans import list_plans
from app.services.tickets.calls import TicketNotFoundError

__all__ = ["ARTICLE", "PLAN", "SearchHit", "browse", "search", "suggest_for_ticket"]

Stamp = tuple[int, int, int, int]  # plans: count, max change_seq; articles: the same


@dataclass
class _Cached:
    index: SearchIndex
    stamp: Stamp


_lock = threading.Lock()
_build_lock = threading.Lock()
_cache: weakref.WeakKeyDictionary[Database, _Cached] = weakref.WeakKeyDictionary()


def _stamp(session: Session) -> Stamp:
    plans = session.execute(
        select(func.count(EmergencyPlan.id), func.max(EmergencyPlan.change_seq)).where(
            EmergencyPlan.active.is_(True)
        )
    ).one()
    articles = session.execute(
        select(func.count(KnowledgeArticle.id), func.max(KnowledgeArticle.change_seq))
    ).one()
    return (plans[0], plans[1] or 0, articles[0], articles[1] or 0)


def plan_doc(plan: EmergencyPlan, names: dict[str, str]) -> SearchDoc:
    codes = tuple(plan.system_codes.split())
    return SearchDoc(
        PLAN,
        plan.id,
        plan.title,
        lead=plan.situation,
        tags=" ".join([plan.code, *(names.get(c, c) for c in codes), plan.spare_parts]),
        body="\n".join([plan.steps, plan.prevention, plan.contacts_note]),
        systems=codes,
    )


def article_doc(article: KnowledgeArticle, names: dict[str, str]) -> SearchDoc:
    codes = tuple(article.system_codes.split())
    return SearchDoc(
        ARTICLE,
        article.id,
        article.title,
        lead=article.symptom,
        tags=" ".join([*(names.get(c, c) for c in codes), article.keywords]),
        body="\n".join([article.cause, article.solution, article.prevention]),
        systems=codes,
    )


def _docs(session: Session, since: Stamp | None) -> list[SearchDoc]:
    names = dict(session.execute(select(MaintainedSystem.code, MaintainedSystem.name)).all())
    plans = select(EmergencyPlan).where(EmergencyPlan.active.is_(True))
    articles = select(KnowledgeArticle)
    if since is not None:
        plans = plans.where(EmergencyPlan.change_seq > since[1])
        articles = articles.where(KnowledgeArticle.change_seq > since[3])
    docs = [plan_doc(p, names) for p in session.scalars(plans)]
    docs += [article_doc(a, names) for a in session.scalars(articles)]
    return docs


def index_for(desk: Desk) -> SearchIndex:
    """The database's index, brought up to date with its rows.

    One caller at a time brings it up to date (two background searches at start-up build it
    once); the searches themselves run side by side.
    """
    with _build_lock, desk.db.read() as session:
        stamp = _stamp(session)
        with _lock:
            cached = _cache.get(desk.db)
        if cached is not None and cached.stamp == stamp:
            return cached.index
        shrank = cached is None or stamp[0] < cached.stamp[0] or stamp[2] < cached.stamp[2]
        if shrank:
            index = SearchIndex(_docs(session, None))
        else:
            assert cached is not None
            index = cached.index
            index.put(_docs(session, cached.stamp))
        with _lock:
            _cache[desk.db] = _Cached(index, stamp)
        return index


def forget(desk: Desk) -> None:
    """Drop the database's index (the next search rebuilds it)."""
    with _lock:
        _cache.pop(desk.db, None)


def search(
    desk: Desk,
    query: str,
    limit: int = 50,
    kinds: Iterable[str] = (PLAN, ARTICLE),
    system: str | None = None,
) -> list[SearchHit]:
    """Plans and articles matching ``query``, best first (title hits above step hits)."""
    return index_for(desk).search(query, limit=limit, kinds=kinds, system=system)


def suggest_for_ticket(desk: Desk, ticket_id: int, limit: int = 5) -> list[SearchHit]:
    """Plans for a ticket: its system's first, ranked by the words of its title and description."""
    with desk.db.read() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise TicketNotFoundError(ticket_id)
        code, text = ticket.system.code, f"{ticket.title} {ticket.description} {ticket.device}"
    return index_for(desk).suggest(code, text, limit=limit)


def browse(desk: Desk, kinds: Iterable[str] = (PLAN, ARTICLE), limit: int = 200) -> list[SearchHit]:
    """What the search list shows before anything is typed: every plan, then the newest articles."""
    wanted = set(kinds)
    hits: list[SearchHit] = []
    if PLAN in wanted:
        hits += [
            SearchHit(PLAN, p.id, p.title, 0, LEAD, snippet(p.situation, []), p.systems)
            for p in list_plans(desk)
        ]
    if ARTICLE in wanted:
        with desk.db.read() as session:
            rows = session.execute(
                select(
                    KnowledgeArticle.id,
                    KnowledgeArticle.title,
                    KnowledgeArticle.symptom,
                    KnowledgeArticle.system_codes,
                )
                .order_by(KnowledgeArticle.updated_at.desc(), KnowledgeArticle.id.desc())
                .limit(max(0, limit - len(hits)))
            ).all()
        hits += [
            SearchHit(ARTICLE, i, t, 0, LEAD, snippet(s, []), tuple(c.split()))
            for i, t, s, c in rows
        ]
    return hits[:limit]
