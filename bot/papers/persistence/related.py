"""The related papers' rows: what the computation reads, what it writes, and what a card asks.

A conference's related papers are written as a whole, with the revision they were computed at
(`related_runs`); a card reads them only while that is the conference's revision, so pairs
computed before an import are never shown against the papers after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import ColumnElement, Table, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.asks import Ask, Rows
from bot.store.bulk_papers import insert_rows
from bot.store.models import Conference, Paper, RelatedPaper, RelatedRun, Topic, paper_topics


@dataclass(frozen=True)
class PaperText:
    """What a live paper is about, as stored."""

    paper_id: int
    title: str
    summary: str
    abstract: str
    keywords: tuple[str, ...]


async def stale_conferences(db: AsyncSession) -> list[tuple[int, int]]:
    """(id, revision) of conferences whose related papers are missing or from an older
    revision: one small statement, so a store that is up to date costs nothing more."""
    found = await db.execute(
        select(Conference.id, Conference.revision)
        .outerjoin(RelatedRun, RelatedRun.conference_id == Conference.id)
        .where((RelatedRun.revision.is_(None)) | (RelatedRun.revision != Conference.revision))
        .order_by(Conference.id)
    )
    return [(conference_id, revision) for conference_id, revision in found]


async def current_revision(db: AsyncSession, conference_id: int) -> int | None:
    return await db.scalar(select(Conference.revision).where(Conference.id == conference_id))


async def paper_texts(db: AsyncSession, conference_id: int) -> list[PaperText]:
    """Every live paper of the conference with its keywords and topic names, by id."""
    papers = await db.execute(
        select(Paper.id, Paper.title, Paper.summary, Paper.abstract, Paper.keywords)
        .where(Paper.conference_id == conference_id, Paper.retired.is_(False))
        .order_by(Paper.id)
    )
    topics: dict[int, list[str]] = {}
    for paper_id, name in await db.execute(
        select(paper_topics.c.paper_id, Topic.name)
        .join(Topic, Topic.id == paper_topics.c.topic_id)
        .where(Topic.conference_id == conference_id)
        .order_by(paper_topics.c.paper_id, Topic.id)
    ):
        topics.setdefault(paper_id, []).append(name)
    return [
        PaperText(
            paper_id, title, summary or "", text or "", (*keywords, *topics.get(paper_id, ()))
        )
        for paper_id, title, summary, text, keywords in papers
    ]


async def replace_related(
    db: AsyncSession,
    conference_id: int,
    revision: int,
    rows: Sequence[tuple[int, int, int, float]],
) -> None:
    """Make (paper, rank, related paper, score) rows the conference's related papers, as
    computed at `revision`, inside the caller's transaction."""
    ours = select(Paper.id).where(Paper.conference_id == conference_id).scalar_subquery()
    await db.execute(delete(RelatedPaper).where(RelatedPaper.paper_id.in_(ours)))
    table = cast(Table, RelatedPaper.__table__)
    await insert_rows(
        db,
        table,
        [
            {"paper_id": paper, "rank": rank, "related_id": other, "score": score}
            for paper, rank, other, score in rows
        ],
    )
    await db.execute(delete(RelatedRun).where(RelatedRun.conference_id == conference_id))
    db.add(RelatedRun(conference_id=conference_id, revision=revision))
    await db.flush()


@dataclass(frozen=True)
class RelatedIds(Ask[list[int]]):
    """Ids of a paper's live related papers, best first, if they were computed at its
    conference's current revision."""

    paper_id: int

    def on_sqlite(self, rows: Rows) -> list[int]:
        found = rows(
            "SELECT r.related_id FROM related_papers AS r "
            "JOIN papers AS p ON p.id = r.paper_id "
            "JOIN conferences AS c ON c.id = p.conference_id "
            "JOIN related_runs AS u ON u.conference_id = c.id AND u.revision = c.revision "
            "JOIN papers AS q ON q.id = r.related_id AND NOT q.retired "
            "WHERE r.paper_id = :paper ORDER BY r.rank",
            {"paper": self.paper_id},
        )
        return [related_id for (related_id,) in found]

    async def on_postgres(self, db: AsyncSession) -> list[int]:
        other = Paper.__table__.alias("q")
        fresh: ColumnElement[bool] = (RelatedRun.conference_id == Conference.id) & (
            RelatedRun.revision == Conference.revision
        )
        found = await db.scalars(
            select(RelatedPaper.related_id)
            .join(Paper, Paper.id == RelatedPaper.paper_id)
            .join(Conference, Conference.id == Paper.conference_id)
            .join(RelatedRun, fresh)
            .join(other, (other.c.id == RelatedPaper.related_id) & other.c.retired.is_(False))
            .where(RelatedPaper.paper_id == self.paper_id)
            .order_by(RelatedPaper.rank)
        )
        return list(found)
