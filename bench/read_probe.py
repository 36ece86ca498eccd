"""`PYTHONPATH=TREE python bench/read_probe.py FOLDER SIZE ROUNDS`: /paper and /schedule through
the offline Discord on the code of TREE, as JSON: {"paper": [ms, ...], "schedule": [ms, ...],
"paper cpu": [ms, ...], "schedule cpu": [ms, ...]}, wall and CPU time per interaction.

Run by its path, so that `bot` and `bench` are TREE's: today's code or an older commit's (see
bench/before.py). It uses only what both have had since that commit (the store cache, the
offline bot and the drawn queries), and keeps the store it seeds in FOLDER for its next run.
SIZE is `seed` (the real data/) or a number of synthetic papers.
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import time
from pathlib import Path
from typing import Any

from bench.commands import PAPER_QUERY_KINDS, offline_bot, slash
from bench.search import make_queries
from bench.stores import StoreCache
from bot.imports.packaged import open_store

QUERIES = 10


async def _timed(
    offline: Any, command: str, option: str, values: list[str], rounds: int
) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds (the whole process: the store's reader thread included) of
    each interaction, after one warm-up of each value."""
    for value in values:
        await slash(offline, command, {option: value})
    gc.collect()
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(rounds):
        for value in values:
            started, used = time.perf_counter(), time.process_time()
            await slash(offline, command, {option: value})
            cpu.append((time.process_time() - used) * 1000)
            wall.append((time.perf_counter() - started) * 1000)
    return wall, cpu


async def _probe(folder: Path, papers: int | None, rounds: int) -> dict[str, list[float]]:
    cache = StoreCache(folder)
    bench = await cache.get(papers)
    drawn = await make_queries(bench, QUERIES)
    queries = [query for kind in PAPER_QUERY_KINDS for query in drawn[kind]]
    days = [day.isoformat() for day in bench.conference.days]
    offline = offline_bot(bench, await open_store(bench.settings.database_url, bench.data_dir))
    await offline.start()
    try:
        paper, paper_cpu = await _timed(offline, "paper", "query", queries, rounds)
        schedule, schedule_cpu = await _timed(offline, "schedule", "day", days, rounds * 3)
    finally:
        await offline.close()
        await cache.close()
    return {
        "paper": paper,
        "schedule": schedule,
        "paper cpu": paper_cpu,
        "schedule cpu": schedule_cpu,
    }


def main() -> None:
    folder, size, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    papers = None if size == "seed" else int(size)
    print(json.dumps(asyncio.run(_probe(folder, papers, rounds))))


if __name__ == "__main__":
    main()
