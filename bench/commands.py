"""The full command path: an interaction in through bot/offline, the captured payload out.

Beside each command, the bare service call it wraps (same store, a fresh session per call), so
the ratio is what discord.py's command tree, option parsing, rendering and the response
protocol add on top of the query itself.
"""

from __future__ import annotations

import gc
from collections.abc import Awaitable, Callable
from datetime import date, datetime, time
from typing import Any

from bench.floor import floor, search_match
from bench.measure import Figure, Row, Target, timed_ms
from bench.search import LIMIT, make_queries
from bench.stores import BenchStore
from bot.app import ConfBot
from bot.clock import ManualClock
from bot.imports.packaged import open_store
from bot.offline import OfflineDiscord, OfflineUser, Sent
from bot.papers.service import search_papers
from bot.programme.service import day_programme
from bot.store.setup import Store

PAPER_P99_MS = 3.0
"""At ICLR 2019's size; the p50 target is 1 ms."""
PAPER_P99_MS_LARGE = 10.0
USER = OfflineUser(id=320_000_000_000_000_001, name="bench")
PAPER_QUERY_KINDS = ("rare terms", "several words", "author names")
"""What people type into /paper; typos and single common words have their own search rows."""


class _CommandFailed(RuntimeError):
    """The bot answered nothing, or something Discord would reject: the figure would be void."""


def offline_bot(bench: BenchStore, store: Store) -> OfflineDiscord:
    """The real bot on `store`, offline, its clock stopped on the conference's first morning."""
    conf = bench.conference
    morning = datetime.combine(conf.start_date, time(11, 30), tzinfo=conf.zone)
    return OfflineDiscord(ConfBot(bench.settings, store, ManualClock(morning), conf))


async def slash(offline: OfflineDiscord, command: str, options: dict[str, Any]) -> list[Sent]:
    sent = await offline.slash(USER, command, options)
    if offline.violations or not any(message.embeds for message in sent):
        raise _CommandFailed(f"/{command} {options}: {offline.violations or sent}")
    return sent


async def _compare(
    rounds: int,
    inputs: list[str],
    full: Callable[[str], Awaitable[object]],
    bare: Callable[[str], Awaitable[object]],
) -> tuple[Figure, Figure]:
    """Interleaved timings of the full path and the bare call, after one warm-up of each."""
    for value in inputs:
        await full(value)
        await bare(value)
    gc.collect()
    full_ms: list[float] = []
    bare_ms: list[float] = []
    for _ in range(rounds):
        for value in inputs:
            full_ms.append((await timed_ms(full, value))[0])
            bare_ms.append((await timed_ms(bare, value))[0])
    return Figure.of(full_ms), Figure.of(bare_ms)


async def command_rows(bench: BenchStore, queries: int, rounds: int, seed_size: bool) -> list[Row]:
    """/paper and /schedule on this store; the bot gets its own Store, as in production. /paper
    stands beside the raw statement its search rests on."""
    conf = bench.conference
    drawn = await make_queries(bench, queries)
    paper_queries = [query for kind in PAPER_QUERY_KINDS for query in drawn[kind]]
    days = [day.isoformat() for day in conf.days]
    offline = offline_bot(bench, await open_store(bench.settings.database_url, bench.data_dir))
    await offline.start()

    async def bare_paper(query: str) -> object:
        async with bench.store.sessions() as db:
            return await search_papers(db, conf, query, limit=LIMIT)

    async def bare_schedule(day: str) -> object:
        async with bench.store.sessions() as db:
            return await day_programme(db, conf, date.fromisoformat(day))

    try:
        paper = await _compare(
            rounds,
            paper_queries,
            lambda query: slash(offline, "paper", {"query": query}),
            bare_paper,
        )
        schedule = await _compare(
            rounds * 3,
            days,
            lambda day: slash(offline, "schedule", {"day": day}),
            bare_schedule,
        )
    finally:
        await offline.close()
    matches = [search_match(query) for query in paper_queries]
    raw = floor(bench.path, conf.id, matches, LIMIT * 2, rounds)
    size = f"{bench.label} ({bench.papers:,} papers)"
    return [
        Row(
            "command",
            "`/paper query:…` (rare, several words, authors)",
            size,
            paper[0],
            paper[1],
            "search_papers()",
            Target(PAPER_P99_MS if seed_size else PAPER_P99_MS_LARGE, "ms"),
            floor=raw,
        ),
        Row(
            "command",
            "`/schedule day:…` (each day)",
            size,
            schedule[0],
            schedule[1],
            "day_programme()",
        ),
    ]
