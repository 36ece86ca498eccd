"""The physical floor: the raw FTS5 statement a read path rests on, on a plain `sqlite3`
connection to the same database, in the same run.

Whatever a path does beyond this statement (parsing, corrections, loading the papers, the
thread hop, the command tree) is overhead, so its p50 over the floor's p50 says how close to
SQLite's own cost an answer is. The statement is the ranked search of all the typed words,
as the service runs it first: for a search, every word; for autocomplete, the title and
aliases with the last word as a prefix.
"""

from __future__ import annotations

import gc
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from bench.measure import Figure
from bot.domain.text import MAX_QUERY_CHARS, words
from bot.store.search import IN_CONFERENCE, WEIGHTS, query_words, quote
from bot.store.search_index import conference_rowids

RANKED = (
    f"SELECT rowid, bm25(paper_search, {WEIGHTS}) AS score FROM paper_search "
    f"WHERE paper_search MATCH :match AND {IN_CONFERENCE} ORDER BY score LIMIT :limit"
)


def search_match(query: str) -> str:
    """The MATCH of all the query's words, as the service's first statement has it."""
    return " AND ".join(quote(word) for word in query_words(query))


def prefix_match(typed: str) -> str:
    """Autocomplete's MATCH: every typed word in the title or aliases, the last a prefix."""
    found = list(dict.fromkeys(words(typed[:MAX_QUERY_CHARS])))
    parts = [quote(word) for word in found[:-1]] + [quote(found[-1]) + "*"]
    return "{title aliases} : (" + " AND ".join(parts) + ")"


def floor(
    path: Path, conference_id: int, matches: Sequence[str], limit: int, rounds: int
) -> Figure:
    """The ranked statement for each MATCH, once to warm up, then `rounds` timed passes."""
    connection = sqlite3.connect(path)
    try:
        params = [
            {**conference_rowids(conference_id), "match": match, "limit": limit}
            for match in matches
        ]
        for each in params:
            connection.execute(RANKED, each).fetchall()
        gc.collect()
        samples = []
        for _ in range(rounds):
            for each in params:
                start = time.perf_counter()
                connection.execute(RANKED, each).fetchall()
                samples.append((time.perf_counter() - start) * 1000)
    finally:
        connection.close()
    return Figure.of(samples)
