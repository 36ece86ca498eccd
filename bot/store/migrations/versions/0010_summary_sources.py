"""Where each paper summary's facts came from: the page it was written from, shown with it.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("papers", sa.Column("summary_source", sa.String(500)))


def downgrade() -> None:
    with op.batch_alter_table("papers") as batch:
        batch.drop_column("summary_source")
