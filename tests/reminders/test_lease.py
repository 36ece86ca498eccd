"""Two bots on one database. On SQLite (one sender per file, as `confbot run` and a console
beside it) only the lease holder sends, the other says who does, and takes over when the holder
stops or its lease expires. On PostgreSQL bots of one crew send side by side, each reminder
once. On both, a live bot's claims are left alone and a dead one's are taken over.

Each bot has a manual clock for due times and, as the dispatcher keeps them apart, another for
lease times (the wall clock); only the heartbeat test uses real wall time, as it needs time to
pass by itself."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from bot.app import ConfBot
from bot.clock import ManualClock, SystemClock
from bot.offline import OfflineDiscord
from bot.offline.payloads import OfflineUser
from bot.reminders.dispatcher import Dispatcher
from bot.settings import Settings
from bot.store.models import Delivery
from bot.store.setup import Store
from tests.reminders.conftest import StartBot, Venue, at, dms, remind

KEYNOTE = "session:tue-keynote-morning"
ORALS = "session:tue-orals-morning"
WARNING = "reminders are sent by another confbot process"


@pytest.fixture
def wall() -> ManualClock:
    """Real time as the processes see it, for their leases."""
    return ManualClock(datetime(2026, 5, 7, 12, 0, tzinfo=UTC))


def dispatcher(offline: OfflineDiscord) -> Dispatcher:
    assert isinstance(offline.bot, ConfBot)
    assert offline.bot.dispatcher is not None
    return offline.bot.dispatcher


def warnings_naming(caplog: pytest.LogCaptureFixture, holder: str) -> list[str]:
    """The warnings that another process, `holder`, sends the reminders."""
    return [
        record.getMessage()
        for record in caplog.records
        if record.levelno == logging.WARNING
        and WARNING in record.getMessage()
        and holder in record.getMessage()
    ]


@pytest.mark.sqlite_only(reason="one SQLite file has one sender")
async def test_only_the_lease_holder_sends_and_the_other_says_who_does(
    start_bot: StartBot,
    clock: ManualClock,
    wall: ManualClock,
    venue: Venue,
    caplog: pytest.LogCaptureFixture,
) -> None:
    first = await start_bot(clock, wall=wall)
    with caplog.at_level(logging.WARNING, logger="bot.reminders.dispatcher"):
        second = await start_bot(clock, wall=wall)
        await remind(second, KEYNOTE, minutes=10)
        clock.set(venue("2019-05-07T08:50"))
        await second.bot.settle()
        await first.bot.settle()
        await second.bot.settle()

    assert len(dms(first)) == 1
    assert dms(second) == []
    assert dispatcher(first).delivering
    assert not dispatcher(second).delivering
    assert dispatcher(second).other_holder == dispatcher(first).holder
    (warning,) = warnings_naming(caplog, dispatcher(first).holder)
    assert "this one will take over if that one stops" in warning
    assert await second.bot.next_due() is None, "nothing for the other bot to wait for"


async def test_the_other_bot_leaves_the_holders_claims_alone(
    start_bot: StartBot, store: Store, clock: ManualClock, wall: ManualClock, venue: Venue
) -> None:
    first = await start_bot(clock, wall=wall)
    await remind(first, KEYNOTE, minutes=10)
    async with store.sessions() as db:  # as if the holder were sending it right now
        claimed = {"state": "claimed", "claimed_by": dispatcher(first).holder}
        await db.execute(update(Delivery).values(**claimed))
        await db.commit()

    second = await start_bot(clock, wall=wall)
    clock.set(venue("2019-05-07T08:50"))
    await second.bot.settle()

    async with store.sessions() as db:
        assert await db.scalar(select(Delivery.state)) == "claimed"
    assert dms(second) == []


@pytest.mark.sqlite_only(reason="one SQLite file has one sender")
async def test_when_the_holder_stops_the_other_takes_over(
    start_bot: StartBot, clock: ManualClock, wall: ManualClock, venue: Venue
) -> None:
    first = await start_bot(clock, wall=wall)
    second = await start_bot(clock, wall=wall)
    await remind(first, KEYNOTE, minutes=10)
    await remind(first, ORALS, minutes=45)
    await at(second, clock, venue("2019-05-07T08:50"))
    await at(first, clock, venue("2019-05-07T08:50"))
    assert (len(dms(first)), len(dms(second))) == (1, 0)

    await first.close()
    await at(second, clock, venue("2019-05-07T09:00"))

    assert dispatcher(second).delivering
    assert dispatcher(second).other_holder is None
    (sent,) = dms(second)
    assert "Tuesday morning orals** starts in 45 minutes" in (sent.content or "")


@pytest.mark.sqlite_only(reason="one SQLite file has one sender")
async def test_when_the_holders_lease_expires_the_other_takes_over(
    start_bot: StartBot,
    clock: ManualClock,
    wall: ManualClock,
    venue: Venue,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The first bot hangs at 08:50: its own clocks stop there, so nothing it still does can
    extend its lease or make more reminders due for it, while time goes on for the second."""
    hung_clock, hung_wall = ManualClock(clock.now()), ManualClock(wall.now())
    first = await start_bot(hung_clock, wall=hung_wall)
    second = await start_bot(clock, wall=wall)
    await remind(first, KEYNOTE, minutes=10)
    await remind(first, ORALS, minutes=45)
    await at(first, hung_clock, venue("2019-05-07T08:50"))

    wall.advance(timedelta(seconds=Settings().lease_seconds))
    await at(second, clock, venue("2019-05-07T09:00"))
    with caplog.at_level(logging.WARNING, logger="bot.reminders.dispatcher"):
        await first.bot.settle()

    assert len(dms(first)) == 1
    (sent,) = dms(second)
    assert "Tuesday morning orals** starts in 45 minutes" in (sent.content or "")
    assert dispatcher(second).delivering
    assert not dispatcher(first).delivering
    assert dispatcher(first).other_holder == dispatcher(second).holder
    assert len(warnings_naming(caplog, dispatcher(second).holder)) == 1


