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
INFLECTED = 24
"""The most wordings a phrase of several words is read in: a phrase whose words each have
many endings ('neuronale netze') stays within it; beyond, the wordings are mostly unsaid."""
FITTING_PART = 5
"""The fewest letters of a compound's part read for being a word of the conference's text
rather than of the catalogue."""


def _no(word: str) -> bool:
    return False


class Conjugated:
    """How a language says a verb for someone doing it ('übersetzt', 'überspringt',
    'rechnet'), while its catalogue lists the verb as a whole ('übersetzen') or as its noun
    ('Übersetzung'): a description of what a paper does says the verb so."""

    def __init__(
        self,
        endings: tuple[str, ...],
        joined: tuple[str, ...],
        after: tuple[str, ...],
        whole: tuple[str, ...],
    ) -> None:
        """`endings`: what a verb ends in when said so; `joined`: the letters it puts before
        them after a stem ending in one of `after` ('rechn' + 'et'); `whole`: the endings of
        the verb as listed and of its noun ('en', 'n', 'ung')."""
        self._endings = tuple(sorted(endings, key=len, reverse=True))
        self._joined = joined
        self._after = after
        self._whole = whole

    def stems(self, typed: str) -> list[str]:
        """What `typed` may be the verb's stem plus a spoken ending of, longest stem first."""
        found: list[str] = []
        for ending in self._endings:
            for link in ("", *self._joined):
                said = link + ending
                stem = typed[: -len(said)]
                if not typed.endswith(said) or len(stem) < MINIMUM_STEM:
                    continue
                if link and not stem.endswith(self._after):
                    continue  # 'planet' is no 'plan' + 'et'
                found.append(stem)
        return sorted(dict.fromkeys(found), key=len, reverse=True)

    def listed(self, typed: str, said: frozenset[str]) -> str | None:
        """The catalogue's word (the verb or its noun) `typed` says the verb of, if any."""
        return next(
            (
                stem + whole
                for stem in self.stems(typed)
                for whole in self._whole
                if stem + whole in said
            ),
            None,
        )


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
        conjugated: Conjugated | None = None,
        separable: tuple[str, ...] = (),
    ) -> None:
        """`said`: every word of the language's phrases; `alone`: its phrases of one word;
        `english`: the words English reads, which are never another language's forms;
        `conjugated`: how its verbs are said for someone doing it, if they change so;
        `separable`: the prefixes a verb puts 'zu' after ('auf' of 'aufzusummieren')."""
        self._said = said
        self._conjugated = conjugated
        self._separable = tuple(sorted(separable, key=len, reverse=True))
        self._english = english
        self._alone = alone
        self._endings = tuple(sorted(endings, key=len, reverse=True))
        self._links = ("", *links)
        self._joined = joined
        self._stems_of = self._index(said)
        self._alone_stems = self._index(alone)
        self._sharing: dict[str, set[str]] = {}
        """Each stem, with every word of the phrases that has it."""
        for word in said:
            for stem in self._stems(word):
                self._sharing.setdefault(stem, set()).add(word)

    def _index(self, said: frozenset[str]) -> dict[str, str]:
        """Each stem of the words, to the shortest word that has it."""
        stems: dict[str, str] = {}
        for word in sorted(said, key=lambda word: (len(word), word)):
            for stem in self._stems(word):
                stems.setdefault(stem, word)
        return stems

    def inflected(self, phrase: str) -> list[str]:
        """A phrase of several words said in its words' other endings ('latenten raum' of
        'latenter raum', 'neuronalen netzen' of 'neuronale netze'): each word as any word of
        the phrases sharing its stem, at most `INFLECTED` wordings. A typed form no phrase
        has is read as one of those words first, so these are all a question can hold."""
        said = phrase.split()
        if len(said) < 2:
            return []
        kinds = [sorted(self._siblings(word)) for word in said]
        wordings = [""]
        for kind in kinds:
            wordings = [f"{before} {word}".strip() for before in wordings for word in kind]
            if len(wordings) > INFLECTED:
                return []
        return [wording for wording in wordings if wording != phrase]

    def _siblings(self, word: str) -> set[str]:
        """The words of the phrases sharing a stem with `word`, itself among them."""
        return {word}.union(*(self._sharing.get(stem, set()) for stem in self._stems(word)))

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
        found = self._form(typed) or self._unseparated(typed)
        if found is not None or not self._joined or len(typed) < COMPOUND:
            return found or typed
        return self._compound(typed, fits) or typed

    def _unseparated(self, typed: str) -> str | None:
        """The phrase word a verb said with 'zu' after its prefix is a form of
        ('aufzusummieren' of 'aufsummieren', 'herauszufinden' of 'herausfinden')."""
        for prefix in self._separable:
            if typed.startswith(f"{prefix}zu") and len(typed) > len(prefix) + 2 + MINIMUM_STEM:
                return self._form(prefix + typed[len(prefix) + 2 :])
        return None

    def _form(self, typed: str) -> str | None:
        if typed in self._said:
            return typed
        if len(typed) <= MINIMUM_STEM:
            return None
        found = next(
            (self._stems_of[stem] for stem in self._stems(typed) if stem in self._stems_of), None
        )
        if found is not None or self._conjugated is None:
            return found
        return self._conjugated.listed(typed, self._said)

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
    verbs = table.get("verbs")
    conjugated = (
        Conjugated(
            tuple(fold(ending) for ending in verbs["endings"]),
            tuple(fold(link) for link in verbs.get("joined", ())),
            tuple(fold(stem) for stem in verbs.get("after", ())),
            tuple(fold(whole) for whole in verbs["whole"]),
        )
        if verbs
        else None
    )
    separable = tuple(fold(prefix) for prefix in (verbs or {}).get("separable", ()))
    return Forms(said, alone, endings, links, joined, english, conjugated, separable)
