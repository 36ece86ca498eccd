"""Answers to messages that mention the bot ("@bot when are the RL posters?").

Needs no privileged intent: Discord delivers the content of messages that mention the bot.
"""

from __future__ import annotations

import logging
import re

import discord
from discord.ext import commands

from bot.app import ConfBot
from bot.chat.answers import answer_question
from bot.chat.context import Contexts, Subject
from bot.chat.facets import asks_a_fact
from bot.chat.reading import asks_something, clean
from bot.chat.reply import Reply
from bot.chat.service import Memory
from bot.discord.embeds import error_embed, nothing_found_embed
from bot.discord.tree import UNEXPECTED
from bot.domain.errors import DomainError, NotFound, StorageFailure
from bot.domain.records import ConferenceView
from bot.help.catalogue import usable_commands, withheld_commands
from bot.help.render import help_embed
from bot.i18n.languages import Language
from bot.papers.like import asked_like

log = logging.getLogger(__name__)


class Chat(commands.Cog):
    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot
        self.memory = Memory()
        self.contexts = Contexts()

    def _question(self, message: discord.Message) -> str | None:
        """The text for the bot, or None when the message is not for it.

        In a DM every message is for the bot. In a server, a message that names the bot
        (`@bot ...`) is; a reply to one of the bot's messages also lists the bot among its
        mentions (Discord pings the author of a replied-to message by default), but is only a
        question if it reads as one."""
        me = self.bot.user
        if me is None or message.author.bot:
            return None
        token = re.compile(rf"<@!?{me.id}>")
        text = token.sub(" ", message.content).strip()
        if message.guild is None:
            return text
        if token.search(message.content):
            return text
        if me in message.mentions and (
            asks_something(text) or asks_a_fact(text) or asked_like(clean(text)) is not None
        ):
            return text
        return None

    def _help(
        self, message: discord.Message, language: Language, asked: frozenset[str]
    ) -> discord.Embed:
        """Help for whoever asked: in a server, the commands their permissions allow, and
        those a moderator would run for them; of those, the ones `asked` for, if any."""
        author = message.author
        if isinstance(author, discord.Member):
            permissions = author.guild_permissions
        else:
            permissions = discord.Permissions.none()
        in_guild = message.guild is not None
        listed = usable_commands(self.bot.tree, permissions, in_guild=in_guild)
        withheld = withheld_commands(self.bot.tree, permissions, in_guild=in_guild)
        return help_embed(
            self._conference(message),
            listed,
            language,
            from_chat=True,
            withheld=withheld,
            asked=asked,
        )

    def _conference(self, message: discord.Message) -> ConferenceView:
        return self.bot.conferences.for_guild(message.guild.id if message.guild else None)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        question = self._question(message)
        if question is None:
            return
        asker = (message.author.id, message.channel.id)
        context = self._context(message, asker)
        try:
            async with self.bot.store.sessions() as db:
                conference = self._conference(message)
                revision = self.bot.conferences.revision_of(conference.id)
                reply = await answer_question(
                    db,
                    conference,
                    self.bot.clock,
                    self.memory,
                    question,
                    revision,
                    context,
                    replied=message.reference is not None,
                )
        except NotFound as missing:  # 'No paper matches …': understood, and nothing has it
            reply = Reply(nothing_found_embed(str(missing)))
        except DomainError as error:
            reply = Reply(error_embed(str(error)))
        except StorageFailure as failure:
            reply = Reply(error_embed(failure.user_message))
        except Exception:
            log.exception("chat answer failed in channel %s", message.channel.id)
            reply = Reply(error_embed(UNEXPECTED))
        if reply.is_help:
            reply = Reply(self._help(message, reply.language, reply.commands))
        try:
            sent = await message.channel.send(
                reply.content,
                embeds=[reply.embed] if reply.embed else [],
                reference=message,
                mention_author=False,
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except discord.HTTPException:
            log.warning("could not reply in channel %s", message.channel.id, exc_info=True)
            return
        self.contexts.remember(reply.subject, sent.id, asker, self.bot.clock.now())

    def _context(self, message: discord.Message, asker: tuple[int, int]) -> Subject | None:
        """What the answer this message replies to was about; without a reply, what the last
        answer to the same person in the same place was about, if it was just now."""
        now = self.bot.clock.now()
        replied = message.reference.message_id if message.reference else None
        if replied is not None:
            return self.contexts.of_reply(replied, now)
        return self.contexts.of_follow_up(asker, now)


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Chat(bot))
