"""Which fact a follow-up asks about the answer before it, read from its own words: "ok who
wrote it", "k what tent is it in", "got a github for it?", "what's her talk called" each ask
one fact (its people, where they work, time, place, code, title, links, the language a talk
is given in) of what the answer showed, however they are worded around it.

The words for each fact are the catalogue's (`[facets]` of `words/en.toml`); another
language's phrases reach them through its own catalogue, so this reading has no words of its
own. A follow-up that names something of its own (a person, a talk, a day) is left to the
other readings: it is a new question, or the same one changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from itertools import pairwise

from bot.chat.catalogue import reader
from bot.chat.context import Subject
from bot.chat.reading import Asks, Reading, in_english
from bot.chat.service import Known
from bot.domain.kinds import Kind
from bot.domain.records import SessionView
from bot.domain.text import words
from bot.domain.vocabulary import Sense

SHORT = 4
"""An answer that listed at most this many is asked about each; a longer list is not a
subject one fact can be told of."""
WHOLE = 0.99
"""A follow-up's other words pick some of the items shown only if those items have them all."""
NAMING = (
    Sense.PERSON,
    Sense.AUTHOR,
    Sense.PAPER,
    Sense.ROOM,
    Sense.SESSION,
    Sense.AWARD,
    Sense.TOPIC,
)
"""Whatever names one of these (beyond the words that only point back) asks anew."""
AWAY = (Kind.BREAK, Kind.MEAL)
"""What runs at a moment that nobody asks a fact of ('title of his talk?' is not lunch's)."""


class Facet(StrEnum):
    """A fact of a session or a paper a follow-up can ask for."""

    PEOPLE = "people"
    WORK = "work"
    WHEN = "when"
    WHERE = "where"
    CODE = "code"
    TITLE = "title"
    LINKS = "links"
    FORMAT = "format"
    LANGUAGE = "language"


ANOTHER = frozenset({"other", "another", "else", "too", "also", "more", "additional"})
MAKERS = frozenset(
    {"authors", "author", "people", "ppl", "same", "they", "them", "those", "team", "folks"}
    | {"he", "she", "his", "her", "their", "guys", "guy", "group", "lab"}
    | {"speaker", "speakers", "presenter", "presenters"}
)
"""'Did the same people have another paper', 'those authors had an oral too', 'does that
speaker give another talk': words asking what else whoever made the item shown made, not a
fact of it."""


def asks_their_others(tokens: list[str]) -> bool:
    """Whether a reply asks for the other work of whoever made what was shown."""
    said = set(tokens)
    again = said & ANOTHER or " as well" in f" {' '.join(tokens)}"
    return bool(again and said & MAKERS)


BLOCKS = frozenset({Facet.WHEN, Facet.WHERE})
"""Facts a block of papers (an oral or poster session) tells for them all: asked of an answer
that showed the block and its papers, they are the block's."""
PAPERS_OWN = frozenset({Facet.CODE})
"""Facts a paper holds and a session beside it seldom does: asked of an answer that showed
both, the asker means the paper's ('is there a repo?' after a talk and a paper on a subject)."""


@dataclass(frozen=True)
class Asked:
    """The facts a follow-up asks, and of which of the items the answer before showed."""

    facets: tuple[Facet, ...]
    sessions: tuple[SessionView, ...] = ()
    papers: tuple[str, ...] = ()
    named: tuple[str, ...] = ()
    """The follow-up's own words beside the fact, even where it points back ('the tree
    structures one, when does it start'): they may name a paper inside a block shown."""


@cache
def _facet_phrases() -> tuple[dict[tuple[str, ...], str], tuple[int, ...]]:
    """The catalogue's phrases for facts, each to the fact it asks (the first one listed, if
    two share a phrase), and their lengths in words, longest first: a place in a reply is
    looked up at each length instead of compared with every phrase."""
    named: dict[tuple[str, ...], str] = {}
    for phrase, facet in reader().facets:
        named.setdefault(phrase, facet)
    return named, tuple(sorted({len(phrase) for phrase in named}, reverse=True))


