"""/help: what the bot can do, limited to what the asking member can use."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import ConfBot
from bot.discord.reader import reader_language
from bot.discord.replies import send
from bot.help.catalogue import member_commands
from bot.help.render import help_embed


class Help(commands.Cog):
    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description="What I can do, with examples")
    async def help(self, interaction: discord.Interaction) -> None:
        commands_here = member_commands(self.bot.tree, interaction)
        await send(
            interaction,
            embed=help_embed(
                self.bot.conference_for(interaction), commands_here, reader_language(interaction)
            ),
            ephemeral=True,
        )


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Help(bot))
