"""Titles as people write them: a title typed in capitals is shown in title case.

Paper lists and schedules sometimes carry "SNIP: SINGLE-SHOT NETWORK PRUNING ..."; shouting
titles are hard to read and rank oddly in autocomplete. Which capitalised words are acronyms is
learnt from the same source's other titles (a word written in capitals inside a normally
written title, such as "GAN" or "CNN"), plus the word before a title's colon, the usual place
for a method's short name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9']*")
SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "onto",
        "or",
        "over",
        "per",
        "the",
        "to",
        "via",
        "vs",
        "with",
    ]
)
"""Words kept lower case inside a title (never first, never after a colon)."""


def is_shouting(title: str) -> bool:
    """True when every letter of a title with at least two words of letters is upper case."""
    if not title.isupper():
        return False
    letters = [ch for ch in title if ch.isalpha()]
    return len(_TOKEN.findall(title)) >= 2 and bool(letters) and all(ch.isupper() for ch in letters)


def acronyms_in(titles: Iterable[str]) -> frozenset[str]:
    """Capitalised words (two letters or more) that normally written titles use."""
    found: set[str] = set()
    for title in titles:
        if is_shouting(title):
            continue
        found |= {word for word in _TOKEN.findall(title) if len(word) > 1 and word.isupper()}
    return frozenset(found)


def readable_title(title: str, acronyms: frozenset[str] = frozenset()) -> str:
    """The title itself, or, when it is written in capitals, in title case with its acronyms
    kept."""
    if not is_shouting(title):
        return title
    head, colon, _ = title.partition(":")
    keep = set(acronyms)
    if colon and len(_TOKEN.findall(head)) == 1:
        keep.add(head.strip())
    pieces: list[str] = []
    start_of_clause = True
    last = 0
    for match in _TOKEN.finditer(title):
        between = title[last : match.start()]
        pieces.append(between)
        if ":" in between:
            start_of_clause = True
        pieces.append(_word(match.group(0), keep, start_of_clause))
        start_of_clause = False
        last = match.end()
    pieces.append(title[last:])
    return "".join(pieces)


def _word(word: str, acronyms: set[str], first: bool) -> str:
    if word in acronyms:
        return word
    lower = word.lower()
    if lower in SMALL_WORDS and not first:
        return lower
    return lower[:1].upper() + lower[1:]
