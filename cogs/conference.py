"""/conference, /follow and /changes: the conference a server follows, choosing another, and
what changed in it.

Anyone may look, in a server or a DM. Choosing is a command of its own, because Discord
decides where a command is offered (its contexts) and who sees it (its default permissions)
per command, never per option: /follow is offered in servers only, to members with Manage
Server, and the permission is checked again when it runs.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import ConfBot
from bot.discord.choices import app_choices
from bot.discord.reader import reader_language
from bot.discord.translator import described
from bot.discord.tree import NeedsManageServer
from bot.domain.records import Choice, ConferenceView
from bot.programme import answers

SlugText = app_commands.Range[str, 1, 64]


class Conference(commands.Cog):
    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot

    async def conference_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        typed = current.casefold().strip()
        return app_choices(
            [
                Choice(f"{conf.name} ({conf.slug})", conf.slug)
                for conf in self.bot.all_conferences()
                if typed in conf.slug or typed in conf.name.casefold()
            ]
        )

    @app_commands.command(
        name="conference", description="Dates, venue and figures of the conference"
    )
    async def conference(self, interaction: discord.Interaction) -> None:
        conf = self.bot.conference_for(interaction)
        await self._show(interaction, conf)

    @app_commands.command(name="follow", description="Make this server follow another conference")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @described(conference="The conference this server follows from now on")
    @app_commands.autocomplete(conference=conference_autocomplete)
    async def follow(self, interaction: discord.Interaction, conference: SlugText) -> None:
        if interaction.guild_id is None or not interaction.permissions.manage_guild:
            raise NeedsManageServer("choose the server's conference")
        guild_id = interaction.guild_id
        async with self.bot.store.sessions() as db:
            chosen = await self.bot.conferences.follow(
                db, guild_id, conference.strip(), self.bot.clock.now()
            )
        await self._show(interaction, chosen)

    async def _show(self, interaction: discord.Interaction, conf: ConferenceView) -> None:
        others = [other for other in self.bot.all_conferences() if other.id != conf.id]
        await self.bot.reply_with_embed(
            interaction,
            lambda db: answers.conference(db, conf, others, reader_language(interaction)),
        )

    @app_commands.command(name="changes", description="What moved, changed or was cancelled")
    async def changes(self, interaction: discord.Interaction) -> None:
        conf = self.bot.conference_for(interaction)
        await self.bot.reply_with_embed(
            interaction, lambda db: answers.changes(db, conf, reader_language(interaction))
        )


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Conference(bot))
