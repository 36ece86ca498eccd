"""/paper: find a paper and show it in full, with buttons to add it to an agenda or be
reminded of it."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.agenda.buttons import paper_buttons
from bot.app import ConfBot
from bot.discord.reader import reader_language
from bot.discord.replies import send
from bot.discord.translator import described
from bot.papers import answers, service


class Papers(commands.Cog):
    """Paper search, answered in the channel so others can see the find."""

    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot

    async def title_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        conf = self.bot.conference_for(interaction)
        return await self.bot.choices_from(lambda db: service.paper_choices(db, conf, current))

    @app_commands.command(
        name="paper", description="Find a paper: summary, authors, when and where"
    )
    @described(query="Title words, an author, an alias, or a topic")
    @app_commands.autocomplete(query=title_autocomplete)
    async def paper(
        self, interaction: discord.Interaction, query: app_commands.Range[str, 1, 200]
    ) -> None:
        conf = self.bot.conference_for(interaction)
        async with self.bot.store.sessions() as db:
            found = await service.best_matches(db, conf, query, limit=answers.SHOWN)
        language = reader_language(interaction)
        view = paper_buttons(conf, found.papers[0], language)
        embed = answers.paper_embed(conf, found, language)
        await send(interaction, embed=embed, view=view)


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Papers(bot))
