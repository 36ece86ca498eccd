"""Talks and papers offered by what a question means when none has its words: 'the bus tour
around berlin's surveillance spots' is "The Magical Secrecy Tour", 'filming super slow motion
on the cheap' is "Low Cost High Speed Photography".

The vectors are `bot.papers.meaning`'s (a static embedding whose weights ship in its package),
read once per conference revision from each talk's title, subtitle, topics and description
and each paper's title, summary and keywords. A closeness says little on its own ('free pizza'
is as close to some paper as a fair question is to the right one), so a talk or paper it
finds is only ever offered as "did you mean", never shown as the answer; `FLOOR` was measured
on the blind question sets (tests/chat/questions). Only a topic of the conference's glossary
is answered by meaning, where the papers nearest to a question carry it (`bot.chat.themes`).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat.aliases import renamed_words, variants
from bot.chat.described import CLEAR, Candidate, ranked
from bot.chat.indexed import Item, ItemWords, Meant, item_words, meant_terms
from bot.chat.retrieval import Hit
from bot.chat.service import Known
from bot.chat.themes import NEAREST, Glossary, Theme, chosen, everyday, glossary, read
from bot.domain.records import ConferenceView, SessionView
from bot.domain.text import fold
from bot.health.loop import keep_frozen
from bot.papers import service as paper_service
from bot.papers.answers import SHOWN
from bot.papers.meaning import Vectors, embed
from bot.papers.service import Found, Held

FLOOR = 0.35
"""The least closeness worth an offer. On the blind sets, a question whose talk or paper
exists had it among the three closest at 0.37 to 0.63 in most cases; questions nothing at
the conference answers reached at most 0.40, and for those an offer is still honest."""
OFFERED = 3
STANDS_OUT = 0.8
"""The least score of a description's first paper or talk, clear of the second by `CLEAR`,
for a question a topic would otherwise answer to be read as meaning that one item. Measured
on the tenth English set's tuning part: the papers meant by 'learned codecs better than jpeg'
and 'averaging weights along the training path' led at 0.85 and 1.00 (by 0.16 and 0.19);
over every English set, the only answer it changed for the worse asked for 'tts papers',
a plural asking for the topic, which keeps it."""
AGREED_FLOOR = 0.2
"""The least closeness at which a talk that also shares words with a question is offered.
Measured on the blind sets: 0.15 to 0.2 found the same talks, and nothing they added was
a wrong offer where the sets expect "nothing matches"."""
AGREED_COVERAGE = 0.25
"""The least share of a question's words such a talk must have: a quarter found the talks
meant in long, rambling questions; 0.15 found no more."""
AGREED_SUM = 0.53
"""The least closeness and share of words added: on the blind sets, the talks meant summed
0.55 to 0.92, while the pairs a stray word made (a drink's name beside a music act, a
famous name beside a talk sharing one word) stayed at or below 0.51."""
AGREED = 1
"""Talks offered on agreement: a second one, measured, displaced a right offer."""
LEADING = 0.4
"""The least score (`bot.chat.described`: share of the question's word weight plus closeness)
at which a talk or paper a description finds is offered although none stands out enough to be
shown: 'the talk about expired government domains that anyone could register' found the
German "Verlorene Domains" first at 0.43, its words and its meaning each too weak alone."""
LEADING_REMARK = 0.55
"""`LEADING` for a remark that asks nothing: 'this convention center is massive lol' led
with the sponsor parties held at the convention centre (0.50), while the remarks describing
a talk on the blind sets led at 0.59 to 0.68. A talk whose title alone holds a word of the
remark (a name: 'the sea rescue captain vs salvini talk') is offered at `LEADING`, as if
asked: the name says which talk is meant, though the other words are held nowhere (0.47)."""
LEADING_MEANING = 0.1
"""The least closeness in meaning of an item offered so: words alone ('massive' in one
summary, 0.02 in meaning) are no description."""
LEADERS = 3
"""Talks or papers offered so."""
REMEMBERED = 16
"""Questions whose candidates are kept: enough for every answer being written at once."""
DESCRIBED = 600
"""Characters of a talk's description read: its opening says what it is about."""


@dataclass(frozen=True)
class Meanings:
    """What each talk and paper of one conference revision is about, as vectors."""

    sessions: tuple[SessionView | None, ...]
    """The talk of each row; None for a paper's row."""
    titles: tuple[str, ...]
    vectors: Vectors
    labels: tuple[frozenset[str], ...]
    """Each row's topics and keywords, folded: what votes for a topic (`bot.chat.themes`)."""
    glossary: Glossary
    papers: ItemWords
    """The words of the paper of each row after the talks' rows, in the same order."""
    talks: ItemWords
    """The words of the talk of each of the first rows, in the same order."""
    held: Held | None
    """The papers in full, read with the rest (none when the conference has none)."""

    _described: OrderedDict[tuple[str, str, bool], tuple[Candidate, ...]] = field(
        default_factory=OrderedDict, compare=False, repr=False
    )
    """The last questions' candidates: one answer asks for them up to three times (a topic
    answer, an offer, the one that stands out), and each retrieval costs a millisecond."""
    _closeness: OrderedDict[str, Vectors] = field(
        default_factory=OrderedDict, compare=False, repr=False
    )
    """Each row's closeness to the last texts asked: one answer compares the question, and the
    question read in the field's terms, with every row for its description, its topic and its
    offers."""

    def described(self, question: str, typed: str, *, timed: bool = False) -> list[Candidate]:
        """The talks and papers a question describes, best first, by its words `typed` (what
        is left once its constraints and filler are read) and by the meaning of the whole
        question: one retrieval over both, each word weighed by its rarity among its kind.
        A question `timed` (a day, a moment) asks for the programme then, not for a talk
        found at any time ('which podcasts get recorded live on saturday'): papers only."""
        asked = (question, typed, timed)
        held = self._described.get(asked)
        if held is None:
            held = tuple(self._retrieved(question, typed, timed=timed))
            self._described[asked] = held
            if len(self._described) > REMEMBERED:
                self._described.popitem(last=False)
        return list(held)

    def _retrieved(self, question: str, typed: str, *, timed: bool) -> list[Candidate]:
        closeness = self._close_to(question)
        found = [self._ranked(said, closeness, timed=timed) for said in variants(typed)]
        meant = everyday(typed)
        # 'codecs that shrink photos' is learned image compression: the field's terms read
        # beside the words, and standing in for them ('database' held as "knowledge base"
        # without the question weighing more); each item at its best of the wordings.
        if meant:
            near = self._close_to(read(question))
            found += [self._ranked(said, near, timed=timed) for said in variants(read(typed))]
            found.append(self._ranked(typed, near, timed=timed, meant=meant_terms(meant)))
        return merged(found)

    def _close_to(self, text: str) -> Vectors:
        """Each row's closeness in meaning to `text`."""
        held = self._closeness.get(text)
        if held is None:
            held = self._closeness[text] = self.vectors @ asked_vector(text)
            if len(self._closeness) > REMEMBERED:
                self._closeness.popitem(last=False)
        return held

    def _ranked(
        self, typed: str, closeness: Vectors, *, timed: bool, meant: Meant | None = None
    ) -> list[Candidate]:
        """Talks and papers best first for one wording of a question (as typed, or with the
        other names the catalogue knows for its phrases: 'fake cell towers' are IMSI
        catchers), its everyday words standing for the field's terms `meant`."""
        talks = len(self.talks.items)
        found = ranked(self.talks, typed, closeness[:talks], meant) if talks and not timed else []
        if self.papers.items:
            found += ranked(self.papers, typed, closeness[talks:], meant)
        found.sort(key=lambda candidate: -candidate.score)
        return found

    def leading(self, question: str, typed: str, least: float = LEADING) -> list[Item]:
        """The talks and papers a description finds first, sharing a rare word of it (as
        typed, or by the other name the catalogue knows: a German talk's "Brennstoffe" for
        'fuels') and near what it means, when they reach `least`: offered, never shown."""
        if not self.titles or not typed:
            return []
        return [
            c.item
            for c in self.described(question, typed)[:LEADERS]
            if c.score >= (min(least, LEADING) if c.titled else least)
            and c.meaning >= LEADING_MEANING
            and any(self._words_of(c.item).rarely_held(said, c.item) for said in variants(typed))
        ]

    def translated(self, typed: str) -> list[SessionView]:
        """The talks holding a word that few talks hold which the catalogue gives as another
        name for one of the question's ('gambling' as a German talk's "Glücksspiel"): the
        asker named that subject, however many other words they wrapped it in, so they are
        offered, never shown. Closeness in meaning does not tell them: on the blind sets, an
        English question and the German talk it meant scored -0.02 to 0.02."""
        renamed = renamed_words(read(typed))  # 'rain' is weather, a German talk's "Wetter"
        if not self.titles or not renamed:
            return []
        return [talk for talk in self.talks.few_holding(renamed) if isinstance(talk, SessionView)]

    def standing_out(self, question: str, typed: str, *, timed: bool = False) -> Item | None:
        """The one paper or talk a description finds far enough ahead of the rest to be
        what it means, though not surely enough to be shown: 'agents finding many skills
        with no reward at all' is one paper, not the topic of reinforcement learning. Among
        the papers alone for a question `timed`, as `described` reads one."""
        if not self.titles or not typed:
            return None
        found = self.described(question, typed, timed=timed)
        return found[0].item if _stands_out(found) else None

    def _words_of(self, item: Item) -> ItemWords:
        return self.talks if isinstance(item, SessionView) else self.papers

    def nearest(self, question: str) -> list[int]:
        """The rows closest to `question`, at or above `FLOOR`, closest first."""
        if not self.titles:
            return []
        closeness = self._close_to(question)
        order = np.argsort(-closeness)[:OFFERED]
        return [int(row) for row in order if closeness[row] >= FLOOR]

    def theme(self, question: str) -> Theme | None:
        """The topic a question in other words asks about, if its nearest rows carry one."""
        if not self.titles:
            return None
        asked = asked_vector(read(question))
        order = np.argsort(-self._close_to(read(question)))[:NEAREST]
        return chosen(self.glossary, asked, [self.labels[row] for row in order])

    def agreed(self, question: str, hits: list[Hit]) -> list[SessionView]:
        """Talks that both share some of the question's words and are near what it means
        ('a parking app broken by parallel requests' for "Race conditions, transactions and
        free parking"): each signal alone is too weak to offer them, together they are not.
        Best first by the two added."""
        if not self.titles or not hits:
            return []
        closeness = self._close_to(question)
        row_of = {s.slug: row for row, s in enumerate(self.sessions) if s}
        scored = [
            (float(closeness[row]) + hit.coverage, hit.session)
            for hit in hits
            if hit.coverage >= AGREED_COVERAGE
            and (row := row_of.get(hit.session.slug)) is not None
            and closeness[row] >= AGREED_FLOOR
            and closeness[row] + hit.coverage >= AGREED_SUM
        ]
        scored.sort(key=lambda pair: -pair[0])
        return [session for _, session in scored[:AGREED]]


def _stands_out(found: list[Candidate]) -> bool:
    """Whether the first of a description's candidates is far enough ahead of the rest to be
    the one it means (`STANDS_OUT`, by `CLEAR`)."""
    if not found:
        return False
    second = found[1].score if len(found) > 1 else 0.0
    return found[0].score >= STANDS_OUT and found[0].score - second >= CLEAR


def merged(wordings: Iterable[list[Candidate]]) -> list[Candidate]:
    """The candidates of every wording of a question, each item at its best score, best
    first: a German talk found by the German name of one of the question's subjects ('fuels'
    as "Brennstoffe") ranks beside the talks its English words found, not instead of them."""
    best: dict[int, Candidate] = {}
    for found in wordings:
        for candidate in found:
            held = best.get(id(candidate.item))
            if held is None or candidate.score > held.score:
                best[id(candidate.item)] = candidate
    return sorted(best.values(), key=lambda candidate: -candidate.score)


@lru_cache(maxsize=64)
def asked_vector(question: str) -> Vectors:
    """A question's vector, made once: the talks offered, the papers it describes and the
    talks agreeing with its words are each read from it for the same question."""
    vector: Vectors = embed([question])[0]
    return vector


KEPT = 4
"""Vocabularies whose meanings are kept: one per conference a bot answers for, and a few bots
in one process (shards, tests) each with its own."""

_READ: OrderedDict[int, tuple[int, Known, Meanings]] = OrderedDict()
"""The meanings read beside each vocabulary chat holds (the same store at the same revision),
with its conference's id, by the vocabulary's identity; the vocabulary is kept with them, so
that identity stays its own."""


async def meanings(db: AsyncSession, conf: ConferenceView, known: Known) -> Meanings:
    """What the conference's talks and papers are about, read once per revision and then,
    as chat's vocabulary is (`Memory.known`), left out of the full collections."""
    cached = _READ.get(id(known))
    if cached is not None:
        _READ.move_to_end(id(known))
        return cached[2]
    papers = await paper_service.what_papers_are_about(db, conf, known.papers)
    rows: list[tuple[SessionView | None, str, str, tuple[str, ...]]] = [
        (s, s.title, _about(s), s.topics) for s in known.sessions
    ]
    rows += [(None, p.title, text, (*p.keywords, *p.topics)) for p, text in papers]
    # Thousands of texts take a second of CPU: not on the event loop's thread.
    vectors = await asyncio.to_thread(embed, [row[2] for row in rows])
    fresh = Meanings(
        sessions=tuple(row[0] for row in rows),
        titles=tuple(row[1] for row in rows),
        vectors=vectors,
        labels=tuple(frozenset(fold(label) for label in row[3]) for row in rows),
        glossary=await asyncio.to_thread(glossary, known.topics),
        papers=item_words(tuple(paper for paper, _ in papers)),
        talks=item_words(tuple(known.sessions)),
        held=Held.of(paper for paper, _ in papers) if papers else None,
    )
    _keep(conf.id, known, fresh)
    keep_frozen()
    return fresh


def held_papers(known: Known) -> Held | None:
    """The papers in full that the meanings read for `known` hold, once read (by the first
    question needing them): a search at the same revision takes the papers it finds from
    them rather than reading them again. None before, or beyond `MEANING_UP_TO` papers."""
    cached = _READ.get(id(known))
    return cached[2].held if cached is not None else None


async def papers_found(db: AsyncSession, conf: ConferenceView, known: Known, query: str) -> Found:
    """The paper search as chat asks it: the best `SHOWN`, with the typo dictionary and the
    papers chat holds for the revision."""
    return await paper_service.find_papers(
        db, conf, query, SHOWN, known.spelling, held_papers(known)
    )


def _keep(conference_id: int, known: Known, fresh: Meanings) -> None:
    """Keeps `fresh` beside `known`, dropping older revisions of the same conference (no
    memory asks for them again) and the least recently used beyond `KEPT`."""
    for key, (held_for, held, _) in list(_READ.items()):
        if held_for == conference_id and held.revision < known.revision:
            del _READ[key]
    _READ[id(known)] = (conference_id, known, fresh)
    while len(_READ) > KEPT:
        _READ.popitem(last=False)


def _about(session: SessionView) -> str:
    parts = (session.title, session.talk_title or "", " ".join(session.topics))
    return ". ".join(part for part in (*parts, session.description[:DESCRIBED]) if part)
