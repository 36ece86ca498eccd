"""Text normalisation shared by the search index and the queries against it.

Both sides must cut words the same way as SQLite's unicode61 tokenizer with diacritics removed,
or a typed "Tramer" would never meet the indexed "Tramèr".
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower case, compatibility forms unified, accents dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def words(text: str) -> list[str]:
    """The words of a text as the full-text index sees them (before stemming)."""
    return _WORD.findall(fold(text))


def slugify(text: str) -> str:
    """A stable, URL-safe key derived from a name (topic names have no slug of their own)."""
    return "-".join(words(text))[:120] or "topic"
