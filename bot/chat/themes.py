"""The topic a question in the attendee's own words asks about: 'anything on shrinking models
for phones?' is compression, 'teaching agents with rewards and punishment' reinforcement
learning, though neither names the topic.

Two signals must agree, since neither can be trusted alone (a static embedding finds some
paper about as close to 'free pizza' as a fair question to the right one): the question's
meaning must be close to one of the names the topic answers to, and several of the papers and
talks nearest to the question must carry that topic, or one of its names, among their topics
or keywords. The question's words are read with the everyday words of `words/en.toml`'s
`[meanings]` beside them ('phones' beside 'mobile'), which a static embedding does not relate.
Thresholds were measured on the blind question sets (tests/chat/questions).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray

from bot.chat.catalogue import ENGLISH, WORDS, language_names
from bot.chat.subjects import subjects
from bot.domain.records import TopicView
from bot.domain.text import fold, words
from bot.papers.meaning import Vectors, embed

NEAREST = 10
"""Papers and talks nearest to a question that vote for its topic."""
VOTES = 2
"""Of those, how many must carry the topic. The topics meant were carried by 2 to 7 of the
ten ('fewer bits' by two quantisation papers); a third vote would lose those."""
CLOSE = 0.5
"""The least closeness of the question to one of the topic's names. Measured on the blind
sets (all seven English files) and on tests/chat/test_own_topics.py, among questions no word
match answered: a topic meant reached 0.52 to 0.75 ('shrinking models for phones' 0.63 to
compression, 'fewer bits' 0.52 to quantization, 'rewards and punishment' 0.75 to
reinforcement learning); a wrong topic at most 0.44 (a keynote on how children learn, 0.43
and 0.44 to meta-learning); questions nothing answers, small talk and remarks at most 0.27
('crispr or gene editing', 'is there a hackathon'); 'free pizza' 0.10."""


@dataclass(frozen=True)
class Glossary:
    """A conference's topics, each name a topic answers to as a vector."""

    names: tuple[str, ...]
    labels: tuple[frozenset[str], ...]
    """Every name of each topic, folded: what a paper's keywords are compared with."""
    vectors: Vectors
    """A row for each name, a topic's names in a run, topics in order."""
    named: NDArray[np.intp]
    """The topics with a name to compare, in order."""
    firsts: NDArray[np.intp]
    """The first row of each of them."""


@dataclass(frozen=True)
class Theme:
    """The topic closest to a question among those its nearest papers and talks carry."""

    name: str
    labels: frozenset[str]
    closeness: float
    votes: int

    def carried_by(self, labels: Iterable[str]) -> bool:
        """Whether a paper with these keywords and topics is on this topic."""
        return any(fold(label) in self.labels for label in labels)


def glossary(topics: Sequence[TopicView]) -> Glossary:
    """The topics' names as vectors (a few hundred short texts: milliseconds). The everyday
    words' table is read here too, with the vectors, so no question waits for it."""
    _meanings()
    rows = [(number, label) for number, topic in enumerate(topics) for label in topic.labels]
    owners = np.array([number for number, _ in rows], dtype=np.intp)
    named = np.flatnonzero(np.bincount(owners, minlength=len(topics)))
    return Glossary(
        names=tuple(topic.name for topic in topics),
        labels=tuple(frozenset(fold(label) for label in topic.labels) for topic in topics),
        vectors=embed([label for _, label in rows]),
        named=named,
        firsts=np.searchsorted(owners, named),
    )


def read(question: str) -> str:
    """The question with what its everyday words mean in a field's terms put beside them."""
    return " ".join([question, *dict.fromkeys(everyday(question).values())])


def everyday(question: str) -> dict[str, str]:
    """The question's everyday words with what each means in a field's terms."""
    meant = _meanings()
    return {word: meant[word] for word in words(question) if word in meant}


def chosen(found: Glossary, asked: Vectors, nearest: Sequence[frozenset[str]]) -> Theme | None:
    """The closest topic to the question `asked` that at least `VOTES` of its `nearest`
    papers and talks carry (by their folded keywords and topics)."""
    named = found.named
    if not len(named):
        return None
    closeness = found.vectors @ asked
    best = np.full(len(found.names), -1.0, dtype=closeness.dtype)
    # Each topic's names are a run of rows: the closest of each run, all runs at once.
    best[named] = np.maximum(best[named], np.maximum.reduceat(closeness, found.firsts))
    for owner in named[np.argsort(-best[named], kind="stable")]:
        votes = sum(1 for carried in nearest if carried & found.labels[owner])
        if votes >= VOTES:
            return Theme(found.names[owner], found.labels[owner], float(best[owner]), votes)
    return None


def trusted(theme: Theme | None) -> str | None:
    """The topic's name when the evidence is strong enough to answer with it."""
    return theme.name if theme is not None and theme.closeness >= CLOSE else None


@cache
def _meanings() -> dict[str, str]:
    with (WORDS / f"{ENGLISH}.toml").open("rb") as file:
        table: dict[str, str] = tomllib.load(file)["meanings"]
    return table


def narrowing(strangers: Iterable[str]) -> tuple[str, ...]:
    """The words, of those the conference holds nowhere, that narrow a subject the subject
    lexicons name ('federated' of 'federated learning', 'court' of 'court rulings'): the
    asker named a subject the conference lacks, so a topic the other words reach is only
    the closest. Other strangers ('handful', 'punishment', 'devices') are the asker's own
    wording of a subject it has, and its topic is the answer."""
    return tuple(word for word in strangers if word in _modifiers())


@cache
def _modifiers() -> frozenset[str]:
    """Every word before the last of a subject's English name in the lexicons: the last
    ('learning', 'devices') says what kind of thing it is, the others which one."""
    return frozenset(
        word
        for name in language_names()
        for meaning in subjects(name).values()
        for word in fold(meaning).split()[:-1]
    )
