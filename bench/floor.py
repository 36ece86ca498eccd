"""The physical floor: the raw FTS5 statement a read path rests on, on a plain `sqlite3`
connection to the same database, in the same run.

Whatever a path does beyond this statement (parsing, corrections, loading the papers, the
thread hop, the command tree) is overhead, so its p50 over the floor's p50 says how close to
SQLite's own cost an answer is. The statement is the ranked search of all the typed words,
as the service runs it first: for a search, every word; for autocomplete, the title and
aliases with the last word as a prefix.

Below every answer on SQLite lies one more floor, whatever it reads: the hop to the reader's
thread and back. `hop_row` times it with the cheapest statement there is, beside the same
statement through a session (a hop per call into aiosqlite, and SQLAlchemy's work), which is
what every statement of an answer cost before answers ran in the reader.
"""

from __future__ import annotations

import gc
import sqlite3
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bench.measure import Figure, Row
from bench.stores import BenchStore
from bot.domain.text import MAX_QUERY_CHARS, words
from bot.papers.persistence.search import IN_CONFERENCE, WEIGHTS, query_words, quote
from bot.store.asks import Ask, Plan, Rows, ask
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


HOP_STATEMENT = "SELECT 1"


@dataclass(frozen=True)
class _One(Ask[int]):
    """The cheapest read there is: what is left of an answer is the trip to the database."""

    def on_sqlite(self, rows: Rows) -> int:
        return int(rows(HOP_STATEMENT, {})[0][0])

    async def on_postgres(self, db: AsyncSession) -> int:
        return int(await db.scalar(text(HOP_STATEMENT)) or 0)


def _one() -> Plan[int]:
    return (yield from ask(_One()))


def _samples(call: Callable[[], Awaitable[object]], rounds: int) -> Callable[[], Awaitable[Figure]]:
    async def measure() -> Figure:
        for _ in range(10):
            await call()
        gc.collect()
        samples = []
        for _ in range(rounds):
            start = time.perf_counter()
            await call()
            samples.append((time.perf_counter() - start) * 1000)
        return Figure.of(samples)

    return measure


async def hop_row(bench: BenchStore, rounds: int) -> Row:
    """One statement through the reader, beside the same through a session, on the floor of
    the statement alone on a plain connection."""
    reader = bench.store.reader
    assert reader is not None, "the benchmarks run on a SQLite file"

    async def through_session() -> object:
        async with bench.store.sessions() as db:
            return await db.scalar(text(HOP_STATEMENT))

    connection = sqlite3.connect(bench.path)

    async def plain() -> object:
        return connection.execute(HOP_STATEMENT).fetchall()

    try:
        raw = await _samples(plain, rounds)()
    finally:
        connection.close()
    return Row(
        area="store",
        what=f"one `{HOP_STATEMENT}` through the reader: the hop every answer pays",
        size=bench.label,
        figure=await _samples(lambda: reader.run(_one()), rounds)(),
        baseline=await _samples(through_session, rounds)(),
        baseline_name="the same through a session (aiosqlite)",
        floor=raw,
    )
