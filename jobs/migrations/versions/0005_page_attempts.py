"""crawler table pages: attempts (fetches in a row without an article, for limited retries)

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

# Pages settled as "skipped" for a reason that may pass (crawler.store.RETRY_REASONS, as of this
# revision): before 0005 they were never fetched again; now they get their retries.
_RETRY_REASONS = ("truncated page", "empty response", "extraction failed", "empty body")
_PAGES = sa.table("pages", sa.column("status", sa.String), sa.column("reason", sa.Text))

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("attempts", sa.Integer, nullable=False, server_default="0"))
    op.execute(_PAGES.update().where(_PAGES.c.status == "skipped", _PAGES.c.reason.in_(_RETRY_REASONS))
               .values(status="retry"))


def downgrade() -> None:
    op.execute(_PAGES.update().where(_PAGES.c.status == "retry").values(status="skipped"))
    with op.batch_alter_table("pages") as batch:
        batch.drop_column("attempts")
