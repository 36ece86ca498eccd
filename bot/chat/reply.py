"""What the bot says in chat, as one value the console, the offline Discord and the real one
all render the same way: an embed or a short line, or nothing (the help is shown instead), with
what it was about, so that a reply to it can be read in its context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.chat.context import Subject
from bot.i18n.languages import Language

if TYPE_CHECKING:  # an embed is only carried here: rendering it is render's work
    import discord


@dataclass(frozen=True)
class Reply:
    """What the bot says: an embed, a short line, or nothing (then the help is shown), and
    what it was about."""

    embed: discord.Embed | None = None
    content: str | None = None
    subject: Subject = field(default_factory=Subject)
    language: Language = Language.ENGLISH
    """The question's language: the help shown for a reply of nothing is written in it."""
    commands: frozenset[str] = frozenset()
    """The commands a question about using the bot asked for: the help shown lists those."""

    @property
    def is_help(self) -> bool:
        return self.embed is None and self.content is None
