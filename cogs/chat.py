"""Answers to messages that mention the bot ("@bot when are the RL posters?").

Needs no privileged intent: Discord delivers the content of messages that mention the bot.
"""

from __future__ import annotations

import logging
import re

import discord
from discord.ext import commands

from bot.app import ConfBot
from bot.chat.answers import answer
from bot.discord.embeds import error_embed
from bot.discord.tree import UNEXPECTED
from bot.domain.errors import DomainError
from bot.domain.records import ConferenceView
from bot.help.catalogue import usable_commands
from bot.help.render import help_embed

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

    def _help(self, message: discord.Message) -> discord.Embed:
        """Help for whoever asked: in a server, the commands their permissions allow."""
        author = message.author
        if isinstance(author, discord.Member):
            permissions = author.guild_permissions
        else:
            permissions = discord.Permissions.none()
        listed = usable_commands(self.bot.tree, permissions, in_guild=message.guild is not None)
        return help_embed(self._conference(message), listed)

    def _conference(self, message: discord.Message) -> ConferenceView:
        return self.bot.conferences.for_guild(message.guild.id if message.guild else None)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        question = self._question(message)
        if question is None:
            return
        try:
            async with self.bot.store.sessions() as db:
                conference = self._conference(message)
                embed = await answer(db, conference, self.bot.clock, question)
        except DomainError as error:
            embed = error_embed(str(error))
        except Exception:
            log.exception("chat answer failed in channel %s", message.channel.id)
            embed = error_embed(UNEXPECTED)
        if embed is None:
            embed = self._help(message)
        try:
            await message.channel.send(embed=embed, reference=message, mention_author=False)
        except discord.HTTPException:
            log.warning("could not reply in channel %s", message.channel.id, exc_info=True)


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Chat(bot))
