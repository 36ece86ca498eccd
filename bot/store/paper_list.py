"""A paper list joining a conference already in the store (`confbot import papers.json`).

A list has no programme and no summaries, so it never replaces what curated data says: a paper
the store already has (same OpenReview id, or same key) only gains what the list knows and it
lacks (authors, affiliations, keywords, links); the others are added. Nothing is retired: a list
is one source among several.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import selectinload

from bot.domain.imported import PaperData
from bot.store.bulk_papers import paper_row
from bot.store.engine import IMMEDIATE
from bot.store.models import Conference, Paper
from bot.store.search_index import rebuild_dictionary, replace_papers
from bot.store.seed import SeedReport, indexed


class UnknownConference(LookupError):
    """The list names a conference the store does not have; `known` are the ones it has."""

    def __init__(self, slug: str, known: list[str]) -> None:
        self.slug = slug
        self.known = known
        super().__init__(slug)


def _gains(row: Paper, item: PaperData) -> dict[str, Any]:
    """The fields a list fills in where the stored paper has nothing."""
    offered = {
        "authors": list(item.authors),
        "affiliations": list(item.affiliations),
        "keywords": list(item.keywords),
        "site_url": item.site_url,
        "code_url": item.code_url,
        "openreview_id": item.openreview_id,
    }
    return {name: value for name, value in offered.items() if value and not getattr(row, name)}


async def seed_paper_list(
    session_factory: async_sessionmaker[AsyncSession],
    slug: str,
    papers: Iterable[PaperData],
    now: datetime,
) -> SeedReport:
    """Add a list's papers to conference `slug` in one transaction."""
    report = SeedReport(conferences=[slug])
    async with session_factory() as db, db.begin():
        await db.connection(execution_options=IMMEDIATE)
        conference = await db.scalar(select(Conference).where(Conference.slug == slug))
        if conference is None:
            raise UnknownConference(slug, list(await db.scalars(select(Conference.slug))))
        changed = await _apply(db, conference, papers, report)
        if changed:
            await replace_papers(db, [indexed(paper) for paper in changed])
            await rebuild_dictionary(db, conference.id)
            conference.revision += 1
            conference.imported_at = now
            await db.execute(text("ANALYZE"))
    return report


async def _apply(
    db: AsyncSession, conference: Conference, papers: Iterable[PaperData], report: SeedReport
) -> list[Paper]:
    rows = list(
        await db.scalars(
            select(Paper)
            .where(Paper.conference_id == conference.id)
            .options(selectinload(Paper.topics))
        )
    )
    by_slug = {row.slug: row for row in rows}
    by_openreview = {row.openreview_id: row for row in rows if row.openreview_id}
    changed: list[Paper] = []
    for item in papers:
        row = by_openreview.get(item.openreview_id or "") or by_slug.get(item.slug)
        if row is None:
            row = Paper(**paper_row(conference.id, item))
            row.topics = []
            db.add(row)
            by_slug[item.slug] = row
            report.count(report.created, "papers")
            changed.append(row)
        elif gains := _gains(row, item):
            for name, value in gains.items():
                setattr(row, name, value)
            report.count(report.updated, "papers")
            changed.append(row)
    await db.flush()
    return changed
