"""The papers an award question asks about: every paper that won it, or the one of them its
other words name ('has the award-winning lstm talk started' is the winner whose other name
says lstm, not each winner of the conference)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat import render
from bot.chat.catalogue import reader
from bot.chat.context import Subject
from bot.chat.intent import Intent
from bot.chat.render import Shown
from bot.chat.retrieval import STOP, key
from bot.domain.records import ConferenceView, PaperView
from bot.domain.text import words
from bot.papers import answers as papers
from bot.papers import service as paper_service


async def winners(db: AsyncSession, conf: ConferenceView, asked: Intent) -> Shown:
    """The winners of the award named, or the one the question's other words name, in
    full; a reply asks its facts of them alone."""
    won = sorted(await paper_service.with_award(db, conf, asked.keys[0]), key=_presented)
    found = named_among(won, asked.question, asked.keys[0])
    if len(found) == 1 < len(won):  # that winner's card: its own slot, its room
        return await papers.paper(db, conf, found[0].slug, asked.language), Subject(
            papers=(found[0].slug,)
        )
    shown = render.award_embed(conf, asked.keys[0], found, asked.language)
    return shown, Subject(papers=tuple(paper.slug for paper in found))


def _presented(paper: PaperView) -> tuple[bool, datetime | None, str]:
    """Winners in the order they are presented, those without a slot last: a reply picking
    'the second one' counts them as the programme runs, not by title."""
    starts = [paper.starts_at] if paper.starts_at else []
    starts += [session.starts_at for session in paper.sessions if session.starts_at]
    first = min(starts, default=None)
    return first is None, first, paper.title


def named_among(papers: list[PaperView], question: str, award: str) -> list[PaperView]:
    """The papers holding, in their title, other names, keywords or topics, a word of the
    question that not every one of them holds; all of them when none does. A word every
    winner holds ('learning') tells none of them apart, and a word naming the award
    ('award-winning') names no winner, though one's other name may share it."""
    awarding = {word for phrase in (award, *reader().awards) for word in words(phrase)}
    said = {
        key(word)
        for word in words(question)
        if word not in STOP and word not in awarding and len(word) > 1
    }
    held = [said & _terms(paper) for paper in papers]
    shared = set.intersection(*held) if held else set()
    chosen = [paper for paper, terms in zip(papers, held, strict=True) if terms - shared]
    return chosen or papers


def _terms(paper: PaperView) -> set[str]:
    named = " ".join((paper.title, *paper.aliases, *paper.keywords, *paper.topics))
    return {key(word) for word in words(named)}
