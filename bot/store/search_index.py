"""Keeps the full-text index and the typo dictionary in step with the papers table.

The index's rowid is the paper id with the conference id above it (CONFERENCE_SHIFT), so each
conference's papers are one rowid range that FTS5 bounds its walk over the postings with, before
ranking and LIMIT. A conference token in a column would filter too, but as one more phrase of
the MATCH, and bm25 weighs every phrase by reading all its postings: every paper of the
conference, some 11 ms more per search at 95k papers, where a range costs nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.text import words
from bot.store.dialect import on_postgres

MIN_TYPO_WORD = 4
"""Shorter words are not typo-corrected: too many near neighbours to guess well."""
CONFERENCE_SHIFT = 40
"""Paper ids below 2**40 and conference ids below 2**23 fit a rowid (a signed 64-bit integer)."""
_PAPER_MASK = (1 << CONFERENCE_SHIFT) - 1
PG_COLUMNS = ("rowid", "title", "aliases", "authors", "topics", "summary")


def index_rowid(conference_id: int, paper_id: int) -> int:
    """The index rowid of a paper; a paper id too big to encode would collide, so is refused."""
    if not 0 < paper_id <= _PAPER_MASK:
        raise ValueError(f"paper id {paper_id} does not fit the search index")
    return conference_id << CONFERENCE_SHIFT | paper_id


def paper_id_of(rowid: int) -> int:
    return rowid & _PAPER_MASK


def conference_rowids(conference_id: int) -> dict[str, int]:
    """The bounds of a conference's rowids, as the parameters `low` and `high`."""
    low = conference_id << CONFERENCE_SHIFT
    return {"low": low, "high": low | _PAPER_MASK}


@dataclass(frozen=True)
class IndexedPaper:
    """What the index holds for one paper: the ids its rowid is made of, then the columns of
    `paper_search` in their order."""

    paper_id: int
    conference_id: int
    title: str
    aliases: str
    authors: str
    topics: str
    summary: str

    def dictionary_words(self) -> set[str]:
        """Words worth correcting towards: titles, aliases, names and topics, not summaries."""
        return set(words(f"{self.title} {self.aliases} {self.authors} {self.topics}"))


async def _delete(db: AsyncSession, rowids: Iterable[int]) -> None:
    found = list(rowids)
    if not found:
        return
    if on_postgres(db):
        await db.execute(
            text("DELETE FROM paper_search WHERE rowid = ANY(:rowids)"), {"rowids": found}
        )
        return
    connection = await db.connection()
    await connection.exec_driver_sql(
        "DELETE FROM paper_search WHERE rowid = ?", [(rowid,) for rowid in found]
    )


def _folded(column: str) -> str:
    """A column as PostgreSQL indexes it: the words the FTS5 tokenizer would cut (accents
    dropped, lower case), so both stores match the same typed words."""
    return " ".join(words(column))


async def replace_papers(
    db: AsyncSession, papers: Sequence[IndexedPaper], *, fresh: bool = False
) -> None:
    """Insert or refresh these papers' index rows; `fresh` papers were never indexed, so
    there is nothing to delete first. Plain driver executemany on SQLite: at 100,000 papers
    SQLAlchemy's per-row statement work cost as much as the index itself."""
    rowids = [index_rowid(paper.conference_id, paper.paper_id) for paper in papers]
    if not fresh:
        await _delete(db, rowids)
    rows = [
        (rowid, paper.title, paper.aliases, paper.authors, paper.topics, paper.summary)
        for paper, rowid in zip(papers, rowids, strict=True)
    ]
    if not rows:
        return
    if on_postgres(db):
        await db.execute(
            text(
                "INSERT INTO paper_search(rowid, title, aliases, authors, topics, summary) "
                "VALUES (:rowid, :title, :aliases, :authors, :topics, :summary)"
            ),
            [dict(zip(PG_COLUMNS, (row[0], *map(_folded, row[1:])), strict=True)) for row in rows],
        )
        return
    connection = await db.connection()
    await connection.exec_driver_sql(
        "INSERT INTO paper_search(rowid, title, aliases, authors, topics, summary) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


async def remove_papers(db: AsyncSession, conference_id: int, paper_ids: Iterable[int]) -> None:
    """Drop these papers of a conference from the index (retired or about to be re-indexed)."""
    await _delete(db, [index_rowid(conference_id, paper_id) for paper_id in paper_ids])


async def _word_counts(db: AsyncSession, conference_id: int) -> Counter[str]:
    """How many of the conference's indexed papers hold each dictionary word."""
    rows = await db.execute(
        text(
            "SELECT rowid, title, aliases, authors, topics FROM paper_search "
            "WHERE rowid BETWEEN :low AND :high"
        ),
        conference_rowids(conference_id),
    )
    counts: Counter[str] = Counter()
    for rowid, title, aliases, authors, topics in rows:
        paper = IndexedPaper(paper_id_of(rowid), conference_id, title, aliases, authors, topics, "")
        counts.update(paper.dictionary_words())
    return counts


async def rebuild_dictionary(db: AsyncSession, conference_id: int) -> int:
    """Recompute a conference's typo dictionary from its indexed papers; returns its number of
    words. On SQLite the trigram table holds the words of every conference once: corrections
    keep those of one conference by joining its dictionary."""
    counts = await _word_counts(db, conference_id)
    await db.execute(
        text("DELETE FROM search_words WHERE conference_id = :conference"),
        {"conference": conference_id},
    )
    entries = [
        {"conference": conference_id, "word": word, "docs": docs} for word, docs in counts.items()
    ]
    if entries:
        await db.execute(
            text(
                "INSERT INTO search_words(word, conference_id, docs) "
                "VALUES (:word, :conference, :docs)"
            ),
            entries,
        )
    if on_postgres(db):
        return len(entries)  # pg_trgm indexes search_words itself
    await db.execute(text("DELETE FROM search_words_trigram"))
    await db.execute(
        text(
            "INSERT INTO search_words_trigram(word) SELECT DISTINCT word FROM search_words "
            "WHERE length(word) >= :shortest"
        ),
        {"shortest": MIN_TYPO_WORD},
    )
    return len(entries)
