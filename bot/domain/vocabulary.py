"""A conference's own words: the phrases that name its people, rooms, topics, sessions, papers
and awards, found in a question by longest match.

Built from the store for each conference rather than written in code, so a question about a
conference imported yesterday is understood as well as one about the first. Phrases are
compared as folded words with a plain plural dropped ("GANs" names "GAN"), which is all the
leniency a phrase needs: misspellings are the search's business.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from numpy.typing import NDArray

from bot.domain.text import edit_distance, loose, words

MAX_PHRASE_WORDS = 8
LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"
OTHER_BITS = 8
"""Other characters share a few bits of a name's letter mask: sharing can only hide a
difference between two names, never invent one, so the mask test never rejects a name the
letters' own test keeps."""


class Sense(StrEnum):
    """What a phrase of the conference names."""

    PERSON = "person"
    AUTHOR = "author"
    ROOM = "room"
    TOPIC = "topic"
    SESSION = "session"
    PAPER = "paper"
    AWARD = "award"


@dataclass(frozen=True)
class Term:
    """One thing a phrase names: `key` is what services look it up by (a name, a slug)."""

    sense: Sense
    key: str


@dataclass(frozen=True)
class Found:
    """A phrase found in a question: words `start` to `end` (exclusive) name `terms`."""

    terms: tuple[Term, ...]
    start: int
    end: int

    def keys(self, sense: Sense) -> list[str]:
        return [term.key for term in self.terms if term.sense == sense]


def singular(word: str) -> str:
    """'gans' and 'gan', 'papers' and 'paper' compare alike; 'bias' and 'class' stay."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def phrase_key(text: str) -> tuple[str, ...]:
    return tuple(loose(singular(word)) for word in words(text))


HYPHENATED = re.compile(r"(?<=[^\W_])-(?=[^\W_])")
JOINED_AT_MOST = 2
"""A phrase with more hyphens is a title's, too long to be typed with its compounds joined."""


def _joined(phrase: str) -> Iterator[str]:
    """The phrase with each of its hyphenated compounds typed as one word ('trade-off' as
    'tradeoff', 'multi-agent' as 'multiagent'), one or more at a time, as people type them."""
    hyphens = list(HYPHENATED.finditer(phrase))
    if not hyphens or len(hyphens) > JOINED_AT_MOST:
        return
    for mask in range(1, 2 ** len(hyphens)):
        spelt = list(phrase)
        for bit, hyphen in enumerate(hyphens):
            if mask >> bit & 1:
                spelt[hyphen.start()] = ""
        yield "".join(spelt)


class Vocabulary:
    """Phrases to what they name, and the people's surnames for 'did you mean'."""

    def __init__(self, entries: Iterable[tuple[str, Term]]) -> None:
        phrases: dict[tuple[str, ...], dict[Term, None]] = defaultdict(dict)
        surnames: dict[str, dict[str, None]] = defaultdict(dict)
        initials: dict[str, dict[str, None]] = defaultdict(dict)
        for phrase, term in entries:
            key = phrase_key(phrase)
            for spelt in (key, *map(phrase_key, _joined(phrase))):
                if spelt and len(spelt) <= MAX_PHRASE_WORDS:
                    phrases[spelt][term] = None
            if term.sense in (Sense.PERSON, Sense.AUTHOR) and key:
                surnames[key[-1]][term.key] = None
            if term.sense == Sense.PERSON and len(key) > 1:
                initials[key[0][:1] + key[-1][:1]][term.key] = None
        self._phrases = {key: tuple(terms) for key, terms in phrases.items()}
        self._surnames = {key: tuple(names) for key, names in surnames.items()}
        self._initials = {key: tuple(names) for key, names in initials.items()}
        by_length: dict[int, list[tuple[str, frozenset[str]]]] = defaultdict(list)
        for surname in self._surnames:
            by_length[len(surname)].append((surname, frozenset(surname)))
        self._by_length: dict[int, tuple[list[tuple[str, frozenset[str]]], NDArray[np.uint64]]]
        self._by_length = {
            length: (named, np.array([_mask(its) for _, its in named], dtype=np.uint64))
            for length, named in by_length.items()
        }

    def find(self, tokens: Sequence[str]) -> list[Found]:
        """Phrases in a question's words, longest first at each position, left to right."""
        keys = [loose(singular(token)) for token in tokens]
        found: list[Found] = []
        start = 0
        while start < len(keys):
            for end in range(min(len(keys), start + MAX_PHRASE_WORDS), start, -1):
                terms = self._phrases.get(tuple(keys[start:end]))
                if terms:
                    found.append(Found(terms, start, end))
                    start = end
                    break
            else:
                start += 1
        return found

    def initialled(self, typed: str) -> tuple[str, ...]:
        """The speakers whose given name and surname begin as the first and last letters of
        `typed` do ('rms' for Richard Stallman, a middle name the programme omits between
        them)."""
        return self._initials.get(typed[:1] + typed[-1:], ()) if len(typed) > 1 else ()

    def close_names(self, typed: str, limit: int = 3) -> list[str]:
        """People whose surname is a typo away from the last typed word, closest first."""
        wanted = phrase_key(typed)
        if not wanted or len(wanted[-1]) < 4:
            return []
        last = wanted[-1]
        allowed = 1 if len(last) <= 5 else 2
        scored: list[tuple[int, str]] = []
        for surname in self._candidates(last, allowed):
            if surname[0] != last[0] and allowed < 2:
                continue
            distance = edit_distance(last, surname, allowed)
            if distance <= allowed:
                scored.extend((distance, name) for name in self._surnames[surname])
        return [name for _, name in sorted(scored)[:limit]]

    def _candidates(self, last: str, allowed: int) -> Iterator[str]:
        """Surnames that may be within `allowed` edits: of a near length, and lacking or
        adding at most `allowed` letters (each costs an edit), told first for every name of
        a length at once by their letter masks. Only these are compared letter by letter, a
        few dozen of thousands of names."""
        letters = frozenset(last)
        mask = np.uint64(_mask(letters))
        for length in range(len(last) - allowed, len(last) + allowed + 1):
            if length not in self._by_length:
                continue
            named, masks = self._by_length[length]
            lacking = np.bitwise_count(mask & ~masks)
            adding = np.bitwise_count(masks & ~mask)
            for row in np.flatnonzero((lacking <= allowed) & (adding <= allowed)):
                surname, its = named[row]
                if len(letters - its) <= allowed and len(its - letters) <= allowed:
                    yield surname


def _mask(letters: frozenset[str]) -> int:
    """The letters of a name as bits, to test thousands of names at once (`OTHER_BITS`)."""
    bits = 0
    for char in letters:
        found = LETTERS.find(char)
        bits |= 1 << (found if found >= 0 else len(LETTERS) + ord(char) % OTHER_BITS)
    return bits
