"""The papers' rows a paper answer reads, as asks of a plan (see `asks`).

On SQLite a paper in full is two statements whatever the number of papers: the papers with
their topics, then their sessions with room and topics, each list folded into the row by
json_group_array, where the ORM spent four statements and built an object per row.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import PaperView, SessionView
from bot.store.asks import Ask, Rows
from bot.store.convert import (
    PAPER_COLUMNS,
    PAPER_LOAD,
    SESSION_COLUMNS,
    paper_view,
    stored_list,
    stored_paper,
    stored_session,
)
from bot.store.models import Paper

_TOPICS_OF_PAPER = (
    "(SELECT json_group_array(name) FROM (SELECT t.name FROM paper_topics AS pt "
    "JOIN topics AS t ON t.id = pt.topic_id WHERE pt.paper_id = p.id ORDER BY pt.topic_id))"
)
_TOPICS_OF_SESSION = (
    "(SELECT json_group_array(name) FROM (SELECT t.name FROM session_topics AS st "
    "JOIN topics AS t ON t.id = st.topic_id WHERE st.session_id = s.id ORDER BY st.topic_id))"
)


def _live(conference_id: int) -> list[ColumnElement[bool]]:
    return [Paper.conference_id == conference_id, Paper.retired.is_(False)]


@dataclass(frozen=True)
class PapersInFull(Ask[dict[int, PaperView]]):
    """Live papers of a conference in full, by id: those of `ids` and the one with
    `exact_slug` (if any), in one read since autocomplete sends slugs."""

    conference_id: int
    ids: tuple[int, ...]
    exact_slug: str | None = None

    def on_sqlite(self, rows: Rows) -> dict[int, PaperView]:
        papers = rows(
            f"SELECT {PAPER_COLUMNS}, {_TOPICS_OF_PAPER} FROM papers AS p "
            "WHERE p.conference_id = :conference AND NOT p.retired "
            "AND (p.id IN (SELECT value FROM json_each(:ids)) OR p.slug = :slug)",
            {
                "conference": self.conference_id,
                "ids": json.dumps(self.ids),
                "slug": self.exact_slug,
            },
        )
        sessions = self._sessions(rows, [paper[0] for paper in papers])
        return {
            paper[0]: stored_paper(paper[:-1], stored_list(paper[-1]), sessions.get(paper[0], []))
            for paper in papers
        }

    @staticmethod
    def _sessions(rows: Rows, paper_ids: Sequence[int]) -> dict[int, list[SessionView]]:
        if not paper_ids:
            return {}
        found: dict[int, list[SessionView]] = {}
        for row in rows(
            f"SELECT ps.paper_id, {SESSION_COLUMNS}, {_TOPICS_OF_SESSION} "
            "FROM paper_sessions AS ps JOIN sessions AS s ON s.id = ps.session_id "
            "LEFT JOIN rooms AS r ON r.id = s.room_id "
            "WHERE ps.paper_id IN (SELECT value FROM json_each(:ids))",
            {"ids": json.dumps(list(paper_ids))},
        ):
            session = stored_session(row[1:-1], stored_list(row[-1]))
            found.setdefault(row[0], []).append(session)
        return found

    async def on_postgres(self, db: AsyncSession) -> dict[int, PaperView]:
        wanted: ColumnElement[bool] = Paper.id.in_(self.ids)
        if self.exact_slug is not None:
            wanted = or_(wanted, Paper.slug == self.exact_slug)
        found = await db.scalars(
            select(Paper).where(wanted, *_live(self.conference_id)).options(*PAPER_LOAD)
        )
        return {row.id: paper_view(row) for row in found}


@dataclass(frozen=True)
class Titles(Ask[dict[int, tuple[str, str]]]):
    """(slug, title) of these live papers of a conference, by id."""

    conference_id: int
    ids: tuple[int, ...]

    def on_sqlite(self, rows: Rows) -> dict[int, tuple[str, str]]:
        found = rows(
            "SELECT id, slug, title FROM papers WHERE conference_id = :conference "
            "AND NOT retired AND id IN (SELECT value FROM json_each(:ids))",
            {"conference": self.conference_id, "ids": json.dumps(self.ids)},
        )
        return {paper_id: (slug, title) for paper_id, slug, title in found}

    async def on_postgres(self, db: AsyncSession) -> dict[int, tuple[str, str]]:
        found = await db.execute(
            select(Paper.id, Paper.slug, Paper.title).where(
                Paper.id.in_(self.ids), *_live(self.conference_id)
            )
        )
        return {paper_id: (slug, title) for paper_id, slug, title in found}


@dataclass(frozen=True)
class FirstTitles(Ask[list[tuple[str, str]]]):
    """(slug, title) of a conference's first live papers by title."""

    conference_id: int
    limit: int

    def on_sqlite(self, rows: Rows) -> list[tuple[str, str]]:
        found = rows(
            "SELECT slug, title FROM papers WHERE conference_id = :conference AND NOT retired "
            "ORDER BY title LIMIT :limit",
            {"conference": self.conference_id, "limit": self.limit},
        )
        return _pairs(found)

    async def on_postgres(self, db: AsyncSession) -> list[tuple[str, str]]:
        found = await db.execute(
            select(Paper.slug, Paper.title)
            .where(*_live(self.conference_id))
            .order_by(Paper.title)
            .limit(self.limit)
        )
        return _pairs(list(found))


def _pairs(found: Sequence[Sequence[Any]]) -> list[tuple[str, str]]:
    return [(slug, title) for slug, title in found]


@dataclass(frozen=True)
class AwardPapers(Ask[list[int]]):
    """Ids of a conference's live papers that won this award."""

    conference_id: int
    award: str

    def on_sqlite(self, rows: Rows) -> list[int]:
        found = rows(
            "SELECT id FROM papers WHERE conference_id = :conference AND NOT retired "
            "AND award = :award",
            {"conference": self.conference_id, "award": self.award},
        )
        return [paper_id for (paper_id,) in found]

    async def on_postgres(self, db: AsyncSession) -> list[int]:
        found = await db.scalars(
            select(Paper.id).where(*_live(self.conference_id), Paper.award == self.award)
        )
        return list(found)


@dataclass(frozen=True)
class Boards(Ask[list[tuple[int, str]]]):
    """(id, poster board) of a conference's live papers that have a board."""

    conference_id: int

    def on_sqlite(self, rows: Rows) -> list[tuple[int, str]]:
        found = rows(
            "SELECT id, poster_board FROM papers WHERE conference_id = :conference "
            "AND NOT retired AND poster_board IS NOT NULL",
            {"conference": self.conference_id},
        )
        return [(paper_id, board) for paper_id, board in found]

    async def on_postgres(self, db: AsyncSession) -> list[tuple[int, str]]:
        found = await db.execute(
            select(Paper.id, Paper.poster_board).where(
                *_live(self.conference_id), Paper.poster_board.is_not(None)
            )
        )
        return [(paper_id, board) for paper_id, board in found if board is not None]
