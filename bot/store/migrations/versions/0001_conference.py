"""The conference: rooms, topics, sessions, papers, their links and the search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"
PG_CONFIG = "confbot"
PG_STEMMER = "confbot_english_stem"
PG_STEMMED_TOKENS = ("asciiword", "word", "numword", "asciihword", "hword", "hword_asciipart")


def _conference_fk() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        "conference_id",
        sa.Integer,
        sa.ForeignKey("conferences.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "conferences",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("slug", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("full_name", sa.String(300), nullable=False),
        sa.Column("edition", sa.Integer),
        sa.Column("start_date", sa.Date, nullable=False),
        sa.Column("end_date", sa.Date, nullable=False),
        sa.Column("city", sa.String(200), nullable=False),
        sa.Column("venue", sa.String(200), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("website", sa.String(500)),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("details", sa.JSON, nullable=False),
    )
    op.create_table(
        "rooms",
        sa.Column("id", sa.Integer, primary_key=True),
        _conference_fk(),
        sa.Column("slug", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("purpose", sa.Text, nullable=False),
        sa.UniqueConstraint("conference_id", "slug"),
    )
    op.create_table(
        "topics",
        sa.Column("id", sa.Integer, primary_key=True),
        _conference_fk(),
        sa.Column("slug", sa.String(120), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.UniqueConstraint("conference_id", "slug"),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        _conference_fk(),
        sa.Column("slug", sa.String(120), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("starts_at", sa.DateTime),
        sa.Column("ends_at", sa.DateTime),
        sa.Column("timing", sa.String(16), nullable=False),
        sa.Column("room_id", sa.Integer, sa.ForeignKey("rooms.id", ondelete="SET NULL")),
        sa.Column("talk_title", sa.String(300)),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("url", sa.String(500)),
        sa.Column("people", sa.JSON, nullable=False),
        sa.Column("retired", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.UniqueConstraint("conference_id", "slug"),
    )
    op.create_index("ix_sessions_conference_start", "sessions", ["conference_id", "starts_at"])
    op.create_table(
        "papers",
        sa.Column("id", sa.Integer, primary_key=True),
        _conference_fk(),
        sa.Column("slug", sa.String(120), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("authors", sa.JSON, nullable=False),
        sa.Column("openreview_id", sa.String(64)),
        sa.Column("arxiv_id", sa.String(32)),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("award", sa.String(200)),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("day", sa.Date),
        sa.Column("placement", sa.String(16), nullable=False),
        sa.Column("poster_board", sa.String(100)),
        sa.Column("code_url", sa.String(500)),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("retired", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.UniqueConstraint("conference_id", "slug"),
    )
    for name, left, right in (
        ("session_topics", "session_id", "topic_id"),
        ("paper_topics", "paper_id", "topic_id"),
        ("paper_sessions", "paper_id", "session_id"),
    ):
        op.create_table(
            name,
            sa.Column(
                left,
                sa.Integer,
                sa.ForeignKey(f"{left.removesuffix('_id')}s.id", ondelete="CASCADE"),
                primary_key=True,
            ),
            sa.Column(
                right,
                sa.Integer,
                sa.ForeignKey(f"{right.removesuffix('_id')}s.id", ondelete="CASCADE"),
                primary_key=True,
            ),
        )
    op.create_index("ix_paper_sessions_session", "paper_sessions", ["session_id"])
    op.create_index("ix_session_topics_topic", "session_topics", ["topic_id"])
    op.create_index("ix_paper_topics_topic", "paper_topics", ["topic_id"])
    if op.get_bind().dialect.name == "postgresql":
        _create_pg_search()
        return
    # Full-text index over papers; rowid is papers.id. Kept in sync by the seed.
    op.execute(
        "CREATE VIRTUAL TABLE paper_search USING fts5("
        "title, aliases, authors, topics, summary, "
        f"tokenize = '{FTS_TOKENIZER}')"
    )
    # Typo tolerance: the words of the index, and a trigram index over them to find near misses.
    op.execute(
        "CREATE TABLE search_words (word TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID"
    )
    op.execute("CREATE VIRTUAL TABLE search_words_trigram USING fts5(word, tokenize = 'trigram')")


def _create_pg_search() -> None:
    """The same index on PostgreSQL: a table of the papers' text, as FTS5's columns hold it,
    beside a weighted tsvector of its folded words (bot.store.search_index writes both) that
    stands in for FTS5's column weights, under a GIN index. Its text search configuration stems
    English words as porter does and, as FTS5, drops no stop word. The dictionary's near misses
    come from pg_trgm."""
    op.execute(
        f"CREATE TEXT SEARCH DICTIONARY {PG_STEMMER} (TEMPLATE = snowball, Language = english)"
    )
    op.execute(f"CREATE TEXT SEARCH CONFIGURATION {PG_CONFIG} (COPY = english)")
    op.execute(
        f"ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG} ALTER MAPPING FOR "
        f"{', '.join(PG_STEMMED_TOKENS)} WITH {PG_STEMMER}"
    )
    op.execute(
        "CREATE TABLE paper_search (rowid BIGINT PRIMARY KEY, title TEXT NOT NULL, "
        "aliases TEXT NOT NULL, authors TEXT NOT NULL, topics TEXT NOT NULL, "
        "summary TEXT NOT NULL, document tsvector NOT NULL)"
    )
    op.execute("CREATE INDEX ix_paper_search_document ON paper_search USING gin (document)")
    op.execute("CREATE TABLE search_words (word TEXT PRIMARY KEY, docs INTEGER NOT NULL)")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if not postgres:
        op.execute("DROP TABLE search_words_trigram")
    op.execute("DROP TABLE search_words")
    op.execute("DROP TABLE paper_search")
    if postgres:
        op.execute(f"DROP TEXT SEARCH CONFIGURATION {PG_CONFIG}")
        op.execute(f"DROP TEXT SEARCH DICTIONARY {PG_STEMMER}")
    for name in ("paper_sessions", "paper_topics", "session_topics", "papers", "sessions"):
        op.drop_table(name)
    for name in ("topics", "rooms", "conferences"):
        op.drop_table(name)
