"""Several dispatchers on one store: a lease per process, and who holds each claim.

The single "reminders" lease becomes one row per dispatcher process, with its crew (live or
rehearsal): on PostgreSQL several processes of one crew send side by side, each claim naming
its holder, so the claims of a process that died are taken over while those of live ones are
left alone. SQLite keeps one sender per file.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table("dispatcher_lease")
    op.create_table(
        "dispatcher_leases",
        sa.Column("holder", sa.Text, primary_key=True),
        sa.Column("crew", sa.Text, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        sa.Column("heartbeat_at", sa.DateTime, nullable=False),
    )
    op.add_column("deliveries", sa.Column("claimed_by", sa.Text, nullable=True))
    op.add_column("change_notices", sa.Column("claimed_by", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change_notices") as batch:
        batch.drop_column("claimed_by")
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("claimed_by")
    op.drop_table("dispatcher_leases")
    op.create_table(
        "dispatcher_lease",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("holder", sa.Text, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        sa.Column("heartbeat_at", sa.DateTime, nullable=False),
    )
