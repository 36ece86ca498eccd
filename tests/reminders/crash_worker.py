"""Dispatcher processes for the crash test (tests/test_dispatcher_crash.py), meant to be killed.

Each worker is the real ConfBot with only the reminders cog, on the test's database, sending
through the offline Discord whose record file outlives the process. It sends whatever is due at
the given instant and prints "done <left>" (due deliveries still pending or claimed) unless it
is killed first.

Importing discord.py, SQLAlchemy and the bot takes seconds and proves nothing about a crash, yet
the test starts a worker for every kill. So this module runs as a server that imports once and,
for each line "go" on its stdin, forks a worker: a process of its own, with its own event loop,
store connections and start-up recovery, killed with SIGKILL like any other. The server holds
no connection, loop or thread, so each fork starts from nothing but loaded modules. Lines on
stdout: "ready" once the imports are done; per worker, "worker <pid>" from the worker as it
starts, its "done <left>" if it finishes, and "exit <status>" from the server once it is gone
(a negative status is the signal that ended it).

Every worker on one database holds the reminders lease under the same name, as one service
restarted: a SIGKILL leaves the lease held, and the next worker takes it back at once instead
of waiting for it to expire.

Usage: python -m tests.reminders.crash_worker DATABASE_URL RECORD_PATH NOW_ISO
"""

from __future__ import annotations

import asyncio
import importlib
import os
import sys
import traceback
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from bot.app import ConfBot
from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.imports.packaged import open_store
from bot.offline import OfflineDiscord
from bot.reminders.dispatcher import Dispatcher
from bot.settings import Settings
from bot.store.models import Delivery

PRELOADED = (
    "cogs.reminders",
    "aiosqlite",
    "asyncpg",
    "sqlalchemy.dialects.sqlite.aiosqlite",
    "sqlalchemy.dialects.postgresql.asyncpg",
)
"""Loaded on first use otherwise (the cog the bot adds, the database drivers): in every worker."""


async def run(url: str, record: Path, now: datetime) -> int:
    settings = Settings(database_url=url)
    store = await open_store(url, settings.data_dir)
    async with store.sessions() as db:
        conf = await get_conference(db, "iclr2019")
    bot = ConfBot(settings, store, ManualClock(now), conf, cogs=("cogs.reminders",))
    bot.dispatcher = Dispatcher(bot, holder=f"crash-worker:{url}")
    offline = OfflineDiscord(bot, record_path=record)
    await offline.start()
    try:
        await bot.settle()
        async with store.sessions() as db:
            left = await db.scalar(
                select(func.count())
                .select_from(Delivery)
                .where(Delivery.state.in_(("pending", "claimed")), Delivery.due_at <= now)
            )
    finally:
        await offline.close()
    return int(left or 0)


def work(url: str, record: Path, now: datetime) -> None:
    """One worker, in a forked child: it ends here and never returns into the server."""
    print(f"worker {os.getpid()}", flush=True)
    try:
        left = asyncio.run(run(url, record, now))
    except BaseException:
        traceback.print_exc(file=sys.stdout)
        status = 1
    else:
        print(f"done {left}")
        status = 0
    sys.stdout.flush()
    os._exit(status)


def serve(url: str, record: Path, now: datetime) -> None:
    """Fork one worker per "go" line, one at a time, and report how each one ended."""
    for name in PRELOADED:
        importlib.import_module(name)
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() != "go":
            continue
        pid = os.fork()
        if pid == 0:
            work(url, record, now)
        _, status = os.waitpid(pid, 0)
        print(f"exit {os.waitstatus_to_exitcode(status)}", flush=True)


def main() -> None:
    serve(sys.argv[1], Path(sys.argv[2]), datetime.fromisoformat(sys.argv[3]))


if __name__ == "__main__":
    main()
