"""/help: what the bot can do, with examples taken from the conference's own data file."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, make_embed, set_footer
from bot.domain.records import ConferenceView


def help_embed(conf: ConferenceView, commands: Sequence[tuple[str, str]]) -> discord.Embed:
    """The commands this member can use (read from the tree) and chat examples."""
    where = f" ({conf.city})" if conf.city else ""
    intro = (
        f"I know the programme of {conf.name}{where} and the papers presented there. "
        "Times show in your own time zone and in the venue's.\n\n**Slash commands**\n"
    )
    lines = [f"**/{name}** — {description}" for name, description in commands]
    room = limits.EMBED_DESCRIPTION - len(intro)
    embed = make_embed(
        f"Your {conf.name} companion", intro + bounded_lines(lines, room, "more commands")
    )
    chat = [f"@bot {question}" for question in conf.examples.chat]
    add_field(embed, "Or just ask me in chat", "\n".join(chat))
    add_field(embed, "Examples", "\n".join(conf.examples.commands))
    return set_footer(embed, "Replies about you (reminders, errors) are only visible to you.")
