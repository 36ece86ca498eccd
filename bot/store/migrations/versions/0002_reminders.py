"""User data: reminder subscriptions, server announcement settings, deliveries.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "conference_id",
            sa.Integer,
            sa.ForeignKey("conferences.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("user_id", sa.BigInteger, nullable=False),
        sa.Column("guild_id", sa.BigInteger),
        sa.Column("channel_id", sa.BigInteger),
        sa.Column("target_type", sa.String(16), nullable=False),
        sa.Column("target_ref", sa.String(200), nullable=False),
        sa.Column("lead_minutes", sa.Integer, nullable=False),
        sa.Column("via", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint(
            "conference_id", "user_id", "target_type", "target_ref", "via", "channel_id"
        ),
    )
    op.create_index("ix_subscriptions_user", "subscriptions", ["user_id"])
    op.create_table(
        "guild_settings",
        sa.Column("guild_id", sa.BigInteger, primary_key=True),
        sa.Column(
            "conference_id",
            sa.Integer,
            sa.ForeignKey("conferences.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("channel_id", sa.BigInteger, nullable=False),
        sa.Column("role_id", sa.BigInteger),
        sa.Column("lead_minutes", sa.Integer, nullable=False),
        sa.Column("kinds", sa.JSON, nullable=False),
        sa.Column("enabled", sa.Boolean, nullable=False),
        sa.Column("disabled_reason", sa.String(300)),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("recipient", sa.String(100), nullable=False),
        sa.Column(
            "subscription_id",
            sa.Integer,
            sa.ForeignKey("subscriptions.id", ondelete="SET NULL"),
        ),
        sa.Column("guild_id", sa.BigInteger),
        sa.Column("user_id", sa.BigInteger),
        sa.Column("channel_id", sa.BigInteger),
        sa.Column(
            "session_id",
            sa.Integer,
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("lead_minutes", sa.Integer, nullable=False),
        sa.Column("due_at", sa.DateTime, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("claimed_at", sa.DateTime),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("reason", sa.String(300)),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.UniqueConstraint("recipient", "session_id", "lead_minutes"),
    )
    op.create_index("ix_deliveries_state_due", "deliveries", ["state", "due_at"])


def downgrade() -> None:
    op.drop_table("deliveries")
    op.drop_table("guild_settings")
    op.drop_table("subscriptions")
