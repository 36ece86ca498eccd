"""Papers by the keywords their authors gave (paper lists carry them): what `/topic` falls back
on when no topic of the conference's glossary is named."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.text import fold
from bot.store.dialect import on_postgres

LIMIT = 50
KEYWORDS = {
    "sqlite": "json_each(p.keywords) AS k",
    "postgresql": "jsonb_array_elements_text(p.keywords) AS k(value)",
}
"""The items of a paper's keywords (a JSON array) as rows with a `value` column."""


async def papers_with_keyword(
    db: AsyncSession, conference_id: int, phrase: str, limit: int = LIMIT
) -> list[int]:
    """Ids of live papers with `phrase` among their keywords (case and accents aside)."""
    items = KEYWORDS["postgresql" if on_postgres(db) else "sqlite"]
    rows = await db.execute(
        text(
            "SELECT p.id FROM papers AS p "
            "WHERE p.conference_id = :conference AND NOT p.retired AND p.keywords != '[]' "
            f"AND EXISTS (SELECT 1 FROM {items} WHERE lower(k.value) = :phrase) "
            "ORDER BY p.title LIMIT :limit"
        ),
        {"conference": conference_id, "phrase": fold(phrase.strip()), "limit": limit},
    )
    return [paper_id for (paper_id,) in rows]
