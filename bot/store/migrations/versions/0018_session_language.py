"""The language a session is given in, as the imported schedule names it, so a question for
the talks in German or English can be told them.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): rebuilding a table that others reference would
    # cascade-delete their rows.
    op.add_column("sessions", sa.Column("language", sa.String(16), nullable=True))


def downgrade() -> None:
    op.drop_column("sessions", "language")
