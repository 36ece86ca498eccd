"""Paper search over the FTS5 index: safe for any input, ranked, and tolerant of typos.

User text never reaches SQL as syntax: it is cut into words the way the index cuts them and each
word is quoted, so `"`, `AND`, `*`, `col:x` or `-x` are just words. Matching tries, in order:
all words; all words with misspellings replaced by near dictionary words; any word.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.errors import EmptyQuery, QueryTooLong
from bot.store.search_index import MIN_TYPO_WORD
from bot.store.text import words

MAX_QUERY_CHARS = 200
MAX_WORDS = 12
WEIGHTS = "10.0, 8.0, 4.0, 3.0, 1.0"
"""bm25 weights per column: title, aliases, authors, topics, summary."""
TYPO_CANDIDATES = 200
STOP_WORDS = frozenset(
    {
        *("a", "an", "and", "are", "about", "by", "for", "from", "in", "is", "it", "me"),
        *("of", "on", "or", "paper", "papers", "tell", "the", "this", "to", "what"),
        *("which", "with", "summarise", "summarize", "summary"),
    }
)


@dataclass(frozen=True)
class Hit:
    paper_id: int
    score: float


def quote(word: str) -> str:
    """An FTS5 string literal: whatever the word holds, it is matched as text."""
    return '"' + word.replace('"', '""') + '"'


def query_words(query: str) -> list[str]:
    """Check and cut a query; stop words go unless nothing else is left."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooLong(MAX_QUERY_CHARS)
    found = words(query)
    if not found:
        raise EmptyQuery()
    meaningful = [word for word in found if word not in STOP_WORDS]
    return (meaningful or found)[:MAX_WORDS]


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (swaps count as one), stopping early past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _allowed_distance(word: str) -> int:
    return 1 if len(word) <= 5 else 2


async def _known(db: AsyncSession, candidates: Sequence[str]) -> set[str]:
    rows = await db.execute(
        text("SELECT word FROM search_words WHERE word IN (SELECT value FROM json_each(:words))"),
        {"words": json.dumps(list(candidates))},
    )
    return {row[0] for row in rows}


async def corrections(db: AsyncSession, word: str) -> list[str]:
    """Dictionary words within a small edit distance of a misspelt word, closest first."""
    if len(word) < MIN_TYPO_WORD:
        return []
    grams = {word[i : i + 3] for i in range(len(word) - 2)}
    match = " OR ".join(quote(gram) for gram in sorted(grams))
    rows = await db.execute(
        text(
            "SELECT t.word, w.docs FROM search_words_trigram AS t "
            "JOIN search_words AS w ON w.word = t.word "
            "WHERE search_words_trigram MATCH :match ORDER BY t.rank LIMIT :limit"
        ),
        {"match": match, "limit": TYPO_CANDIDATES},
    )
    limit = _allowed_distance(word)
    scored = []
    for candidate, docs in rows:
        distance = edit_distance(word, candidate, limit)
        if distance <= limit:
            scored.append((distance, -docs, candidate))
    return [candidate for _, _, candidate in sorted(scored)[:3]]


async def _run(db: AsyncSession, match: str, limit: int, column: str | None = None) -> list[Hit]:
    target = f"{{{column}}} : ({match})" if column else match
    rows = await db.execute(
        text(
            f"SELECT rowid, bm25(paper_search, {WEIGHTS}) AS score FROM paper_search "
            "WHERE paper_search MATCH :match ORDER BY score LIMIT :limit"
        ),
        {"match": target, "limit": limit},
    )
    return [Hit(paper_id, score) for paper_id, score in rows]


async def search(db: AsyncSession, query: str, limit: int = 10) -> list[Hit]:
    """Best-first paper hits for a free-text query."""
    terms = query_words(query)
    hits = await _run(db, " AND ".join(quote(term) for term in terms), limit)
    if hits:
        return hits
    known = await _known(db, terms)
    groups = []
    for term in terms:
        options = [term] if term in known else [term, *await corrections(db, term)]
        groups.append("(" + " OR ".join(quote(option) for option in options) + ")")
    if any(term not in known for term in terms):
        hits = await _run(db, " AND ".join(groups), limit)
        if hits or len(terms) == 1:
            return hits
    return await _run(db, " OR ".join(groups), limit)


async def title_prefix(db: AsyncSession, typed: str, limit: int) -> list[Hit]:
    """Papers whose title has all typed words, the last one as a prefix (for autocomplete)."""
    terms = words(typed[:MAX_QUERY_CHARS])[:MAX_WORDS]
    if not terms:
        return []
    match = " ".join(quote(term) for term in terms) + "*"
    hits = await _run(db, match, limit, column="title aliases")
    if hits:
        return hits
    return await _run(db, match, limit)
