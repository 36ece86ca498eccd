"""Live papers in kind-then-title order, from an index: a poster session of thousands of
papers lists its first ones by walking it instead of reading and sorting all of them.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_papers_live_kind_title", "papers", ["retired", "conference_id", "kind", "title"]
    )


def downgrade() -> None:
    op.drop_index("ix_papers_live_kind_title", table_name="papers")
