"""Paper search on PostgreSQL: the statements `search` runs where the store is PostgreSQL.

The index (migration 0001) is a weighted tsvector over the papers' folded words: title and
aliases weigh A, authors B, topics C, summaries D, and `ts_rank` weighs them as FTS5's bm25
weighs its columns (10, 8, 4, 3, 1). The `confbot` text search configuration stems English as
FTS5's porter tokenizer does and, like it, keeps every word (no stop words). An FTS5 column
filter becomes a weight label. Typed words reach SQL only as quoted lexemes of a tsquery, so no
input is syntax. Near misses of a misspelt word come from pg_trgm over the dictionary.

The search strategy (all words, then corrections, then any word) stays in `search`; only what
it asks the database is spelt here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.search_index import MIN_TYPO_WORD, conference_rowids, paper_id_of

CONFIG = "confbot"
RANK_WEIGHTS = "'{0.1, 0.3, 0.4, 1.0}'::float4[]"
"""ts_rank's weights for D, C, B, A: summary and abstract 1, topics 3, authors 4, title and
aliases 10."""
COLUMN_WEIGHTS = {"title aliases": "A", "authors": "B"}
"""FTS5 column filters as tsquery weight labels."""
IN_CONFERENCE = "rowid BETWEEN :low AND :high"


class Group(Protocol):
    """One typed word: any of its options matches; `prefix` reads the first as unfinished."""

    @property
    def options(self) -> tuple[str, ...]: ...

    @property
    def prefix(self) -> bool: ...


def lexeme(word: str, labels: str = "", *, prefix: bool = False) -> str:
    """A tsquery operand that matches `word` as text, whatever it holds."""
    quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
    marks = ("*" if prefix else "") + labels
    return f"{quoted}:{marks}" if marks else quoted


def _expr(group: Group, labels: str) -> str:
    if group.prefix:
        return lexeme(group.options[0], labels, prefix=True)
    options = [lexeme(option, labels) for option in group.options]
    return options[0] if len(options) == 1 else "(" + " | ".join(options) + ")"


async def ranked(
    db: AsyncSession,
    conference_id: int,
    groups: Sequence[Group],
    limit: int,
    *,
    any_group: bool = False,
    column: str | None = None,
) -> list[tuple[int, float]]:
    """(paper id, score) best first, lower scores better as bm25's are.

    ts_rank knows nothing of how rare a word is, so each word's rank is weighed by its inverse
    document frequency in the conference, as bm25 does: in "network pruning" the rare word
    decides, not the word every paper has."""
    labels = COLUMN_WEIGHTS[column] if column else ""
    parts = [_expr(group, labels) for group in groups]
    weights = await _rarity(db, conference_id, parts) if len(parts) > 1 else [1.0]
    if len(parts) == 1:
        score = f"ts_rank({RANK_WEIGHTS}, document, to_tsquery('{CONFIG}', :part0))"
    else:
        score = " + ".join(
            f"{weight!r} * ts_rank({RANK_WEIGHTS}, document, to_tsquery('{CONFIG}', :part{n}))"
            for n, weight in enumerate(weights)
        )
    rows = await db.execute(
        text(
            f"SELECT rowid, -({score}) AS score FROM paper_search "
            f"WHERE document @@ to_tsquery('{CONFIG}', :query) AND {IN_CONFERENCE} "
            "ORDER BY score, rowid LIMIT :limit"
        ),
        {
            **conference_rowids(conference_id),
            **{f"part{n}": part for n, part in enumerate(parts)},
            "query": (" | " if any_group else " & ").join(parts),
            "limit": limit,
        },
    )
    return [(paper_id_of(rowid), float(score)) for rowid, score in rows]


async def _rarity(db: AsyncSession, conference_id: int, parts: Sequence[str]) -> list[float]:
    """bm25's inverse document frequency of each part among the conference's papers."""
    counts = ", ".join(
        f"count(*) FILTER (WHERE document @@ to_tsquery('{CONFIG}', :part{n}))"
        for n in range(len(parts))
    )
    row = (
        await db.execute(
            text(f"SELECT count(*), {counts} FROM paper_search WHERE {IN_CONFERENCE}"),
            {
                **conference_rowids(conference_id),
                **{f"part{n}": part for n, part in enumerate(parts)},
            },
        )
    ).one()
    papers = int(row[0])
    return [math.log((papers - docs + 0.5) / (docs + 0.5) + 1) for docs in row[1:]]


async def known(db: AsyncSession, conference_id: int, candidates: Sequence[str]) -> set[str]:
    """Which candidates are words of the conference's dictionary."""
    rows = await db.execute(
        text(
            "SELECT word FROM search_words WHERE conference_id = :conference AND word = ANY(:words)"
        ),
        {"conference": conference_id, "words": list(candidates)},
    )
    return {word for (word,) in rows}


async def conference_words(db: AsyncSession, conference_id: int) -> list[tuple[str, int]]:
    """The conference's dictionary with its counts."""
    rows = await db.execute(
        text("SELECT word, docs FROM search_words WHERE conference_id = :conference"),
        {"conference": conference_id},
    )
    return [(word, int(docs)) for word, docs in rows]


async def near_words(
    db: AsyncSession, conference_id: int, word: str, limit: int
) -> list[tuple[str, int]]:
    """Dictionary words sharing trigrams with `word`, most alike first, with their counts.
    `%` keeps pg_trgm's default threshold (30% of trigrams shared) and uses its index."""
    rows = await db.execute(
        text(
            "SELECT word, docs FROM search_words "
            "WHERE conference_id = :conference AND length(word) >= :shortest "
            "AND word % :word "
            "ORDER BY similarity(word, :word) DESC, word LIMIT :limit"
        ),
        {
            "conference": conference_id,
            "shortest": MIN_TYPO_WORD,
            "word": word,
            "limit": limit,
        },
    )
    return [(found, int(docs)) for found, docs in rows]


async def by_author(
    db: AsyncSession, conference_id: int, name_words: Sequence[str], limit: int
) -> list[int]:
    """Papers with these words, in this order, among their authors."""
    phrase = " <-> ".join(lexeme(word, COLUMN_WEIGHTS["authors"]) for word in name_words)
    rows = await db.execute(
        text(
            "SELECT rowid FROM paper_search "
            f"WHERE document @@ to_tsquery('{CONFIG}', :phrase) AND {IN_CONFERENCE} "
            "ORDER BY rowid LIMIT :limit"
        ),
        {**conference_rowids(conference_id), "phrase": phrase, "limit": limit},
    )
    return [paper_id_of(rowid) for (rowid,) in rows]
