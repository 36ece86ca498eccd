"""/announce setup | status | off: a server's channel announcements of keynotes and posters.

Hidden by default from members without Manage Server, and checked again when the command runs,
because server admins can re-grant a command to anyone in Discord's Integrations settings.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import ConfBot
from bot.discord.posting import missing_to_post
from bot.discord.reader import reader_language
from bot.discord.replies import send
from bot.discord.translator import choice, described
from bot.discord.tree import NeedsManageServer
from bot.domain.errors import N_, DomainError, Phrases
from bot.domain.kinds import ANNOUNCED_BY_DEFAULT, GROUPS, Group
from bot.domain.reminders import DEFAULT_LEAD_MINUTES, MAX_LEAD_MINUTES, MIN_LEAD_MINUTES
from bot.reminders import announcements
from bot.reminders.render import announcement_embed

_COMBINATIONS = (
    ANNOUNCED_BY_DEFAULT,
    (Group.KEYNOTE,),
    (Group.POSTER,),
    (Group.ORAL,),
    (Group.KEYNOTE, Group.POSTER, Group.ORAL),
    (Group.EVERYTHING,),
)
KIND_CHOICES = [
    choice(
        " and ".join(GROUPS[group].choice for group in combination)
        + (" (default)" if combination == ANNOUNCED_BY_DEFAULT else ""),
        ",".join(combination),
    )
    for combination in _COMBINATIONS
]
Minutes = app_commands.Range[int, MIN_LEAD_MINUTES, MAX_LEAD_MINUTES]


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
            raise NeedsManageServer("change announcements")
        return True

    @app_commands.command(name="setup", description="Announce sessions in a channel")
    @described(
        channel="Where to post the announcements",
        role="A role to ping with each announcement (default: nobody)",
        minutes=f"How long before a session starts ({MIN_LEAD_MINUTES}-{MAX_LEAD_MINUTES}, "
        f"default {DEFAULT_LEAD_MINUTES})",
        kinds="Which sessions to announce (default: keynotes and posters)",
    )
    @app_commands.choices(kinds=KIND_CHOICES)
    async def setup(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel,
        role: discord.Role | None = None,
        minutes: Minutes = DEFAULT_LEAD_MINUTES,
        kinds: app_commands.Choice[str] | None = None,
    ) -> None:
        assert interaction.guild is not None  # guild_only
        _require_posting(interaction.guild, channel, role)
        await interaction.response.defer(ephemeral=True, thinking=True)
        chosen = [Group(k) for k in kinds.value.split(",")] if kinds else list(ANNOUNCED_BY_DEFAULT)
        async with self.bot.store.sessions() as db:
            info = await announcements.setup(
                db,
                self.bot.conference_for(interaction),
                self.bot.clock,
                guild_id=interaction.guild.id,
                channel_id=channel.id,
                role_id=role.id if role is not None else None,
                minutes=minutes,
                kinds=chosen,
            )
        embed = announcement_embed(
            self.bot.conference_for(interaction), info, reader_language(interaction)
        )
        await send(interaction, embed=embed, ephemeral=True)

    @app_commands.command(name="status", description="Where and what this server announces")
    async def status(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        async with self.bot.store.sessions() as db:
            info = await announcements.status(db, interaction.guild_id)
        embed = announcement_embed(
            self.bot.conference_for(interaction), info, reader_language(interaction)
        )
        await send(interaction, embed=embed, ephemeral=True)

    @app_commands.command(name="off", description="Stop announcing sessions in this server")
    async def off(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with self.bot.store.sessions() as db:
            info = await announcements.turn_off(db, self.bot.clock, interaction.guild_id)
        embed = announcement_embed(
            self.bot.conference_for(interaction), info, reader_language(interaction)
        )
        await send(interaction, embed=embed, ephemeral=True)


def _require_posting(
    guild: discord.Guild, channel: discord.TextChannel, role: discord.Role | None
) -> None:
    """Refuse a channel the bot could not announce in, naming what it lacks there."""
    cached = guild.get_channel(channel.id)
    missing = missing_to_post(cached or channel, guild.me, role)
    if missing:
        raise DomainError(
            N_(
                "I cannot announce in {channel}: I am missing {missing} there. Grant me that in "
                "the channel's permissions, then run /announce setup again."
            ),
            channel=channel.mention,
            missing=Phrases(missing),
        )


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Announce(bot))
