"""Three `confbot run` processes on one PostgreSQL store, killed with SIGKILL at random moments
and restarted, against one Discord-shaped server on 127.0.0.1: every reminder arrives exactly
once (a re-send after a kill between send and mark carries the same nonce, and Discord drops
it), and none is lost.

Half the restarts come back under the same CONFBOT_INSTANCE name and take their own unfinished
claims back at once; the others come back under a new name, so the claims the dead one left are
taken over by the live processes once its lease lapses (CONFBOT_LEASE_SECONDS=2 here). Kill
moments and names are drawn with a fixed seed.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import signal
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from bot.conferences import get_conference
from bot.imports.packaged import open_store
from bot.reminders.dispatcher import BATCH
from bot.store.models import Delivery, DmChannel, Subscription
from tests.conftest import DATA_DIR, venue_time
from tests.live.discord_server import DiscordServer, start_confbot_run

pytestmark = [pytest.mark.slow, pytest.mark.postgres_only]

SEED = 20190508
PROCESSES = 3
USERS = 1500
"""More than the kills leave time to send at Discord's pace, so that they all land
while there is work left."""
MIN_KILLS = 10
MIN_DELIVERIES = 200
KILL_GAP = (0.3, 1.2)
"""Seconds between two kills, drawn uniformly."""
LEASE_SECONDS = 2
LATENCY = 0.02
FIRST_USER = 830_000_000_000_000_000
KEYNOTE = "tue-keynote-morning"
NOW = venue_time("2019-05-07T08:55")
"""Every process starts its rehearsal clock here: the keynote's reminders (10 minutes ahead)
are due at once and it has not started yet."""
FINISH_SECONDS = 120


async def crowd(url: str, server: DiscordServer) -> None:
    """USERS attendees follow the keynote by DM; their DM channels are known from earlier
    reminders, so each reminder is one request."""
    store = await open_store(url, DATA_DIR)
    async with store.sessions() as db:
        conf = await get_conference(db, "iclr2019")
    users = range(FIRST_USER, FIRST_USER + USERS)
    subscriptions = [
        {
            "conference_id": conf.id,
            "user_id": user,
            "target_type": "session",
            "target_ref": KEYNOTE,
            "lead_minutes": 10,
            "via": "dm",
            "status": "active",
            "created_at": venue_time("2019-05-01T09:00"),
        }
        for user in users
    ]
    channels = [
        {
            "user_id": user,
            "channel_id": server.dm_channel_of(user),
            "opened_at": venue_time("2019-05-06T09:00"),
        }
        for user in users
    ]
    async with store.sessions() as db, db.begin():
        await db.execute(insert(Subscription), subscriptions)
        await db.execute(insert(DmChannel), channels)
    await store.close()


async def due_deliveries(url: str) -> tuple[set[str], Counter[str]]:
    """The nonces of every delivery (all due at once, as the processes start), and the
    deliveries by state."""
    store = await open_store(url, DATA_DIR)
    async with store.sessions() as db:
        ids = await db.scalars(select(Delivery.id))
        rows = await db.execute(select(Delivery.state, func.count()).group_by(Delivery.state))
        found = ({f"confbot-{delivery_id}" for delivery_id in ids}, Counter(dict(list(rows))))
    await store.close()
    return found


@dataclass
class Crew:
    """The PROCESSES slots, each running one `confbot run` at a time."""

    server: DiscordServer
    url: str
    logs: Path
    rng: random.Random
    running: dict[int, asyncio.subprocess.Process] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    starts: int = 0
    renamed: int = 0

    async def start(self, slot: int) -> None:
        """Start slot's process: under its last name or, half the time, a new one."""
        if slot not in self.names or self.rng.random() < 0.5:
            self.renamed += slot in self.names
            self.names[slot] = f"slot{slot}-{self.starts}"
        self.starts += 1
        self.running[slot] = await start_confbot_run(
            self.server,
            self.url,
            NOW,
            self.logs / f"{self.names[slot]}.log",
            CONFBOT_INSTANCE=self.names[slot],
            CONFBOT_LEASE_SECONDS=str(LEASE_SECONDS),
        )

    async def kill(self, slot: int) -> None:
        process = self.running.pop(slot)
        if process.returncode is None:
            process.send_signal(signal.SIGKILL)
        await process.wait()

    async def stop_all(self) -> None:
        for slot, process in list(self.running.items()):
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(process.wait(), 30)
            except TimeoutError:
                await self.kill(slot)
        self.running.clear()


@pytest.fixture
async def crew(database_url: str, tmp_path: Path) -> AsyncIterator[Crew]:
    async with DiscordServer(latency=LATENCY) as server:
        await crowd(database_url, server)
        crew = Crew(server, database_url, tmp_path, random.Random(SEED))
        try:
            yield crew
        finally:
            for slot in list(crew.running):
                await crew.kill(slot)


async def test_three_processes_killed_at_random_lose_nothing_and_double_nothing(
    crew: Crew,
    capsys: pytest.CaptureFixture[str],
    record_property: pytest.RecordProperty,
) -> None:
    server = crew.server
    for slot in range(PROCESSES):
        await crew.start(slot)
    async with asyncio.timeout(FINISH_SECONDS):  # planned, and sending
        await server.until(lambda: bool(server.posted))
    started_at = asyncio.get_running_loop().time()
    kills = 0
    while kills < MIN_KILLS:
        await asyncio.sleep(crew.rng.uniform(*KILL_GAP))
        slot = crew.rng.randrange(PROCESSES)
        await crew.kill(slot)
        kills += 1
        await crew.start(slot)
    sent_during_kills = len(server.posted)
    killing = asyncio.get_running_loop().time() - started_at
    expected, _ = await due_deliveries(crew.url)

    async def all_sent() -> None:
        await server.until(lambda: expected <= set(server.nonces()))

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(all_sent(), FINISH_SECONDS)
    await asyncio.sleep(LEASE_SECONDS)  # anything more would have been sent by now
    await crew.stop_all()
    _, states = await due_deliveries(crew.url)

    sent = server.nonces()
    lost = len(expected - set(sent))
    resent = server.requests["post"] - len(server.posted)
    duplicates = sum(count - 1 for count in sent.values() if count > 1)
    figures = (
        f"crew crash test: {PROCESSES} processes, {kills} kills ({crew.renamed} restarts under "
        f"a new name) in {killing:.1f} s, {len(expected)} deliveries, {sent_during_kills} "
        "sent while killing, "
        f"{len(server.posted)} messages, {resent} re-sends dropped by their nonce, "
        f"lost {lost}, duplicates {duplicates}"
    )
    with capsys.disabled():
        print(f"\n{figures}")
    for name, value in (("kills", kills), ("deliveries", len(expected))):
        record_property(name, value)
    record_property("lost", lost)
    record_property("duplicates", duplicates)
    assert len(expected) == USERS >= MIN_DELIVERIES
    assert sent_during_kills < len(expected), f"the work ended before the kills: {figures}"
    assert lost == 0, figures
    assert duplicates == 0, figures
    assert set(sent) == expected, "nothing but the due reminders was sent"
    assert resent <= kills * BATCH, "only claims cut off by a kill are sent twice: claims are apart"
    assert states == {"sent": len(expected)}, states