@cache
def fact_words() -> frozenset[str]:
    """Every word of the catalogue's phrases for facts, read once: each question asks whether
    its leftover words are among them."""
    return frozenset(word for phrase, _ in reader().facets for word in phrase)


def facets_in(tokens: list[str]) -> tuple[Facet, ...]:
    """The facts `tokens` ask for, in the order they are said, each once; the longest phrase
    at a place wins ('name of the talk' asks its title, 'name' alone whose it is)."""
    named, lengths = _facet_phrases()
    found: list[Facet] = []
    place = 0
    while place < len(tokens):
        said = next(
            (
                (length, facet)
                for length in lengths
                if place + length <= len(tokens)
                and (facet := named.get(tuple(tokens[place : place + length]))) is not None
            ),
            None,
        )
        if said is None:
            place += 1
            continue
        found.append(Facet(said[1]))
        place += said[0]
    if set(tokens) & ORAL and set(tokens) & POSTER:  # 'an oral, or only a poster board?'
        found.insert(0, Facet.FORMAT)
    return tuple(dict.fromkeys(found))


POINTING = frozenset({"point", "points", "pointing", "link", "links", "linking"})
"""Verbs asking where a talk points ('which site does it link to'): before 'to', never the
subject of a talk a question names."""


def searched_words(reading: Reading) -> str:
    """The words a question searches for. One asking where a talk points ('which website
    does the freedom of information talk point to') asks that talk's links: the words asking
    them name no talk, and searched beside its own they find none."""
    tokens = words(reading.folded)
    pointed = any(verb in POINTING and to == "to" for verb, to in pairwise(tokens))
    if not pointed or Facet.LINKS not in facets_in(tokens):
        return " ".join(reading.content)
    asking = {word for phrase, fact in reader().facets if fact == Facet.LINKS for word in phrase}
    return " ".join(word for word in reading.content if word not in asking)


WRITING = frozenset({"wrote", "written", "write", "writes", "author", "authors", "authored"})
"""Words asking who wrote something: what is written is a paper, so a place in the list
('who wrote the first one?') is counted among the papers shown."""


def asks_a_writer_by_subject(reading: Reading, subject: Subject) -> bool:
    """Whether a reply to sessions shown asks who wrote the one its words describe ('who
    wrote the texture one?'): an oral or poster session has speakers, not authors, so the
    paper is what is asked, found by those words as a question of its own finds it. Whether
    the speaker shown wrote papers too asks of them, not of a paper."""
    if not (subject.sessions or subject.now_next) or subject.papers:
        return False
    tokens = words(reading.folded)
    if not set(tokens) & WRITING or asks_their_others(tokens):  # 'is he an author too?'
        return False
    places = set().union(*reader().ordinals)
    pointing = _pointing_words() | places
    return any(word not in pointing for word in reading.leftover) or reading.names(Sense.TOPIC)


AUTHORS = frozenset({"author", "authors", "name", "names"})
"""'First author?' and 'last name?' ask who, not for the first or last item listed."""
ORAL = frozenset({"oral", "orals", "spotlight", "spotlights", "talk", "talks"})
POSTER = frozenset({"poster", "posters"})
"""A reply naming both ways a paper is presented asks which of them it is: an oral is the
paper's talk ('did it get a talk slot or just a poster?')."""


def asks_a_fact(text: str) -> bool:
    """Whether a reply asks a fact without a question's words ('full names of the authors'):
    a place alone ('see you in the hall') or beside a remark ('great speaker') does not."""
    tokens = words(in_english(text)[0])
    asked = set(facets_in(tokens)) - {Facet.WHERE}
    return bool(asked) and not set(tokens) & reader().remarks


