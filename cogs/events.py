"""/events publish | status | clear: the programme's keynotes and poster sessions (or the kinds
chosen) in the server's Events tab, where "Interested" brings Discord's own notification.

Publishing is slow work (one request per event), so every command defers with thinking first.
"""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import ConfBot
from bot.background import Stopping, finish
from bot.discord.reader import reader_language
from bot.discord.replies import send
from bot.discord.translator import choice, described
from bot.domain.errors import N_
from bot.domain.kinds import ASKABLE, GROUPS, Group
from bot.events import sending, service
from bot.events.render import report_embed, status_embed
from bot.signals import CONFERENCES_CHANGED

KIND_CHOICES = [choice(GROUPS[g].choice, g.value) for g in ASKABLE]


class NeedsManageEvents(app_commands.CheckFailure):
    """Checked at run time: admins can re-grant any command to anyone in Integrations."""

    def __init__(self) -> None:
        self.message = N_("Only members with the Manage Events permission can do that.")
        super().__init__(self.message)


@app_commands.guild_only()
@app_commands.default_permissions(manage_events=True)
class Events(commands.GroupCog, group_name="events", group_description="Discord scheduled events"):
    """Scheduled events for the sessions of the conference this server follows."""

    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot
        self._stopping = Stopping()
        self._following: asyncio.Task[None] | None = None

    async def cog_unload(self) -> None:
        self._stopping.request()
        await finish(self._following)

    @commands.Cog.listener(f"on_{CONFERENCES_CHANGED}")
    async def follow_conferences(self) -> None:
        """A re-import moved or cancelled sessions: their published events follow. A first
        try is made at once, so whoever announced the change sees it followed; the retries
        of what failed run on their own, so no announcement waits for them."""
        if self.bot.is_ready() and not await sending.follow(self.bot):
            self._follow_in_background()

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        """After a start, the events follow whatever changed while the bot was away, and
        what an earlier process was still retrying when it stopped."""
        self._follow_in_background()

    def _follow_in_background(self) -> None:
        if self._following is None or self._following.done():
            self._following = asyncio.create_task(
                sending.follow_until_done(self.bot, self._stopping), name="confbot-events"
            )

    async def _guild(self, interaction: discord.Interaction) -> discord.Guild:
        if interaction.guild is None or not interaction.permissions.manage_events:
            raise NeedsManageEvents()
        await interaction.response.defer(ephemeral=True, thinking=True)
        return interaction.guild

    @app_commands.command(name="publish", description="Create or update the server's events")
    @described(kinds="Only sessions of this kind (default: keynotes and posters)")
    @app_commands.choices(kinds=KIND_CHOICES)
    async def publish(
        self, interaction: discord.Interaction, kinds: app_commands.Choice[str] | None = None
    ) -> None:
        guild = await self._guild(interaction)
        groups = (Group(kinds.value),) if kinds is not None else service.PUBLISHED_GROUPS
        conf = self.bot.conference_for(interaction)
        report = await sending.publish(self.bot, guild, conf, groups)
        embed = report_embed(conf, report, groups, reader_language(interaction))
        await send(interaction, embed=embed, ephemeral=True)

    @app_commands.command(name="status", description="The events the bot published here")
    async def status(self, interaction: discord.Interaction) -> None:
        guild = await self._guild(interaction)
        conf = self.bot.conference_for(interaction)
        async with self.bot.store.sessions() as db:
            published = await service.published(db, guild.id, conf)
        embed = status_embed(conf, published, reader_language(interaction))
        await send(interaction, embed=embed, ephemeral=True)

    @app_commands.command(name="clear", description="Delete the events the bot published here")
    async def clear(self, interaction: discord.Interaction) -> None:
        guild = await self._guild(interaction)
        conf = self.bot.conference_for(interaction)
        report = await sending.clear(self.bot, guild, conf)
        embed = report_embed(conf, report, None, reader_language(interaction))
        await send(interaction, embed=embed, ephemeral=True)


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Events(bot))
