"""Talks offered as guesses, never shown as the answer: those that have most of the words,
one far ahead of the rest, or the one session of a kind asked for that stands out.

Thresholds measured on the blind question set: a guess is worded as "did you mean", so a
wrong one costs a glance, while a weak match shown as the answer would mislead.
"""

from __future__ import annotations

from bot.chat.aliases import searched
from bot.chat.intent import Intent
from bot.chat.reading import kind_named
from bot.chat.retrieval import Hit
from bot.chat.service import Known
from bot.domain.kinds import Group, kinds_of
from bot.domain.records import PaperView, SessionView
from bot.domain.text import words
from bot.papers.relevance import covered, holds
from bot.papers.service import Found
from bot.papers.spelling import Spelling

GUESS = 0.5
"""Half the question's weight makes a talk worth offering as a guess, never as the answer."""
AHEAD = 2.0
"""A talk whose score is this many times the next one's stands out from the rest."""
GUESSES = 3
GUESS_IN_KIND = 0.3
"""Among the few sessions of a kind asked for, a third of the words makes a guess."""


SHORT_QUERY = 3
"""Words up to which a paper shown as the answer must have them all: the papers' own rule
takes two of three, and a missing third word is often the one that says what was meant
('*sign* language recognition' is not speech recognition)."""


MEANT = 3
"""Letters from which a word says something ('w/' for 'with' does not)."""
RARE = 2
"""Papers up to which a word the card holds is rare enough to tell what was meant."""
PRESENTED = frozenset({Group.ORAL, Group.POSTER})
"""The kinds a paper is presented as: asked beside a paper's words, a fact to tell of it."""


def partly(query: str, paper: PaperView) -> bool:
    """Whether a paper found for a short question lacks one of its words: offered, not shown."""
    said = words(query)
    return len(said) == SHORT_QUERY and covered(said, paper) < len(said)


def unheld(query: str, paper: PaperView, spelling: Spelling | None) -> bool:
    """Whether a question has a word that neither the paper found nor any paper of the
    conference holds, even misspelt, while every word the paper does hold is in more than RARE
    papers: its topic is missing and the rest ('predicting', 'deep', 'networks') says nothing.

    Measured on the English blind sets: of the cards lacking a word no paper holds,
    the one wrongly shown ('predicting earthquakes w/ deep nets') held no word in fewer than 3
    papers; the right ones each held one in at most 2 ('sgx' 1, 'electrons' 1, 'lossless' 1,
    'svhn' 1, 'chatbots' 1, 'scratch' 1, 'robots' 2; summary-only words count 0). The margin is
    one paper; a dictionary word alone ('enclaves' in none) could not tell them apart."""
    if spelling is None:
        return False
    said = [word for word in words(query) if len(word) >= MEANT]
    lacking = [word for word in said if not holds(paper, word)]
    unknown = [
        word
        for word in lacking
        if not spelling.papers_with(word) and not spelling.corrections(word)
    ]
    rarest = min((spelling.papers_with(word) for word in said if word not in lacking), default=0)
    return bool(unknown) and rarest > RARE


def whole_words(query: str, paper: PaperView) -> bool:
    """Whether a paper found for a question has every one of its words."""
    said = words(query)
    return covered(said, paper) == len(said)


def ahead(hits: list[Hit], least: float = GUESS) -> bool:
    """Whether one talk has at least `least` of a remark's words and far more of them than
    any other ('hacking airline booking systems'): worth offering as a guess."""
    if not hits or hits[0].coverage < least:
        return False
    second = hits[1].score if len(hits) > 1 else 0.0
    return hits[0].score >= AHEAD * second


def kindless(asked: Intent) -> str | None:
    """A paper's words asked with how it is presented ('... is that an oral?'): the kind is a
    fact to tell of the paper, not a word its title holds, so it is searched without it; None
    when no kind was named, or when the words are few enough to name a topic, whose session of
    that kind is asked for ('lifelong learning posters, which day'); beside a kind a paper
    is presented as, words of no topic ('the poster of the discriminator being relativistic')
    are a paper's whatever their number."""
    said = words(asked.query)
    typed = [word for word in said if kind_named(word) is None]
    untopical = len(typed) > 1 and not asked.keys and asked.group in PRESENTED
    enough = len(typed) > SHORT_QUERY or untopical
    named = asked.group is not None and enough and typed != said
    return " ".join(typed) if named else None


def topical(known: Known, asked: Intent, hits: list[Hit]) -> list[Hit]:
    """The hits for what a question is about, found without the words that name a kind (the
    kind is not a word to find: 'sourdough workshop' is about sourdough, and a workshop about
    anything else shares none of it); with a kind asked, only talks of that kind."""
    said = words(asked.query)
    typed = [word for word in said if kind_named(word) is None]
    if asked.group is None:
        return hits if len(typed) == len(said) else searched(known.index, " ".join(typed))
    kinds = kinds_of(asked.group)
    return [hit for hit in searched(known.index, " ".join(typed)) if hit.session.kind in kinds]


def guessed(asked: Intent, hits: list[Hit]) -> list[SessionView]:
    """Talks to offer among the `topical` hits: those with most of the words, else, with a
    kind asked, the one session of that kind far ahead of the others ('a keynote about how
    kids learn'): among a handful of keynotes a third of the words is telling, where among
    hundreds of talks it is not."""
    likely = [hit.session for hit in hits if hit.coverage >= GUESS][:GUESSES]
    if asked.group is None:
        return likely
    return likely or ([hits[0].session] if ahead(hits, GUESS_IN_KIND) else [])


def only_offered(query: str, found: Found, known: Known) -> bool:
    """Whether the best paper is only a near miss, offered as "did you mean", not shown: it
    lacks a word, or it was found only by reading a typed word as another."""
    paper = found.papers[0]
    return bool(found.readings) or partly(query, paper) or unheld(query, paper, known.spelling)