def asked_of(reading: Reading, subject: Subject, known: Known, *, replied: bool) -> Asked | None:
    """The facts a follow-up asks of `subject`, or None when it asks something else: nothing
    a fact answers, a change of day or kind, a count, a place in the list, or a new subject.
    A message that is not a Discord reply continues only if it points back ('is it ...');
    one that points back with 'it' or 'they' is about the answer whatever else it says
    ('who was brave enough to present that')."""
    tokens = words(reading.folded)
    facets = facets_in(tokens)
    said = reader()
    pronoun = set(tokens) & said.pronouns
    if not facets or _elsewhere(reading, tokens, loose=bool(pronoun), replied=replied):
        return None
    if not replied and not set(tokens) & said.referring:
        return None
    if Asks.PAPERS in reading.asks and subject.now_next and not subject.papers:
        return None  # 'any paper names from that block?': its papers, not a fact of it
    if asks_a_writer_by_subject(reading, subject):
        return None
    named = tuple(w for w in reading.leftover if w not in _pointing_words())
    rest = [] if pronoun else list(named)
    sessions = _sessions(subject, known)
    papers = subject.papers if 0 < len(subject.papers) <= SHORT else ()
    blocks = not any(s.people for s in sessions)  # 'authors on that one?' of a block shown
    theirs = bool(set(facets) & PAPERS_OWN)
    if papers and (not sessions or theirs or (blocks and set(facets) - BLOCKS)):
        return Asked(facets, papers=papers)
    if sessions:
        return Asked(facets, sessions=_picked(rest, sessions, known), named=named)
    return None


def _elsewhere(reading: Reading, tokens: list[str], *, loose: bool, replied: bool = False) -> bool:
    """Whether a follow-up asks about something else than a fact of what was shown; `loose`
    when it points back, so a word that is a title's alone names nothing, and a day or part
    of day asks whether it is then ('is that one in the evening? exact slot pls'), as it
    does in a reply to the answer ('在哪个舞台 晚上几点': which stage, what time tonight)."""
    checked = (loose or replied) and Facet.WHEN in facets_in(tokens)
    timed = reading.day or reading.part or reading.offset or reading.at or reading.after
    # 'and what's after it in the same tent' asks what follows, not where it is
    moved = (not checked and bool(timed)) or reading.same_room
    counted = Asks.COUNT in reading.asks or Asks.SUMMARY in reading.asks
    placed = [w for w, then in pairwise([*tokens, ""]) if then not in AUTHORS]
    listed = any(set(placed) & place for place in reader().ordinals)  # not 'first author?'
    later = reader().later if Facet.LINKS not in facets_in(tokens) else frozenset()
    other = bool(set(tokens) & (later | {"else", "other"}))  # 'want to watch later' asks a link
    other = other or asks_their_others(tokens)
    return (
        reading.small_talk or reading.help or moved or counted or listed or other
    ) or _names_something(reading, loose=loose)


def _names_something(reading: Reading, *, loose: bool) -> bool:
    """Whether it names something of its own; words that only point back or ask a fact
    ('speaker name?', 'the title') name nothing, even where a title has them."""
    pointing = _pointing_words()
    return any(
        found.keys(sense)
        for found in reading.found
        for sense in NAMING
        if not set(reading.tokens[found.start : found.end]) <= pointing
        and not (loose and sense is Sense.SESSION and found.end - found.start == 1)
    )


def _pointing_words() -> frozenset[str]:
    said = reader()
    facets = {word for phrase, _ in said.facets for word in phrase}
    return said.referring | said.filler | said.pronouns | facets


def _sessions(subject: Subject, known: Known) -> tuple[SessionView, ...]:
    """The sessions the answer showed, when it showed a few: listed, else on now and next,
    else the few of the one person it was about. Of a longer list no item is the one meant."""
    on = [s for slug in subject.now_next if (s := known.session(slug)) and s.kind not in AWAY]
    for shown in ([known.session(slug) for slug in subject.sessions], on):
        if shown:
            return tuple(s for s in shown if s is not None) if len(shown) <= SHORT else ()
    if subject.people and not subject.papers:
        theirs = known.with_person(subject.people[0])
        return tuple(theirs) if len(theirs) <= SHORT else ()
    return ()


def _picked(
    rest: list[str], sessions: tuple[SessionView, ...], known: Known
) -> tuple[SessionView, ...]:
    """The sessions shown that the follow-up's other words name ('when is the headphone
    one'); all of them when those words name none."""
    if not rest:
        return sessions
    shown = {s.slug: s for s in sessions}
    hits = [h for h in known.index.search(rest) if h.coverage >= WHOLE and h.named]
    return tuple(shown[h.session.slug] for h in hits if h.session.slug in shown) or sessions
