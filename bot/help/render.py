"""/help: what the bot can do, with examples taken from the conference's own data file."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, make_embed, set_footer
from bot.domain.records import ConferenceView


def help_embed(conf: ConferenceView, commands: Sequence[tuple[str, str]]) -> discord.Embed:
    """The commands this member can use (read from the tree) and chat examples."""
    embed = make_embed(
        f"Your {conf.name} companion",
        f"I know the programme of {conf.name} ({conf.city}) and the papers presented there. "
        "Times show in your own time zone and in the venue's.",
    )
    lines = [f"**/{name}** — {description}" for name, description in commands]
    add_field(embed, "Slash commands", bounded_lines(lines, limits.FIELD_VALUE, "more commands"))
    chat = [f"@bot {question}" for question in conf.examples.chat]
    add_field(embed, "Or just ask me in chat", "\n".join(chat))
    add_field(embed, "Examples", "\n".join(conf.examples.commands))
    return set_footer(embed, "Replies about you (reminders, errors) are only visible to you.")
