"""runs table

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from crawler.store import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started", UTCDateTime(), nullable=False),
        sa.Column("finished", UTCDateTime()),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("trigger", sa.String(16), nullable=False),
        sa.Column("summary", sa.JSON, nullable=False),
        sa.Column("error", sa.Text),
    )
    op.create_index("ix_runs_started", "runs", ["started"])


def downgrade() -> None:
    op.drop_table("runs")
