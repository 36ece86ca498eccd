"""Whose language a reply is in: the person's, for what answers them; the server's, for what
everyone in a channel reads. Discord sends both with every interaction."""

from __future__ import annotations

import discord

from bot.domain.errors import DomainError
from bot.i18n.catalogues import translate_filled
from bot.i18n.formats import number
from bot.i18n.languages import Language, language_of


def reader_language(interaction: discord.Interaction) -> Language:
    """The language of the person who used the command (their Discord client's)."""
    return language_of(interaction.locale)


def server_language(guild: discord.Guild | None) -> Language:
    """The language of a server's channels (its Community setting); English in DMs."""
    return language_of(guild.preferred_locale if guild is not None else None)


def _shown(value: object, language: Language) -> object:
    """Counts take the language's digits grouping; text (names, titles) is shown as it is."""
    if isinstance(value, int) and not isinstance(value, bool) and language is not Language.ENGLISH:
        return number(value, language)
    return value


def error_text(error: DomainError, language: Language) -> str:
    """A domain error's sentence in `language`, its values filled in."""
    values = {name: _shown(value, language) for name, value in error.values.items()}
    return translate_filled(language, error.message, values)
