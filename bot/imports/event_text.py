"""The free text of imported events (abstracts, speaker names, links) made fit to show.

Schedule exports carry HTML or Markdown written for a web page, and speaker fields that
sometimes hold an e-mail address. The bot shows plain text in Discord embeds and must never
store an address it was not meant to publish, so both are cleaned on the way in. The
patterns are deliberately simple and linear: a hostile abstract cannot make them slow.
"""

from __future__ import annotations

import html
import re

_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:br|p|div|li|ul|ol|h[1-6]|tr|td)\b[^<>]*>", re.I)
_TAG = re.compile(r"<[^<>]*>")
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()\s]*\)")
_EMPHASIS = re.compile(r"\*\*|__|~~|`+|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
EMAIL = re.compile(r"(?<![\w.+-])(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
"""Anything that looks like an e-mail address, with or without a mailto: prefix. A match
starts only where a word starts, so a long run of letters is scanned once, not once per
letter."""
_SPACES = re.compile(r"[ \t]+")
_EMPTY_BRACKETS = re.compile(r"<\s*>|\(\s*\)|\[\s*\]")
NAME_EDGES = " \t,;:<>()[]\"'"
ROLES = ("speaker", "moderator", "host", "chair", "panelist")
"""The roles the store knows; any other role a file names is shown as a speaker."""
MAX_URL_CHARS = 500


def shortened(text: str, limit: int) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def without_emails(text: str) -> str:
    """The text with every e-mail address taken out, and the gap it leaves closed."""
    if "@" not in text:
        return text
    return _SPACES.sub(" ", EMAIL.sub("", text)).strip()


def plain_text(markup: str) -> str:
    """Readable plain text of an HTML or Markdown snippet, on one line, without e-mail
    addresses."""
    text = _TAG.sub("", _BLOCK_TAG.sub(" ", markup)) if "<" in markup else markup
    text = html.unescape(text)
    text = _HEADING.sub("", text)
    text = _MD_LINK.sub(r"\1", text) if "](" in text else text
    if any(mark in text for mark in "*_~`"):
        text = _EMPHASIS.sub("", text)
    return " ".join(without_emails(text).split())


def person(name: str, role: str = "") -> tuple[str, str] | None:
    """A (name, role) pair safe to store, or None when nothing but an address was there."""
    cleaned = _EMPTY_BRACKETS.sub("", without_emails(name))
    shown = " ".join(cleaned.split()).strip(NAME_EDGES)
    if not shown:
        return None
    folded = role.strip().casefold()
    return shown[:200], folded if folded in ROLES else "speaker"


def link(url: str | None) -> str | None:
    """An absolute web address short enough to store, else None."""
    text = (url or "").strip()
    if not text.startswith(("http://", "https://")) or len(text) > MAX_URL_CHARS:
        return None
    if any(ch.isspace() for ch in text):
        return None
    return text
