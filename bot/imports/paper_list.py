"""A paper list joining a conference already in the store (`confbot import papers.json`).

A list has no programme and no summaries, so it never replaces what curated data says: a paper
the store already has (same OpenReview id, or same key) only gains what the list knows and it
lacks (authors, affiliations, keywords, links); the others are added. Nothing is retired: a list
is one source among several. Written in bulk, like the seed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import selectinload

from bot.domain.imported import PaperData
from bot.store.bulk_papers import PAPERS, insert_rows, paper_row
from bot.store.dialect import lock_for_write
from bot.store.models import Conference, Paper
from bot.store.search_index import (
    IndexedPaper,
    index_whole_conference,
    rebuild_dictionary,
    replace_papers,
)
from bot.store.seed import SeedReport, indexed, indexed_item

GAINED = ("authors", "affiliations", "keywords", "site_url", "code_url", "openreview_id")
"""What a list may fill in on a paper the store has, where that paper has nothing."""


class UnknownConference(LookupError):
    """The list names a conference the store does not have; `known` are the ones it has."""

    def __init__(self, slug: str, known: list[str]) -> None:
        self.slug = slug
        self.known = known
        super().__init__(slug)


def _gains(stored: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in GAINED if row[name] and not stored[name]}


async def seed_paper_list(
    session_factory: async_sessionmaker[AsyncSession],
    slug: str,
    papers: Iterable[PaperData],
    now: datetime,
) -> SeedReport:
    """Add a list's papers to conference `slug` in one transaction."""
    report = SeedReport(conferences=[slug])
    await _seed_list(session_factory, slug, list(papers), now, report)
    return report


async def _seed_list(
    session_factory: async_sessionmaker[AsyncSession],
    slug: str,
    papers: list[PaperData],
    now: datetime,
    report: SeedReport,
) -> None:
    async with session_factory() as db, db.begin():
        await lock_for_write(db)
        conference = await db.scalar(select(Conference).where(Conference.slug == slug))
        if conference is None:
            raise UnknownConference(slug, list(await db.scalars(select(Conference.slug))))
        await _apply(db, conference.id, papers, report)
        if report.changed:
            conference.revision += 1
            conference.imported_at = now
            await db.execute(text("ANALYZE"))


async def _stored(db: AsyncSession, conference_id: int) -> list[dict[str, Any]]:
    columns = (PAPERS.c.id, PAPERS.c.slug, PAPERS.c.retired, *(PAPERS.c[name] for name in GAINED))
    rows = await db.execute(select(*columns).where(PAPERS.c.conference_id == conference_id))
    return [dict(row._mapping) for row in rows]


async def _apply(
    db: AsyncSession, conference_id: int, papers: list[PaperData], report: SeedReport
) -> None:
    """Write the list's papers and index them; the first papers of a conference are indexed
    in one go, with the dictionary counted from them."""
    stored = await _stored(db, conference_id)
    by_slug = {row["slug"]: row for row in stored}
    by_openreview = {row["openreview_id"]: row for row in stored if row["openreview_id"]}
    new: list[PaperData] = []
    gains: list[dict[str, Any]] = []
    for item in papers:
        found = by_openreview.get(item.openreview_id or "") or by_slug.get(item.slug)
        if found is None:
            new.append(item)
            by_slug[item.slug] = {"slug": item.slug}
        elif gained := _gains(found, paper_row(conference_id, item)):
            gains.append({"pid": found["id"], **gained})
    if new:
        await insert_rows(db, PAPERS, [paper_row(conference_id, item) for item in new])
        report.created["papers"] = len(new)
    for gained in gains:
        statement = update(PAPERS).where(PAPERS.c.id == bindparam("pid"))
        await db.execute(statement, [gained])
    if gains:
        report.updated["papers"] = len(gains)
    ids = {
        slug: paper_id
        for paper_id, slug in await db.execute(
            select(PAPERS.c.id, PAPERS.c.slug).where(PAPERS.c.conference_id == conference_id)
        )
    }
    fresh = [indexed_item(ids[item.slug], conference_id, item, {}) for item in new]
    if fresh and not gains and all(row["retired"] for row in stored):
        await index_whole_conference(db, conference_id, fresh)
        return
    await replace_papers(db, fresh, fresh=True)
    await replace_papers(db, await _reindexed(db, [gained["pid"] for gained in gains]))
    if report.changed:
        await rebuild_dictionary(db, conference_id)


async def _reindexed(db: AsyncSession, paper_ids: list[int]) -> list[IndexedPaper]:
    """Index rows of papers that gained fields, from what they hold now (curated text too)."""
    if not paper_ids:
        return []
    rows = await db.scalars(
        select(Paper).where(Paper.id.in_(paper_ids)).options(selectinload(Paper.topics))
    )
    return [indexed(paper) for paper in rows]
