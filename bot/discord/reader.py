"""Whose language a reply is in: the person's, for what answers them; the server's, for what
everyone in a channel reads. Discord sends both with every interaction."""

from __future__ import annotations

import discord

from bot.domain.errors import Days, DomainError, Phrases
from bot.i18n.catalogues import translate, translate_filled
from bot.i18n.formats import list_of, long_day_label, number
from bot.i18n.languages import Language, language_of


def reader_language(interaction: discord.Interaction) -> Language:
    """The language of the person who used the command (their Discord client's)."""
    return language_of(interaction.locale)


def server_language(guild: discord.Guild | None) -> Language:
    """The language of a server's channels (its Community setting); English in DMs."""
    return language_of(guild.preferred_locale if guild is not None else None)


_DAY_SEPARATORS = {Language.CHINESE: "、"}


def _shown(value: object, language: Language) -> object:
    """Counts take the language's digit grouping, days its names and catalogued phrases its
    words; text (names, titles) is shown as it is."""
    if language is Language.ENGLISH:
        return value
    if isinstance(value, Phrases):
        return list_of([translate(language, phrase) for phrase in value], language)
    if isinstance(value, Days):
        separator = _DAY_SEPARATORS.get(language, "; ")
        return separator.join(long_day_label(day, language) for day in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return number(value, language)
    return value


def error_text(error: DomainError, language: Language) -> str:
    """A domain error's sentence in `language`, its values filled in."""
    values = {name: _shown(value, language) for name, value in error.values.items()}
    return translate_filled(language, error.message, values)
