"""/help: what the bot can do, with examples taken from the conference's own data file."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import discord

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, make_embed, set_footer
from bot.discord.translator import NAME
from bot.discord.words import more_counter
from bot.domain.records import ConferenceView
from bot.help.catalogue import Withheld
from bot.i18n.catalogues import N_, translate
from bot.i18n.languages import Language


def help_embed(
    conf: ConferenceView,
    commands: Sequence[tuple[str, str]],
    language: Language = Language.ENGLISH,
    *,
    from_chat: bool = False,
    withheld: Withheld | None = None,
    asked: frozenset[str] = frozenset(),
) -> discord.Embed:
    """The commands this member can use (read from the tree) and chat examples. Commands are
    named as the member's Discord client shows them, in their language; the examples come from
    the conference's data file as written. `from_chat`: the language was read from a message,
    which says nothing of the client's, so a localised name is followed by the English one
    the client may list instead. `withheld`: the commands only moderators see, each under the
    permission that shows them; a question in chat may be after one of those. `asked`: the
    commands a question in chat was after ('dm me before every keynote'), by the start of
    their names: when any is listed, only those are, without the search examples."""
    t = partial(translate, language)
    focused = _focused(commands, withheld or [], asked)
    if focused is not None:
        commands, withheld = focused
    if conf.city:
        known = t(
            "I know the programme of {conference} ({city}) and the papers presented there.",
            conference=conf.name,
            city=conf.city,
        )
    else:
        known = t(
            "I know the programme of {conference} and the papers presented there.",
            conference=conf.name,
        )
    zones = t("Times show in your own time zone and in the venue's.")
    intro = f"{known} {zones}\n\n**{t('Slash commands')}**\n"
    lines = [
        f"**{_shown_name(name, language, from_chat)}** — {t(description)}"
        for name, description in commands
    ]
    room = limits.EMBED_DESCRIPTION - len(intro)
    more = more_counter(language, N_("… and {count} more commands"))
    title = t("Your {conference} companion", conference=conf.name)
    embed = make_embed(title, intro + bounded_lines(lines, room, more=more))
    for permission, listed in withheld or ():
        held = [
            f"**{_shown_name(name, language, from_chat)}** — {t(description)}"
            for name, description in listed
        ]
        add_field(embed, t(permission), bounded_lines(held, limits.FIELD_VALUE, more=more))
    chat = [f"@bot {question}" for question in conf.examples.chat]
    add_field(embed, t("Or just ask me in chat"), "\n".join(chat))
    if focused is None:
        add_field(embed, t("Examples"), "\n".join(conf.examples.commands))
    return set_footer(embed, t("Replies about you (reminders, errors) are only visible to you."))


def _focused(
    commands: Sequence[tuple[str, str]], withheld: Withheld, asked: frozenset[str]
) -> tuple[list[tuple[str, str]], Withheld] | None:
    """The commands and withheld commands whose names start with one `asked`; None when
    none does, and every command is listed."""
    mine = [command for command in commands if _is_asked(command[0], asked)]
    held = [
        (permission, kept)
        for permission, listed in withheld
        if (kept := [command for command in listed if _is_asked(command[0], asked)])
    ]
    return (mine, held) if mine or held else None


def _is_asked(qualified: str, asked: frozenset[str]) -> bool:
    return any(qualified == name or qualified.startswith(f"{name} ") for name in asked)


def _shown_name(qualified: str, language: Language, from_chat: bool) -> str:
    shown = f"/{_command_name(qualified, language)}"
    english = f"/{qualified}"
    return f"{shown} ({english})" if from_chat and shown != english else shown


def _command_name(qualified: str, language: Language) -> str:
    """A command as the member's picker lists it ("erinnern hinzufügen")."""
    return " ".join(translate(language, part, context=NAME) for part in qualified.split())
