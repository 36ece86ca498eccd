"""The "Remind me" button under answers about a session or a paper.

It subscribes the clicker exactly as `/remind add` with the default lead time and a DM would,
so the reminder shows in /remind list and is removed the same way. Clicking again changes
nothing and says so.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.discord.buttons import PAPER, ButtonTarget, answer_click, template
from bot.discord.reader import reader_language
from bot.discord.replies import send
from bot.domain.errors import N_, DomainError
from bot.domain.reminders import TargetType
from bot.i18n.catalogues import translate
from bot.i18n.languages import Language
from bot.reminders import subscriptions
from bot.reminders.render import subscribed_embed

if TYPE_CHECKING:
    from bot.app import ConfBot

ACTION = "remind"
LABEL = N_("Remind me")


class RemindButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=template(ACTION)):
    """Subscribes the clicker to the session (or the paper) by DM, the default lead before."""

    def __init__(self, target: ButtonTarget, language: Language = Language.ENGLISH) -> None:
        super().__init__(
            discord.ui.Button(
                label=translate(language, LABEL),
                emoji="⏰",
                style=discord.ButtonStyle.secondary,
                custom_id=target.custom_id(ACTION),
            )
        )
        self.target = target

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> RemindButton:
        return cls(ButtonTarget.from_match(match))

    async def callback(self, interaction: discord.Interaction) -> None:
        await answer_click(interaction, ACTION, lambda: self._subscribe(interaction))

    async def _subscribe(self, interaction: discord.Interaction) -> None:
        bot = cast("ConfBot", interaction.client)
        conf = bot.conferences.by_slug(self.target.conference)
        if conf is None:
            raise DomainError(N_("That conference is no longer in the bot's programme."))
        kind = TargetType.PAPER if self.target.kind == PAPER else TargetType.SESSION
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with bot.store.sessions() as db:
            result = await subscriptions.subscribe(
                db,
                conf,
                bot.clock,
                user_id=interaction.user.id,
                guild_id=interaction.guild_id,
                channel_id=interaction.channel_id,
                target_text=f"{kind}:{self.target.slug}",
            )
        embed = subscribed_embed(conf, result, reader_language(interaction))
        await send(interaction, embed=embed, ephemeral=True)
