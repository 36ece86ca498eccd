"""A session's own links beside its page (slides, source code, a project's site), as the
imported schedule lists them, so a question asking for a talk's slides can be told them.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): rebuilding a table that others reference would
    # cascade-delete their rows.
    op.add_column("sessions", sa.Column("links", sa.JSON, nullable=False, server_default="[]"))


def downgrade() -> None:
    op.drop_column("sessions", "links")
