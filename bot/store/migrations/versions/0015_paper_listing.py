"""A conference's live papers in title order, from an index: a topic's first papers are found
by walking it instead of reading and sorting every paper on the topic (thousands of rows at
100,000 papers), and counting a conference's live papers reads the index, not the table.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_papers_live_title", "papers", ["retired", "conference_id", "title"])


def downgrade() -> None:
    op.drop_index("ix_papers_live_title", table_name="papers")
