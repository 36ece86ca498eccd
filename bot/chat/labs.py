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
from bot.chat.reading import kind_named
from bot.chat.render import Shown
from bot.chat.service import Known
from bot.domain.records import ConferenceView, PaperView
from bot.domain.text import stem, words
from bot.i18n.languages import Language
from bot.papers import answers as papers
from bot.papers import service as paper_service


async def of_a_lab(
    db: AsyncSession, conf: ConferenceView, known: Known, asked: Intent
) -> Shown | None:
    """The papers of the lab the words name, narrowed by the rest of the words, if any; None
    when no lab is named, or none of its papers is about the rest."""
    listed = known.affiliations.all_named(asked.query, inside=asked.source)
    if listed is not None:  # 'papers from google brain'
        return await affiliated(db, conf, listed, asked.language)
    split = _lab_and_subject(known, asked.query)
    if split is None:
        return None
    lab, subject = split
    written = await paper_service.in_full(db, conf, list(lab.paper_ids))
    about = [paper for paper in written if _about(paper, subject)]
    if len(about) == 1:  # 'the salesforce dialogue paper': that one
        shown = await papers.paper(db, conf, about[0].slug, asked.language)
        return shown, Subject(papers=(about[0].slug,))
    if not about:
        return None
    shown = render.person_embed(conf, lab.name, [], about, asked.language)
    return shown, Subject(papers=tuple(paper.slug for paper in about[:1]))


async def affiliated(
    db: AsyncSession, conf: ConferenceView, listed: Affiliated, language: Language
) -> Shown:
    """The papers whose authors list an affiliation, under its name."""
    written = await paper_service.in_full(db, conf, list(listed.paper_ids))
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
