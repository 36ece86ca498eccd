"""What Discord refuses when commands are registered, localisations included.

A name (and each of its translations) is 1 to 32 letters, digits, Devanagari or Thai
characters, "-" or "_", lowercase wherever a lowercase form exists; a description and a
choice name 1 to 100 characters in every language; and no two siblings (commands, options,
subcommands) may end up with the same name in any language, default names standing in where a
name has no translation. Problems are worded as Discord's Invalid Form Body errors."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

import discord

from bot.discord import limits
from bot.offline.checks import Problem

_LOCALES = frozenset(locale.value for locale in discord.Locale)
_SCRIPTS = ((0x0900, 0x097F), (0x0E00, 0x0E7F))  # Devanagari, Thai (their marks included)


def _allowed(char: str) -> bool:
    if char in "-_" or unicodedata.category(char)[0] in "LN":
        return True
    return any(low <= ord(char) <= high for low, high in _SCRIPTS)


def name_problems(name: str, path: str) -> list[Problem]:
    """Discord's `^[-_\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$`, and lowercase."""
    if not 1 <= len(name) <= limits.COMMAND_NAME or not all(map(_allowed, name)):
        return [(path, "APPLICATION_COMMAND_INVALID_NAME", f"Command name is invalid: {name!r}")]
    if name != name.lower():
        return [
            (path, "APPLICATION_COMMAND_INVALID_NAME", f"Command name is not lowercase: {name!r}")
        ]
    return []


def _length_problems(text: Any, path: str, limit: int) -> list[Problem]:
    if isinstance(text, str) and 1 <= len(text) <= limit:
        return []
    message = f"Must be between 1 and {limit} in length."
    return [(path, "BASE_TYPE_BAD_LENGTH", message)]


def _localisations(entry: dict[str, Any], key: str) -> dict[str, str]:
    return entry.get(f"{key}_localizations") or {}


def _locale_problems(translations: dict[str, str], path: str) -> list[Problem]:
    return [
        (f"{path}.{locale}", "LOCALE_INVALID", f"Invalid locale: {locale}")
        for locale in translations
        if locale not in _LOCALES
    ]


def _entry_problems(entry: dict[str, Any], path: str, *, named: bool = True) -> list[Problem]:
    """A command or option's own name and description, in English and every translation."""
    problems: list[Problem] = []
    names = _localisations(entry, "name")
    problems += _locale_problems(names, f"{path}.name_localizations")
    if named:
        problems += name_problems(str(entry.get("name", "")), f"{path}.name")
        for locale, name in names.items():
            problems += name_problems(name, f"{path}.name_localizations.{locale}")
    descriptions = _localisations(entry, "description")
    problems += _locale_problems(descriptions, f"{path}.description_localizations")
    problems += _length_problems(
        entry.get("description"), f"{path}.description", limits.COMMAND_DESCRIPTION
    )
    for locale, text in descriptions.items():
        where = f"{path}.description_localizations.{locale}"
        problems += _length_problems(text, where, limits.COMMAND_DESCRIPTION)
    return problems


def _choice_problems(choices: list[dict[str, Any]], path: str) -> list[Problem]:
    problems: list[Problem] = []
    for index, choice in enumerate(choices):
        where = f"{path}.{index}"
        problems += _length_problems(choice.get("name"), f"{where}.name", limits.CHOICE_TEXT)
        names = _localisations(choice, "name")
        problems += _locale_problems(names, f"{where}.name_localizations")
        for locale, name in names.items():
            problems += _length_problems(
                name, f"{where}.name_localizations.{locale}", limits.CHOICE_TEXT
            )
    return problems


def _duplicate_problems(siblings: list[dict[str, Any]], path: str) -> list[Problem]:
    """Siblings must differ by name in each language Discord shows them in."""
    locales = {locale for entry in siblings for locale in _localisations(entry, "name")}
    problems: list[Problem] = []
    for locale in [None, *sorted(locales)]:
        seen: dict[str, int] = {}
        for index, entry in enumerate(siblings):
            name = str(entry.get("name", ""))
            if locale is not None:
                name = _localisations(entry, "name").get(locale, name)
            if name in seen:
                where = (
                    (f"{path}.{index}" if path else str(index))
                    + ".name"
                    + (f"_localizations.{locale}" if locale else "")
                )
                text = f"Application command names must be unique: {name!r}"
                problems.append((where, "APPLICATION_COMMANDS_DUPLICATE_NAME", text))
            seen[name] = index
    return problems


def _options_problems(options: list[dict[str, Any]], path: str) -> list[Problem]:
    problems = _duplicate_problems(options, path)
    for index, option in enumerate(options):
        where = f"{path}.{index}"
        problems += _entry_problems(option, where)
        problems += _choice_problems(option.get("choices") or [], f"{where}.choices")
        problems += _options_problems(option.get("options") or [], f"{where}.options")
    return problems


def commands_problems(commands: Iterable[dict[str, Any]]) -> list[Problem]:
    """Why Discord answers 400 Invalid Form Body to this bulk overwrite, if it does."""
    listed = list(commands)
    problems = _duplicate_problems(listed, "")
    for index, command in enumerate(listed):
        where = str(index)
        problems += _entry_problems(command, where)
        problems += _options_problems(command.get("options") or [], f"{where}.options")
    return problems
