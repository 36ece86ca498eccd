"""A throwaway bot with one command per rule the offline Discord enforces, and its harness.

The bot is defined here rather than taken from the project's cogs so that these tests pin the
offline Discord's behaviour, not the product's.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.app_commands import Choice
from discord.ext import commands

from bot.offline import DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID, OfflineDiscord, OfflineUser

ALICE = OfflineUser(1001, "alice")
OLGA = OfflineUser(1002, "olga", manage_guild=True)
DEADLINE = 0.25
# The default guild's @everyone role has the guild's id, as on Discord.
INVITE: dict[str, Any] = {
    "who": OLGA,
    "where": DEFAULT_CHANNEL_ID,
    "role": DEFAULT_GUILD_ID,
    "hours": 2,
}
TITLES = [
    "Deep Learning Generalizes Because the Parameter-Function Map Is Biased",
    "Deep Graph Infomax",
    "Learning Deep Representations by Mutual Information Estimation",
    "The Lottery Ticket Hypothesis",
]
PRODUCT_LOG = logging.getLogger("bot.sample")
"""Stands for a product module's logger, which the harness watches."""


class Sample(commands.Cog):
    """One command per rule the offline Discord enforces."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.heard: list[str] = []

    @app_commands.command(name="ping", description="Check the bot is alive")
    async def ping(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong")

    @app_commands.command(name="pick", description="Pick sessions")
    @app_commands.choices(
        track=[Choice(name="Main track", value="main"), Choice(name="Workshops", value="workshop")]
    )
    async def pick(
        self,
        interaction: discord.Interaction,
        count: app_commands.Range[int, 1, 10],
        track: str,
        label: app_commands.Range[str, 2, 8] | None = None,
    ) -> None:
        await interaction.response.send_message(f"{count} from {track} {label}", ephemeral=True)

    remind = app_commands.Group(name="remind", description="Reminders")

    @remind.command(name="add", description="Add a reminder")
    async def remind_add(
        self, interaction: discord.Interaction, minutes: app_commands.Range[int, 1, 120], note: str
    ) -> None:
        await interaction.response.send_message(f"in {minutes} min: {note}", ephemeral=True)

    @app_commands.command(name="paper", description="Show a paper")
    async def paper(self, interaction: discord.Interaction, title: str) -> None:
        await interaction.response.send_message(f"Paper: {title}")

    @paper.autocomplete("title")
    async def paper_titles(
        self, interaction: discord.Interaction, current: str
    ) -> list[Choice[str]]:
        matches = [t for t in TITLES if current.lower() in t.lower()]
        return [Choice(name=t, value=t) for t in matches][:25]

    @app_commands.command(name="flood", description="Autocomplete that breaks the limits")
    async def flood(self, interaction: discord.Interaction, topic: str) -> None:
        await interaction.response.send_message(topic)

    @flood.autocomplete("topic")
    async def flood_topics(
        self, interaction: discord.Interaction, current: str
    ) -> list[Choice[str]]:
        return [Choice(name="n" * 120 if i == 0 else f"topic {i}", value=str(i)) for i in range(30)]

    @app_commands.command(name="search", description="Defer, then follow up")
    async def search(self, interaction: discord.Interaction, query: str) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await asyncio.sleep(0)
        await interaction.followup.send(f"results for {query}")
        await interaction.followup.send("and one more thing")

    @app_commands.command(name="think", description="Defers and forgets")
    async def think(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)

    @app_commands.command(name="essay", description="Too long for Discord")
    async def essay(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("x" * 3000)

    @app_commands.command(name="twice", description="Responds twice")
    async def twice(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("one")
        await interaction.response.send_message("two")

    @app_commands.command(name="slow", description="Misses the response deadline")
    async def slow(self, interaction: discord.Interaction) -> None:
        await asyncio.sleep(DEADLINE * 2)
        await interaction.response.send_message("finally")

    @app_commands.command(name="silent", description="Never responds")
    async def silent(self, interaction: discord.Interaction) -> None:
        return None

    @app_commands.command(name="early", description="Follows up before responding")
    async def early(self, interaction: discord.Interaction) -> None:
        with contextlib.suppress(discord.NotFound):
            await interaction.followup.send("too early")
        await interaction.response.send_message("ok")

    @app_commands.command(name="dmme", description="Sends the schedule by DM")
    async def dmme(self, interaction: discord.Interaction) -> None:
        try:
            await interaction.user.send("Your schedule")
        except discord.Forbidden as exc:
            await interaction.response.send_message(f"cannot DM you ({exc.code})", ephemeral=True)
        else:
            await interaction.response.send_message("Check your DMs", ephemeral=True)

    @app_commands.command(name="announce", description="Post in this channel")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    async def announce(self, interaction: discord.Interaction, text: str) -> None:
        assert isinstance(interaction.channel, discord.TextChannel)
        try:
            await interaction.channel.send(text, allowed_mentions=discord.AllowedMentions.none())
        except discord.NotFound as exc:
            await interaction.response.send_message(f"channel gone ({exc.code})", ephemeral=True)
        else:
            await interaction.response.send_message("posted", ephemeral=True)

    @app_commands.command(name="invite", description="Every snowflake option type")
    async def invite(
        self,
        interaction: discord.Interaction,
        who: discord.Member,
        where: discord.TextChannel,
        role: discord.Role,
        hours: app_commands.Range[float, 0.5, 8.0],
    ) -> None:
        text = f"{who.display_name} to #{where.name} as {role.name} for {hours}h"
        await interaction.response.send_message(text)

    @app_commands.command(name="progress", description="Edits what it sent")
    async def progress(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("working")
        await interaction.edit_original_response(content="working: done")

    @app_commands.command(name="crash", description="Fails with a bug")
    async def crash(self, interaction: discord.Interaction) -> None:
        raise RuntimeError("a bug in the command")

    @app_commands.command(name="polite", description="Hides a bug behind a polite reply")
    async def polite(self, interaction: discord.Interaction) -> None:
        try:
            raise KeyError("a bug in a service")
        except KeyError:
            PRODUCT_LOG.exception("polite failed")
        await interaction.response.send_message("Something went wrong", ephemeral=True)

    @app_commands.command(name="dmonly", description="Not offered in servers")
    @app_commands.allowed_contexts(guilds=False, dms=True, private_channels=True)
    async def dmonly(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("dm")

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        self.heard.append(message.content)
        if self.bot.user not in message.mentions or message.author.bot:
            return
        if message.content.endswith("boom"):
            raise RuntimeError("listener failed")
        await message.reply(f"Hi {message.author.name}!", mention_author=False)


class SampleBot(commands.Bot):
    def __init__(self, intents: discord.Intents | None = None) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents or discord.Intents.default(),
            help_command=None,
            allowed_mentions=discord.AllowedMentions(everyone=False, roles=False),
            max_ratelimit_timeout=30.0,
        )

    async def setup_hook(self) -> None:
        await self.add_cog(Sample(self))
        await self.tree.sync()

    async def on_command_error(
        self, context: commands.Context[Any], exception: commands.CommandError, /
    ) -> None:
        # Mentions are chat, not prefix commands; anything else is a real error.
        if not isinstance(exception, commands.CommandNotFound):
            await super().on_command_error(context, exception)


@pytest.fixture
async def offline() -> AsyncIterator[OfflineDiscord]:
    harness = OfflineDiscord(SampleBot(), response_deadline=DEADLINE)
    await harness.start()
    yield harness
    await harness.close()


def text_channel(offline: OfflineDiscord, channel_id: int | None = None) -> discord.TextChannel:
    channel = offline.bot.get_channel(channel_id or offline.channel_id)
    assert isinstance(channel, discord.TextChannel)
    return channel


def original(error: BaseException) -> BaseException:
    """What a command raised, out of the CommandInvokeError discord.py wraps it in."""
    return getattr(error, "original", error)


def sample(offline: OfflineDiscord) -> Sample:
    cog = offline.bot.get_cog("Sample")
    assert isinstance(cog, Sample)
    return cog
