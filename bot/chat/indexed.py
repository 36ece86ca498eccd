"""Every word each paper or talk holds, weighed by the part it is in and by how rare it is
among the papers or among the talks: the index `bot.chat.described` ranks a description
against, built once per revision of a conference's programme and kept for it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray

from bot.chat.retrieval import (
    MIN_KNOWN,
    MIN_PREFIX,
    PREFIX_SHARE,
    STOP,
    TEXTS_KEPT,
    indexed_terms,
    key,
    longer_words,
)
from bot.domain.records import PaperView, SessionView
from bot.domain.text import words

COMMON = 0.05
"""A word in more than this share of papers tells no subject beside a lab's name ('work')."""
RARE = 3
"""Items that may hold a word for it to tell their subject when offered by it."""
TERMS_REMEMBERED = 4096
"""Typed words whose matches an index keeps for its revision."""
WEIGHED_KEPT = 256
"""Typed words whose weight in each item an index keeps, the newest: a row of floats each
(40 KB at the 5,000 papers up to which chat reads them), so fewer than their matches."""


Shares = NDArray[np.float64]
"""A share of a question's word weight for each item, by row."""
Meant = Mapping[str, tuple[str, ...]]
"""A question's everyday words (as indexed) with the field's terms each stands for."""


class Field:
    """How much a word found in each part of a paper says about the paper."""

    TITLE = 1.0
    NAMES = 1.0
    """Authors and aliases: a name is meant exactly."""
    KEYWORDS = 0.9
    PLACES = 0.8
    SUMMARY = 0.6


Item = PaperView | SessionView
"""What a description finds: a paper, or a talk of the programme."""


def _fields(item: Item) -> Iterable[tuple[float, str, bool]]:
    """Each part of an item with its weight and whether it holds names (of people, labs,
    places): told by the part, not its weight, since a title weighs as much as a name, yet a
    word only a title holds ('Brennstoffe' in a German talk's) names no one."""
    if isinstance(item, SessionView):
        yield Field.TITLE, " ".join((item.title, item.talk_title or "")), False
        yield Field.NAMES, " ".join(name for name, _ in item.people), True
        yield Field.KEYWORDS, " ".join(item.topics), False
        yield Field.SUMMARY, item.description, False
        return
    yield Field.TITLE, item.title, False
    yield Field.NAMES, " ".join((*item.aliases, *item.authors)), True
    yield Field.KEYWORDS, " ".join((*item.keywords, *item.topics)), False
    yield Field.PLACES, " ".join(item.affiliations), True
    yield Field.SUMMARY, " ".join((item.summary, item.tldr, item.abstract)), False


