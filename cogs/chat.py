"""Answers to messages that mention the bot ("@bot when are the RL posters?").

Needs no privileged intent: Discord delivers the content of messages that mention the bot.
"""

from __future__ import annotations

import logging
import re

import discord
from discord.ext import commands

from bot import answers, render
from bot.app import ConfBot
from bot.services.errors import DomainError
from bot.tree import UNEXPECTED
from cogs.help import command_summaries

log = logging.getLogger(__name__)


class Chat(commands.Cog):
    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot

    def _question(self, message: discord.Message) -> str | None:
        """The text after the bot's mention, or None when the message is not for the bot."""
        me = self.bot.user
        if me is None or message.author.bot or me not in message.mentions:
            return None
        return re.sub(rf"<@!?{me.id}>", " ", message.content).strip()

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        question = self._question(message)
        if question is None:
            return
        try:
            async with self.bot.store.sessions() as db:
                embed = await answers.chat(db, self.bot.conference, self.bot.clock, question)
        except DomainError as error:
            embed = render.error_embed(str(error))
        except Exception:
            log.exception("chat answer failed for %r in channel %s", question, message.channel.id)
            embed = render.error_embed(UNEXPECTED)
        if embed is None:
            embed = render.help_embed(self.bot.conference, command_summaries(self.bot))
        try:
            await message.channel.send(embed=embed, reference=message, mention_author=False)
        except discord.HTTPException:
            log.warning("could not reply in channel %s", message.channel.id, exc_info=True)


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Chat(bot))
