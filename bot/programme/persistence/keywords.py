"""Papers by the keywords their authors gave (paper lists carry them): what `/topic` falls back
on when no topic of the conference's glossary is named."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import PaperRef
from bot.domain.text import fold
from bot.store.asks import Ask, Rows
from bot.store.convert import PAPER_REF_COLUMNS

LIMIT = 50
KEYWORDS = {
    "sqlite": "json_each(p.keywords) AS k",
    "postgresql": "jsonb_array_elements_text(p.keywords) AS k(value)",
}
"""The items of a paper's keywords (a JSON array) as rows with a `value` column."""


def _statement(dialect: str) -> str:
    return (
        f"SELECT {PAPER_REF_COLUMNS} FROM papers AS p "
        "WHERE p.conference_id = :conference AND NOT p.retired AND p.keywords != '[]' "
        f"AND EXISTS (SELECT 1 FROM {KEYWORDS[dialect]} WHERE lower(k.value) = :phrase) "
        "ORDER BY p.title LIMIT :limit"
    )


@dataclass(frozen=True)
class PapersWithKeyword(Ask[list[PaperRef]]):
    """Live papers with `phrase` among their keywords (case and accents aside), by title."""

    conference_id: int
    phrase: str
    limit: int = LIMIT

    def _params(self) -> dict[str, Any]:
        return {
            "conference": self.conference_id,
            "phrase": fold(self.phrase.strip()),
            "limit": self.limit,
        }

    def on_sqlite(self, rows: Rows) -> list[PaperRef]:
        return [PaperRef(*row) for row in rows(_statement("sqlite"), self._params())]

    async def on_postgres(self, db: AsyncSession) -> list[PaperRef]:
        found = await db.execute(text(_statement("postgresql")), self._params())
        return [PaperRef(*row) for row in found]
