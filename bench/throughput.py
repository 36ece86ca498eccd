"""How many attendees one process serves: interactions per second through the offline Discord,
and the wait when 50 arrive at once.

The mix is what a crowd sends: `/paper` queries, autocomplete keystrokes and `/now`, in turn.
The rate is per CPU second of the whole process (every thread, the reader's included), so it
is what one core serves whatever else the machine runs. Under load, each of 50 interactions
started together is timed from its start to its answer.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable
from functools import partial
from itertools import cycle, islice

from bench.autocomplete import make_typed
from bench.commands import USER, offline_bot, slash
from bench.measure import Figure, Row, Target, timed_ms
from bench.search import make_queries
from bench.stores import BenchStore
from bot.imports.packaged import open_store
from bot.offline import OfflineDiscord

CONCURRENT = 50
AUTOCOMPLETE_PER_S = 1000.0
Interaction = Callable[[], Awaitable[object]]


def _mix(offline: OfflineDiscord, queries: list[str], typed: list[str]) -> list[Interaction]:
    """`/paper`, an autocomplete keystroke and `/now`, in turn."""
    mix: list[Interaction] = []
    for query, keys in zip(queries, cycle(typed), strict=False):
        mix.append(partial(slash, offline, "paper", {"query": query}))
        mix.append(partial(_keystroke, offline, keys))
        mix.append(partial(slash, offline, "now", {}))
    return mix


async def _keystroke(offline: OfflineDiscord, typed: str) -> object:
    return await offline.autocomplete(USER, "paper", {"query": typed}, "query")


async def per_cpu_second(calls: list[Interaction], count: int, unit: str) -> Figure:
    """Calls answered per CPU second of the process, `count` of them one after another."""
    gc.collect()
    start = time.process_time()
    for call in islice(cycle(calls), count):
        await call()
    return Figure.single(count / (time.process_time() - start), unit)


async def under_load(calls: list[Interaction], rounds: int) -> Figure:
    """Each interaction's wait when CONCURRENT of them start at once, over `rounds` bursts."""
    gc.collect()
    waits: list[float] = []
    burst = list(islice(cycle(calls), CONCURRENT))
    for _ in range(rounds):
        timed = await asyncio.gather(*(timed_ms(call) for call in burst))
        waits += [elapsed for elapsed, _ in timed]
    return Figure.of(waits)


async def throughput_rows(bench: BenchStore, queries: int, count: int, rounds: int) -> list[Row]:
    """The mix's rate, autocomplete's rate, and the p99 under CONCURRENT interactions."""
    drawn = await make_queries(bench, queries)
    paper_queries = drawn["rare terms"] + drawn["several words"] + drawn["author names"]
    typed = [each for found in (await make_typed(bench, queries)).values() for each in found]
    offline = offline_bot(bench, await open_store(bench.settings.database_url, bench.data_dir))
    await offline.start()
    try:
        mix = _mix(offline, paper_queries, typed)
        keystrokes: list[Interaction] = [partial(_keystroke, offline, keys) for keys in typed]
        for call in mix:
            await call()
        rate = await per_cpu_second(mix, count, "interactions/s")
        autocomplete = await per_cpu_second(keystrokes, count, "answers/s")
        loaded = await under_load(mix, rounds)
    finally:
        await offline.close()
    size = f"{bench.label} ({bench.papers:,} papers)"
    seed = bench.label == "seed"
    return [
        Row("throughput", "interactions per CPU second (`/paper`, autocomplete, /now)", size, rate),
        Row(
            "throughput",
            "autocomplete answers per CPU second (offline Discord)",
            size,
            autocomplete,
            target=Target(AUTOCOMPLETE_PER_S, "answers/s", at_least=True) if seed else None,
        ),
        Row("throughput", f"wait among {CONCURRENT} concurrent interactions", size, loaded),
    ]
