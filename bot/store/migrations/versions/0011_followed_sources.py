"""Schedule URLs followed by the running bot, with their validators and last outcome.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "followed_sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.String(1000), nullable=False, unique=True),
        sa.Column("slug", sa.String(64)),
        sa.Column("timezone", sa.String(64)),
        sa.Column("interval_seconds", sa.Integer, nullable=False),
        sa.Column("etag", sa.String(500)),
        sa.Column("last_modified", sa.String(100)),
        sa.Column("checked_at", sa.DateTime),
        sa.Column("changed_at", sa.DateTime),
        sa.Column("error", sa.Text),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("next_check_at", sa.DateTime),
    )


def downgrade() -> None:
    op.drop_table("followed_sources")
