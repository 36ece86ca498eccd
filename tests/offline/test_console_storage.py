"""The console while its database is damaged, made read-only or fills the disk: every line is
answered (a command by the bot, the console's own by one `!` line), nothing crashes, the failure
is said once rather than on every line, and the console works again once the file is back."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.app import ConfBot
from bot.clock import RehearsalClock
from bot.conferences import get_conference
from bot.offline import OfflineDiscord, OfflineUser
from bot.offline.console import Console
from bot.settings import Settings
from bot.store.setup import Store
from tests.conftest import venue_time
from tests.damage import DISK_FULL, database_file, failing_writes, kept, scribble, truncate

pytestmark = pytest.mark.sqlite_only(reason="damages a SQLite file, or fails its driver")

ME = OfflineUser(id=100_000_000_000_000_001, name="attendee")
FAILING = "! The store is failing"


@pytest.fixture
async def console(store: Store, database_url: str) -> AsyncIterator[Console]:
    """A console in rehearsal on Tuesday morning, printing into a string."""
    async with store.sessions() as db:
        conf = await get_conference(db, "iclr2019")
    clock = RehearsalClock(venue_time("2019-05-07T08:30"), 1.0)
    bot = ConfBot(Settings(database_url=database_url), store, clock, conf)
    offline = OfflineDiscord(bot)
    await offline.start()
    offline.add_user(ME)
    try:
        yield Console(bot, offline, ME, io.StringIO())
    finally:
        await offline.close()


def printed(console: Console) -> str:
    out = console.out
    assert isinstance(out, io.StringIO)
    return out.getvalue()


@pytest.mark.parametrize("damage", [truncate, scribble], ids=["truncated", "garbage"])
async def test_the_console_goes_on_through_a_damaged_file_and_recovers(
    console: Console, store: Store, damage: Callable[[Path], None]
) -> None:
    assert await console.handle("/remind add target:keynotes minutes:10")
    path = database_file(store)
    with kept(path):
        damage(path)
        for line in ("/conference", ":advance 1h", "/paper query:lottery ticket", "/remind list"):
            assert await console.handle(line), f"{line} did not end the console"
    during = printed(console)
    assert "cannot read its data right now" in during or FAILING in during
    assert during.count("Reminders wait until it works") <= 1, "said once, not on every line"
    assert await console.handle("/paper query:lottery ticket")
    assert "The Lottery Ticket Hypothesis" in printed(console)[len(during) :]


async def test_advance_while_the_disk_is_full_holds_the_reminder_until_there_is_room(
    console: Console, store: Store
) -> None:
    assert await console.handle("/remind add target:keynotes minutes:10")
    with failing_writes(store.engine, DISK_FULL):
        assert await console.handle(":advance 30m")
    during = printed(console)
    assert FAILING in during
    assert "disk is full" in during
    assert "[DM @attendee]" not in during, "not sent while it cannot be marked sent"
    assert await console.handle(":advance 1m")
    after = printed(console)[len(during) :]
    assert after.count("[DM @attendee]") == 1, after
