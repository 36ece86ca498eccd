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

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.text import words
from bot.store.dialect import on_postgres
from bot.store.models import Paper

MIN_TYPO_WORD = 4
"""Shorter words are not typo-corrected: too many near neighbours to guess well."""
CONFERENCE_SHIFT = 40
"""Paper ids below 2**40 and conference ids below 2**23 fit a rowid (a signed 64-bit integer)."""
_PAPER_MASK = (1 << CONFERENCE_SHIFT) - 1
PG_COLUMNS = ("rowid", "title", "aliases", "authors", "topics", "summary", "abstract")
BULK_INDEX_ROWS = 5_000
"""From this many index rows on, FTS5 merges its segments once after the insert instead of as
it goes (its `automerge`, 4 by default): a tenth less work at 100,000 papers, and the index
ends as one segment, the quickest to search."""
FTS_AUTOMERGE = 4
ABSTRACT_READ_IDS = 5_000
"""Paper ids per statement reading stored abstracts: well under SQLite's 32,766 parameters."""
PG_WEIGHTS = {
    "title": "A",
    "aliases": "A",
    "authors": "B",
    "topics": "C",
    "summary": "D",
    "abstract": "D",
}
"""PostgreSQL's stand-in for FTS5's column weights (see RANK_WEIGHTS in bot/papers/persistence): it
has four, so the authors' abstracts share the lowest with the summaries."""
PG_DOCUMENT = " || ".join(
    f"setweight(to_tsvector('confbot', :{column}_words), '{weight}')"
    for column, weight in PG_WEIGHTS.items()
)


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
    abstract: str = ""
    """The authors' abstract and TL;DR; left empty, `replace_papers` keeps what the papers
    table holds, so a re-seed that rebuilds a paper's row from its data file never drops it."""

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


def _pg_row(row: tuple[int, str, str, str, str, str, str]) -> dict[str, object]:
    """A row's text as FTS5 keeps it, and each column's words as the FTS5 tokenizer would cut
    them (accents dropped, lower case) for the tsvector, so both stores match the same typed
    words."""
    values: dict[str, object] = dict(zip(PG_COLUMNS, row, strict=True))
    for column, value in zip(PG_COLUMNS[1:], row[1:], strict=True):
        values[f"{column}_words"] = " ".join(words(value))
    return values


async def replace_papers(
    db: AsyncSession, papers: Sequence[IndexedPaper], *, fresh: bool = False
) -> None:
    """Insert or refresh these papers' index rows; `fresh` papers were never indexed, so
    there is nothing to delete first. Plain driver executemany on SQLite: at 100,000 papers
    SQLAlchemy's per-row statement work cost as much as the index itself."""
    rowids = [index_rowid(paper.conference_id, paper.paper_id) for paper in papers]
    stored = {} if fresh else await _stored_abstracts(db, papers)
    if not fresh:
        await _delete(db, rowids)
    rows = [
        (
            rowid,
            paper.title,
            paper.aliases,
            paper.authors,
            paper.topics,
            paper.summary,
            paper.abstract or stored.get(paper.paper_id, ""),
        )
        for paper, rowid in zip(papers, rowids, strict=True)
    ]
    if not rows:
        return
    if on_postgres(db):
        await db.execute(
            text(
                "INSERT INTO paper_search(rowid, title, aliases, authors, topics, summary, "
                "abstract, document) VALUES (:rowid, :title, :aliases, :authors, :topics, "
                f":summary, :abstract, {PG_DOCUMENT})"
            ),
            [_pg_row(row) for row in rows],
        )
        return
    connection = await db.connection()
    bulk = len(rows) >= BULK_INDEX_ROWS
    if bulk:
        await connection.exec_driver_sql(_FTS_SETTING, ("automerge", 0))
    await connection.exec_driver_sql(
        "INSERT INTO paper_search(rowid, title, aliases, authors, topics, summary, abstract) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    if bulk:
        await connection.exec_driver_sql(
            "INSERT INTO paper_search(paper_search) VALUES ('optimize')"
        )
        await connection.exec_driver_sql(_FTS_SETTING, ("automerge", FTS_AUTOMERGE))


_FTS_SETTING = "INSERT INTO paper_search(paper_search, rank) VALUES (?, ?)"


def abstract_words(abstract: str, tldr: str) -> str:
    """What the index holds of a paper's abstract: the abstract and the TL;DR, one text."""
    return f"{abstract} {tldr}".strip()


async def _stored_abstracts(db: AsyncSession, papers: Sequence[IndexedPaper]) -> dict[int, str]:
    """The abstracts the papers table holds for those of `papers` given without one."""
    wanted = [paper.paper_id for paper in papers if not paper.abstract]
    stored: dict[int, str] = {}
    for start in range(0, len(wanted), ABSTRACT_READ_IDS):
        found = await db.execute(
            select(Paper.id, Paper.abstract, Paper.tldr).where(
                Paper.id.in_(wanted[start : start + ABSTRACT_READ_IDS]),
                (Paper.abstract != "") | (Paper.tldr != ""),
            )
        )
        stored |= {paper_id: abstract_words(abstract, tldr) for paper_id, abstract, tldr in found}
    return stored


async def remove_papers(db: AsyncSession, conference_id: int, paper_ids: Iterable[int]) -> None:
    """Drop these papers of a conference from the index (retired or about to be re-indexed)."""
    await _delete(db, [index_rowid(conference_id, paper_id) for paper_id in paper_ids])


def word_counts(papers: Iterable[IndexedPaper]) -> Counter[str]:
    """How many of these papers hold each dictionary word."""
    counts: Counter[str] = Counter()
    for paper in papers:
        counts.update(paper.dictionary_words())
    return counts


async def _indexed_word_counts(db: AsyncSession, conference_id: int) -> Counter[str]:
    """The dictionary's counts over the conference's papers as the index holds them."""
    rows = await db.execute(
        text(
            "SELECT rowid, title, aliases, authors, topics FROM paper_search "
            "WHERE rowid BETWEEN :low AND :high"
        ),
        conference_rowids(conference_id),
    )
    return word_counts(
        IndexedPaper(paper_id_of(rowid), conference_id, title, aliases, authors, topics, "")
        for rowid, title, aliases, authors, topics in rows
    )


async def index_whole_conference(
    db: AsyncSession, conference_id: int, papers: Sequence[IndexedPaper]
) -> None:
    """Index papers never indexed that are every live paper of their conference, with its
    dictionary counted from `papers`, where reading the index back to count took a second
    more at 100,000 papers. Counting in a thread while the database builds the index was
    slower still: the insert takes the GIL back for every row it binds."""
    counts = word_counts(papers)
    await replace_papers(db, papers, fresh=True)
    await rebuild_dictionary(db, conference_id, counts)


async def rebuild_dictionary(
    db: AsyncSession, conference_id: int, counts: Counter[str] | None = None
) -> int:
    """Recompute a conference's typo dictionary from its indexed papers (or from `counts`,
    already taken over all of them); returns its number of words. On SQLite the trigram table
    holds the words of every conference once: corrections keep those of one conference by
    joining its dictionary."""
    if counts is None:
        counts = await _indexed_word_counts(db, conference_id)
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
