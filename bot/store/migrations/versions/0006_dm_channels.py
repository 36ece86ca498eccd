"""DM channels remembered per user, so a reminder by DM costs one request instead of two.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dm_channels",
        sa.Column("user_id", sa.BigInteger, primary_key=True),
        sa.Column("channel_id", sa.BigInteger, nullable=False),
        sa.Column("opened_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("dm_channels")
