"""Two `confbot run` processes sharing one bot by shards (CONFBOT_SHARDS=2, one shard each) on
one PostgreSQL store, against a Discord-shaped server on 127.0.0.1: each connects only its own
shard, a server's announcement goes out from the process holding that server's shard (and waits
while that process is down), and DMs go out from whichever process runs."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.imports.packaged import open_store
from bot.reminders import announcements, subscriptions
from tests.conftest import DATA_DIR, venue_time
from tests.live.discord_server import CHANNEL_ID, GUILD_ID, DiscordServer, start_confbot_run

pytestmark = [pytest.mark.slow, pytest.mark.postgres_only]

OTHER_GUILD, OTHER_CHANNEL = 900_000_000_004_194_306, 900_000_000_004_194_307
"""A server on shard 0 of 2 ((id >> 22) % 2), beside the server on shard 1."""
ATTENDEE = 840_000_000_000_000_001
NOW = venue_time("2019-05-07T08:55")
"""The keynote's announcements and reminders (10 minutes ahead) are due as the bots start."""
QUIET_SECONDS = 3.0
"""How long an announcement must stay away while its shard's process is down."""


async def announce_in_both_servers(url: str) -> None:
    """Both servers announce keynotes; one attendee follows the keynote by DM."""
    store = await open_store(url, DATA_DIR)
    clock = ManualClock(venue_time("2019-05-07T08:30"))
    async with store.sessions() as db:
        conf = await get_conference(db, "iclr2019")
        for guild, channel in ((GUILD_ID, CHANNEL_ID), (OTHER_GUILD, OTHER_CHANNEL)):
            await announcements.setup(
                db, conf, clock, guild_id=guild, channel_id=channel, role_id=None, kinds=["keynote"]
            )
        await subscriptions.subscribe(
            db,
            conf,
            clock,
            user_id=ATTENDEE,
            guild_id=GUILD_ID,
            channel_id=CHANNEL_ID,
            target_text="session:tue-keynote-morning",
            minutes=10,
            via="dm",
        )
    await store.close()


Started = dict[int, asyncio.subprocess.Process]


@pytest.fixture
async def started() -> AsyncIterator[Started]:
    """The processes by shard id; any still running when the test ends is killed."""
    processes: Started = {}
    yield processes
    for process in processes.values():
        if process.returncode is None:
            process.kill()
            await process.wait()


async def run_shard(
    server: DiscordServer, url: str, shard: int, started: Started, logs: Path
) -> None:
    started[shard] = await start_confbot_run(
        server,
        url,
        NOW,
        logs / f"shard-{shard}.log",
        CONFBOT_SHARDS="2",
        CONFBOT_SHARD_IDS=str(shard),
        CONFBOT_INSTANCE=f"shard-{shard}",
    )


def posted_in(server: DiscordServer, channel_id: int) -> int:
    return sum(1 for post in server.posted if post.channel_id == channel_id)


def dms(server: DiscordServer) -> int:
    return posted_in(server, server.dm_channel_of(ATTENDEE))


async def test_each_server_is_announced_by_the_process_holding_its_shard(
    database_url: str, started: Started, tmp_path: Path
) -> None:
    await announce_in_both_servers(database_url)
    guilds = {GUILD_ID: {CHANNEL_ID: "general"}, OTHER_GUILD: {OTHER_CHANNEL: "general"}}
    async with DiscordServer(guilds=guilds) as server:
        await run_shard(server, database_url, 0, started, tmp_path)
        async with asyncio.timeout(60):
            await server.until(lambda: posted_in(server, OTHER_CHANNEL) and dms(server))
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(QUIET_SECONDS):
                await server.until(lambda: posted_in(server, CHANNEL_ID) > 0)
        assert posted_in(server, CHANNEL_ID) == 0, "shard 1's server waits for its process"
        assert server.shards == [(0, 2)], "the process connected its own shard only"

        await run_shard(server, database_url, 1, started, tmp_path)
        async with asyncio.timeout(60):
            await server.until(lambda: posted_in(server, CHANNEL_ID) > 0)
        for process in started.values():
            process.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(process.wait(), 30) == 0

    assert sorted(server.shards) == [(0, 2), (1, 2)]
    assert (posted_in(server, OTHER_CHANNEL), posted_in(server, CHANNEL_ID), dms(server)) == (
        1,
        1,
        1,
    ), "each announcement and the DM once"
