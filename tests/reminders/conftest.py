"""Bots for the reminder tests: real ConfBots on the test's database, each with its own
store as a separate process would have, driven through the offline Discord."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import ConfBot
from bot.clock import Clock, ManualClock
from bot.conferences import get_conference
from bot.imports.packaged import open_store
from bot.offline import OfflineDiscord, Sent
from bot.reminders.dispatcher import Dispatcher
from bot.settings import Settings
from bot.store.models import Session
from bot.store.setup import Store
from tests.cogs.conftest import ATTENDEE

Venue = Callable[[str], datetime]
StartBot = Callable[..., Awaitable[OfflineDiscord]]


@pytest.fixture
def clock(venue: Venue) -> ManualClock:
    """Tuesday 7 May 2019, 08:30 at the venue; the keynote starts at 09:00."""
    return ManualClock(venue("2019-05-07T08:30"))


@pytest.fixture
async def start_bot(store: Store, database_url: str, data_dir: Path) -> AsyncIterator[StartBot]:
    """Starts bots (several in turn for restarts, or side by side) on the test's database.
    `wall` gives the dispatcher its own clock for lease times, as the lease tests need. Every
    bot is checked for Discord violations at the end."""
    started: list[OfflineDiscord] = []
    url = database_url

    async def start(
        clock: Clock,
        record_path: Path | None = None,
        *,
        wall: Clock | None = None,
        ttl: timedelta | None = None,
    ) -> OfflineDiscord:
        own = await open_store(url, data_dir)
        async with own.sessions() as db:
            conf = await get_conference(db, "iclr2019")
        bot = ConfBot(Settings(database_url=url), own, clock, conf)
        if wall is not None:
            bot.dispatcher = Dispatcher(bot, wall_clock=wall, lease_ttl=ttl)
        harness = OfflineDiscord(bot, record_path=record_path)
        await harness.start()
        started.append(harness)
        return harness

    try:
        yield start
    finally:
        for harness in started:
            await harness.close()
    for harness in started:
        assert harness.violations == [], "the bot sent something Discord would reject"


def dms(offline: OfflineDiscord) -> list[Sent]:
    return [sent for sent in offline.transcript if sent.route == "dm"]


async def at(offline: OfflineDiscord, clock: ManualClock, when: datetime) -> None:
    clock.set(when)
    await offline.bot.settle()


async def remind(offline: OfflineDiscord, target: str, **options: object) -> list[Sent]:
    return await offline.slash(ATTENDEE, "remind add", {"target": target, **options})


async def change_session(db: AsyncSession, slug: str, **values: object) -> None:
    """The programme changes under the reminders (moved, retired, back), committed as a
    re-import would leave it."""
    await db.execute(update(Session).where(Session.slug == slug).values(**values))
    await db.commit()
