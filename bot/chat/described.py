"""A paper described in the asker's own words, not its title's: 'the freiburg automl folks had
something on rna sequences' is "Learning to Design RNA", 'an oral on transcribing + generating
piano music with a new dataset' the MAESTRO paper.

One retrieval over everything a paper holds: its title, aliases, keywords, topics, summary and
abstract, its authors and the places they work, each word weighed by how rare it is among the
papers (`PaperWords`), added to how close the question's meaning is to the paper's (the
vectors of `bot.chat.meaning`). A lab or a name in the question is one of its rarest words, so
it narrows the papers as a filter would, while a paper that lacks it can still win on the rest.

Thresholds were measured on the English blind sets' paper questions (held5, tune5, tune4; see
`SURE` and `CLEAR`), never on a set held back.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from bot.chat.catalogue import reader
from bot.chat.retrieval import MIN_KNOWN, MIN_PREFIX, PREFIX_SHARE, STOP, key, longer_words
from bot.domain.records import PaperView
from bot.domain.text import words
from bot.papers.meaning import Vectors

SURE = 1.1
"""The least score (share of the question's word weight a paper holds, plus its closeness in
meaning) at which a paper is shown as the answer. Measured on the paper questions of held5,
tune5 and tune4 that describe a paper: the paper meant scored 1.13 to 1.71 where no other
step found it (the MAESTRO oral 1.34); 'papers by andrew ng' (no such author) reached 1.15
and is kept out by `CLEAR`, 'predicting earthquakes w/ deep nets' (1.34) by the rule that a
word no paper holds beside common ones is offered, never shown. Over 21 such questions the
sum put the paper meant first 17 times and in the top three 19; words alone 16 and 20,
meaning alone 8 and 12."""
THEIRS = 0.6
"""The least score of a paper found among the papers of a lab or person the question names,
by its other words: 'the freiburg automl folks had something on rna sequences' scored 0.79,
0.26 ahead of the lab's next paper. One measured question: the margin is not known well."""
CLEAR = 0.15
"""How far ahead of the second paper the first must be to be shown: the papers meant led by
0.16 to 0.78 (MAESTRO 0.36), while 'papers by andrew ng' led by 0.06 and topic questions'
first papers by at most 0.12 (a topic has many papers alike)."""
COMMON = 0.05
"""A word in more than this share of papers tells no subject beside a lab's name ('work')."""
NEAREST = 10
"""Papers nearest in meaning ranked beside those sharing words: a description in other words
than the paper's may share none."""


class Field:
    """How much a word found in each part of a paper says about the paper."""

    TITLE = 1.0
    NAMES = 1.0
    """Authors and aliases: a name is meant exactly."""
    KEYWORDS = 0.9
    PLACES = 0.8
    SUMMARY = 0.6


def _fields(paper: PaperView) -> Iterable[tuple[float, str]]:
    yield Field.TITLE, paper.title
    yield Field.NAMES, " ".join((*paper.aliases, *paper.authors))
    yield Field.KEYWORDS, " ".join((*paper.keywords, *paper.topics))
    yield Field.PLACES, " ".join(paper.affiliations)
    yield Field.SUMMARY, " ".join((paper.summary, paper.tldr, paper.abstract))


@dataclass(frozen=True)
class Candidate:
    """A paper and how well it fits a description: `words` is the share of the question's
    word weight it has, `meaning` its closeness, `score` the two added."""

    paper: PaperView
    words: float
    meaning: float
    narrowed: bool = False
    """Found among the papers of a lab or a person the question names, by its other words."""

    @property
    def score(self) -> float:
        return self.words + self.meaning


