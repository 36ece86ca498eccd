"""A conference's typo dictionary held in memory, for a reader that asks many questions of one
conference revision (chat): a misspelt word's corrections come from a bounded set of
candidates instead of a trigram query over the whole dictionary.

A word within `d` edits of another differs from it in length by at most `d`; each letter one
of them has and the other lacks costs an edit; and their letter counts differ by at most `2d`
in all (a substitution moves two counts, an insertion or a deletion one, a swap none). These
tests run on every word of the dictionary at once, as arrays (lengths, a bit mask of letters,
letter counts), and the few words that pass are measured all at once too, one row of the
edit-distance table per typed letter. The test never rejects a word within
reach, so the corrections are those of measuring every word of the dictionary.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from numpy.typing import NDArray

from bot.domain.text import edit_distance, stem
from bot.store.search_index import MIN_TYPO_WORD

ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
OTHER_BITS = 8
"""Other characters share a few bits: sharing can only hide a difference, never invent one,
so the test still never rejects a word within reach."""
CORRECTIONS = 3
WORDS_REMEMBERED = 4096
"""Misspelt words whose corrections a dictionary keeps: questions repeat the words the papers
never use ('whats', 'anything'), and measuring one costs about half a millisecond at 100,000
papers."""

FEW = 20
"""Candidates measured one pair at a time rather than all at once as arrays: below about
this many, the pairs cost less (measured on a misspelt word of six and of twelve letters)."""

Codes = NDArray[np.uint32]


def allowed_distance(word: str) -> int:
    """How many edits a misspelling of this word may hold."""
    return 1 if len(word) <= 5 else 2


def _bit(char: str) -> int:
    found = ALPHABET.find(char)
    return found if found >= 0 else len(ALPHABET) + ord(char) % OTHER_BITS


def letter_mask(word: str) -> int:
    mask = 0
    for char in word:
        mask |= 1 << _bit(char)
    return mask


def letter_counts(word: str) -> NDArray[np.int16]:
    counts = np.zeros(len(ALPHABET) + OTHER_BITS, dtype=np.int16)
    for char in word:
        counts[_bit(char)] += 1
    return counts


def _letter_counts(codes: Codes) -> NDArray[np.int16]:
    """`letter_counts` of every row of `codes` at once (zeros are padding, not letters)."""
    columns = len(ALPHABET) + OTHER_BITS
    found, where = np.unique(codes, return_inverse=True)
    bit_of = np.array([_bit(chr(code)) if code else columns for code in found], dtype=np.intp)
    bits = bit_of[where.reshape(codes.shape)]
    cells = (np.arange(codes.shape[0])[:, None] * (columns + 1) + bits).ravel()
    counts = np.bincount(cells, minlength=codes.shape[0] * (columns + 1))
    return counts.reshape(codes.shape[0], columns + 1)[:, :-1].astype(np.int16)


def _codes(word: str) -> list[int]:
    return [ord(char) for char in word]


def distances(word: str, codes: Codes, lengths: NDArray[np.intp]) -> NDArray[np.int64]:
    """The optimal-string-alignment distance (a swap of neighbours is one edit) from `word` to
    each row of `codes`, words as code points padded with zeros to one width, each `lengths`
    long. Row by row of the usual table, every candidate at once; within a row, insertions are
    a running minimum."""
    rows, width = codes.shape
    steps = np.arange(width + 1)
    typed = _codes(word)
    before = np.zeros((rows, width + 1), dtype=np.int64)
    previous = np.broadcast_to(steps, (rows, width + 1)).astype(np.int64)
    for i, char in enumerate(typed, start=1):
        best = np.empty((rows, width + 1), dtype=np.int64)
        best[:, 0] = i
        changed = previous[:, :-1] + (codes != char)
        best[:, 1:] = np.minimum(changed, previous[:, 1:] + 1)
        if i > 1:
            swapped = (codes[:, :-1] == char) & (codes[:, 1:] == typed[i - 2])
            swap = np.minimum(best[:, 2:], before[:, :-2] + 1)
            best[:, 2:] = np.where(swapped, swap, best[:, 2:])
        before, previous = previous, np.minimum.accumulate(best - steps, axis=1) + steps
    return previous[np.arange(rows), lengths]


class Spelling:
    """Every dictionary word of a conference with how many papers hold it; the words long
    enough to be corrected towards, with their lengths, letters as masks and code points."""

    def __init__(self, counts: Iterable[tuple[str, int]]) -> None:
        self._docs = dict(counts)
        long_enough = (word for word in self._docs if len(word) >= MIN_TYPO_WORD)
        self._words = tuple(sorted(long_enough, key=len))
        """Shortest first: the words a typo's length allows are one run of rows (`_near`)."""
        self._lengths = np.array([len(word) for word in self._words], dtype=np.intp)
        width = int(self._lengths.max()) if self._words else 0
        self._codes = np.zeros((len(self._words), width), dtype=np.uint32)
        for row, word in enumerate(self._words):
            self._codes[row, : len(word)] = _codes(word)
        self._counts = _letter_counts(self._codes)
        bits = np.left_shift(np.uint64(1), np.arange(self._counts.shape[1], dtype=np.uint64))
        self._masks = np.bitwise_or.reduce(np.where(self._counts > 0, bits, np.uint64(0)), axis=1)
        self._corrected: dict[str, tuple[str, ...]] = {}
        self._stems: dict[str, int] | None = None
        self._kept: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self._docs)

    def known(self, words: Iterable[str]) -> set[str]:
        """Which of these are words of the dictionary."""
        return {word for word in words if word in self._docs}

    def keep(self, words: Iterable[str]) -> None:
        """Words the conference's own text holds outside the papers' index (where authors
        work): each is a real word, so never a misspelling of a paper's word ('cancer' of a
        cancer institute is not the author 'Casper')."""
        self._kept = frozenset(words)
        self._corrected.clear()

    def papers_with(self, word: str) -> int:
        """About how many papers hold the word in any of its endings ('predict', 'predicted',
        'predicting'): the counts of the dictionary words sharing its stem, added up."""
        if self._stems is None:
            self._stems = {}
            for known, docs in self._docs.items():
                self._stems[stem(known)] = self._stems.get(stem(known), 0) + docs
        return self._stems.get(stem(word), 0)

    def _near(self, word: str, limit: int) -> NDArray[np.intp]:
        """The rows of the words that pass the length and letter tests: the only ones
        measured. The letters are tested on the rows of the lengths within reach alone, about
        half of a large dictionary's."""
        first = int(np.searchsorted(self._lengths, len(word) - limit, side="left"))
        end = int(np.searchsorted(self._lengths, len(word) + limit, side="right"))
        masks = self._masks[first:end]
        mask = np.uint64(letter_mask(word))
        lacking = np.bitwise_count(mask & ~masks)
        adding = np.bitwise_count(masks & ~mask)
        rows = first + np.flatnonzero((lacking <= limit) & (adding <= limit))
        moved = np.abs(self._counts[rows] - letter_counts(word)).sum(axis=1)
        near: NDArray[np.intp] = rows[moved <= 2 * limit]
        return near

    def candidates(self, word: str) -> list[str]:
        """The dictionary words a misspelt `word` is measured against."""
        return [self._words[row] for row in self._near(word, allowed_distance(word))]

    def corrections(self, word: str) -> list[str]:
        """Dictionary words within a typo of a misspelt word, closest first, then the commonest
        (as the search's own corrections rank them); measured once per word."""
        found = self._corrected.get(word)
        if found is None:
            found = tuple(self._measured(word))
            if len(self._corrected) < WORDS_REMEMBERED:
                self._corrected[word] = found
        return list(found)

    def _measured(self, word: str) -> list[str]:
        if len(word) < MIN_TYPO_WORD or not self._words or word in self._kept:
            return []
        limit = allowed_distance(word)
        rows = self._near(word, limit)
        found = self._distances(word, rows, limit)
        scored = [
            (int(distance), -self._docs[self._words[row]], self._words[row])
            for row, distance in zip(rows, found, strict=True)
            if distance <= limit
        ]
        return [candidate for _, _, candidate in sorted(scored)[:CORRECTIONS]]

    def _distances(self, word: str, rows: NDArray[np.intp], limit: int) -> list[int]:
        """The distance from `word` to the word of each row, exact up to `limit` (a farther
        one is only told to be farther): for a few rows one pair at a time, since the arrays'
        table costs about what measuring `FEW` pairs does, however few rows it holds."""
        if len(rows) <= FEW:
            return [edit_distance(word, self._words[row], limit) for row in rows]
        width = min(len(word) + limit, self._codes.shape[1])
        return [int(d) for d in distances(word, self._codes[rows, :width], self._lengths[rows])]
