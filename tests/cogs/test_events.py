"""/events publish | status | clear: the programme in the server's Events tab, created once,
following the programme when it changes, and within Discord's limit of 100 events."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.app import ConfBot
from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.events import sending
from bot.imports.changes import seed
from bot.imports.packaged import load_data
from bot.offline import OfflineDiscord, OptionError
from bot.settings import Settings
from bot.store.setup import Store
from tests.cogs.conftest import ATTENDEE, StartBot, only_reply, text_of
from tests.datacopy import DataCopy

FUTURE = 10
"""Keynotes and poster sessions still to start at the clock's time (Tuesday 11:30)."""
BEGUN = 4
CANCELLED = "Invited talk (speaker not identified)"
"""Thursday afternoon's keynote, which the re-import leaves out."""
MOVED = datetime(2019, 5, 8, 21, 0, tzinfo=UTC)
"""Wednesday afternoon's keynote after the re-import moved it to 16:00 at the venue."""


@pytest.fixture
async def events(
    store: Store, clock: ManualClock, database_url: str, start_bot: StartBot
) -> OfflineDiscord:
    """The bot offline, where Discord refuses events that start before the bot's clock."""
    return await start_bot(store, clock, database_url, now=clock.now)


def on_discord(offline: OfflineDiscord) -> dict[str, dict[str, Any]]:
    """The server's events by name, as its Events tab shows them."""
    return {event["name"]: event for event in offline.scheduled_events.events.values()}


async def publish(offline: OfflineDiscord, **options: str) -> str:
    return text_of([only_reply(await offline.slash(offline.owner, "events publish", options))])


async def test_publish_creates_an_event_per_keynote_and_poster_session(
    events: OfflineDiscord,
) -> None:
    text = await publish(events)
    assert f"Created: {FUTURE}" in text
    assert f"Not touched, already begun: {BEGUN} sessions" in text
    shown = on_discord(events)
    assert len(shown) == FUTURE
    keynote = shown["Invited talk: Zeynep Tufekci"]
    assert keynote["entity_type"] == 3
    assert keynote["privacy_level"] == 2
    assert keynote["entity_metadata"]["location"]
    assert datetime.fromisoformat(keynote["scheduled_start_time"]) == datetime(
        2019, 5, 8, 19, 30, tzinfo=UTC
    )
    assert datetime.fromisoformat(keynote["scheduled_end_time"]) == datetime(
        2019, 5, 8, 20, 15, tzinfo=UTC
    )
    assert all(len(event["description"]) <= 1000 for event in shown.values())


async def test_publishing_again_duplicates_nothing(events: OfflineDiscord) -> None:
    await publish(events)
    again = await publish(events)
    assert "Created: 0" in again
    assert f"Unchanged: {FUTURE}" in again
    assert len(events.scheduled_events.events) == FUTURE


async def test_one_kind_can_be_published(events: OfflineDiscord) -> None:
    text = await publish(events, kinds="poster")
    assert "Created: 5" in text
    assert all(name.startswith("Poster session") for name in on_discord(events))


async def test_a_reimport_moves_and_deletes_the_published_events(
    events: OfflineDiscord, data_copy: DataCopy
) -> None:
    await publish(events)
    data_copy.set_field("wed-keynote-afternoon", "start", "2019-05-08T16:00:00")
    data_copy.set_field("wed-keynote-afternoon", "end", "2019-05-08T16:45:00")
    data_copy.remove_entry("thu-keynote-afternoon")
    bot = events.bot
    assert isinstance(bot, ConfBot)
    await seed(bot.store.sessions, load_data(data_copy.folder))

    assert await bot.refresh_conferences()

    shown = on_discord(events)
    assert len(shown) == FUTURE - 1
    moved = shown["Invited talk: Zeynep Tufekci"]
    assert datetime.fromisoformat(moved["scheduled_start_time"]) == datetime(
        2019, 5, 8, 21, 0, tzinfo=UTC
    )
    assert CANCELLED not in shown
    again = await publish(events)
    assert "Created: 0" in again
    assert f"Unchanged: {FUTURE - 1}" in again


async def test_an_event_deleted_by_hand_is_created_again(events: OfflineDiscord) -> None:
    await publish(events)
    event_id = next(iter(events.scheduled_events.events))
    del events.scheduled_events.events[event_id]
    assert "Created: 1" in await publish(events)
    assert len(events.scheduled_events.events) == FUTURE


def human_event(offline: OfflineDiscord, number: int) -> None:
    """An event a member of the server made themselves."""
    start = datetime(2019, 6, 1, tzinfo=UTC) + timedelta(hours=number)
    body = {
        "creator_id": str(ATTENDEE.id),
        "name": f"Meet-up {number}",
        "privacy_level": 2,
        "entity_type": 3,
        "entity_metadata": {"location": "Lobby"},
        "scheduled_start_time": start.isoformat(),
        "scheduled_end_time": (start + timedelta(hours=1)).isoformat(),
    }
    assert offline.scheduled_events.create({"guild_id": str(offline.guild_id)}, body, []).ok


async def test_the_limit_of_100_events_is_respected_and_said(events: OfflineDiscord) -> None:
    for number in range(95):
        human_event(events, number)
    text = await publish(events)
    assert "Created: 5" in text
    assert "Could not create 5 events: Discord allows 100 scheduled events" in text
    assert len(events.scheduled_events.events) == 100


