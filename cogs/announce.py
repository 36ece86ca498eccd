"""/announce setup | status | off: a server's channel announcements of keynotes and posters.

Hidden by default from members without Manage Server, and checked again when the command runs,
because server admins can re-grant a command to anyone in Discord's Integrations settings.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.app import ConfBot
from bot.replies import send
from bot.services import announcements
from bot.services.subscriptions import MAX_MINUTES, MIN_MINUTES

KIND_CHOICES = [
    app_commands.Choice(name="keynotes and posters (default)", value="keynote,poster"),
    app_commands.Choice(name="keynotes", value="keynote"),
    app_commands.Choice(name="posters", value="poster"),
    app_commands.Choice(name="orals", value="oral"),
    app_commands.Choice(name="keynotes, posters and orals", value="keynote,poster,oral"),
    app_commands.Choice(name="everything except breaks and meals", value="everything"),
]
Minutes = app_commands.Range[int, MIN_MINUTES, MAX_MINUTES]


class NeedsManageServer(app_commands.CheckFailure):
    def __init__(self) -> None:
        super().__init__("Only members with the Manage Server permission can change announcements.")


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Announce(
    commands.GroupCog, group_name="announce", group_description="Announce sessions in a channel"
):
    """Server-wide announcements; deliveries go through the reminders dispatcher."""

    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Manage Server, checked at run time (default permissions only hide the command)."""
        if interaction.guild_id is None or not interaction.permissions.manage_guild:
            raise NeedsManageServer()
        return True

    @app_commands.command(name="setup", description="Announce sessions in a channel")
    @app_commands.describe(
        channel="Where to post the announcements",
        role="A role to ping with each announcement (default: nobody)",
        minutes=f"How long before a session starts ({MIN_MINUTES}-{MAX_MINUTES}, default 10)",
        kinds="Which sessions to announce (default: keynotes and posters)",
    )
    @app_commands.choices(kinds=KIND_CHOICES)
    async def setup(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel,
        role: discord.Role | None = None,
        minutes: Minutes = announcements.DEFAULT_MINUTES,
        kinds: app_commands.Choice[str] | None = None,
    ) -> None:
        assert interaction.guild_id is not None  # guild_only
        await interaction.response.defer(ephemeral=True, thinking=True)
        chosen = kinds.value.split(",") if kinds else list(announcements.DEFAULT_KINDS)
        async with self.bot.store.sessions() as db:
            info = await announcements.setup(
                db,
                self.bot.conference,
                self.bot.clock,
                guild_id=interaction.guild_id,
                channel_id=channel.id,
                role_id=role.id if role is not None else None,
                minutes=minutes,
                kinds=chosen,
            )
        self.bot.dispatch("reminders_changed")
        embed = render.announcement_embed(self.bot.conference, info)
        await send(interaction, embed=embed, ephemeral=True)

    @app_commands.command(name="status", description="Where and what this server announces")
    async def status(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        async with self.bot.store.sessions() as db:
            info = await announcements.status(db, interaction.guild_id)
        embed = render.announcement_embed(self.bot.conference, info)
        await send(interaction, embed=embed, ephemeral=True)

    @app_commands.command(name="off", description="Stop announcing sessions in this server")
    async def off(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with self.bot.store.sessions() as db:
            info = await announcements.turn_off(db, self.bot.clock, interaction.guild_id)
        self.bot.dispatch("reminders_changed")
        embed = render.announcement_embed(self.bot.conference, info)
        await send(interaction, embed=embed, ephemeral=True)


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Announce(bot))
