"""A conference's topics and the papers on them, as asks of a plan (see `asks`): with the
sessions of `session_reads`, a `/topic` answer or a topic autocomplete is one hop on SQLite."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import PaperRef, TopicView
from bot.store.asks import Ask, Rows
from bot.store.convert import PAPER_REF_COLUMNS, paper_ref
from bot.store.models import Paper, Topic, paper_topics


@dataclass(frozen=True)
class ConferenceTopics(Ask[list[TopicView]]):
    """Every topic of a conference's glossary, by name."""

    conference_id: int

    def on_sqlite(self, rows: Rows) -> list[TopicView]:
        found = rows(
            "SELECT id, slug, name, aliases FROM topics WHERE conference_id = :conference "
            "ORDER BY name",
            {"conference": self.conference_id},
        )
        return [
            TopicView(topic_id, slug, name, tuple(json.loads(aliases or "[]")))
            for topic_id, slug, name, aliases in found
        ]

    async def on_postgres(self, db: AsyncSession) -> list[TopicView]:
        found = await db.scalars(
            select(Topic).where(Topic.conference_id == self.conference_id).order_by(Topic.name)
        )
        return [TopicView(row.id, row.slug, row.name, tuple(row.aliases)) for row in found]


@dataclass(frozen=True)
class PapersOnTopics(Ask[list[PaperRef]]):
    """The first `limit` of a conference's live papers on any of these topics, by title: the
    live-title index is walked in order and each paper checked against the topics, so a topic
    of thousands of papers costs what its first lines cost, not a read and sort of them all."""

    conference_id: int
    topic_ids: tuple[int, ...]
    limit: int

    def on_sqlite(self, rows: Rows) -> list[PaperRef]:
        found = rows(
            f"SELECT {PAPER_REF_COLUMNS} FROM papers AS p INDEXED BY ix_papers_live_title "
            "WHERE p.conference_id = :conference AND p.retired = 0 AND EXISTS "
            "(SELECT 1 FROM paper_topics AS pt WHERE pt.paper_id = p.id "
            "AND pt.topic_id IN (SELECT value FROM json_each(:topics))) "
            "ORDER BY p.title LIMIT :limit",
            {
                "conference": self.conference_id,
                "topics": json.dumps(self.topic_ids),
                "limit": self.limit,
            },
        )
        return [PaperRef(*row) for row in found]

    async def on_postgres(self, db: AsyncSession) -> list[PaperRef]:
        on_topics = select(paper_topics.c.paper_id).where(
            paper_topics.c.topic_id.in_(self.topic_ids)
        )
        found = await db.scalars(
            select(Paper)
            .where(
                Paper.conference_id == self.conference_id,
                Paper.retired.is_(False),
                Paper.id.in_(on_topics),
            )
            .order_by(Paper.title)
            .limit(self.limit)
        )
        return [paper_ref(row) for row in found]


@dataclass(frozen=True)
class PapersOnTopicsCount(Ask[int]):
    """How many live papers are on any of these topics, from the topic index: the rows of
    the topics, less a paper's second and later topics among them, less retired papers
    (few, found through the live-title index)."""

    conference_id: int
    topic_ids: tuple[int, ...]

    def on_sqlite(self, rows: Rows) -> int:
        repeated = (
            "(SELECT count(*) FROM paper_topics AS a WHERE a.topic_id IN (SELECT value FROM "
            "json_each(:topics)) AND EXISTS (SELECT 1 FROM paper_topics AS b WHERE "
            "b.paper_id = a.paper_id AND b.topic_id < a.topic_id AND b.topic_id IN "
            "(SELECT value FROM json_each(:topics))))"
            if len(self.topic_ids) > 1
            else "0"
        )
        ((count,),) = rows(
            "SELECT (SELECT count(*) FROM paper_topics INDEXED BY ix_paper_topics_topic "
            "WHERE topic_id IN (SELECT value FROM json_each(:topics))) "
            f"- {repeated} - (SELECT count(*) FROM papers AS p "
            "WHERE p.conference_id = :conference AND p.retired = 1 AND EXISTS "
            "(SELECT 1 FROM paper_topics AS pt WHERE pt.paper_id = p.id "
            "AND pt.topic_id IN (SELECT value FROM json_each(:topics))))",
            {"conference": self.conference_id, "topics": json.dumps(self.topic_ids)},
        )
        return int(count)

    async def on_postgres(self, db: AsyncSession) -> int:
        on_topics = select(paper_topics.c.paper_id).where(
            paper_topics.c.topic_id.in_(self.topic_ids)
        )
        found = await db.scalar(
            select(func.count()).where(
                Paper.conference_id == self.conference_id,
                Paper.retired.is_(False),
                Paper.id.in_(on_topics),
            )
        )
        return int(found or 0)
