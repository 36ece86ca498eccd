"""/announce through the real command tree: Manage Server required (hidden by default and
checked when run), settings shown privately, and the announcements themselves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import discord
import pytest

from bot.clock import ManualClock
from bot.offline import (
    DEFAULT_GUILD_ID,
    MANAGER_ROLE_ID,
    QUIET_ROLE_ID,
    OfflineDiscord,
    OptionError,
)
from tests.cogs.conftest import ATTENDEE, ORGANISER, only_reply, text_of

Venue = Callable[[str], datetime]


@pytest.fixture
def clock(venue: Venue) -> ManualClock:
    """Tuesday 7 May 2019, 08:30: the morning keynote is still ahead."""
    return ManualClock(venue("2019-05-07T08:30"))


async def test_hidden_from_members_without_manage_server(offline: OfflineDiscord) -> None:
    with pytest.raises(OptionError, match="default_member_permissions"):
        await offline.slash(ATTENDEE, "announce status")


async def test_refused_at_run_time_when_an_admin_showed_it_to_everyone(
    offline: OfflineDiscord,
) -> None:
    offline.grant_to_everyone("announce")
    for command, options in (
        ("announce setup", {"channel": offline.channel_id}),
        ("announce status", {}),
        ("announce off", {}),
    ):
        reply = only_reply(await offline.slash(ATTENDEE, command, options))
        assert reply.ephemeral
        assert "Manage Server" in text_of([reply])
    status = text_of(await offline.slash(ORGANISER, "announce status"))
    assert "not set up" in status


async def test_setup_shows_where_who_and_what_privately(
    offline: OfflineDiscord, venue: Venue
) -> None:
    channel = offline.add_text_channel("announcements")
    sent = await offline.slash(
        ORGANISER,
        "announce setup",
        {"channel": channel, "role": MANAGER_ROLE_ID, "minutes": 15},
    )
    reply = only_reply(sent)
    assert reply.ephemeral
    text = text_of([reply])
    assert "Announcements are on" in text
    assert f"<#{channel}>" in text
    assert f"<@&{MANAGER_ROLE_ID}>" in text
    assert "15 minutes before" in text
    assert "all keynotes and debates, all poster sessions" in text
    assert f"<t:{int(venue('2019-05-07T08:45').timestamp())}:f>" in text


async def test_kinds_can_be_chosen(offline: OfflineDiscord) -> None:
    text = text_of(
        await offline.slash(
            ORGANISER, "announce setup", {"channel": offline.channel_id, "kinds": "oral"}
        )
    )
    assert "Announcing: all talks and oral sessions" in text
    assert "Tuesday morning orals" in text


async def test_everyone_is_never_pinged(offline: OfflineDiscord) -> None:
    reply = only_reply(
        await offline.slash(
            ORGANISER, "announce setup", {"channel": offline.channel_id, "role": DEFAULT_GUILD_ID}
        )
    )
    assert "never ping @everyone" in text_of([reply])


async def test_off_stops_and_says_so(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue
) -> None:
    await offline.slash(ORGANISER, "announce setup", {"channel": offline.channel_id})
    text = text_of(await offline.slash(ORGANISER, "announce off"))
    assert "Announcements are off" in text
    assert "turned off with /announce off" in text
    clock.set(venue("2019-05-07T11:00"))
    await offline.bot.settle()
    assert [s for s in offline.transcript if s.route == "channel"] == []
    again = text_of(await offline.slash(ORGANISER, "announce off"))
    assert "already off" in again


async def test_the_announcement_names_session_time_room_and_topics(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue
) -> None:
    await offline.slash(ORGANISER, "announce setup", {"channel": offline.channel_id})
    clock.set(venue("2019-05-07T10:50"))
    await offline.bot.settle()
    posts = [s for s in offline.transcript if s.route == "channel"]
    text = text_of(posts[-1:])
    assert "Poster session: GANs" in text
    assert "starts in 10 minutes" in text
    assert "Great Hall BC" in text
    assert "generative adversarial networks" in text
    assert f"<t:{int(venue('2019-05-07T11:00').timestamp())}:t>" in text


@pytest.mark.parametrize(
    ("denied", "missing"),
    [
        (discord.Permissions(send_messages=True), "Send Messages"),
        (discord.Permissions(view_channel=True), "View Channel"),
        (discord.Permissions(embed_links=True), "Embed Links"),
    ],
)
async def test_setup_in_a_channel_the_bot_cannot_post_in_says_what_is_missing(
    offline: OfflineDiscord, denied: discord.Permissions, missing: str
) -> None:
    channel = offline.add_text_channel("closed", bot_denied=denied)
    reply = only_reply(await offline.slash(ORGANISER, "announce setup", {"channel": channel}))
    text = text_of([reply])
    assert reply.ephemeral
    assert "Announcements are on" not in text
    assert f"missing {missing}" in text
    assert "not set up" in text_of(await offline.slash(ORGANISER, "announce status"))


async def test_setup_with_a_role_the_bot_may_not_mention_says_so(
    offline: OfflineDiscord,
) -> None:
    sent = await offline.slash(
        ORGANISER, "announce setup", {"channel": offline.channel_id, "role": QUIET_ROLE_ID}
    )
    text = text_of(sent)
    assert "Announcements are on" not in text
    assert "Mention @everyone, @here and All Roles" in text
