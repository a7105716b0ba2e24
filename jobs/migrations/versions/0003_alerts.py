"""alerts tables: analyses, deals, events, event_articles, alerts (outbox), health_issues

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from crawler.store import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "analyses",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("rules_version", sa.String(64), nullable=False),
        sa.Column("analysed_at", UTCDateTime(), nullable=False),
        sa.Column("deals", sa.Integer, nullable=False),
        sa.Column("minhash", sa.JSON),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("target", sa.String(300)),
        sa.Column("kinds", sa.JSON, nullable=False),
        sa.Column("counterparties", sa.JSON, nullable=False),
        sa.Column("amount", sa.JSON),
        sa.Column("amount_eur", sa.Float),
        sa.Column("amounts_eur", sa.JSON, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("first_published", UTCDateTime(), nullable=False),
        sa.Column("last_published", UTCDateTime(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_events_last_published", "events", ["last_published"])
    op.create_table(
        "deals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kinds", sa.JSON, nullable=False),
        sa.Column("target", sa.String(300)),
        sa.Column("counterparties", sa.JSON, nullable=False),
        sa.Column("amount_eur", sa.Float),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="SET NULL")),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_deals_article_id", "deals", ["article_id"])
    op.create_index("ix_deals_event_id", "deals", ["event_id"])
    op.create_table(
        "event_articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("deal_id", sa.Integer, sa.ForeignKey("deals.id", ondelete="SET NULL")),
        sa.Column("relation", sa.String(16), nullable=False),
        sa.Column("similarity", sa.Float),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("event_id", "article_id", name="uq_event_articles_event_article"),
    )
    op.create_index("ix_event_articles_article_id", "event_articles", ["article_id"])
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="SET NULL")),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("channel", sa.String(200), nullable=False),
        sa.Column("dedup_key", sa.String(300), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", UTCDateTime()),
        sa.Column("claimed_at", UTCDateTime()),
        sa.Column("sent_at", UTCDateTime()),
        sa.Column("last_error", sa.Text),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("channel", "dedup_key", name="uq_alerts_channel_dedup_key"),
    )
    op.create_index("ix_alerts_status_next_attempt_at", "alerts", ["status", "next_attempt_at"])
    op.create_index("ix_alerts_event_id", "alerts", ["event_id"])
    op.create_table(
        "health_issues",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("problem", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("opened_at", UTCDateTime(), nullable=False),
        sa.Column("resolved_at", UTCDateTime()),
    )
    op.create_index("ix_health_issues_source_problem", "health_issues", ["source", "problem"])


def downgrade() -> None:
    op.drop_table("health_issues")
    op.drop_table("alerts")
    op.drop_table("event_articles")
    op.drop_table("deals")
    op.drop_table("events")
    op.drop_table("analyses")
