"""Papers: search, one paper in full, and title autocomplete."""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.errors import EmptyQuery, NotFound
from bot.domain.records import Choice, ConferenceView, PaperView
from bot.domain.text import SLUG, words
from bot.store import search
from bot.store.convert import PAPER_LOAD, paper_view
from bot.store.models import Paper

AUTOCOMPLETE_LIMIT = 25
"""As many titles as an autocomplete can show."""


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


async def search_papers(
    db: AsyncSession, conf: ConferenceView, query: str, limit: int = 6
) -> list[PaperView]:
    """Best matches first; an exact slug (as autocomplete sends) wins outright."""
    typed = query.strip()
    if not typed:
        raise EmptyQuery()
    hits = await search.search(db, conf.id, query, limit=limit * 2)
    # Autocomplete sends slugs; free text with spaces or capitals is never one.
    exact = typed if SLUG.match(typed) else None
    if not hits and exact is None:
        return []
    found = await _load(db, conf, [hit.paper_id for hit in hits], exact)
    return _named_first(found, typed)[:limit]


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
    found = await search_papers(db, conf, query, limit=limit)
    if not found:
        raise NotFound("paper", query.strip())
    return found


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
    return [
        Choice(by_id[hit.paper_id][1], by_id[hit.paper_id][0])
        for hit in hits
        if hit.paper_id in by_id
    ]