@pytest.mark.sqlite_only(reason="one SQLite file has one sender")
async def test_the_heartbeat_takes_over_without_being_asked(
    start_bot: StartBot, clock: ManualClock, venue: Venue
) -> None:
    """No settle here: the second bot's heartbeat finds the lease free and its background task
    sends what is due."""
    ttl = timedelta(seconds=1.5)
    first = await start_bot(clock, wall=SystemClock(), ttl=ttl)
    second = await start_bot(clock, wall=SystemClock(), ttl=ttl)
    await remind(first, KEYNOTE, minutes=10)
    assert not dispatcher(second).delivering

    await first.close()
    clock.set(venue("2019-05-07T08:50"))

    async def until_sent() -> None:
        while not dms(second):  # noqa: ASYNC110 - polling what a background task produces
            await asyncio.sleep(0.005)

    await asyncio.wait_for(until_sent(), timeout=5)
    assert dispatcher(second).delivering
    assert dms(first) == []


@pytest.mark.postgres_only
async def test_on_postgresql_two_bots_send_side_by_side_each_reminder_once(
    start_bot: StartBot, store: Store, clock: ManualClock, wall: ManualClock, venue: Venue
) -> None:
    first = await start_bot(clock, wall=wall)
    second = await start_bot(clock, wall=wall)
    for n in range(20):
        user = OfflineUser(id=320_000_000_000_000_000 + n, name=f"attendee{n}")
        await first.slash(user, "remind add", {"target": KEYNOTE, "minutes": 10})
    clock.set(venue("2019-05-07T08:50"))

    await asyncio.gather(first.bot.settle(), second.bot.settle())

    assert dispatcher(first).delivering
    assert dispatcher(second).delivering
    sent = dms(first) + dms(second)
    assert len(sent) == 20
    assert len({message.nonce for message in sent}) == 20
    async with store.sessions() as db:
        states = list(await db.scalars(select(Delivery.state)))
    assert states == ["sent"] * 20


async def test_the_heartbeat_takes_over_the_claims_of_a_bot_that_died(
    start_bot: StartBot, store: Store, clock: ManualClock, venue: Venue
) -> None:
    """A claim whose holder has no lease any more (killed while sending) goes back to the
    queue on the next heartbeat of a live bot, which sends it with the same nonce."""
    ttl = timedelta(seconds=1.5)
    bot = await start_bot(clock, wall=SystemClock(), ttl=ttl)
    await remind(bot, KEYNOTE, minutes=10)
    clock.set(venue("2019-05-07T08:50"))
    async with store.sessions() as db:
        claimed = {"state": "claimed", "claimed_by": "a-process-that-died"}
        await db.execute(update(Delivery).values(**claimed))
        await db.commit()
        delivery_id = await db.scalar(select(Delivery.id))

    async def until_sent() -> None:
        while not dms(bot):  # noqa: ASYNC110 - polling what a background task produces
            await asyncio.sleep(0.005)

    await asyncio.wait_for(until_sent(), timeout=5)
    (sent,) = dms(bot)
    assert sent.nonce == f"confbot-{delivery_id}"
