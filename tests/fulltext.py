"""Asking the search index itself which papers hold some words, in the query language of the
store's backend: what tests hold search's answers against.

On SQLite the words go to FTS5 as typed, so its tokenizer folds them; on PostgreSQL the store
folds typed words before they reach a tsquery, and so does this.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.text import fold
from bot.papers.persistence.search import quote
from bot.papers.persistence.search_pg import COLUMN_WEIGHTS, CONFIG, lexeme
from bot.store.dialect import on_postgres
from bot.store.search_index import paper_id_of

TITLES = "title aliases"


async def indexed_papers(
    db: AsyncSession, terms: Sequence[str], *, prefix: bool = False, titles: bool = False
) -> set[int]:
    """Ids of the papers whose index rows hold every term (the last as a prefix, if asked),
    in their titles and aliases only, if asked."""
    *whole, last = terms
    if on_postgres(db):
        labels = COLUMN_WEIGHTS[TITLES] if titles else ""
        parts = [lexeme(fold(term), labels) for term in whole]
        parts.append(lexeme(fold(last), labels, prefix=prefix))
        statement = f"SELECT rowid FROM paper_search WHERE document @@ to_tsquery('{CONFIG}', :q)"
        query = " & ".join(parts)
    else:
        query = " AND ".join([*map(quote, whole), quote(last) + ("*" if prefix else "")])
        if titles:
            query = f"{{{TITLES}}} : ({query})"
        statement = "SELECT rowid FROM paper_search WHERE paper_search MATCH :q"
    rows = await db.execute(text(statement), {"q": query})
    return {paper_id_of(rowid) for (rowid,) in rows}
