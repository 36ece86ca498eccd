"""Shortening someone else's prose without putting words in their mouth.

An organiser's description or an author's abstract is quoted as written, so when it must be
shorter it is cut where a sentence ends: what is shown is a run of their whole sentences, never
half of one that might read as a different claim. Only when even the first sentence is too
long does the cut fall between two words, marked with "…".

A full stop ends a sentence when whitespace follows it and the next word does not start in
lower case, and it does not close a known abbreviation ("e.g.", "Dr.") or an initial ("J.").
A full stop inside a web address or a number has no whitespace after it, so never counts.
CJK full stops and marks ("。！？") end a sentence with or without a space after them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ELLIPSIS = "…"
ABBREVIATIONS = frozenset(
    {
        *("e.g", "i.e", "cf", "vs", "etc", "al", "approx", "incl", "resp", "viz", "ca", "no"),
        *("dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "fig", "figs", "eq", "eqs", "sec"),
        *("ch", "vol", "pp", "inc", "ltd", "co", "dept", "univ", "jan", "feb", "mar", "apr"),
        *("jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ave", "u.s", "a.m"),
        "p.m",
    }
)
"""Words that end in a full stop without ending the sentence (compared in lower case)."""
_WESTERN_END = re.compile(r"(?:[.!?]+|…)[\"'”’»)\]]*(?=\s)")
_CJK_END = re.compile(r"[。！？]+[」』”’）]*")
_WORD_BEFORE = re.compile(r"(\S+)$")
MIN_SHARE = 3
"""A sentence cut keeps at least a third of the room; an earlier end ("Hi. ...") would throw
away most of what fits, so a cut between words is better there."""


@dataclass(frozen=True)
class Shortened:
    """A text made to fit, and whether anything of it was left out."""

    text: str
    cut: bool


def sentence_ends(text: str) -> list[int]:
    """Offsets just past each sentence end in `text`, in order (the text's end not included)."""
    ends = [match.end() for match in _CJK_END.finditer(text) if match.end() < len(text)]
    for match in _WESTERN_END.finditer(text):
        if _ends_sentence(text, match.start(), match.end()):
            ends.append(match.end())
    return sorted(set(ends))


def _ends_sentence(text: str, start: int, end: int) -> bool:
    if text[start] == ".":
        before = _WORD_BEFORE.search(text, 0, start)
        word = before.group(1).lstrip("(\"'“‘[").casefold() if before else ""
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            return False
    following = text[end:].lstrip()
    return not following or not following[0].islower()


def shorten(text: str, limit: int) -> Shortened:
    """`text` (spaces tidied) in at most `limit` characters: whole, else its first sentences,
    else its first words and "…"; never a word cut in two unless one word alone is too long."""
    tidy = " ".join(text.split())
    if len(tidy) <= limit:
        return Shortened(tidy, cut=False)
    fitting = [end for end in sentence_ends(tidy) if end <= limit]
    if fitting and fitting[-1] * MIN_SHARE >= limit:
        return Shortened(tidy[: fitting[-1]].rstrip(), cut=True)
    return Shortened(_between_words(tidy, limit - len(ELLIPSIS)) + ELLIPSIS, cut=True)


def _between_words(text: str, room: int) -> str:
    """The longest start of `text` within `room` that ends where a word does: at a space, or
    between two CJK characters (CJK writes no spaces between words)."""
    head = text[: room + 1]
    space = head.rfind(" ")
    if space * 2 > room:
        return head[:space].rstrip(" ,;:-–—")
    for index in range(room, 0, -1):
        if _is_cjk(text[index - 1]) and (_is_cjk(text[index]) or text[index] in "、，"):
            return text[:index]
    return text[:room]


def _is_cjk(char: str) -> bool:
    point = ord(char)
    return (
        0x3040 <= point <= 0x30FF  # kana
        or 0x3400 <= point <= 0x9FFF  # CJK ideographs
        or 0xAC00 <= point <= 0xD7AF  # hangul
        or 0xF900 <= point <= 0xFAFF
    )
