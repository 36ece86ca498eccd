"""Answering an interaction whether or not it was already answered or deferred."""

from __future__ import annotations

import logging
from typing import Any

import discord

from bot.discord import limits
from bot.discord.embeds import clip, error_embed
from bot.i18n.languages import language_of

log = logging.getLogger(__name__)


async def send(
    interaction: discord.Interaction,
    content: str | None = None,
    *,
    embed: discord.Embed | None = None,
    ephemeral: bool = False,
    file: discord.File | None = None,
    view: discord.ui.View | None = None,
) -> None:
    """The initial response if there was none yet, a follow-up otherwise."""
    text = clip(content, limits.CONTENT) if content is not None else None
    embeds = [embed] if embed is not None else []
    # Only a message with a file names one: an empty list would send "attachments": [].
    attached: dict[str, Any] = {"file": file} if file is not None else {}
    if view is not None:
        attached["view"] = view
    if interaction.response.is_done():
        if text is None:
            await interaction.followup.send(embeds=embeds, ephemeral=ephemeral, **attached)
        else:
            await interaction.followup.send(text, embeds=embeds, ephemeral=ephemeral, **attached)
    else:
        await interaction.response.send_message(
            text, embeds=embeds, ephemeral=ephemeral, **attached
        )


async def reply_error(interaction: discord.Interaction, message: str) -> None:
    """An ephemeral error reply; never raises, since it runs inside the error handler."""
    try:
        language = language_of(interaction.locale)
        await send(interaction, embed=error_embed(message, language), ephemeral=True)
    except discord.HTTPException:
        log.warning("could not deliver an error reply to user %s", interaction.user.id)
