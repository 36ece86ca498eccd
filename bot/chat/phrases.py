"""Finding a catalogue's phrases in a question: at each place a phrase may begin, the longest
one there, then on from its end.

A language's catalogue and subject lexicon hold thousands of phrases and grow with the field.
Tried as one regular expression of every phrase, each place in a question is tried against
every phrase (and compiling it costs the first question in that language tens of
milliseconds); here each place looks up only the stretches of the question that could be a
phrase, so the cost follows the question's length, not the catalogue's. In a language that
puts spaces between words a phrase is a whole word or words, never a piece of a longer word
or of a hyphenated name; in one that does not (Chinese) it may begin and end anywhere.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable

_APART = re.compile(r"[^\w-]")
"""What a phrase may begin after or end before, in a spaced language: any character but a
word's or a hyphen ('open' is no phrase inside 'open-source' nor 'opening')."""
_HEAD = re.compile(r"(?<=\w)-(?=\w)")
"""A hyphen joining two words, where a language that joins words so may begin a phrase."""


class Phrases:
    """A set of phrases, found in a text longest first."""

    def __init__(self, phrases: Iterable[str], *, spaced: bool, heads: bool = False) -> None:
        """`heads`: whether the language joins words with a hyphen ('CNN-Schichten',
        '3D-Faltungen'), so that the last of them may be a phrase of its own."""
        self._phrases = frozenset(phrase for phrase in phrases if phrase)
        self._spaced = spaced
        self._heads = heads
        lengths: dict[str, set[int]] = {}
        for phrase in self._phrases:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        self._lengths = {first: sorted(found, reverse=True) for first, found in lengths.items()}
        """For each character a phrase begins with, the lengths of those phrases, longest
        first: in a language without spaces, a place in a question is tried only at the
        lengths a phrase there can have."""
        self._longest = max(map(len, self._phrases), default=0)

    def sub(self, replaced: Callable[[str], str], text: str) -> str:
        """`text` with each phrase found in it replaced by what `replaced` makes of it."""
        pieces: list[str] = []
        kept = 0
        for start, end in self.found(text):
            pieces += [text[kept:start], replaced(text[start:end])]
            kept = end
        pieces.append(text[kept:])
        return "".join(pieces)

    def found(self, text: str) -> list[tuple[int, int]]:
        """Where the phrases are in `text`, from its start: at each place one may begin, the
        longest there; the next is looked for after it."""
        spans: list[tuple[int, int]] = []
        if not self._phrases:
            return spans
        starts, ends = self._bounds(text)
        after = 0
        for start in starts:
            if start < after:
                continue
            end = self._longest_at(text, start, ends)
            if end is not None:
                spans.append((start, end))
                after = end
        return spans

    def _bounds(self, text: str) -> tuple[list[int], list[int]]:
        """Where a phrase may begin and end in `text`: anywhere unless the language is spaced
        (no ends are listed then); there, at the text's edges and beside any character that
        is neither a word's nor a hyphen, and after a hyphen joining words where the language
        joins them so: a phrase begun there ends where the joined words do."""
        if not self._spaced:
            return list(range(len(text))), []
        apart = [found.start() for found in _APART.finditer(text)]
        starts = [0, *(index + 1 for index in apart)]
        if self._heads:
            starts = sorted([*starts, *(found.end() for found in _HEAD.finditer(text))])
        return starts, [*apart, len(text)]

    def _longest_at(self, text: str, start: int, ends: list[int]) -> int | None:
        """Where the longest phrase beginning at `start` ends, if one does: in a spaced
        language, tried at each end of a word within reach, the farthest first."""
        if text[start : start + 1] not in self._lengths:
            return None
        if self._spaced:
            reach = ends[bisect_right(ends, start) : bisect_right(ends, start + self._longest)]
            candidates = reversed(reach)
        else:
            lengths = self._lengths[text[start]]
            candidates = (start + n for n in lengths if start + n <= len(text))
        return next((end for end in candidates if text[start:end] in self._phrases), None)
