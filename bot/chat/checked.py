"""Replies that check something of the papers just shown. One naming someone or somewhere
of the one paper shown asks whether the paper is theirs ('is bahdanau first author?', 'es de
gente de stanford no?'): answered with the paper's authors and where they work, which say yes
or no. Read on its own, the name is a new question, and the reply would list everything that
person or place has. One asking who wrote it by the words of its title ('who wrote the
batchnorm theory?', 'und wer hat das warmup-ding geschrieben?') asks its authors too: read on
its own, those words would name a topic, or a stranger who shares one of them. One naming a
way of presenting ('which of those is an oral?') picks that paper among several shown."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat.catalogue import reader
from bot.chat.context import Subject
from bot.chat.facets import Asked, Facet, facets_in
from bot.chat.intent import Intent
from bot.chat.reading import Reading
from bot.chat.retrieval import STOP
from bot.domain.records import ConferenceView, PaperView
from bot.domain.text import fold, words
from bot.domain.vocabulary import singular
from bot.papers import service as paper_service

YES_NO = frozenset({"is", "are", "was", "were", "does", "did"})
"""How a question the answer is yes or no to opens, in the reader's English words."""
ABOUT_THEM = frozenset({Facet.PEOPLE, Facet.WORK})
"""The facts that ask whose a paper is ('first author', 'where do they work')."""
ELSEWHERE = frozenset({"else", "other", "more", "all"})
"""Words that ask for more of that person or place, not about the paper shown."""
WRITTEN = frozenset({"wrote", "written", "authored", "author", "authors"})
"""Words asking who wrote something."""


async def checked(
    db: AsyncSession, conf: ConferenceView, reading: Reading, context: Subject
) -> Asked | None:
    """Its authors, asked of the one paper shown, when the reply names one of them or where
    they work and asks whether it is so, or asks who wrote it by its title's words."""
    if len(context.papers) != 1:
        return None
    said = words(reading.folded)
    asks = bool(said) and (said[0] in YES_NO or bool(set(facets_in(said)) & ABOUT_THEM))
    written = bool(set(said) & WRITTEN)
    if not (asks or written) or set(said) & ELSEWHERE:
        return None
    paper = await paper_service.by_slug(db, conf, context.papers[0])
    if paper is None:
        return None
    theirs = {
        word
        for text in (*paper.authors, *paper.affiliations)
        for word in words(fold(text))
        if len(word) > 2 and word not in STOP
    }
    named = (asks and bool(set(said) & theirs)) or (written and _titled(said, paper))
    return Asked((Facet.PEOPLE,), papers=(paper.slug,)) if named else None


def _titled(said: list[str], paper: PaperView) -> bool:
    """Whether the words a reply names its subject by are, at least half of them, words of
    the paper's title or keywords: 'warmup' of the paper on warmup and restarts, beside an
    untranslated 'ding'. A reply naming another paper shares none or few of them."""
    own = {
        singular(word)
        for text in (paper.title, *paper.keywords, *paper.aliases)
        for word in words(fold(text))
    }
    skipped = reader().known | STOP | WRITTEN
    named = [word for word in said if len(word) > 2 and word not in skipped]
    held = [word for word in named if singular(word) in own]
    return bool(held) and 2 * len(held) >= len(named)


async def presented(db: AsyncSession, conf: ConferenceView, asked: Intent) -> str:
    """The paper asked for: of several shown, the first presented as the reply asks ('which
    of those is an oral?'), else the first."""
    if asked.group is None or len(asked.keys) < 2:
        return asked.keys[0]
    for slug in asked.keys:
        paper = await paper_service.by_slug(db, conf, slug)
        if paper is not None and paper.kind == asked.group.value:
            return slug
    return asked.keys[0]
