"""How a language's words change their ending and join into one, read against the words of
its catalogue's phrases (`bot.chat.catalogue`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.domain.text import fold

_WORD = re.compile(r"[^\W\d_]+")

MINIMUM_STEM = 4
"""The fewest letters left once an ending is taken off: shorter stems ('wer' of 'werden')
are other words."""
COMPOUND = 8
"""The fewest letters of a word read as two joined ('kongresstag'): shorter ones split into
pieces that only look like words."""
FITTING_PART = 5
"""The fewest letters of a compound's part read for being a word of the conference's text
rather than of the catalogue."""


def _no(word: str) -> bool:
    return False


class Forms:
    """A language's endings and compounds, read against the words of its own phrases.

    A catalogue lists a word once ('offiziell'), while a question inflects it ('offiziellen',
    'offizielle') or joins it to another ('kongresstag' of 'kongress' and 'tag'). A typed
    word no phrase has is read as the phrase's word whose stem it shares, or as two such
    words joined (with a linking letter between, where the language has one); words English
    reads, and names no phrase has, stay as typed."""

    def __init__(
        self,
        said: frozenset[str],
        alone: frozenset[str],
        endings: tuple[str, ...],
        links: tuple[str, ...] = (),
        joined: bool = False,
        english: frozenset[str] = frozenset(),
    ) -> None:
        """`said`: every word of the language's phrases; `alone`: its phrases of one word;
        `english`: the words English reads, which are never another language's forms."""
        self._said = said
        self._english = english
        self._alone = alone
        self._endings = tuple(sorted(endings, key=len, reverse=True))
        self._links = ("", *links)
        self._joined = joined
        self._stems_of = self._index(said)
        self._alone_stems = self._index(alone)

    def _index(self, said: frozenset[str]) -> dict[str, str]:
        """Each stem of the words, to the shortest word that has it."""
        stems: dict[str, str] = {}
        for word in sorted(said, key=lambda word: (len(word), word)):
            for stem in self._stems(word):
                stems.setdefault(stem, word)
        return stems

    def alone(self, typed: str, named: Callable[[str], bool]) -> str | None:
        """The one-word phrase a word of longer phrases only is a form of, if any."""
        if (
            typed not in self._said
            or typed in self._alone
            or typed in self._english
            or named(typed)
        ):
            return None
        return next(
            (found for stem in self._stems(typed) if (found := self._alone_stems.get(stem))), None
        )

    def read(
        self, folded: str, named: Callable[[str], bool], fits: Callable[[str], bool] = _no
    ) -> str:
        """`folded` with each word no phrase has and nothing is `named` by replaced by the
        phrase words it is made of; a compound's part may also be a word that `fits` the
        conference's own text ('quantenkryptographie' of 'quanten' and a cognate of
        'cryptography')."""
        return _WORD.sub(lambda typed: self.word(typed.group(0), named, fits), folded)

    def word(
        self, typed: str, named: Callable[[str], bool], fits: Callable[[str], bool] = _no
    ) -> str:
        """The phrase word (or two, joined) `typed` is a form of, else `typed`."""
        if typed in self._said or typed in self._english or named(typed) or fits(typed):
            return typed
        found = self._form(typed)
        if found is not None or not self._joined or len(typed) < COMPOUND:
            return found or typed
        return self._compound(typed, fits) or typed

    def _form(self, typed: str) -> str | None:
        if typed in self._said:
            return typed
        if len(typed) <= MINIMUM_STEM:
            return None
        return next(
            (self._stems_of[stem] for stem in self._stems(typed) if stem in self._stems_of), None
        )

    def _compound(self, typed: str, fits: Callable[[str], bool]) -> str | None:
        """Two phrase words, or words that fit the conference's text, joined ('kongresstag',
        'abschlusszeremonie'), the head last."""
        for cut in range(len(typed) - MINIMUM_STEM + 1, MINIMUM_STEM - 1, -1):
            head = self._part(typed[cut:], fits)
            if head is None:
                continue
            for link in self._links:
                first = typed[:cut]
                if link and not first.endswith(link):
                    continue
                first = first[: len(first) - len(link)]
                found = self._part(first, fits) if len(first) >= MINIMUM_STEM else None
                if found is not None:
                    return f"{found} {head}"
        return None

    def _part(self, typed: str, fits: Callable[[str], bool]) -> str | None:
        """A compound's part as a phrase's word, or as typed where it fits the conference's
        text: a part so short is too often a piece of an unrelated word."""
        found = self._form(typed)
        if found is not None or len(typed) < FITTING_PART:
            return found
        return typed if fits(typed) else None

    def _stems(self, word: str) -> list[str]:
        """`word` and what is left of it without each of its endings, longest stem first."""
        stems = [word]
        stems += [
            word[: -len(ending)]
            for ending in reversed(self._endings)
            if word.endswith(ending) and len(word) - len(ending) >= MINIMUM_STEM
        ]
        return stems


def forms_of(
    said: frozenset[str],
    alone: frozenset[str],
    table: dict[str, Any] | None,
    english: frozenset[str],
) -> Forms | None:
    """A catalogue's `[forms]`: its endings, the letters that link a compound's parts and
    whether words join into compounds at all; `english` are the words that stay as typed."""
    if not table:
        return None
    endings = tuple(fold(ending) for ending in table.get("endings", ()))
    links = tuple(fold(link) for link in table.get("links", ()))
    joined = bool(table.get("compounds", False))
    return Forms(said, alone, endings, links, joined, english)
