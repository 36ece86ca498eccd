"""/help: what the bot can do, read from the command tree so it never goes stale."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.app import ConfBot
from bot.replies import send


def command_summaries(bot: ConfBot) -> list[tuple[str, str]]:
    """(qualified name, description) of every slash command, subcommands included."""
    found: list[tuple[str, str]] = []
    for command in bot.tree.walk_commands():
        if isinstance(command, app_commands.Command):
            found.append((command.qualified_name, command.description))
    return sorted(found)


class Help(commands.Cog):
    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description="What I can do, with examples")
    async def help(self, interaction: discord.Interaction) -> None:
        embed = render.help_embed(self.bot.conference, command_summaries(self.bot))
        await send(interaction, embed=embed, ephemeral=True)


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Help(bot))
