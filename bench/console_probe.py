"""`python -m bench.console_probe DB NOW LINES`: the console's baseline, printed as
{"ms_per_line": ...}.

The bot the console builds (same settings, same rehearsal clock), its `/paper` lines from the
file LINES handed to the offline Discord one after the other, timed after start-up: what
those lines cost without the console around them, in a process of its own like the console's.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

from bot.clock import RehearsalClock
from bot.launch import create_bot
from bot.offline import OfflineDiscord, OfflineUser
from bot.settings import Role, load_settings, parse_now

USER = OfflineUser(id=100_000_000_000_000_001, name="attendee")
PREFIX = "/paper query:"


async def _probe(database: Path, now: str, queries: list[str]) -> float:
    settings = load_settings(role=Role.CONSOLE).with_overrides(
        database_url=f"sqlite+aiosqlite:///{database}"
    )
    bot = await create_bot(settings, RehearsalClock(parse_now(now), 1.0))
    offline = OfflineDiscord(bot)
    await offline.start()
    offline.add_user(USER)
    try:
        start = time.perf_counter()
        for query in queries:
            await offline.slash(USER, "paper", {"query": query})
        elapsed = time.perf_counter() - start
    finally:
        await offline.close()
    return elapsed * 1000 / len(queries)


def main() -> None:
    database, now, lines = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    queries = [line.removeprefix(PREFIX) for line in lines.read_text("utf-8").splitlines()]
    print(json.dumps({"ms_per_line": asyncio.run(_probe(database, now, queries))}))


if __name__ == "__main__":
    main()
