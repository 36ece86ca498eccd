"""Imported text shown as it was written: the one place where titles, names, rooms and topics
from a programme file lose any power over Discord's markdown.

A session titled `[slides](https://evil.example)` must read as those characters, not as a link
to somewhere its title hides; `**` in a name must not turn the rest of a line bold. Descriptions
keep their formatting, which organisers use on purpose, but every masked link in them shows the
address it leads to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import discord

MAY_FORMAT = re.compile(r"[_\\~|*`\[]|^(?:>|#|\s*-)", re.MULTILINE)
"""What any markdown that `discord.utils.escape_markdown` escapes needs somewhere in a text:
most titles and names have none of it, and are shown as they are without paying for its
pattern (a few microseconds each, fifteen times in one /paper answer)."""
MASKED_LINK = re.compile(r"\[([^\[\]\n]*)\]\(\s*<?([^()\s<>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


LONE_PIPE = re.compile(r"(?<!\|)\\\|(?!\\\|)")
"""An escaped pipe with no pipe beside it: only two together ('||') hide text as a spoiler."""


LITERALS_KEPT = 4096
"""Titles, names and rooms whose shown form is remembered: the same few hundred come back in
every answer, and even the quick check above costs microseconds for each."""


@lru_cache(maxsize=LITERALS_KEPT)
def literal(text: str) -> str:
    """`text` escaped so that Discord shows every character and formats none; a lone pipe
    ('(emulate|fuzz|break) kernels') formats nothing, so it stays as written."""
    if MAY_FORMAT.search(text) is None:
        return text
    return LONE_PIPE.sub("|", discord.utils.escape_markdown(text))


def literals(texts: Iterable[str]) -> list[str]:
    """Each of `texts` escaped, for a list of names joined by the caller."""
    return [literal(text) for text in texts]


def links_shown(text: str) -> str:
    """A description with its formatting, each masked link turned into its words followed by
    the address itself, so that no link hides where it goes."""
    return MASKED_LINK.sub(lambda found: f"{found[1]} (<{found[2]}>)", text)