class ItemWords:
    """Every word each paper (or each talk) holds, by the most telling part it is in, with
    how rare it is among them."""

    def __init__(self, items: Sequence[Item]) -> None:
        self.items = tuple(items)
        postings: dict[str, dict[int, float]] = defaultdict(dict)
        named: set[str] = set()
        said: set[str] = set()
        about: dict[str, set[int]] = defaultdict(set)
        for row, item in enumerate(self.items):
            for weight, text, naming in _fields(item):
                held = [term for term in indexed_terms(text) if len(term) > 1]
                for term in held:
                    (named if naming else said).add(term)
                    if not naming:
                        about[term].add(row)
                phrased = isinstance(item, PaperView) and not naming
                for term in (*held, *(_pairs(held) if phrased else ())):
                    if postings[term].get(row, 0.0) < weight:
                        postings[term][row] = weight
        self._postings = dict(postings)
        self._names = frozenset(named - said)
        """Words papers hold only as a person's or a place's name: 'freiburg', 'hutter'."""
        self._named_in = {
            term: frozenset(rows) - about.get(term, set())
            for term, rows in postings.items()
            if term in named and PAIRED not in term
        }
        """The rows holding each word only in a name ('Molecular' of a department's): the
        word says nothing of what those items are about."""
        self._sorted = sorted(term for term in self._postings if PAIRED not in term)
        self._rows = {item: row for row, item in enumerate(self.items)}
        self._most = math.log(1 + len(self.items))
        self._arrays = {
            term: (np.fromiter(held, np.intp, len(held)), np.fromiter(held.values(), np.float64))
            for term, held in self._postings.items()
            if PAIRED not in term
        }
        """Each word's rows and weights as arrays, made with the rest (once per revision, off
        the event loop) rather than by the first question asking for the word; a pair of
        words the first time it is asked for, most pairs never being asked."""
        self._matched: dict[str, tuple[tuple[str, float], ...]] = {}
        """The indexed words each typed word matches: one answer ranks its words up to eight
        times (each wording, talks and papers, by words and by meaning)."""
        self._alone = tuple(self._title_alone(row) for row in range(len(self.items)))
        """The terms of each title no other item holds, by row: made with the rest, since
        every ranking asks it of each of its first few, most of them new to the revision."""
        self._best: dict[str, Shares] = {}
        """`_held` of each typed word, for the last `WEIGHED_KEPT` words."""
        self._rarities: dict[str, float] = {}
        """`_rarest` of each typed word, as `_matched` keeps its matches."""

    def held_pairs(self, said: Sequence[str]) -> list[str]:
        """The pairs of words said next to each other that some item says so too."""
        return [pair for pair in _pairs(said) if pair in self._postings]

    def _rarity(self, term: str) -> float:
        found = self._postings.get(term)
        return math.log(1 + len(self.items) / len(found)) if found else 0.0

    def _rarest(self, term: str) -> float:
        """The rarity of the rarest indexed word a typed one matches, once per word: every
        wording of an answer weighs its words again."""
        rarity = self._rarities.get(term)
        if rarity is None:
            rarity = max(self._rarity(found) for found, _ in self._matches(term))
            if len(self._rarities) < TERMS_REMEMBERED:
                self._rarities[term] = rarity
        return rarity

    def _matches(self, term: str) -> tuple[tuple[str, float], ...]:
        """Indexed words a typed one matches: itself, or, for a longer word, words it begins
        ('transcrib' for 'transcription') at a share of a whole match."""
        found = self._matched.get(term)
        if found is None:
            found = tuple(self._matching(term))
            if len(self._matched) < TERMS_REMEMBERED:
                self._matched[term] = found
        return found

    def _matching(self, term: str) -> Iterable[tuple[str, float]]:
        if term in self._postings:
            yield term, 1.0
        if len(term) < MIN_PREFIX:
            return
        for indexed in longer_words(self._sorted, term):
            yield indexed, PREFIX_SHARE

    def rarely_held(self, typed: str, item: Item) -> bool:
        """Whether `item` holds a word of `typed` that at most `RARE` items hold: a kind's
        word ('workshop') beside one nothing holds ('sourdough') tells no subject; two words
        said as few items say them ('speech recognition') count as one. Items holding the
        word only in a name ('Molecular' of a department's) are not counted against an item
        about it: 'drug molecules' is rare among papers, however many labs say "molecular"."""
        row = self._rows.get(item)
        said = typed_terms(typed)
        for term in (*said, *_pairs(said)):
            matched = [indexed for indexed, _ in self._matches(term)]
            held = {found for indexed in matched for found in self._postings[indexed]}
            named = {found for indexed in matched for found in self._named_in.get(indexed, ())}
            about = held - named
            counted = about if row in about else held
            if row in counted and len(counted) <= RARE:
                return True
        return False

    def few_holding(self, typed: str) -> list[Item]:
        """The items holding a word of `typed` (in any ending) that at most `RARE` items hold,
        in their order."""
        rows: set[int] = set()
        for term in typed_terms(typed):
            held = {row for found, _ in self._matches(term) for row in self._postings[found]}
            if len(held) <= RARE:
                rows |= held
        return [self.items[row] for row in sorted(rows)]

    def titled_alone(self, wanted: Sequence[str], row: int) -> bool:
        """Whether the title of the item of `row` holds one of the `wanted` terms (words and
        pairs) that no other item holds anywhere."""
        return not self._alone[row].isdisjoint(wanted)

    def _title_alone(self, row: int) -> frozenset[str]:
        item = self.items[row]
        talk = f" {item.talk_title or ''}" if isinstance(item, SessionView) else ""
        held = indexed_terms(item.title + talk)
        titled = set(held) | set(_pairs([term for term in held if term not in STOP]))
        return frozenset(term for term in titled if self._postings.get(term, {}).keys() == {row})

    def narrowed(self, wanted: list[str]) -> tuple[set[int], list[str]]:
        """The papers of the labs and people `wanted` names (none when it names none), and
        its other words."""
        named = [term for term in wanted if term in self._names]
        rows = {row for term in named for row in self._postings[term]}
        return rows, [term for term in wanted if term not in named]

    def lab_alone(self, typed: str) -> list[str]:
        """The typed words naming a lab or person, when the question's other words tell no
        subject ('borealis ai work at iclr?'): none is `_telling`."""
        said = [word for word in words(typed) if word not in STOP and len(word) > 1]
        theirs, rest = self.narrowed([key(word) for word in said])
        if not theirs or any(self._telling(term, theirs) for term in rest):
            return []
        return [word for word in said if key(word) in self._names]

    def _telling(self, term: str, theirs: set[int]) -> bool:
        """Whether a word names a subject: as it is typed, in titles or keywords (a word
        summaries use in passing, 'bring', 'crowd', names none), yet not in every paper of
        theirs, nor, in any form, in more than `COMMON` of all papers ('work')."""
        held = self._postings.get(term, {})
        rows = {row for row, field in held.items() if field >= Field.KEYWORDS}
        anywhere = {row for found, _ in self._matches(term) for row in self._postings[found]}
        common = len(anywhere) > COMMON * len(self.items)
        return bool(rows) and not theirs <= rows and not common

    def shares(self, wanted: list[str], meant: Meant | None = None) -> Shares:
        """For each item, the share of the weight (by rarity) of the words `wanted` it holds,
        by the part holding each; 0 for an item holding none. As arrays over all items: a
        common word ('models', 'learn') is held by most of them. A word's field terms in
        `meant` ('demos' as 'demonstrations') stand in for it, never beside it: an item holding
        either holds the word, and the question weighs no more for having been read."""
        meant = meant or {}
        matched = {term: self._matches(term) for term in wanted}
        known = {term: self._rarest(term) for term, matches in matched.items() if matches}
        known |= {
            term: rarity
            for term in wanted
            if term not in known and (rarity := self._phrase_rarity(meant.get(term, ())))
        }
        # A word no paper holds ('earthquakes') weighs as the least telling known one: a
        # stranger's word must not vanish, nor outweigh the words that find a paper.
        said = [rarity for term, rarity in known.items() if PAIRED not in term]
        least = min(said) if len(said) >= MIN_KNOWN else self._most
        weights = {term: known.get(term, least) for term in wanted}
        for term in wanted:  # a pair weighs what it tells beyond its rarer word
            if PAIRED in term:
                alone = max(weights.get(word, 0.0) for word in term.split(PAIRED))
                weights[term] = max(weights[term] - alone, 0.0)
        total = sum(weights.values())
        found: Shares = np.zeros(len(self.items))
        if not total:
            return found
        for term in wanted:
            if not matched[term] and term not in meant:
                continue  # no item holds it: it adds to none
            best = self._held(term)
            if term in meant:
                best = np.maximum(best, self._phrase_held(meant[term]))
            found += best * weights[term] / total
        return found

    def _held(self, term: str) -> Shares:
        """For each item, the weight of the part holding a typed word (or, at a share, a
        longer word it begins), made once per word: an answer weighs its words for every
        wording, and its words come back in later questions."""
        best = self._best.get(term)
        if best is None:
            best = np.zeros(len(self.items))
            for indexed, share in self._matches(term):
                rows, parts = self._posting(indexed)
                best[rows] = np.maximum(best[rows], share * parts)
            holding = np.flatnonzero(best)
            if len(holding) == 1:  # 'fragdenstaat': one talk's alone, said as a name is
                best[holding] = Field.NAMES
            best.flags.writeable = False  # shared by every ranking asking for the word
            if len(self._best) >= WEIGHED_KEPT:
                del self._best[next(iter(self._best))]
            self._best[term] = best
        return best

    def _phrase_rarity(self, phrase: tuple[str, ...]) -> float:
        """How telling a field's phrase is: the mean rarity of its words the items hold."""
        rarities = [self._rarity(term) for term in phrase if term in self._postings]
        return sum(rarities) / len(rarities) if rarities else 0.0

    def _phrase_held(self, phrase: tuple[str, ...]) -> Shares:
        """For each item, the mean weight of the parts holding each word of a field's phrase:
        'knowledge base' is held in full by a paper holding both words, half by one holding
        'knowledge' alone."""
        held: Shares = np.zeros(len(self.items))
        for term in phrase:
            if term in self._postings:
                rows, parts = self._posting(term)
                held[rows] += parts
        return held / max(len(phrase), 1)

    def _posting(self, term: str) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        """The rows holding an indexed word or pair and the weight of the part each holds it
        in."""
        made = self._arrays.get(term)
        if made is None:
            held = self._postings[term]
            made = np.fromiter(held, np.intp, len(held)), np.fromiter(held.values(), np.float64)
            self._arrays[term] = made
        return made


