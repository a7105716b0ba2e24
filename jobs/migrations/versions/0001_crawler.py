"""crawler tables: articles and pages

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from crawler.store import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.String(2048), nullable=False, unique=True),
        sa.Column("source", sa.String(200)),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("description", sa.Text),
        sa.Column("published", UTCDateTime()),
        sa.Column("authors", sa.JSON, nullable=False),
        sa.Column("site_name", sa.String(300)),
        sa.Column("language", sa.String(16)),
        sa.Column("fetched_url", sa.String(2048)),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("fetched_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "pages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.String(2048), nullable=False, unique=True),
        sa.Column("source", sa.String(200)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("http_status", sa.Integer),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL")),
        sa.Column("first_seen", UTCDateTime(), nullable=False),
        sa.Column("last_fetched", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_pages_article_id", "pages", ["article_id"])


def downgrade() -> None:
    op.drop_table("pages")
    op.drop_table("articles")
