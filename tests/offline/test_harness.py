"""Starting and closing the offline Discord, and posting in its channels as a member."""

from __future__ import annotations

import discord

from bot.offline import OWNER_USER_ID, OfflineDiscord
from tests.offline.conftest import ALICE, SampleBot, sample, text_channel


async def test_start_logs_in_builds_the_guild_and_runs_setup_hook(offline: OfflineDiscord) -> None:
    bot = offline.bot
    assert bot.is_ready()
    assert bot.user is not None
    assert bot.user.bot
    guild = bot.get_guild(offline.guild_id)
    assert guild is not None
    assert guild.name == "Conference (offline)"
    assert guild.me is not None
    assert guild.default_role.id == offline.guild_id
    assert text_channel(offline).name == "general" == offline.channel_name(offline.channel_id)
    assert bot.get_cog("Sample") is not None
    assert offline.requests["PUT /applications/{application_id}/commands"] == 1
    assert (await bot.application_info()).owner.id == OWNER_USER_ID
    assert offline.user_name(bot.user.id) == bot.user.name


async def test_close_closes_the_bot_and_removes_the_capture() -> None:
    bot = SampleBot()
    async with OfflineDiscord(bot):
        assert "request" in vars(bot.http)
    assert bot.is_closed()
    assert "request" not in vars(bot.http)
    assert bot.get_cog("Sample") is None


async def test_a_message_without_a_mention_reaches_the_bot_without_its_content(
    offline: OfflineDiscord,
) -> None:
    assert await offline.message(ALICE, "hello everyone") == []
    assert sample(offline).heard == [""], "no message_content intent: Discord sends no text"


async def test_with_the_message_content_intent_the_bot_reads_all_chat() -> None:
    intents = discord.Intents.default()
    intents.message_content = True
    async with OfflineDiscord(SampleBot(intents)) as harness:
        assert await harness.message(ALICE, "hello everyone") == []
        assert sample(harness).heard == ["hello everyone"]


async def test_a_mention_is_a_message_naming_the_bot(offline: OfflineDiscord) -> None:
    sent = await offline.message(ALICE, f"<@{offline.bot_id}> hi")
    assert [s.content for s in sent] == ["Hi alice!"]
    assert sample(offline).heard == [f"<@{offline.bot_id}> hi"]
