"""What the conference's own notes say, found by a question's words: its figures ('share of
women among those presenting' is "Women among presenters: 8.6%") and the links it lists
('site where the posters are hosted online' is "Posters online (postersession.ai, organised by
Jonathan Binas and Avital Oliver)"). Read only once no talk, paper or topic answered: the notes
are few and their words ('posters', 'session') are the programme's too, unless the reading
told that a question asks for one (`asks_a_figure`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from urllib.parse import urlsplit

from bot.chat.aliases import variants
from bot.chat.catalogue import reader
from bot.chat.retrieval import MIN_PREFIX, STOP, key
from bot.domain.records import ConferenceView
from bot.domain.text import fold, words
from bot.domain.vocabulary import singular

NOTED_WORDS = 2
"""The least words of a question a note must hold: one shared word ('posters') names the
programme as often as a note."""
NOTED_SHARE = 0.4
"""The least share of the question's words a note must hold. Measured on the English blind
sets: the notes meant held 0.43 to 0.75 of their questions' words ('gender stats from the
opening slides — share of women among those presenting' 3 of 7), while no question that
nothing answers reached 0.4 with two words."""


def _terms(text: str) -> set[str]:
    return {key(word) for word in words(text) if word not in STOP and len(word) > 1}


class _Note:
    """A note's words, read once per conference, and its line as the conference card shows
    it."""

    def __init__(self, text: str, line: str) -> None:
        self.line = line
        self._held = frozenset(_terms(text))
        self._sorted = sorted(self._held)

    def holds(self, term: str) -> bool:
        """Whether the note holds a word, as typed or in a longer or shorter form
        ('presenting' and 'presenters', 'poster' and 'postersession'): a longer one is
        the next in alphabetical order that begins with it, a shorter one a beginning of
        it, so no word of the note is compared one by one."""
        if term in self._held:
            return True
        if len(term) < MIN_PREFIX:
            return False
        after = bisect_left(self._sorted, term)
        if after < len(self._sorted) and self._sorted[after].startswith(term):
            return True
        return any(term[:end] in self._held for end in range(MIN_PREFIX, len(term)))


NOTES_KEPT = 64
"""Conferences whose notes' words are kept read: every question reads them, and a process
serves a few conferences, each revision of them once."""


def conference_words(conf: ConferenceView) -> frozenset[str]:
    """Words naming the conference itself ('iclr', 'congress', 'camp' of Camp2019)."""
    return _named_by(_naming(conf))


def _naming(conf: ConferenceView) -> str:
    named = f"{conf.name} {conf.slug} {conf.full_name} {conf.city} conference conf"
    return f"{named} {_host(conf.website)}"  # 'its page on iclr.cc': the conference's own site


def _host(website: str | None) -> str:
    """The name of the conference's site, without its scheme and path ('iclr.cc')."""
    return (urlsplit(website).hostname or "") if website else ""


@lru_cache(maxsize=NOTES_KEPT)
def _named_by(named: str) -> frozenset[str]:
    return frozenset(words(named)) | frozenset(re.findall(r"[a-z]{3,}", fold(named)))


@lru_cache(maxsize=NOTES_KEPT)
def _named_terms(named: str) -> frozenset[str]:
    """The conference's own words as a note's are compared: every link to its pages holds
    them."""
    return frozenset(key(word) for word in _named_by(named))


Notes = tuple[tuple[str, str], ...]
"""A conference's figures or links: (label, value) pairs."""


@lru_cache(maxsize=NOTES_KEPT)
def _read_notes(figures: Notes, links: Notes) -> tuple[_Note, ...]:
    """The conference's notes, read once per conference, not once for each question that
    may ask for one."""
    notes = [_Note(f"{label} {value}", f"**{label}:** {value}") for label, value in figures]
    return (*notes, *(_Note(f"{label} {url}", f"[{label}]({url})") for label, url in links))


@lru_cache(maxsize=NOTES_KEPT)
def _labels(figures: Notes, links: Notes) -> tuple[frozenset[str], ...]:
    """Each note's label as the words a question shares with it, read once per conference."""
    filler = reader().filler
    return tuple(
        frozenset({singular(word) for word in words(fold(label))} - filler)
        for label, _ in (*figures, *links)
    )


def read_notes(conf: ConferenceView) -> None:
    """The conference's notes, their labels and its own words read now, with the memory: the
    first question that may ask for a figure would otherwise read them (about a millisecond
    for a conference with a few dozen) while the asker waits."""
    _read_notes(conf.figures, conf.links)
    _labels(conf.figures, conf.links)
    _named_terms(_naming(conf))


def noted(conf: ConferenceView, typed: str, least: int = NOTED_WORDS) -> list[str]:
    """The conference's figures and links that hold the most of the words `typed`, each a
    line as the conference card shows it; none when no note holds enough of them. `least`
    is one when the question is known to ask for a figure ('combien de soumissions'): a
    label's one word then names it. The conference's own name is no word of the question:
    every link to its pages holds it."""
    wanted = _terms(typed) - _named_terms(_naming(conf))
    if len(wanted) < least:
        return []
    scored: list[tuple[int, str]] = []
    for note in _read_notes(conf.figures, conf.links):
        found = sum(1 for term in wanted if note.holds(term))
        if found >= least and found / len(wanted) >= NOTED_SHARE:
            scored.append((found, note.line))
    most = max((found for found, _ in scored), default=0)
    return [line for found, line in scored if found == most]


def one_figure(conf: ConferenceView, read: str) -> list[str]:
    """The one note a figure question's English reading names by a word of its label ('how
    many attendees' of 'wie viele leute'); when several hold the word, the conference card,
    with every figure, answers better."""
    notes = noted(conf, read, least=1)
    return notes if len(notes) == 1 else []


SHARED_WORDS = 2
"""A label's words a question must share, unless it asks for a figure ('how many', '%'): one
('speakers' of 'Invited speakers') is a word of the programme as well."""


def asks_a_figure(
    tokens: tuple[str, ...], leftover: tuple[str, ...], folded: str, conf: ConferenceView
) -> bool:
    """Whether the question shares enough of one label's words, one of them a word nothing
    else at the conference recognised; its words are also read under their other names
    ('female' for 'women')."""
    said = _forms(" ".join(tokens))
    unknown = _forms(" ".join(leftover))
    enough = 1 if reader().figure.search(folded) else SHARED_WORDS
    for named in _labels(conf.figures, conf.links):
        shared = named & said
        if len(shared) >= enough and shared & unknown:
            return True
    return False


def _forms(text: str) -> set[str]:
    return {singular(word) for variant in variants(text) for word in words(variant)}
