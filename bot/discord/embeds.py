"""Building embeds that always fit: every text is clipped to its limit, fields stop before the
embed's total would overflow, and long lists end in "… and N more"."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import discord

from bot.discord import limits
from bot.i18n.catalogues import Domain, translate
from bot.i18n.languages import Language

ERROR_COLOUR = 0xE74C3C


def clip(text: str, limit: int) -> str:
    """Shorten to `limit` characters, marking the cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def bounded_lines(
    lines: Sequence[str],
    limit: int,
    noun: str = "more",
    *,
    more: Callable[[int], str] | None = None,
    total: int | None = None,
) -> str:
    """Join lines up to `limit` characters, ending with 'and N more' when some do not fit;
    `more` words that ending in the reader's language (given the count left out); `total`
    counts lines the caller did not even build (the first of many thousands)."""
    ending = more or (lambda left: f"… and {left} {noun}")
    count = len(lines) if total is None else max(total, len(lines))
    shown: list[str] = []
    used = 0
    for index, line in enumerate(lines):
        remaining = count - index - 1
        tail = len(ending(remaining)) + 1 if remaining else 0
        cost = len(line) + (1 if shown else 0)
        if used + cost + tail > limit:
            left = count - index
            suffix = ending(left)
            return "\n".join([*shown, suffix]) if shown else clip(suffix, limit)
        shown.append(line)
        used += cost
    if count > len(shown):
        shown.append(ending(count - len(shown)))
    return "\n".join(shown)


def make_embed(title: str, description: str = "", colour: int | None = None) -> discord.Embed:
    return discord.Embed(
        title=clip(title, limits.EMBED_TITLE),
        description=clip(description, limits.EMBED_DESCRIPTION) if description else None,
        colour=discord.Colour(colour) if colour is not None else discord.Colour.blurple(),
    )


Field = tuple[str, str, bool]
"""A field's name, its value, and whether it is shown inline."""


def add_field(embed: discord.Embed, name: str, value: str, *, inline: bool = False) -> None:
    """Add a field if it fits; empty values are left out rather than shown blank."""
    add_fields(embed, [(name, value, inline)])


def add_fields(embed: discord.Embed, fields: Iterable[Field]) -> None:
    """`add_field` for each field in turn, the embed measured once rather than once a field:
    measuring walks every field already added, which cost a card of ten fields more than
    building it."""
    count, used = len(embed.fields), len(embed)
    room = limits.EMBED_TOTAL - limits.FOOTER // 8
    for name, value, inline in fields:
        if count >= limits.EMBED_FIELDS:
            return
        if not value:
            continue
        name, value = clip(name, limits.FIELD_NAME), clip(value, limits.FIELD_VALUE)
        if used + len(name) + len(value) > room:
            continue
        embed.add_field(name=name, value=value, inline=inline)
        count += 1
        used += len(name) + len(value)


def set_footer(embed: discord.Embed, text: str) -> discord.Embed:
    room = limits.EMBED_TOTAL - len(embed)
    embed.set_footer(text=clip(text, min(limits.FOOTER, max(room, 1))))
    return embed


def error_embed(message: str, language: Language = Language.ENGLISH) -> discord.Embed:
    return make_embed(translate(language, "That did not work"), message, ERROR_COLOUR)


def nothing_found_embed(message: str, language: Language = Language.ENGLISH) -> discord.Embed:
    """A question understood that nothing at the conference matches: said as an answer under
    the heading chat's other "nothing matches" answers have, not as a failure."""
    return make_embed(translate(language, "Nothing matches", domain=Domain.CHAT), message)
