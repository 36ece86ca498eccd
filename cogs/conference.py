"""/conference [use:] and /changes: which conference a server follows, and what changed in it.

Anyone may look; switching needs Manage Server, checked when the command runs (Discord's
default permissions cannot hide one option of a command).
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
from bot.domain.errors import N_
from bot.domain.records import Choice
from bot.programme import answers

SlugText = app_commands.Range[str, 1, 64]


class NotInServer(app_commands.CheckFailure):
    def __init__(self) -> None:
        super().__init__(
            N_("A conference is chosen for a server: use this in one of its channels.")
        )


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
        name="conference", description="Dates, venue and figures; admins: choose the conference"
    )
    @described(use="Manage Server: make this server follow another conference")
    @app_commands.autocomplete(use=conference_autocomplete)
    async def conference(
        self, interaction: discord.Interaction, use: SlugText | None = None
    ) -> None:
        if use is not None:
            await self._use(interaction, use.strip())
            return
        conf = self.bot.conference_for(interaction)
        others = [other for other in self.bot.all_conferences() if other.id != conf.id]
        await self.bot.reply_with_embed(
            interaction,
            lambda db: answers.conference(db, conf, others, reader_language(interaction)),
        )

    async def _use(self, interaction: discord.Interaction, slug: str) -> None:
        if interaction.guild_id is None:
            raise NotInServer()
        if not interaction.permissions.manage_guild:
            raise NeedsManageServer("choose the server's conference")
        guild_id = interaction.guild_id
        async with self.bot.store.sessions() as db:
            chosen = await self.bot.conferences.follow(db, guild_id, slug, self.bot.clock.now())
        others = [other for other in self.bot.all_conferences() if other.id != chosen.id]
        await self.bot.reply_with_embed(
            interaction,
            lambda db: answers.conference(db, chosen, others, reader_language(interaction)),
        )

    @app_commands.command(name="changes", description="What moved, changed or was cancelled")
    async def changes(self, interaction: discord.Interaction) -> None:
        conf = self.bot.conference_for(interaction)
        await self.bot.reply_with_embed(
            interaction, lambda db: answers.changes(db, conf, reader_language(interaction))
        )


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Conference(bot))
