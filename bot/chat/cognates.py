"""A foreign word read as the English word it shares its stem with, by the regular ways the
languages end and spell a borrowed word ('sécurité' as 'security', 'moléculaire' as
'molecular', 'Robotik' as 'robotics', 'electrónico' as 'electronic').

A catalogue can list only the words someone thought of; the conference's titles and abstracts
hold thousands more, most of them Latin or Greek words every one of these languages shares. So
a word no phrase has is tried against its language's endings, and taken as the English word
only when the conference's own text holds that word: a guess the data does not confirm is never
made, and a word the data holds as typed ('attention', 'robot') stays as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.domain.text import fold

SHORTEST = 5
"""The fewest letters of a word read as a cognate: shorter ones are mostly the language's own
small words ('como', 'dans'), which share letters with English words by chance."""
MINIMUM_STEM = 3
"""The fewest letters left of a word once its ending is taken off."""
BARE = 8
"""The fewest letters of a word whose ending is a bare vowel ('modelo' of 'model'): a short
word ending so is more often a word of the language's own ('entero', 'sobre')."""


class Cognates:
    """A language's endings and spellings, each with the English ones they correspond to."""

    def __init__(
        self, endings: dict[str, list[str]], spellings: dict[str, list[str]] | None = None
    ) -> None:
        """`endings`: a foreign ending and its English endings, tried in order ('ite':
        ['ity']); `spellings`: letters written otherwise in English ('k': ['c'])."""
        pairs = [(fold(ending), tuple(map(fold, english))) for ending, english in endings.items()]
        self._endings = tuple(sorted(pairs, key=lambda pair: -len(pair[0])))
        self._spellings = tuple(
            (fold(letters), tuple(map(fold, english)))
            for letters, english in (spellings or {}).items()
        )

    def english(self, typed: str, held: Callable[[str], bool]) -> str | None:
        """The English word `typed` corresponds to and the conference holds, if any."""
        if len(typed) < SHORTEST or not typed.isalpha():
            return None
        for spelt in self._spelt(typed):
            for stem, tails in self._stems(spelt):
                found = next((stem + tail for tail in tails if held(stem + tail)), None)
                if found is not None and found != typed:
                    return found
        return None

    def _spelt(self, typed: str) -> list[str]:
        """`typed`, then `typed` with each letter the language writes otherwise as English
        writes it ('elektronisch' as 'electronisch'), then with all of them so written."""
        spelt = [typed]
        for letters, english in self._spellings:
            for other in english:
                for word in list(spelt):
                    if letters in word:
                        spelt.append(word.replace(letters, other))
        return list(dict.fromkeys(spelt))

    def _stems(self, word: str) -> list[tuple[str, tuple[str, ...]]]:
        """Each way `word` splits into a stem and an ending the language has, longest ending
        first, with the English endings of that ending."""
        found: list[tuple[str, tuple[str, ...]]] = [(word, ("",))]  # 'prozess' spelt 'process'
        for ending, tails in self._endings:
            stem = word[: len(word) - len(ending)]
            if not word.endswith(ending) or len(stem) < MINIMUM_STEM:
                continue
            if len(ending) <= 1 and len(word) < BARE:
                continue
            found.append((stem, tails))
        return found


def cognates(table: dict[str, Any] | None) -> Cognates | None:
    """A catalogue's `[cognates]`: its endings, and under `spellings` its letters."""
    if not table:
        return None
    endings = {key: list(value) for key, value in table.items() if isinstance(value, list)}
    return Cognates(endings, table.get("spellings"))
