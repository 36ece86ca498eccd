"""Free text from other people's files, made fit to show: plain, short, and without addresses.

Schedules and paper lists carry descriptions written for web pages (HTML, endless blurbs) and,
now and then, someone's e-mail address in a name or an affiliation. The bot shows this text in
Discord, where markup is noise and an address is a privacy leak, so every importer passes free
text through here.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

EMAIL = re.compile(r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_BLOCKS = frozenset({"br", "p", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4"})
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n{3,}")
ELLIPSIS = "…"


class _TextOnly(HTMLParser):
    """Keeps the text of an HTML fragment; block elements become line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def without_emails(text: str) -> str:
    """The text with every e-mail address taken out (and the spaces it leaves tidied)."""
    if "@" not in text:
        return text
    return _SPACES.sub(" ", EMAIL.sub("", text)).strip()


def _unmarked(text: str) -> str:
    if not _TAG.search(text):
        return text
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


def plain_text(text: str) -> str:
    """Text as a person would read it: tags gone, no addresses, one space between words and at
    most one blank line between paragraphs."""
    lines = (_SPACES.sub(" ", line).strip() for line in _unmarked(text).splitlines())
    joined = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    return without_emails(joined) if "@" in joined else joined


def clipped(text: str, limit: int) -> str:
    """The text, or when longer than `limit`, cut at the last word that fits and marked with
    an ellipsis, so that a shortened blurb never ends inside a word."""
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS)]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" \n,;:.-") + ELLIPSIS