class PaperWords:
    """Every word each paper holds, by the most telling part it is in, with how rare it is."""

    def __init__(self, papers: Sequence[PaperView]) -> None:
        self.papers = tuple(papers)
        postings: dict[str, dict[int, float]] = defaultdict(dict)
        named: set[str] = set()
        said: set[str] = set()
        for row, paper in enumerate(self.papers):
            for weight, text in _fields(paper):
                for term in _terms(text):
                    (named if weight in (Field.NAMES, Field.PLACES) else said).add(term)
                    if postings[term].get(row, 0.0) < weight:
                        postings[term][row] = weight
        self._postings = dict(postings)
        self._names = frozenset(named - said)
        """Words papers hold only as a person's or a place's name: 'freiburg', 'hutter'."""
        self._sorted = sorted(self._postings)
        self._most = math.log(1 + len(self.papers))

    def _rarity(self, term: str) -> float:
        found = self._postings.get(term)
        return math.log(1 + len(self.papers) / len(found)) if found else 0.0

    def _matches(self, term: str) -> Iterable[tuple[str, float]]:
        """Indexed words a typed one matches: itself, or, for a longer word, words it begins
        ('transcrib' for 'transcription') at a share of a whole match."""
        if term in self._postings:
            yield term, 1.0
        if len(term) < MIN_PREFIX:
            return
        for indexed in longer_words(self._sorted, term):
            yield indexed, PREFIX_SHARE

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
        common = len(anywhere) > COMMON * len(self.papers)
        return bool(rows) and not theirs <= rows and not common

    def shares(self, wanted: list[str]) -> dict[int, float]:
        """For each paper holding some of the words `wanted`, the share of their weight (by
        rarity) it holds, by the part holding each."""
        known = {
            term: max(self._rarity(found) for found, _ in matches)
            for term in wanted
            if (matches := list(self._matches(term)))
        }
        # A word no paper holds ('earthquakes') weighs as the least telling known one: a
        # stranger's word must not vanish, nor outweigh the words that find a paper.
        least = min(known.values()) if len(known) >= MIN_KNOWN else self._most
        weights = {term: known.get(term, least) for term in wanted}
        total = sum(weights.values())
        if not total:
            return {}
        found: dict[int, float] = defaultdict(float)
        for term in wanted:
            best: dict[int, float] = {}
            for indexed, share in self._matches(term):
                for row, field in self._postings[indexed].items():
                    best[row] = max(best.get(row, 0.0), share * field)
            for row, value in best.items():
                found[row] += value * weights[term] / total
        return dict(found)


def _terms(text: str) -> list[str]:
    return [key(word) for word in words(text) if word not in STOP and len(word) > 1]


def ranked(index: PaperWords, typed: str, closeness: Vectors) -> list[Candidate]:
    """Papers best first for a description: `typed` its words (filler read away),
    `closeness` each paper's closeness in meaning to the whole question. A lab or a person
    named narrows the papers to theirs, ranked by the other words."""
    wanted = list(dict.fromkeys(_terms(typed)))
    theirs, rest = index.narrowed(wanted)
    if theirs:
        shares = index.shares(rest)
        found = [
            Candidate(index.papers[row], shares.get(row, 0.0), float(closeness[row]), True)
            for row in theirs
        ]
        found.sort(key=lambda candidate: -candidate.score)
        return found
    shares = index.shares(wanted)
    nearest = np.argsort(-closeness)[:NEAREST] if len(closeness) else ()
    rows = set(shares) | {int(row) for row in nearest}
    found = [
        Candidate(index.papers[row], shares.get(row, 0.0), float(closeness[row])) for row in rows
    ]
    found.sort(key=lambda candidate: -candidate.score)
    return found


def shown(found: list[Candidate]) -> PaperView | None:
    """The paper to show as the answer, when one stands out enough to be the one meant."""
    if not found:
        return None
    first = found[0]
    second = found[1].score if len(found) > 1 else 0.0
    least = THEIRS if first.narrowed else SURE
    return first.paper if first.score >= least and first.score - second >= CLEAR else None


LINKED = frozenset({"links", "code"})
"""The facts (`words/en.toml`'s `[facets]`) whose words ask for a paper's links."""


def without_links(query: str) -> str:
    """A paper question's words without those asking for its links ('forum page on openreview
    for the maestro dataset' searches for the maestro dataset): the paper's
    card shows them."""
    asked = [phrase for phrase, fact in reader().facets if fact in LINKED]
    said = words(query)
    kept: list[str] = []
    place = 0
    while place < len(said):
        phrase = next((p for p in asked if tuple(said[place : place + len(p)]) == p), None)
        if phrase is None:
            kept.append(said[place])
        place += len(phrase) if phrase else 1
    return " ".join(kept)
