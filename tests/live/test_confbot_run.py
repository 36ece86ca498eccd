"""`confbot run`, unmodified, as a subprocess against a Discord-shaped server on 127.0.0.1:
real sockets, real discord.py, real signals. What an operator would notice: commands are
answered, reminders arrive once each before their lead time even when Discord rate-limits or
fails for someone, and stopping or killing the process loses and doubles nothing."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import signal
import time
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, update

from bot.conferences import get_conference
from bot.imports.packaged import open_store
from bot.reminders.pacing import head_start
from bot.store.models import Delivery, DispatcherLease, DmChannel, Subscription
from tests.conftest import DATA_DIR, DB_NAME, sqlite_url, venue_time
from tests.live.discord_server import OWNER, DiscordServer, Fault, start_confbot_run

pytestmark = pytest.mark.slow

KEYNOTE = "tue-keynote-morning"
KEYNOTE_START = "2019-05-07T09:00"
LEAD = 10
FIRST_USER = 800_000_000_000_000_000
LATENCY = 0.05
STARTUP = 90
"""Seconds a process may take to log in or to stop: a busy machine's start-up can take a
minute; the waits end as soon as it is done."""


async def subscribe(db_path: Path, users: int) -> None:
    """`users` attendees follow the keynote by DM, `LEAD` minutes ahead."""
    store = await open_store(sqlite_url(db_path), DATA_DIR)
    async with store.sessions() as db:
        conf = await get_conference(db, "iclr2019")
    rows = [
        {
            "conference_id": conf.id,
            "user_id": FIRST_USER + n,
            "guild_id": None,
            "channel_id": None,
            "target_type": "session",
            "target_ref": KEYNOTE,
            "lead_minutes": LEAD,
            "via": "dm",
            "status": "active",
            "created_at": venue_time("2019-05-01T09:00"),
        }
        for n in range(users)
    ]
    async with store.sessions() as db, db.begin():
        await db.execute(insert(Subscription), rows)
    await store.close()


async def states(db_path: Path) -> dict[str, int]:
    store = await open_store(sqlite_url(db_path), DATA_DIR)
    async with store.sessions() as db:
        rows = await db.execute(select(Delivery.state, func.count()).group_by(Delivery.state))
        found = {state: count for state, count in rows}
    await store.close()
    return found


async def remember_dm_channels(db_path: Path, server: DiscordServer, users: int) -> None:
    """The attendees were sent DMs before (yesterday's reminders): the store knows their DM
    channels, as `server` gives them out."""
    store = await open_store(sqlite_url(db_path), DATA_DIR)
    opened = venue_time("2019-05-06T09:00")
    rows = [
        {"user_id": user, "channel_id": server.dm_channel_of(user), "opened_at": opened}
        for user in range(FIRST_USER, FIRST_USER + users)
    ]
    async with store.sessions() as db, db.begin():
        await db.execute(insert(DmChannel), rows)
    await store.close()


async def outlast_nonce_window(db_path: Path) -> None:
    """As if the outage lasted two minutes: longer than the nonce window (claims look that much
    older) and than the lease (the killed process's lease has expired)."""
    outage = timedelta(minutes=2)
    store = await open_store(sqlite_url(db_path), DATA_DIR)
    async with store.sessions() as db, db.begin():
        claimed = await db.execute(
            select(Delivery.id, Delivery.claimed_at).where(Delivery.claimed_at.is_not(None))
        )
        shifted = [{"id": id_, "claimed_at": at - outage} for id_, at in claimed]
        if shifted:
            await db.execute(update(Delivery), shifted)
        leases = await db.execute(select(DispatcherLease.holder, DispatcherLease.expires_at))
        for holder, expires_at in list(leases):
            await db.execute(
                update(DispatcherLease)
                .where(DispatcherLease.holder == holder)
                .values(expires_at=expires_at - outage)
            )
    await store.close()


Launched = list[asyncio.subprocess.Process]


@pytest.fixture
def db_path(seeded_template: Path, tmp_path: Path) -> Path:
    """The test's SQLite file, seeded as a first start leaves it (copied: seeding again in
    every test proves nothing the first test's own first start does not)."""
    path = tmp_path / DB_NAME
    shutil.copyfile(seeded_template, path)
    return path


@pytest.fixture
async def launched() -> AsyncIterator[Launched]:
    """The `confbot run` processes a test started; any still running when it ends is killed."""
    processes: Launched = []
    yield processes
    for process in processes:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def confbot_run(
    server: DiscordServer, db_path: Path, now: datetime, launched: Launched
) -> asyncio.subprocess.Process:
    """`confbot run` in rehearsal time at speed 1 from `now`, connected to `server`."""
    server.identified.clear()
    process = await start_confbot_run(server, sqlite_url(db_path), now, db_path.with_suffix(".log"))
    launched.append(process)
    await asyncio.wait_for(server.identified.wait(), STARTUP)
    return process


def due_in(seconds: float) -> datetime:
    """A rehearsal start that makes the keynote's reminders due `seconds` from now."""
    return venue_time(KEYNOTE_START) - timedelta(minutes=LEAD, seconds=seconds)


def due_at(server: DiscordServer, seconds: float) -> float:
    """When, in monotonic time, reminders set `seconds` ahead by `due_in` fall due for the bot:
    its rehearsal clock starts from CONFBOT_NOW just before it logs in."""
    assert server.logged_in_at is not None
    return server.logged_in_at + seconds


async def until(server: DiscordServer, condition: Callable[[], bool], seconds: float) -> None:
    """Wait for `condition`, for at most `seconds`; the assertions after it say what failed."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await server.until(condition)


async def stop(process: asyncio.subprocess.Process) -> int:
    process.send_signal(signal.SIGTERM)
    return await asyncio.wait_for(process.wait(), STARTUP)


async def test_a_command_is_answered_and_sigterm_closes_cleanly(
    tmp_path: Path, launched: Launched
) -> None:
    async with DiscordServer() as server:
        process = await confbot_run(server, tmp_path / DB_NAME, due_in(3600), launched)
        await server.slash("help", OWNER)
        await until(server, lambda: bool(server.callbacks), 10)
        assert server.callbacks, "the command was answered over the REST callback"
        assert await stop(process) == 0, "SIGTERM is a normal exit"
        await until(server, lambda: bool(server.closes), 5)
        assert server.closes == [1000], "the gateway was closed normally, not dropped"


IN_FLIGHT_AT_LEAST = 4
"""Requests the bot has in flight at once while it fans out: one at a time (1) is too slow at
any latency, which the rate alone shows only on a machine with cores to spare."""


async def test_a_crowd_gets_its_reminder_once_each_before_the_lead_time(
    db_path: Path, launched: Launched
) -> None:
    users, ahead = 1000, 30
    await subscribe(db_path, users)
    async with DiscordServer(latency=LATENCY) as server:
        await remember_dm_channels(db_path, server, users)
        process = await confbot_run(server, db_path, due_in(ahead), launched)
        due = due_at(server, ahead)
        await until(server, lambda: len(server.posted) >= users, ahead + 60)
        assert await stop(process) == 0
    nonces = server.nonces()
    assert len(nonces) == users, "every attendee got the reminder"
    assert max(nonces.values()) == 1, "each once"
    first = min(post.at for post in server.posted)
    last = max(post.at for post in server.posted)
    planned = head_start(users)
    assert first <= due - planned / 2, "the fan-out began its head start before the due time"
    assert server.most_in_flight >= IN_FLIGHT_AT_LEAST, "many sends at once, not one by one"
    assert last <= due + planned, (
        "the last arrives by its due time, later only on a machine so busy that the bot "
        "sends at less than half its planned rate"
    )
    assert server.requests["dm"] == 0, "remembered DM channels cost no second request"


NONCE_WINDOW = 2.0
"""Seconds Discord remembers a nonce in the short-outage test: the outage outlasts it."""
LIMITED_TIMES, RETRY_AFTER = 7, 0.3
FIRST_WAIT = 8.0
"""The limited recipient's first 429 asks for eight seconds, its six later ones for 0.3: a
sender that paused everyone for it would hold the rest of the fan-out that long, seconds more
than even a busy machine needs to send the rest."""


async def test_429_storms_and_a_failing_recipient_delay_nobody(
    db_path: Path, launched: Launched
) -> None:
    users, ahead = 40, 2
    await subscribe(db_path, users)
    async with DiscordServer(latency=LATENCY) as server:
        broken = server.dm_channel_of(FIRST_USER)
        limited = server.dm_channel_of(FIRST_USER + 1)
        server.inject(Fault(502, times=10**6), broken)
        storm = Fault(429, LIMITED_TIMES, retry_after=RETRY_AFTER, first_retry_after=FIRST_WAIT)
        server.inject(storm, limited)
        process = await confbot_run(server, db_path, due_in(ahead), launched)
        await until(server, lambda: len(server.posted) >= users - 1, 60)
        others = [post.at for post in server.posted if post.channel_id not in (broken, limited)]
        assert len(others) == users - 2
        told_to_wait = min(post.at for post in server.refused if post.channel_id == limited)
        assert sum(at > told_to_wait for at in others) >= users // 2, (
            "most of the others were still to be sent when the first 429 came"
        )
        assert max(others) < told_to_wait + FIRST_WAIT - 1, (
            "the 502s and 429s of two recipients delay nobody else"
        )
        assert [post.channel_id for post in server.posted].count(limited) == 1, (
            "seven 429s in a row lose nothing and double nothing"
        )
        assert await stop(process) == 0
    found = await states(db_path)
    assert found["sent"] == users - 1
    assert found.get("pending", 0) == 1, "the failing one waits for another try"


async def test_kill_9_mid_fan_out_and_a_restart_after_the_nonce_window(
    db_path: Path, launched: Launched
) -> None:
    users = 400
    await subscribe(db_path, users)
    async with DiscordServer(latency=LATENCY) as server:
        origin = time.monotonic()
        start = due_in(1)
        kills_mid_fan_out = 0
        for _ in range(3):
            process = await confbot_run(
                server, db_path, start + timedelta(seconds=time.monotonic() - origin), launched
            )
            await asyncio.sleep(1.5)
            process.kill()
            await process.wait()
            kills_mid_fan_out += 0 < len(server.posted) < users
            await outlast_nonce_window(db_path)
            server.forget_nonces()
        process = await confbot_run(
            server, db_path, start + timedelta(seconds=time.monotonic() - origin), launched
        )
        await until(server, lambda: len(server.posted) >= users, 60)
        assert await stop(process) == 0
    assert kills_mid_fan_out == 3, "each kill came while reminders were being sent"
    nonces = server.nonces()
    assert len(nonces) == users, "nothing lost"
    assert max(nonces.values()) == 1, "nothing doubled, though Discord forgot the nonces"


async def test_a_kill_after_discord_created_a_dm_sends_it_once_after_a_short_outage(
    db_path: Path, launched: Launched
) -> None:
    """Killed after Discord created the DM but before its answer came back, the bot is back a
    few seconds later: Discord's nonce window (shortened here) has passed, so only reading the
    DM back keeps the reminder from arriving twice, however short the outage."""
    await subscribe(db_path, 1)
    same = {"CONFBOT_INSTANCE": "crashing"}
    async with DiscordServer(nonce_window=NONCE_WINDOW, stall=1) as server:
        await remember_dm_channels(db_path, server, 1)
        origin = time.monotonic()
        start = due_in(1)
        log = db_path.with_suffix(".log")
        first = await start_confbot_run(server, sqlite_url(db_path), start, log, **same)
        launched.append(first)
        await until(server, lambda: len(server.posted) == 1, 30)
        assert len(server.posted) == 1, "Discord created the DM"
        first.kill()
        await first.wait()
        await asyncio.sleep(NONCE_WINDOW + 1)
        server.identified.clear()
        later = start + timedelta(seconds=time.monotonic() - origin)
        second = await start_confbot_run(server, sqlite_url(db_path), later, log, **same)
        launched.append(second)
        await asyncio.wait_for(server.identified.wait(), STARTUP)
        for _ in range(100):
            if (await states(db_path)).get("sent") or len(server.posted) > 1:
                break
            await asyncio.sleep(0.1)
        assert await stop(second) == 0
    assert len(server.posted) == 1, "the attendee got exactly one DM"
    assert server.requests["history"] == 1, "found by reading the DM back"
    assert (await states(db_path)).get("sent") == 1, "and recorded as sent"
