"""Models of the emergency plans (应急预案) with their revisions, the knowledge base and 问题汇报."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.models.base import Base, Timestamped
from app.db.types import UTCDateTime


class EmergencyPlan(Timestamped, Base):
    """The current text of one plan; every saved version is also kept as a revision."""

    __tablename__ = "emergency_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    title: Mapped[str] = mapped_column(String(100))
    situation: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(20))
    system_codes: Mapped[str] = mapped_column(String(200), default="")  # space-separated
    prevention: Mapped[str] = mapped_column(Text, default="")
    steps: Mapped[str] = mapped_column(Text, default="")  # one step per line, in order
    call_levels: Mapped[str] = mapped_column(String(50), default="")  # ladder levels, "1 2"
    contacts_note: Mapped[str] = mapped_column(Text, default="")
    spare_parts: Mapped[str] = mapped_column(Text, default="")  # one part per line
    source: Mapped[str] = mapped_column(String(20), default="user")  # contract / default / user
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    revised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revised_by: Mapped[str] = mapped_column(String(50), default="")
    # Bumped past every other plan's on each change: the search index reads only what changed.
    change_seq: Mapped[int] = mapped_column(Integer, default=0, index=True)

    revisions: Mapped[list[EmergencyPlanRevision]] = relationship(
        back_populates="plan",
        order_by="EmergencyPlanRevision.revision",
        cascade="all, delete-orphan",
    )


class EmergencyPlanRevision(Timestamped, Base):
    """One saved version of a plan: all its fields as they were, who saved it, when and why."""

    __tablename__ = "emergency_plan_revision"
    __table_args__ = (UniqueConstraint("plan_id", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("emergency_plan.id", ondelete="CASCADE"), index=True
    )
    revision: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    saved_by: Mapped[str] = mapped_column(String(50), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text)  # JSON of the plan's fields

    plan: Mapped[EmergencyPlan] = relationship(back_populates="revisions")


class KnowledgeArticle(Timestamped, Base):
    """A knowledge-base article: symptom, cause, solution, prevention, systems, linked tickets."""

    __tablename__ = "knowledge_article"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    symptom: Mapped[str] = mapped_column(Text)
    cause: Mapped[str] = mapped_column(Text, default="")
    solution: Mapped[str] = mapped_column(Text)
    prevention: Mapped[str] = mapped_column(Text, default="")
    system_codes: Mapped[str] = mapped_column(String(200), default="")
    keywords: Mapped[str] = mapped_column(String(200), default="")
    written_by: Mapped[str] = mapped_column(String(50), default="")
    change_seq: Mapped[int] = mapped_column(Integer, default=0, index=True)  # as on the plans

    tickets: Mapped[list[KnowledgeArticleTicket]] = relationship(
        back_populates="article",
        order_by="KnowledgeArticleTicket.id",
        cascade="all, delete-orphan",
    )


class KnowledgeArticleTicket(Timestamped, Base):
    """A ticket an article was written from or applies to."""

    __tablename__ = "knowledge_article_ticket"
    __table_args__ = (UniqueConstraint("article_id", "ticket_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("knowledge_article.id", ondelete="CASCADE"), index=True
    )
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"), index=True)

    article: Mapped[KnowledgeArticle] = relationship(back_populates="tickets")


class IncidentReport(Timestamped, Base):
    """问题汇报 of a serious incident: the text the engineer wrote for it (timeline from the ticket)."""

    __tablename__ = "incident_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"), unique=True)
    happened: Mapped[str] = mapped_column(Text)
    impact: Mapped[str] = mapped_column(Text)
    cause: Mapped[str] = mapped_column(Text)
    actions: Mapped[str] = mapped_column(Text)
    prevention: Mapped[str] = mapped_column(Text)
    written_by: Mapped[str] = mapped_column(String(50), default="")
