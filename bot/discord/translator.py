"""Command names and descriptions in the reader's language, as Discord shows them in its
command picker: discord.py asks this translator for every locale when it builds the payload
`confbot sync` registers, and Discord picks the one matching each person's client."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, TypeVar

from discord import Locale, app_commands
from discord.app_commands import TranslationContextLocation as Where
from discord.app_commands import TranslationContextTypes, locale_str

from bot.i18n.catalogues import translate
from bot.i18n.languages import Language, language_of

NAME: Final = "name"
"""The catalogue context of command, group and option names: a name ("day") and a label or
sentence with the same English text are translated apart (names are lowercase, one word)."""

_NAMES = frozenset({Where.command_name, Where.group_name, Where.parameter_name})

_Decorated = TypeVar("_Decorated")


class CommandTranslator(app_commands.Translator):
    """Looks every name, description and choice up in the bot's catalogue."""

    async def translate(
        self, string: locale_str, locale: Locale, context: TranslationContextTypes
    ) -> str | None:
        """None for the locales replies are given in English: Discord then shows English."""
        language = language_of(locale)
        if language is Language.ENGLISH:
            return None
        where = NAME if context.location in _NAMES else None
        return translate(language, string.message, context=where)


def described(**descriptions: str) -> Callable[[_Decorated], _Decorated]:
    """Describes a command's options so that their names and descriptions are translated:
    discord.py hands only `locale_str` texts to the translator."""

    def decorate(command: _Decorated) -> _Decorated:
        named: Any = app_commands.rename(**{name: locale_str(name) for name in descriptions})
        told: Any = app_commands.describe(
            **{name: locale_str(text) for name, text in descriptions.items()}
        )
        decorated: _Decorated = told(named(command))
        return decorated

    return decorate


def choice(name: str, value: str) -> app_commands.Choice[str]:
    """A fixed choice whose name Discord shows translated."""
    return app_commands.Choice(name=locale_str(name), value=value)
