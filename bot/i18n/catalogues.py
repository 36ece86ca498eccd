"""Sentences in the reader's language, from gettext catalogues read as they are written.

The `.po` files are read with Babel at first use (no compiled `.mo` a fresh clone could lack)
and kept for the life of the process. The English sentence is the message id, so English
needs no catalogue and is what any gap falls back to: a whole message, never a mix."""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path
from typing import Final

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from bot.i18n.languages import Language

LOCALES: Final = Path(__file__).resolve().parent / "locales"


class Domain(StrEnum):
    """A catalogue per area: the bot's replies, and what chat reads and answers."""

    CONFBOT = "confbot"
    CHAT = "chat"


def N_(message: str, domain: Domain = Domain.CONFBOT) -> str:
    """Marks a sentence kept in a constant for the catalogues (of `domain`), translated where
    it is shown."""
    del domain  # read by the catalogue checks, which find the sentence in its domain
    return message


def catalogue_path(language: Language, domain: Domain) -> Path:
    return LOCALES / language.catalogue_folder / "LC_MESSAGES" / f"{domain.value}.po"


@cache
def catalogue(language: Language, domain: Domain) -> Catalog:
    """The language's catalogue for the domain, read once; an empty one if it has no file."""
    path = catalogue_path(language, domain)
    if language is Language.ENGLISH or not path.exists():
        return Catalog(locale=language.babel_tag)
    with path.open("rb") as handle:
        return read_po(handle, locale=language.babel_tag, domain=domain.value)


def placeholders(text: str) -> frozenset[str]:
    """The `{name}` fields of a sentence: a translation must carry the same ones."""
    return frozenset(
        field for _, field, _, _ in string.Formatter().parse(text) if field is not None and field
    )


def _filled(template: str, values: Mapping[str, object]) -> str:
    return template.format_map(values) if values else template


def _looked_up(language: Language, domain: Domain, key: str, context: str | None = None) -> object:
    entry = catalogue(language, domain).get(key, context=context)
    if entry is None or entry.fuzzy:
        return None
    return entry.string


SENTENCES_KEPT = 4096
"""Sentences whose translation is remembered: every sentence the code has, in every language,
with room to spare for the labels a conference's data brings."""


@lru_cache(maxsize=SENTENCES_KEPT)
def _translation(
    language: Language, domain: Domain, message: str, context: str | None
) -> str | None:
    """The catalogue's sentence for `message`, if it may stand in for it. Remembered: a reply
    translates a sentence for every line it shows, and a catalogue never changes once read."""
    found = _looked_up(language, domain, message, context)
    if isinstance(found, str) and found and placeholders(found) <= placeholders(message):
        return found
    return None


def translate(
    language: Language,
    message: str,
    /,
    *,
    domain: Domain = Domain.CONFBOT,
    context: str | None = None,
    **values: object,
) -> str:
    """`message` (its English text) in `language`, its `{name}` fields filled from `values`.

    `context` tells apart one English text with two meanings (msgctxt). A missing, fuzzy or
    ill-fitting translation gives the English sentence whole."""
    if language is Language.ENGLISH:  # the message ids are the English sentences
        return _filled(message, values)
    return translate_filled(language, message, values, domain=domain, context=context)


def translate_filled(
    language: Language,
    message: str,
    values: Mapping[str, object],
    *,
    domain: Domain = Domain.CONFBOT,
    context: str | None = None,
) -> str:
    """`translate` with the values in a mapping, for a message chosen at run time together
    with its values (an error's)."""
    found = (
        None if language is Language.ENGLISH else _translation(language, domain, message, context)
    )
    return _filled(message if found is None else found, values)


@cache
def _plural_rule(language: Language) -> Callable[[int], str]:
    """The language's CLDR plural category of a count, from its locale parsed once."""
    return Locale.parse(language.babel_tag).plural_form


def _plural_index(language: Language, count: int, forms: int) -> int:
    """Which of a message's plural forms fits `count`: CLDR's "one" is the first, any other
    category the second (every language here has at most these two in its catalogue)."""
    if forms <= 1:
        return 0
    return 0 if _plural_rule(language)(count) == "one" else 1


@lru_cache(maxsize=SENTENCES_KEPT)
def _plural_forms(
    language: Language, domain: Domain, singular: str, plural: str
) -> tuple[str | None, ...] | None:
    """The catalogue's forms of a counted message, each kept only if it may stand in for the
    English (None where it may not); None when the catalogue has no whole entry. Remembered,
    as `_translation` is: a catalogue never changes once read."""
    found = _looked_up(language, domain, singular)
    if not (isinstance(found, tuple) and all(found)):
        return None
    allowed = placeholders(plural) | placeholders(singular)
    return tuple(str(form) if placeholders(str(form)) <= allowed else None for form in found)


def translate_plural(
    language: Language,
    singular: str,
    plural: str,
    count: int,
    /,
    *,
    domain: Domain = Domain.CONFBOT,
    **values: object,
) -> str:
    """The form of a counted message that fits `count` in `language`; `{count}` is filled."""
    values = {"count": count, **values}
    forms = (
        None
        if language is Language.ENGLISH  # the message ids are the English forms
        else _plural_forms(language, domain, singular, plural)
    )
    if forms is not None:
        chosen = forms[min(_plural_index(language, count, len(forms)), len(forms) - 1)]
        if chosen is not None:
            return _filled(chosen, values)
    return _filled(singular if count == 1 else plural, values)
