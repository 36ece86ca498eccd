"""Papers asked for by where their authors work: the lab alone ('papers from google brain'),
or the lab beside what the paper is about ('the salesforce dialogue paper'), where the lab's
name says which papers and the other words which of them."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat import render
from bot.chat.affiliations import Affiliated
from bot.chat.context import Subject
from bot.chat.facets import fact_words
from bot.chat.intent import Intent
from bot.chat.meaning import held_papers
from bot.chat.reading import kind_named
from bot.chat.render import Shown
from bot.chat.service import Known
from bot.chat.subjects import subject_words
from bot.domain.records import ConferenceView, PaperView
from bot.domain.text import stem, words
from bot.i18n.languages import Language
from bot.papers import answers as papers
from bot.papers import service as paper_service
from bot.papers.service import Held

SHARED_BY_PAPERS = 20
"""Papers whose affiliations share a word ('university', 'google') for it to name many places
rather than one: at a conference of some five hundred papers the word of a single institution
('politecnico', 'tubingen') is listed by fewer than ten."""
ROOM_LETTERS = 2
"""A word this short that a room's name has is the room's, whatever lab's address ends so."""


async def of_a_lab(
    db: AsyncSession, conf: ConferenceView, known: Known, asked: Intent
) -> Shown | None:
    """The papers of the lab the words name, narrowed by the rest of the words, if any; None
    when no lab is named, or none of its papers is about the rest."""
    listed = known.affiliations.all_named(asked.query, inside=asked.source)
    held = held_papers(known)
    if listed is not None:  # 'papers from google brain'
        return await affiliated(db, conf, listed, asked.language, held)
    split = _lab_and_subject(known, asked.query)
    if split is None:
        return None
    lab, subject = split
    written = await paper_service.in_full(db, conf, list(lab.paper_ids), held)
    about = [paper for paper in written if _about(paper, subject)]
    if len(about) == 1:  # 'the salesforce dialogue paper': that one
        shown = await papers.paper(db, conf, about[0].slug, asked.language, held)
        return shown, Subject(papers=(about[0].slug,))
    if not about:
        return None
    shown = render.person_embed(conf, lab.name, [], about, asked.language)
    return shown, Subject(papers=tuple(paper.slug for paper in about[:1]))


async def affiliated(
    db: AsyncSession,
    conf: ConferenceView,
    listed: Affiliated,
    language: Language,
    held: Held | None = None,
) -> Shown:
    """The papers whose authors list an affiliation, under its name; `held`: the
    conference's papers, if chat holds them."""
    written = await paper_service.in_full(db, conf, list(listed.paper_ids), held)
    shown = render.person_embed(conf, listed.name, [], written, language)
    return shown, Subject(papers=tuple(paper.slug for paper in written[:1]))


def _lab_and_subject(known: Known, query: str) -> tuple[Affiliated, list[str]] | None:
    """The longest run of the words that starts a lab's name and that no paper's text holds
    ('salesforce', not 'machine' of a "Machine Learning Department"), and the other words,
    kinds of session left out ('poster'); None unless both are there."""
    said = words(query)
    spelling = known.spelling
    for size in range(len(said) - 1, 0, -1):
        for start in range(len(said) - size + 1):
            run = said[start : start + size]
            if spelling is None or spelling.known(run):
                continue
            lab = known.affiliations.named(" ".join(run))
            rest = [w for w in said[:start] + said[start + size :] if not _asking(w)]
            if lab is not None and rest:
                return lab, rest
    return None


def _asking(word: str) -> bool:
    """Whether a word names a kind of session or a fact asked of a paper, not its subject."""
    return kind_named(word) is not None or word in fact_words()


def _about(paper: PaperView, subject: list[str]) -> bool:
    """Whether a paper's title, keywords, topics or summary have every word (by its stem)."""
    text = " ".join((paper.title, *paper.keywords, *paper.topics, *paper.aliases, paper.summary))
    held = {stem(word) for word in words(text)}
    return all(stem(word) in held for word in subject)


def named_lab(known: Known, named: list[str], query: str) -> Affiliated | None:
    """The place the words name, if they name one (not a person). A word of two letters a
    room's name has ('bc' of Great Hall BC) is that room's, not the end of a lab's address
    ("..., Vancouver, BC, Canada")."""
    rooms = known.room_words()
    named = [word for word in named if len(word) > ROOM_LETTERS or word not in rooms]
    if not named or _beside_a_stranger(known, named, words(query)):
        return None
    whole = _lab_named(known, " ".join(named))  # 'jku linz': "Johannes Kepler University Linz"
    if whole is not None:
        return whole
    # Of the words one by one, the one naming the fewest papers: 'institute, skoltech' is
    # Skoltech, not every institute's papers.
    labs = [lab for word in named if (lab := _lab_named(known, word))]
    return min(labs, key=lambda lab: len(lab.paper_ids), default=None)


def _beside_a_stranger(known: Known, named: list[str], said: list[str]) -> bool:
    """Whether a word that many places' names share stands right beside a word nothing at
    the conference holds ('the university of lagos'): the place asked is one no author
    lists, not every place with that word. A rarer word names its place whatever is beside
    it ('politecnico' of turin, which the papers spell "Torino")."""
    beside = {
        word
        for at, word in enumerate(said)
        if word in named
        and any(
            not (known.holds(other) or known.affiliations.mentions(other))
            for other in said[max(at - 1, 0) : at + 2]
            if other not in named
        )
    }
    return bool(beside & known.affiliations.common_words(SHARED_BY_PAPERS))


def _lab_named(known: Known, run: str) -> Affiliated | None:
    """The lab whose name has the words `run` in a row. A lone word saying a subject ('cancer'
    of "German Cancer Research Center") names a lab only by starting its name: 'papers on
    detecting skin cancer' asks a subject, not the papers of a cancer institute, while
    'the cancer research folks' says the name's own words in a row."""
    if run in subject_words() and known.affiliations.named(run) is None:
        return None
    return known.affiliations.named(run, inside=True)
