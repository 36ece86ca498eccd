"""Search by conference: the index rowid carries the conference, the dictionary is per conference.

The index rowid becomes conference id << 40 | paper id, so that every search can keep to one
conference's rowid range, and `search_words` gets a row per conference and word. The upgrade
leaves both empty: the store fills them from the papers when it opens (bot.store.seed), with the
rules the seed indexes by. `search_words_trigram` keeps its meaning (each dictionary word of four
letters or more, once) and its rows.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"
CONFERENCE_SHIFT = 40
PAPER_MASK = (1 << CONFERENCE_SHIFT) - 1


def _create_paper_search(name: str) -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE {name} USING fts5("
        "title, aliases, authors, topics, summary, "
        f"tokenize = '{FTS_TOKENIZER}')"
    )


def _on_postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _on_postgres():
        op.execute("DELETE FROM paper_search")
        op.execute("DROP TABLE search_words")
        op.execute(
            "CREATE TABLE search_words (word TEXT NOT NULL, "
            "conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE, "
            "docs INTEGER NOT NULL, PRIMARY KEY (word, conference_id))"
        )
        op.execute(
            "CREATE INDEX ix_search_words_trigram ON search_words USING gin (word gin_trgm_ops)"
        )
        return
    op.execute("DROP TABLE paper_search")
    _create_paper_search("paper_search")
    op.execute("DROP TABLE search_words")
    # Word first: the cost bounds of search sum a word's count over every conference.
    op.execute(
        "CREATE TABLE search_words ("
        "word TEXT NOT NULL, "
        "conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE, "
        "docs INTEGER NOT NULL, "
        "PRIMARY KEY (word, conference_id)) WITHOUT ROWID"
    )


def downgrade() -> None:
    if _on_postgres():
        op.execute(f"UPDATE paper_search SET rowid = rowid & {PAPER_MASK}")
        op.execute("CREATE TABLE search_words_0002 (word TEXT PRIMARY KEY, docs INTEGER NOT NULL)")
    else:
        _create_paper_search("paper_search_0002")
        op.execute(
            "INSERT INTO paper_search_0002(rowid, title, aliases, authors, topics, summary) "
            f"SELECT rowid & {PAPER_MASK}, title, aliases, authors, topics, summary "
            "FROM paper_search"
        )
        op.execute("DROP TABLE paper_search")
        op.execute("ALTER TABLE paper_search_0002 RENAME TO paper_search")
        op.execute(
            "CREATE TABLE search_words_0002 (word TEXT PRIMARY KEY, docs INTEGER NOT NULL) "
            "WITHOUT ROWID"
        )
    op.execute(
        "INSERT INTO search_words_0002(word, docs) "
        "SELECT word, sum(docs) FROM search_words GROUP BY word"
    )
    op.execute("DROP TABLE search_words")
    op.execute("ALTER TABLE search_words_0002 RENAME TO search_words")
