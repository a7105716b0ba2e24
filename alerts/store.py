"""The alerts package's tables: analyses, deals, events and the alert outbox.

- `analyses`: one row per article analysed (with the content hash and rules version it was
  analysed with), written in the same transaction as its deals, events and alerts, so an article
  is either fully analysed or not at all and a crash means it is simply redone.
- `deals`: what detection found in an article (the Deal as JSON plus the columns queries need).
- `events`: one real-world deal, reported by one or more articles (`event_articles`).
- `alerts`: the outbox. One row per (event revision or operational message) × channel, written
  before anything is sent; `UNIQUE(channel, dedup_key)` makes enqueuing idempotent.
- `health_issues`: open pipeline troubles, so one trouble is alerted once, not every run.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from crawler.store import Base, utcnow

# Outbox statuses. pending → sending (claimed) → sent; failed after max attempts.
PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"


class AnalysisRow(Base):
    __tablename__ = "analyses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    rules_version: Mapped[str] = mapped_column(String(64))
    analysed_at: Mapped[datetime] = mapped_column(default=utcnow)
    deals: Mapped[int] = mapped_column(Integer, default=0)
    minhash: Mapped[list | None] = mapped_column(JSON)     # MinHash signature of the text


class DealRow(Base):
    __tablename__ = "deals"
    __table_args__ = (
        Index("ix_deals_article_id", "article_id"),
        Index("ix_deals_event_id", "event_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    content_hash: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kinds: Mapped[list] = mapped_column(JSON)
    target: Mapped[str | None] = mapped_column(String(300))
    counterparties: Mapped[list] = mapped_column(JSON)
    amount_eur: Mapped[float | None] = mapped_column(Float)
    score: Mapped[float] = mapped_column(Float)
    data: Mapped[dict] = mapped_column(JSON)                # Deal.to_json()
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_last_published", "last_published"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target: Mapped[str | None] = mapped_column(String(300))
    kinds: Mapped[list] = mapped_column(JSON)
    counterparties: Mapped[list] = mapped_column(JSON)
    amount: Mapped[dict | None] = mapped_column(JSON)       # headline Amount.to_json() (+ "eur")
    amount_eur: Mapped[float | None] = mapped_column(Float)
    amounts_eur: Mapped[list] = mapped_column(JSON)         # every amount seen, in EUR
    score: Mapped[float] = mapped_column(Float, default=0.0)
    revision: Mapped[int] = mapped_column(Integer, default=0)   # +1 on each material update
    first_published: Mapped[datetime] = mapped_column()
    last_published: Mapped[datetime] = mapped_column()      # the matching window looks at this
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class EventArticleRow(Base):
    __tablename__ = "event_articles"
    __table_args__ = (
        UniqueConstraint("event_id", "article_id", name="uq_event_articles_event_article"),
        Index("ix_event_articles_article_id", "article_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"))
    relation: Mapped[str] = mapped_column(String(16))       # first | same | update | duplicate
    similarity: Mapped[float | None] = mapped_column(Float)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class AlertRow(Base):
    __tablename__ = "alerts"
    __table_args__ = (
        UniqueConstraint("channel", "dedup_key", name="uq_alerts_channel_dedup_key"),
        Index("ix_alerts_status_next_attempt_at", "status", "next_attempt_at"),
        Index("ix_alerts_event_id", "event_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))           # event | update | operational | digest
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    revision: Mapped[int] = mapped_column(Integer, default=0)
    channel: Mapped[str] = mapped_column(String(200))       # Channel.key, or "terminal"
    dedup_key: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), default=PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column()
    claimed_at: Mapped[datetime | None] = mapped_column()
    sent_at: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[dict] = mapped_column(JSON)             # {"title", "body", "format", "facts"}
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class HealthIssueRow(Base):
    __tablename__ = "health_issues"
    __table_args__ = (Index("ix_health_issues_source_problem", "source", "problem"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(200))
    problem: Mapped[str] = mapped_column(String(32))        # no_articles | extraction_failures
    detail: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column()
