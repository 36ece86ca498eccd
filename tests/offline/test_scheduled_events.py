"""The server's scheduled events: what Discord accepts, refuses, and the limit of 100."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import discord
import pytest

from bot.offline import OfflineDiscord
from tests.offline.conftest import SampleBot

NOW = datetime(2019, 5, 7, 16, 30, tzinfo=UTC)
START = NOW + timedelta(days=1)


@pytest.fixture
async def offline() -> AsyncIterator[OfflineDiscord]:
    harness = OfflineDiscord(SampleBot(), now=lambda: NOW)
    await harness.start()
    yield harness
    await harness.close()


def guild(offline: OfflineDiscord) -> discord.Guild:
    found = offline.bot.get_guild(offline.guild_id)
    assert found is not None
    return found


async def create(offline: OfflineDiscord, **changes: Any) -> discord.ScheduledEvent:
    fields: dict[str, Any] = {
        "name": "Keynote",
        "description": "An invited talk",
        "start_time": START,
        "end_time": START + timedelta(hours=1),
        "entity_type": discord.EntityType.external,
        "location": "Great Hall",
        "privacy_level": discord.PrivacyLevel.guild_only,
    } | changes
    return await guild(offline).create_scheduled_event(**fields)


async def test_an_external_event_is_created_listed_edited_and_deleted(
    offline: OfflineDiscord,
) -> None:
    event = await create(offline)
    assert (event.name, event.location, event.start_time) == ("Keynote", "Great Hall", START)
    [listed] = await guild(offline).fetch_scheduled_events()
    assert listed.id == event.id
    later = START + timedelta(hours=2)
    edited = await listed.edit(
        start_time=later,
        end_time=later + timedelta(hours=1),
        location="Room R02",
        entity_type=discord.EntityType.external,
    )
    assert (edited.start_time, edited.location) == (later, "Room R02")
    await edited.delete()
    assert await guild(offline).fetch_scheduled_events() == []
    assert offline.violations == []


@pytest.mark.parametrize(
    ("changes", "refused"),
    [
        ({"name": "n" * 101}, "name: Must be between 1 and 100 in length."),
        ({"description": "d" * 1001}, "description: Must be between 1 and 1000 in length."),
        ({"location": "l" * 101}, "entity_metadata.location: Must be between 1 and 100"),
        ({"end_time": START - timedelta(minutes=1)}, "The end must be after the start"),
        (
            {"start_time": NOW - timedelta(minutes=1), "end_time": NOW + timedelta(hours=1)},
            "Cannot schedule event in the past",
        ),
    ],
)
async def test_discord_refuses_an_event_outside_its_rules(
    offline: OfflineDiscord, changes: dict[str, Any], refused: str
) -> None:
    with pytest.raises(discord.HTTPException) as raised:
        await create(offline, **changes)
    assert raised.value.code == 50035
    assert len(offline.violations) == 1
    assert refused in offline.violations[0]


async def test_an_external_event_needs_an_end(offline: OfflineDiscord) -> None:
    body = {
        "name": "Keynote",
        "privacy_level": 2,
        "entity_type": 3,
        "entity_metadata": {"location": "Great Hall"},
        "scheduled_start_time": START.isoformat(),
    }
    reply = offline.scheduled_events.create({"guild_id": str(offline.guild_id)}, body, [])
    assert reply.status == 400
    assert "scheduled_end_time" in offline.violations[0]


async def test_the_101st_event_is_refused_with_discords_code(offline: OfflineDiscord) -> None:
    for number in range(100):
        await create(offline, name=f"Session {number}")
    with pytest.raises(discord.HTTPException) as raised:
        await create(offline, name="One more")
    assert raised.value.code == 30038
    assert "Maximum number of guild scheduled events reached (100)" in offline.violations[0]
    assert len(await guild(offline).fetch_scheduled_events()) == 100


async def test_deleting_an_unknown_event_is_not_found(offline: OfflineDiscord) -> None:
    event = await create(offline)
    await event.delete()
    with pytest.raises(discord.NotFound):
        await event.delete()
