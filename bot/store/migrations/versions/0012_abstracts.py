"""The authors' abstracts and TL;DRs (`confbot enrich`), and a column for them in the index.

The papers table gains the text, where it was read and when OpenReview was last asked. The
search index gains an `abstract` column of the lowest weight: FTS5 cannot add a column, so the
SQLite index is made again, empty, and the store fills it from the papers when it opens (as
after 0003); PostgreSQL's table gains the column, and its tsvector the words as papers are
enriched.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"
COLUMNS = ("title", "aliases", "authors", "topics", "summary")


def _on_postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _create_index(name: str, columns: tuple[str, ...]) -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE {name} USING fts5({', '.join(columns)}, "
        f"tokenize = '{FTS_TOKENIZER}')"
    )


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): rebuilding papers would cascade-delete its links.
    op.add_column("papers", sa.Column("abstract", sa.Text, nullable=False, server_default=""))
    op.add_column("papers", sa.Column("tldr", sa.Text, nullable=False, server_default=""))
    op.add_column("papers", sa.Column("abstract_source", sa.String(500)))
    op.add_column("papers", sa.Column("abstract_checked_at", sa.DateTime))
    if _on_postgres():
        op.execute("ALTER TABLE paper_search ADD COLUMN abstract TEXT NOT NULL DEFAULT ''")
        return
    op.execute("DROP TABLE paper_search")
    _create_index("paper_search", (*COLUMNS, "abstract"))


def downgrade() -> None:
    # The index keeps its rows without their abstracts. On PostgreSQL the tsvector of an
    # enriched paper keeps its abstract's words until that paper is indexed again.
    if _on_postgres():
        op.execute("ALTER TABLE paper_search DROP COLUMN abstract")
    else:
        _create_index("paper_search_0010", COLUMNS)
        op.execute(
            f"INSERT INTO paper_search_0010(rowid, {', '.join(COLUMNS)}) "
            f"SELECT rowid, {', '.join(COLUMNS)} FROM paper_search"
        )
        op.execute("DROP TABLE paper_search")
        op.execute("ALTER TABLE paper_search_0010 RENAME TO paper_search")
    with op.batch_alter_table("papers") as batch:
        for column in ("abstract_checked_at", "abstract_source", "tldr", "abstract"):
            batch.drop_column(column)