async def test_discord_refuses_the_101st_event(events: OfflineDiscord) -> None:
    for number in range(100):
        human_event(events, number)
    start = datetime(2019, 7, 1, tzinfo=UTC)
    body = {
        "name": "One too many",
        "privacy_level": 2,
        "entity_type": 3,
        "entity_metadata": {"location": "Lobby"},
        "scheduled_start_time": start.isoformat(),
        "scheduled_end_time": (start + timedelta(hours=1)).isoformat(),
    }
    refused = events.scheduled_events.create({"guild_id": str(events.guild_id)}, body, [])
    assert refused.status == 400
    assert refused.body["code"] == 30038
    events.violations.clear()


async def test_status_lists_and_clear_deletes_only_the_bots_events(
    events: OfflineDiscord,
) -> None:
    human_event(events, 1)
    await publish(events)
    status = text_of([only_reply(await events.slash(events.owner, "events status"))])
    assert f"{FUTURE} scheduled events" in status
    cleared = text_of([only_reply(await events.slash(events.owner, "events clear"))])
    assert f"Deleted: {FUTURE}" in cleared
    assert list(on_discord(events)) == ["Meet-up 1"]
    status = text_of([only_reply(await events.slash(events.owner, "events status"))])
    assert "published no events" in status


async def test_members_without_manage_events_are_refused(events: OfflineDiscord) -> None:
    with pytest.raises(OptionError, match="manage_events"):
        await events.slash(ATTENDEE, "events publish")
    events.grant_to_everyone("events")
    reply = only_reply(await events.slash(ATTENDEE, "events publish"))
    assert reply.ephemeral
    assert "Manage Events permission" in text_of([reply])
    assert events.scheduled_events.events == {}


async def a_publish_whose_answer_is_lost(offline: OfflineDiscord) -> None:
    """Discord creates the first event, but its answer never comes: the bot cannot know the
    event exists, and says something went wrong."""
    before = len(offline.scheduled_events.events)
    offline.faults.inject_timeout(route="event", after_create=True)
    reply = only_reply(await offline.slash(offline.owner, "events publish"))
    assert "Something went wrong" in text_of([reply])
    assert len(offline.unexpected) == 1
    offline.unexpected.clear()
    assert len(offline.scheduled_events.events) == before + 1


async def test_the_next_publish_adopts_the_event_it_never_recorded(
    events: OfflineDiscord,
) -> None:
    await a_publish_whose_answer_is_lost(events)
    text = await publish(events)
    assert f"Created: {FUTURE - 1}" in text
    assert "Unchanged: 1" in text
    names = [event["name"] for event in events.scheduled_events.events.values()]
    assert len(names) == len(set(names)) == FUTURE, "no session has two events"


async def test_clear_deletes_an_event_it_never_recorded_and_no_member_event(
    events: OfflineDiscord,
) -> None:
    human_event(events, 1)
    await a_publish_whose_answer_is_lost(events)
    cleared = text_of([only_reply(await events.slash(events.owner, "events clear"))])
    assert "Deleted: 1" in cleared
    assert list(on_discord(events)) == ["Meet-up 1"]


async def moved_elsewhere(offline: OfflineDiscord, data_copy: DataCopy) -> None:
    """A re-import (as `confbot import` in another process would) moves a published keynote."""
    data_copy.set_field("wed-keynote-afternoon", "start", "2019-05-08T16:00:00")
    data_copy.set_field("wed-keynote-afternoon", "end", "2019-05-08T16:45:00")
    bot = offline.bot
    assert isinstance(bot, ConfBot)
    await seed(bot.store.sessions, load_data(data_copy.folder))


def keynote_start(offline: OfflineDiscord) -> datetime:
    return datetime.fromisoformat(
        on_discord(offline)["Invited talk: Zeynep Tufekci"]["scheduled_start_time"]
    )


async def followed(offline: OfflineDiscord, within: float = 10.0) -> bool:
    for _ in range(int(within / 0.02)):
        if keynote_start(offline) == MOVED:
            return True
        await asyncio.sleep(0.02)
    return False


FIRST_RETRY = 1.0
"""The first wait before an event that could not follow is tried again: the re-import must be
over well before it, however busy the machine."""


async def test_events_that_could_not_follow_a_reimport_follow_later_without_holding_it(
    events: OfflineDiscord, data_copy: DataCopy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Discord refuses the edits for a while: the re-import is not held up for the retries,
    and the retries go on past the listed waits until the event has followed."""
    monkeypatch.setattr(sending, "FOLLOW_RETRIES", (FIRST_RETRY, 0.05))
    await publish(events)
    await moved_elsewhere(events, data_copy)
    events.faults.inject(route="event", status=503, times=4)
    bot = events.bot
    assert isinstance(bot, ConfBot)

    started = time.perf_counter()
    assert await bot.refresh_conferences()
    assert time.perf_counter() - started < FIRST_RETRY, "the re-import waited for the retries"

    assert keynote_start(events) != MOVED
    assert await followed(events)
    events.violations.clear()  # the refusals were Discord's, injected


async def test_a_bot_started_after_a_reimport_moves_the_events_it_published(
    events: OfflineDiscord, data_copy: DataCopy, store: Store, clock: ManualClock, database_url: str
) -> None:
    """The change was recorded as applied while no bot ran (or while one was still trying
    again when it stopped): the next start brings the events along."""
    await publish(events)
    await events.close()
    await moved_elsewhere(events, data_copy)
    async with store.sessions() as db:
        conf = await get_conference(db, "iclr2019")
    again = OfflineDiscord(ConfBot(Settings(database_url=database_url), store, clock, conf))
    again.scheduled_events.events = events.scheduled_events.events  # the same server
    await again.start()
    try:
        assert await followed(again)
    finally:
        await again.close()
