"""Keeps the full-text index and the typo dictionary in step with the papers table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.text import words

MIN_TYPO_WORD = 4
"""Shorter words are not typo-corrected: too many near neighbours to guess well."""


@dataclass(frozen=True)
class IndexedPaper:
    """What the index holds for one paper, in the column order of `paper_search`."""

    paper_id: int
    title: str
    aliases: str
    authors: str
    topics: str
    summary: str

    def dictionary_words(self) -> set[str]:
        """Words worth correcting towards: titles, aliases, names and topics, not summaries."""
        return set(words(f"{self.title} {self.aliases} {self.authors} {self.topics}"))


async def replace_papers(db: AsyncSession, papers: Sequence[IndexedPaper]) -> None:
    """Insert or refresh these papers' index rows."""
    await remove_papers(db, [paper.paper_id for paper in papers])
    if papers:
        await db.execute(
            text(
                "INSERT INTO paper_search(rowid, title, aliases, authors, topics, summary) "
                "VALUES (:paper_id, :title, :aliases, :authors, :topics, :summary)"
            ),
            [paper.__dict__ for paper in papers],
        )


async def remove_papers(db: AsyncSession, paper_ids: Iterable[int]) -> None:
    """Drop these papers from the index (retired or about to be re-indexed)."""
    ids = [{"paper_id": paper_id} for paper_id in paper_ids]
    if ids:
        await db.execute(text("DELETE FROM paper_search WHERE rowid = :paper_id"), ids)


async def rebuild_dictionary(db: AsyncSession) -> int:
    """Recompute the typo dictionary from the indexed papers; returns the number of words."""
    rows = await db.execute(text("SELECT rowid, title, aliases, authors, topics FROM paper_search"))
    counts: Counter[str] = Counter()
    for paper_id, title, aliases, authors, topics in rows:
        counts.update(
            IndexedPaper(paper_id, title, aliases, authors, topics, "").dictionary_words()
        )
    await db.execute(text("DELETE FROM search_words"))
    await db.execute(text("DELETE FROM search_words_trigram"))
    entries: list[dict[str, str | int]] = [
        {"word": word, "docs": docs} for word, docs in counts.items()
    ]
    if entries:
        await db.execute(
            text("INSERT INTO search_words(word, docs) VALUES (:word, :docs)"), entries
        )
        long_words = [{"word": word} for word in counts if len(word) >= MIN_TYPO_WORD]
        if long_words:
            await db.execute(
                text("INSERT INTO search_words_trigram(word) VALUES (:word)"), long_words
            )
    return len(entries)
