"""The closed set of languages replies are written in, and how a Discord locale picks one."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache


class Language(StrEnum):
    """A reply language, named by the Discord locale it stands for (Babel reads the same tag)."""

    ENGLISH = "en-US"
    GERMAN = "de"
    FRENCH = "fr"
    SPANISH = "es-ES"
    CHINESE = "zh-CN"

    @property
    def babel_tag(self) -> str:
        """Babel's name for the locale: an underscore, not a hyphen, between its parts."""
        return self.value.replace("-", "_")

    @property
    def catalogue_folder(self) -> str:
        """The folder under locales/ whose catalogues hold this language ("en" has none)."""
        return self.babel_tag


TRANSLATED = tuple(language for language in Language if language is not Language.ENGLISH)

_BY_PREFIX = {
    "de": Language.GERMAN,
    "fr": Language.FRENCH,
    # Latin-American Spanish (es-419) reads a Spain-Spanish reply far better than an English one.
    "es": Language.SPANISH,
}


def language_of(locale: object) -> Language:
    """The reply language for a Discord locale (a discord.Locale, its string, or None).

    Any English locale, any locale the bot has no catalogue for, and no locale at all answer
    in English. Traditional Chinese (zh-TW) is not given Simplified Chinese: a reader of one
    script is not served by the other."""
    if locale is None:
        return Language.ENGLISH
    return _language_of_tag(str(getattr(locale, "value", locale)))


@lru_cache(maxsize=64)
def _language_of_tag(tag: str) -> Language:
    """Remembered: every interaction asks, and Discord knows about thirty locales."""
    tag = tag.strip().replace("_", "-")
    for language in Language:
        if tag.lower() == language.value.lower():
            return language
    return _BY_PREFIX.get(tag.split("-", 1)[0].lower(), Language.ENGLISH)