INDEXES_KEPT = 8
"""Indexes kept: papers and talks of each conference a process answers for, with room for one
revision more."""


@lru_cache(maxsize=INDEXES_KEPT)
def item_words(items: tuple[Item, ...]) -> ItemWords:
    """The index of `items`, shared by every reading of the same items: a bot started again, or
    another bot of the same process (a shard), reads the programme at the same revision, and
    building its index is most of what a first question costs."""
    return ItemWords(items)


@lru_cache(maxsize=TEXTS_KEPT)
def typed_terms(text: str) -> tuple[str, ...]:
    return tuple(key(word) for word in words(text) if word not in STOP and len(word) > 1)


PAIRED = " "
"""What joins two words said one after the other into one indexed term."""


def _pairs(terms: Sequence[str]) -> list[str]:
    """Each two words next to each other (filler read away): 'speech recognition' said as
    a paper says it tells more than either word, which many papers hold apart. Only papers
    are indexed so: their titles, keywords and summaries use a field's set phrases, while
    a talk's description is prose whose neighbours ('berlin club') name no subject."""
    return [PAIRED.join(pair) for pair in pairwise(terms) if pair[0] != pair[1]]


def meant_terms(everyday: Mapping[str, str]) -> Meant:
    """Everyday words with the field's phrase each means, both as indexed terms."""
    return {key(word): tuple(typed_terms(phrase)) for word, phrase in everyday.items()}
