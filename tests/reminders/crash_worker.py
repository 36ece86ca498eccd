"""One dispatcher process for the crash test (tests/test_dispatcher_crash.py), meant to be killed.

The real ConfBot with only the reminders cog, on the test's database, sending through the
offline Discord whose record file outlives the process. Prints "ready" once imports are done,
then sends whatever is due at the given instant and prints "done <left>" (due deliveries
still pending or claimed) unless it is killed first.

Every worker on one database holds the reminders lease under the same name, as one service
restarted: a SIGKILL leaves the lease held, and the next worker takes it back at once instead
of waiting for it to expire.

Usage: python -m tests.reminders.crash_worker DATABASE_URL RECORD_PATH NOW_ISO
"""

from __future__ import annotations

import asyncio
import sys
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


def main() -> None:
    url, record, now = sys.argv[1], Path(sys.argv[2]), datetime.fromisoformat(sys.argv[3])
    print("ready", flush=True)
    left = asyncio.run(run(url, record, now))
    print(f"done {left}", flush=True)


if __name__ == "__main__":
    main()
