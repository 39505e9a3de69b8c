"""Follow-up visits with the requester's satisfaction, and the engineer's improvement advice."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base, Timestamped
from app.db.types import UTCDateTime


class FollowUp(Timestamped, Base):
    """A 回访 after a fix (or a quarterly satisfaction survey): when, how, whom, the verdict."""

    __tablename__ = "follow_up"
    __table_args__ = (Index("ix_follow_up_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("ticket.id", ondelete="CASCADE"), index=True
    )
    quarter: Mapped[str] = mapped_column(String(6), default="")  # of a survey: 2026Q4
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    way: Mapped[str] = mapped_column(String(20))
    contact: Mapped[str] = mapped_column(String(100))
    satisfaction: Mapped[str | None] = mapped_column(String(20))
    comments: Mapped[str] = mapped_column(Text, default="")
    recurred: Mapped[bool] = mapped_column(Boolean, default=False)
    # A 不满意 opens a complaint note: its reason, then how it was dealt with.
    complaint: Mapped[str] = mapped_column(Text, default="")
    complaint_result: Mapped[str] = mapped_column(Text, default="")
    complaint_closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(50), default="")


class ImprovementAdvice(Timestamped, Base):
    """改进建议 of a monthly report: what, who owns it, by when, and how it stands."""

    __tablename__ = "improvement_advice"
    __table_args__ = (Index("ix_improvement_advice_period", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(7))  # the report month it was written for
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(50))
    deadline: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    status_note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(50), default="")
