"""Other names for what a question asks about ('north korea' for the DPRK, 'stage' for a
German programme's 'Bühne'), from the catalogue's `aliases`: a question is searched as typed
and with them put in, and whichever finds a talk more completely is taken.

Both are tried, never one for the other, so a programme that says 'North Korea' is still found
by those words.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.chat.catalogue import reader
from bot.chat.described import without_links
from bot.chat.retrieval import Hit, SessionIndex
from bot.domain.text import words


def variants(query: str) -> list[str]:
    """`query`, `query` with every phrase the catalogue knows another name for renamed, and
    `query` without the words asking for a link ('the page for the imsi catcher talk online'
    names the talk; its card gives the link)."""
    terms = reader()
    renamed = terms.alias_form.sub(lambda found: terms.aliases[found.group(1)], query)
    bare = without_links(query)
    return list(dict.fromkeys(found for found in (query, renamed, bare) if found))


def inside_aliases(tokens: Sequence[str]) -> set[int]:
    """Positions of words that are part of a phrase of several words the catalogue knows
    ('north korea'): one thing, whose words name nobody ('North' is a speaker's surname)."""
    text = " ".join(tokens)
    inside: set[int] = set()
    for found in reader().alias_form.finditer(text):
        if " " in found.group(1):
            first = text[: found.start()].count(" ")
            inside.update(range(first, first + found.group(1).count(" ") + 1))
    return inside


def renamed_phrases(tokens: Sequence[str]) -> list[tuple[int, int, list[str]]]:
    """Each phrase of `tokens` the catalogue knows another name for: its first and last
    position (exclusive) and the other name's words, to look up in the conference's own."""
    text = " ".join(tokens)
    spans = []
    for found in reader().alias_form.finditer(text):
        first = text[: found.start()].count(" ")
        last = first + found.group(1).count(" ") + 1
        spans.append((first, last, reader().aliases[found.group(1)].split()))
    return spans


def searched(index: SessionIndex, query: str) -> list[Hit]:
    """The talks the question's words find, as typed or by their other names: the way that
    covers more of them."""
    best: list[Hit] = []
    for text in variants(query):
        hits = index.search(words(text))
        if hits and (not best or _rank(hits[0]) > _rank(best[0])):
            best = hits
    return best


def _rank(hit: Hit) -> tuple[float, float]:
    return hit.coverage, hit.score
