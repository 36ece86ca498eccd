"""The authors' abstracts in the store: which papers still need asking, and keeping a batch.

A batch is one transaction: its papers' text, the time OpenReview was asked about each, and
their rows of the search index change together, so an interrupted run leaves each paper either
enriched and searchable or untouched, and the next run's list of papers to ask is exactly the
untouched ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from bot.domain.errors import NotFound
from bot.papers.openreview import Fetched, Outcome
from bot.store.dialect import lock_for_write
from bot.store.models import Conference, Paper
from bot.store.search_index import replace_papers
from bot.store.seed import indexed


@dataclass(frozen=True)
class Pending:
    paper_id: int
    openreview_id: str


@dataclass(frozen=True)
class Census:
    """A conference's papers as enrich sees them."""

    conference_id: int
    with_id: int
    """Live papers with an OpenReview id."""
    pending: tuple[Pending, ...]
    """Those OpenReview was never asked about, by id: what this run asks."""


async def census(db: AsyncSession, slug: str) -> Census:
    """What a run of enrich has to do for conference `slug`; NotFound names the ones there are."""
    conference_id = await db.scalar(select(Conference.id).where(Conference.slug == slug))
    if conference_id is None:
        known = list(await db.scalars(select(Conference.slug).order_by(Conference.slug)))
        raise NotFound("conference", slug, known)
    live = (
        Paper.conference_id == conference_id,
        Paper.retired.is_(False),
        Paper.openreview_id.is_not(None),
        Paper.openreview_id != "",
    )
    with_id = await db.scalar(select(func.count()).select_from(Paper).where(*live))
    rows = await db.execute(
        select(Paper.id, Paper.openreview_id)
        .where(*live, Paper.abstract_checked_at.is_(None))
        .order_by(Paper.id)
    )
    pending = tuple(Pending(paper_id, str(forum)) for paper_id, forum in rows)
    return Census(conference_id, int(with_id or 0), pending)


async def keep(db: AsyncSession, batch: Sequence[tuple[Pending, Fetched]], now: datetime) -> None:
    """Store one batch of answers and index the abstracts found, in one transaction. A paper
    that failed is left as it was, to be asked again."""
    await lock_for_write(db)
    found = [
        {
            "id": pending.paper_id,
            "abstract": fetched.text.abstract,
            "tldr": fetched.text.tldr,
            "abstract_source": fetched.text.source,
            "abstract_checked_at": now,
        }
        for pending, fetched in batch
        if fetched.text is not None
    ]
    missing = [
        {"id": pending.paper_id, "abstract_checked_at": now}
        for pending, fetched in batch
        if fetched.outcome == Outcome.NOT_FOUND
    ]
    for rows in (found, missing):
        if rows:
            await db.execute(update(Paper), rows)
    if found:
        ids = [row["id"] for row in found]
        papers = await db.scalars(
            select(Paper).where(Paper.id.in_(ids)).options(selectinload(Paper.topics))
        )
        await replace_papers(db, [indexed(paper) for paper in papers])
    await db.commit()
