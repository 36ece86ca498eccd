"""Posts and DMs sent with the bot token: channels, DM channels, and what each refuses."""

from __future__ import annotations

from pathlib import Path

import discord

from bot.offline import OfflineDiscord
from tests.offline.conftest import ALICE, OLGA, text_channel


async def test_mention_reaches_on_message_and_reply_pings_nobody(offline: OfflineDiscord) -> None:
    sent = await offline.mention(ALICE, "hello there")
    assert [(s.route, s.content) for s in sent] == [("channel", "Hi alice!")]
    assert sent[0].allowed_mentions == {"parse": ["users"], "replied_user": False}


async def test_command_can_dm_the_user(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "dmme")
    assert [(s.route, s.content, s.recipient_id) for s in sent] == [
        ("dm", "Your schedule", ALICE.id),
        ("response", "Check your DMs", None),
    ]
    assert sent[0].channel_id is not None
    assert offline.channel_name(sent[0].channel_id) == "DM with alice"


async def test_closed_dms_answer_50007(offline: OfflineDiscord) -> None:
    offline.close_dms(ALICE.id)
    sent = await offline.slash(ALICE, "dmme")
    assert [s.content for s in sent] == ["cannot DM you (50007)"]


async def test_background_dm_opens_the_channel_once(offline: OfflineDiscord) -> None:
    offline.add_user(ALICE)
    channel = await offline.bot.create_dm(discord.Object(ALICE.id))
    await channel.send("Your poster session starts in 10 minutes")
    await (await offline.bot.create_dm(discord.Object(ALICE.id))).send("Room B")
    assert [(s.route, s.recipient_id) for s in offline.transcript] == [("dm", ALICE.id)] * 2
    assert offline.requests["create_dm"] == 1


async def test_background_channel_send_is_in_the_transcript(
    offline: OfflineDiscord, tmp_path: Path
) -> None:
    schedule = tmp_path / "schedule.ics"
    schedule.write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n")
    channel = offline.bot.get_partial_messageable(offline.channel_id, guild_id=offline.guild_id)
    message = await channel.send("Keynote in 10 minutes", file=discord.File(schedule))
    assert [(s.route, s.content, s.attachments) for s in offline.transcript] == [
        ("channel", "Keynote in 10 minutes", ["schedule.ics"]),
    ]
    assert offline.transcript[0].nonce is not None
    assert offline.transcript[0].message_id == message.id
    assert offline.violations == []


async def test_permission_checks_run_in_the_real_tree(offline: OfflineDiscord) -> None:
    sent = await offline.slash(OLGA, "announce", {"text": "Keynote @everyone"})
    assert [(s.route, s.content) for s in sent] == [
        ("channel", "Keynote @everyone"),
        ("response", "posted"),
    ]
    assert sent[0].allowed_mentions == {"parse": []}


async def test_deleted_channel_answers_unknown_channel(offline: OfflineDiscord) -> None:
    offline.delete_channel(offline.channel_id)
    sent = await offline.slash(OLGA, "announce", {"text": "Lunch"})
    assert [s.content for s in sent] == ["channel gone (10003)"]


async def test_added_channel_can_be_posted_to(offline: OfflineDiscord) -> None:
    channel_id = offline.add_text_channel("announcements")
    await text_channel(offline, channel_id).send("Welcome")
    assert offline.transcript[0].channel_id == channel_id
    assert offline.channel_name(channel_id) == "announcements"
