"""`PYTHONPATH=TREE python bench/read_probe.py FOLDER SIZE`: /paper and /schedule through the
offline Discord on the code of TREE, one query or day at a time, as the process that started
it asks.

It seeds (or reuses) its store in FOLDER, warms each command up on every query it drew and
every day, and prints `ready` with those values as JSON ({"paper": [query, ...], "schedule":
[day, ...]}). Then each line it reads, a JSON pair such as ["paper", "lottery ticket"], runs
that command on that value REPEATS times in a row and prints the times as JSON, {"wall": [ms,
...], "cpu": [ms, ...]}: wall and CPU time per interaction. An empty line or the end of input
closes it. Kept alive between asks, so that two trees can answer the same value back to back
(see bench/before.py).

Run by its path, so that `bot` and `bench` are TREE's: today's code or an older commit's. It
uses only what both have had since that commit (the store cache, the offline bot and the drawn
queries). SIZE is `seed` (the real data/) or a number of synthetic papers.
"""

from __future__ import annotations

import asyncio
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
REPEATS = 3
"""Each value is asked this many times in a row, so that its best time can be told apart
from the times another process on the machine got in its way."""
OPTIONS = {"paper": "query", "schedule": "day"}


async def _times(offline: Any, command: str, value: str) -> dict[str, list[float]]:
    """Wall and CPU milliseconds (the whole process: the store's reader thread included) of
    each of REPEATS interactions."""
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(REPEATS):
        started, used = time.perf_counter(), time.process_time()
        await slash(offline, command, {OPTIONS[command]: value})
        cpu.append((time.process_time() - used) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    return {"wall": wall, "cpu": cpu}


async def _serve(folder: Path, papers: int | None) -> None:
    cache = StoreCache(folder)
    bench = await cache.get(papers)
    drawn = await make_queries(bench, QUERIES)
    values = {
        "paper": [query for kind in PAPER_QUERY_KINDS for query in drawn[kind]],
        "schedule": [day.isoformat() for day in bench.conference.days],
    }
    offline = offline_bot(bench, await open_store(bench.settings.database_url, bench.data_dir))
    await offline.start()
    try:
        for command, each in values.items():
            for value in each:
                await _times(offline, command, value)
        print("ready", json.dumps(values), flush=True)
        loop = asyncio.get_running_loop()
        while line := (await loop.run_in_executor(None, sys.stdin.readline)).strip():
            command, value = json.loads(line)
            print(json.dumps(await _times(offline, command, value)), flush=True)
    finally:
        await offline.close()
        await cache.close()


def main() -> None:
    folder, size = Path(sys.argv[1]), sys.argv[2]
    asyncio.run(_serve(folder, None if size == "seed" else int(size)))


if __name__ == "__main__":
    main()
