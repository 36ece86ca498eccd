"""Any conference: where each came from, richer papers, which conference a server follows, and
the programme changes a re-import finds, with the notices they call for.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): rebuilding a table that others reference would
    # cascade-delete their rows.
    op.add_column(
        "conferences", sa.Column("source", sa.String(1000), nullable=False, server_default="")
    )
    op.add_column("conferences", sa.Column("imported_at", sa.DateTime))
    op.add_column(
        "conferences", sa.Column("revision", sa.Integer, nullable=False, server_default="0")
    )
    op.add_column("papers", sa.Column("affiliations", sa.JSON, nullable=False, server_default="[]"))
    op.add_column("papers", sa.Column("keywords", sa.JSON, nullable=False, server_default="[]"))
    op.add_column("papers", sa.Column("site_url", sa.String(500)))
    op.add_column("papers", sa.Column("starts_at", sa.DateTime))
    op.add_column("papers", sa.Column("ends_at", sa.DateTime))
    op.create_table(
        "guild_conferences",
        sa.Column("guild_id", sa.BigInteger, primary_key=True),
        sa.Column(
            "conference_id",
            sa.Integer,
            sa.ForeignKey("conferences.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "schedule_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "conference_id",
            sa.Integer,
            sa.ForeignKey("conferences.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "session_id",
            sa.Integer,
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("change", sa.String(16), nullable=False),
        sa.Column("before", sa.JSON, nullable=False),
        sa.Column("after", sa.JSON, nullable=False),
        sa.Column("detected_at", sa.DateTime, nullable=False),
    )
    op.create_index(
        "ix_schedule_changes_conference", "schedule_changes", ["conference_id", "detected_at"]
    )
    op.create_table(
        "change_notices",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "change_id",
            sa.Integer,
            sa.ForeignKey("schedule_changes.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("recipient", sa.String(100), nullable=False),
        sa.Column("guild_id", sa.BigInteger),
        sa.Column("user_id", sa.BigInteger),
        sa.Column("channel_id", sa.BigInteger),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("claimed_at", sa.DateTime),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("reason", sa.String(300)),
        sa.UniqueConstraint("change_id", "recipient"),
    )
    op.create_index("ix_change_notices_state", "change_notices", ["state"])


def downgrade() -> None:
    op.drop_table("change_notices")
    op.drop_table("schedule_changes")
    op.drop_table("guild_conferences")
    for column in ("ends_at", "starts_at", "site_url", "keywords", "affiliations"):
        op.drop_column("papers", column)
    for column in ("revision", "imported_at", "source"):
        op.drop_column("conferences", column)
