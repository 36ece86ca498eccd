"""`python -m bench.rss_probe DB DATA_DIR CONFERENCE QUERIES`: peak RSS of a bot-like process.

Run in its own process because the peak is a high-water mark: in the benchmark's own process it
would include the 100k-paper generation and seed. Linux's VmHWM is read rather than getrusage's
ru_maxrss, which a child inherits from the process that forked it and keeps across exec (here
about 1 GB from the benchmark). Prints {"peak_rss_mb": ...}.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
from pathlib import Path

from bench.autocomplete import make_typed, service_choices
from bench.commands import USER, offline_bot
from bench.search import make_queries, service_search
from bench.stores import describe, sqlite_url
from bot.imports.packaged import open_store


async def _probe(database: Path, data_dir: Path, conference: str, count: int) -> None:
    """Searches and autocompletes through the services, then /paper through the real bot, so
    discord.py and the command tree count too, as they would in the bot's process."""
    store = await open_store(sqlite_url(database), data_dir)
    try:
        bench = await describe("probe", store, database, data_dir, conference, 0.0)
        conf = bench.conference
        queries = await make_queries(bench, count)
        for found in queries.values():
            for query in found:
                async with store.sessions() as db:
                    await service_search(db, conf, query)
        for typed in (await make_typed(bench, count)).values():
            for text in typed:
                async with store.sessions() as db:
                    await service_choices(db, conf, text)
        async with offline_bot(bench, store) as offline:
            for query in queries["several words"]:
                await offline.slash(USER, "paper", {"query": query})
    finally:
        await store.close()


def peak_rss_kib() -> int:
    """This program's peak resident memory; ru_maxrss only where /proc is missing."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(argv: list[str]) -> None:
    database, data_dir, conference, count = argv
    asyncio.run(_probe(Path(database), Path(data_dir), conference, int(count)))
    print(json.dumps({"peak_rss_mb": round(peak_rss_kib() / 1024, 1)}))


if __name__ == "__main__":
    main(sys.argv[1:])
