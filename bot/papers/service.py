"""Papers: search, one paper in full, and title autocomplete."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.errors import EmptyQuery, NotFound
from bot.domain.records import Choice, ConferenceView, PaperView
from bot.domain.text import MAX_QUERY_CHARS, SLUG, words
from bot.papers.relevance import (
    NEAR_MISSES,
    answers_enough,
    names_closely,
    near_enough,
    title_names,
)
from bot.store import search
from bot.store.convert import PAPER_LOAD, paper_view
from bot.store.models import Paper

AUTOCOMPLETE_LIMIT = 25
"""As many titles as an autocomplete can show."""
AUTHOR_LIMIT = 200
"""More papers than anyone writes for one conference."""


async def _load(
    db: AsyncSession, conf: ConferenceView, ids: list[int], exact_slug: str | None = None
) -> list[PaperView]:
    """Papers in full, in the order of `ids`; the paper with `exact_slug` (if any) first.

    One query finds both, since every statement is a round trip to the database thread.
    """
    wanted: ColumnElement[bool] = Paper.id.in_(ids)
    if exact_slug is not None:
        wanted = or_(wanted, Paper.slug == exact_slug)
    rows = await db.scalars(
        select(Paper)
        .where(wanted, Paper.conference_id == conf.id, Paper.retired.is_(False))
        .options(*PAPER_LOAD)
    )
    by_id = {row.id: paper_view(row) for row in rows}
    first = [view for view in by_id.values() if view.slug == exact_slug]
    rest = [by_id[paper_id] for paper_id in ids if paper_id in by_id]
    return list({view.id: view for view in first + rest}.values())


@dataclass(frozen=True)
class Found:
    """What a search found: papers that answer it, and near misses to suggest by title."""

    papers: list[PaperView]
    near: list[PaperView]


async def find_papers(db: AsyncSession, conf: ConferenceView, query: str, limit: int = 6) -> Found:
    """Relevant papers best first, by the one rule of `relevance`; an exact slug (as
    autocomplete sends) wins outright."""
    typed = query.strip()
    if not typed:
        raise EmptyQuery()
    hits = await search.search(db, conf.id, query, limit=limit * 2)
    # Autocomplete sends slugs; free text with spaces or capitals is never one.
    exact = typed if SLUG.match(typed) else None
    if not hits and exact is None:
        return Found([], [])
    loaded = await _load(db, conf, [hit.paper_id for hit in hits], exact)
    terms = search.query_words(query)
    complete = {hit.paper_id for hit in hits if hit.complete and not hit.corrected}
    corrected = {hit.paper_id for hit in hits if hit.corrected}
    answers = [
        view
        for view in loaded
        if view.slug == exact
        or view.id in complete
        or (view.id in corrected and names_closely(terms, view))
        or answers_enough(terms, view)
    ]
    near = [view for view in loaded if view not in answers and near_enough(terms, view)]
    return Found(_named_first(answers, typed)[:limit], near[:NEAR_MISSES])


async def search_papers(
    db: AsyncSession, conf: ConferenceView, query: str, limit: int = 6
) -> list[PaperView]:
    """Only the papers that answer the query, best first."""
    return (await find_papers(db, conf, query, limit)).papers


def _named_first(found: list[PaperView], typed: str) -> list[PaperView]:
    """A paper whose own name (title or alias) is exactly what was typed comes first: among
    hundreds of papers, a method's short name must not lose to a title that merely holds both
    of its words."""
    key = words(typed)
    named = [view for view in found if key in (words(name) for name in (view.title, *view.aliases))]
    return named + [view for view in found if view not in named]


async def best_matches(
    db: AsyncSession, conf: ConferenceView, query: str, limit: int = 6
) -> list[PaperView]:
    """What /paper shows, best first; NotFound rather than an empty answer."""
    found = await find_papers(db, conf, query, limit=limit)
    if not found.papers:
        raise NotFound("paper", query.strip(), [view.title for view in found.near])
    return found.papers


async def by_author(db: AsyncSession, conf: ConferenceView, name: str) -> list[PaperView]:
    """Every paper with this author, by title: a full name, or its last words ('Frankle'),
    never words from the middle of a name or from two names."""
    ids = await search.by_author(db, conf.id, name, AUTHOR_LIMIT)
    found = await _load(db, conf, ids)
    wanted = words(name)
    return sorted(
        (view for view in found if any(_named_by(author, wanted) for author in view.authors)),
        key=lambda view: view.title,
    )


def _named_by(author: str, wanted: list[str]) -> bool:
    return bool(wanted) and words(author)[-len(wanted) :] == wanted


async def with_award(db: AsyncSession, conf: ConferenceView, award: str) -> list[PaperView]:
    """Every paper that won this award, by title."""
    ids = await db.scalars(
        select(Paper.id).where(
            Paper.conference_id == conf.id, Paper.retired.is_(False), Paper.award == award
        )
    )
    return sorted(await _load(db, conf, list(ids)), key=lambda view: view.title)


async def paper_choices(db: AsyncSession, conf: ConferenceView, typed: str) -> list[Choice[str]]:
    """Autocomplete: titles containing the typed words (the last as a prefix), 25 at most."""
    if not typed.strip():
        rows = await db.execute(
            select(Paper.slug, Paper.title)
            .where(Paper.conference_id == conf.id, Paper.retired.is_(False))
            .order_by(Paper.title)
            .limit(AUTOCOMPLETE_LIMIT)
        )
        return [Choice(title, slug) for slug, title in rows]
    hits = await search.title_prefix(db, conf.id, typed, AUTOCOMPLETE_LIMIT)
    corrected = False
    if not hits and words(typed[:MAX_QUERY_CHARS]):
        # Nothing starts with what was typed: perhaps it is misspelt ('lotery'), and the
        # search's corrections find what a title prefix cannot. Papers sharing only some of
        # the words are not offered, as search would not show them either.
        found = await search.search(db, conf.id, typed[:MAX_QUERY_CHARS], AUTOCOMPLETE_LIMIT)
        hits = [hit for hit in found if hit.complete]
        corrected = True
    if not hits:
        return []
    rows = await db.execute(
        select(Paper.id, Paper.slug, Paper.title).where(
            Paper.id.in_([hit.paper_id for hit in hits]),
            Paper.conference_id == conf.id,
            Paper.retired.is_(False),
        )
    )
    by_id = {row.id: (row.slug, row.title) for row in rows}
    terms = search.query_words(typed[:MAX_QUERY_CHARS]) if corrected else []
    return [
        Choice(by_id[hit.paper_id][1], by_id[hit.paper_id][0])
        for hit in hits
        if hit.paper_id in by_id and (not corrected or title_names(terms, by_id[hit.paper_id][1]))
    ]
