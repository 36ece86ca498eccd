"""How long the event loop is held while commands go over a programme of many sessions.

Every command, reminder and heartbeat shares one event loop, so a handler's longest block is
how long the whole bot was frozen for everyone else. Each command runs once on the synthetic
conference with `sessions` more sessions (bench.crowd), through the offline Discord, under a
loop watch (`bot.health.loop`). The baseline is the same measurement at 100,000 sessions on
the code before the loop was kept free (commit 336bd56, this machine, 2026-12-06): rebuilding
that code in every run is not practical, so its figures are kept here.

`python -m bench.loop [--sessions N]` runs these rows alone.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from collections.abc import Sequence
from datetime import datetime, time
from pathlib import Path
from typing import Any

from bench import report
from bench.commands import USER
from bench.crowd import add_sessions
from bench.measure import Figure, Row, Target
from bench.stores import StoreCache, describe, sqlite_url
from bench.synthetic import SLUG
from bot.app import ConfBot
from bot.clock import ManualClock
from bot.health.loop import LoopWatch
from bot.imports.packaged import open_store
from bot.offline import OfflineDiscord, OfflineUser

FULL_SESSIONS = 100_000
LONGEST_BLOCK_MS = 50.0
ORGANISER = OfflineUser(id=320_000_000_000_000_002, name="organiser", manage_guild=True)
COMMANDS: tuple[tuple[str, OfflineUser, str, dict[str, Any]], ...] = (
    ("`/calendar` (the whole programme)", ORGANISER, "calendar", {}),
    ("`/remind add target:everything`", USER, "remind add", {"target": "everything"}),
    ("`/schedule day:…` (a day of a quarter of them)", USER, "schedule", {"day": "2025-12-03"}),
)
BEFORE_MS = {"calendar": 299_429.0, "remind add": 25_789.0, "schedule": 2_091.0}
"""Longest blocks at 100,000 sessions before the fix, measured with this module's method on
that code (a 300-paper store, on a shared two-core machine under load): /calendar held the
loop for five minutes and then sent a file Discord refuses (over 10 MiB)."""
WAIT = 900.0
"""Seconds the offline Discord waits for an answer: a large calendar takes minutes to write."""


async def loop_rows(cache: StoreCache, papers: int, sessions: int) -> list[Row]:
    """The longest block of each command on a copy of the `papers` store, crowded."""
    path = await cache.copy(papers, f"crowd-{sessions}")
    add_sessions(path, SLUG, sessions)
    source = await cache.get(papers)
    store = await open_store(sqlite_url(path), source.data_dir)
    bench = await describe(source.label, store, path, source.data_dir, SLUG, 0.0)
    conf = bench.conference
    clock = ManualClock(datetime.combine(conf.start_date, time(7), tzinfo=conf.zone))
    offline = OfflineDiscord(
        ConfBot(bench.settings, store, clock, conf), settle_timeout=WAIT, response_deadline=WAIT
    )
    await offline.start()
    rows = []
    try:
        for what, user, command, options in COMMANDS:
            async with LoopWatch() as watch:
                await offline.slash(user, command, options)
            if offline.violations:
                raise RuntimeError(f"/{command}: {offline.violations}")
            before = BEFORE_MS[command] if sessions == FULL_SESSIONS else None
            rows.append(
                Row(
                    "loop",
                    f"longest event-loop block during {what}",
                    f"{sessions:,} sessions",
                    Figure.single(watch.longest * 1000, "ms"),
                    Figure.single(before, "ms") if before is not None else None,
                    "the same before the loop was kept free (commit 336bd56)",
                    Target(LONGEST_BLOCK_MS, "ms"),
                )
            )
    finally:
        await offline.close()
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.loop", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--sessions", type=int, default=FULL_SESSIONS)
    parser.add_argument("--papers", type=int, default=300)
    args = parser.parse_args(argv)

    async def run(workdir: Path) -> list[Row]:
        cache = StoreCache(workdir)
        try:
            return await loop_rows(cache, args.papers, args.sessions)
        finally:
            await cache.close()

    with tempfile.TemporaryDirectory(prefix="confbot-bench-") as workdir:
        rows = asyncio.run(run(Path(workdir)))
    print(report.table(rows))
    print("\n".join(["", *report.verdicts(rows)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
