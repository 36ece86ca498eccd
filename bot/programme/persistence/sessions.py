"""The sessions' rows the programme answers read, as asks of a plan (see `asks`).

On SQLite a list of sessions is one statement: each row with its room joined and its topics
folded in by json_group_array, where the ORM spent two statements and an object per row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import PaperRef, SessionView
from bot.store.asks import Ask, Rows
from bot.store.convert import (
    PAPER_REF_COLUMNS,
    SESSION_COLUMNS,
    SESSION_LOAD,
    paper_ref,
    session_view,
    stored_list,
    stored_session,
    time_param,
)
from bot.store.models import Paper, Session, paper_sessions, session_topics

_TOPICS = (
    "(SELECT json_group_array(name) FROM (SELECT t.name FROM session_topics AS st "
    "JOIN topics AS t ON t.id = st.topic_id WHERE st.session_id = s.id ORDER BY st.topic_id))"
)
_FROM = "FROM sessions AS s LEFT JOIN rooms AS r ON r.id = s.room_id"
WALKED_FROM = 2000
"""A session of at least this many papers has its first ones found by walking an index of
every live paper; measured at 100,000 papers, where poster sessions hold about 12,000."""


@dataclass(frozen=True)
class LiveSessions(Ask[list[SessionView]]):
    """A conference's live sessions, by start (undated ones where the database puts nulls),
    of these kinds and on any of these topics if given, timed only if asked, starting within
    [starts_from, starts_before) or after `after` if given."""

    conference_id: int
    kinds: tuple[str, ...] | None = None
    topic_ids: tuple[int, ...] | None = None
    timed: bool = False
    starts_from: datetime | None = None
    starts_before: datetime | None = None
    after: datetime | None = None
    following: tuple[datetime, int] | None = None
    """(start, id) of the session this page follows in programme order: a page of a long
    programme begins after the last of the page before."""
    limit: int | None = None

    def on_sqlite(self, rows: Rows) -> list[SessionView]:
        where = ["s.conference_id = :conference", "NOT s.retired"]
        params: dict[str, Any] = {"conference": self.conference_id}
        if self.kinds is not None:
            where.append("s.kind IN (SELECT value FROM json_each(:kinds))")
            params["kinds"] = json.dumps(self.kinds)
        if self.topic_ids is not None:
            where.append(
                "s.id IN (SELECT session_id FROM session_topics "
                "WHERE topic_id IN (SELECT value FROM json_each(:topics)))"
            )
            params["topics"] = json.dumps(self.topic_ids)
        if self.timed:
            where.append("s.starts_at IS NOT NULL")
        for name, test, value in (
            ("starts_from", ">=", self.starts_from),
            ("starts_before", "<", self.starts_before),
            ("after", ">", self.after),
        ):
            if value is not None:
                where.append(f"s.starts_at {test} :{name}")
                params[name] = time_param(value)
        if self.following is not None:
            where.append(
                "(s.starts_at > :following OR (s.starts_at = :following AND s.id > :last_id))"
            )
            params["following"] = time_param(self.following[0])
            params["last_id"] = self.following[1]
        limit = ""
        if self.limit is not None:
            limit, params["limit"] = " LIMIT :limit", self.limit
        found = rows(
            f"SELECT {SESSION_COLUMNS}, {_TOPICS} {_FROM} WHERE {' AND '.join(where)} "
            f"ORDER BY s.starts_at, s.id{limit}",
            params,
        )
        return [stored_session(row[:-1], stored_list(row[-1])) for row in found]

    async def on_postgres(self, db: AsyncSession) -> list[SessionView]:
        query = self._query()
        return [session_view(row) for row in await db.scalars(query)]

    def _query(self) -> Select[Session]:
        query = (
            select(Session)
            .where(Session.conference_id == self.conference_id, Session.retired.is_(False))
            .options(*SESSION_LOAD)
            .order_by(Session.starts_at, Session.id)
        )
        if self.kinds is not None:
            query = query.where(Session.kind.in_(self.kinds))
        if self.topic_ids is not None:
            on_topics = select(session_topics.c.session_id).where(
                session_topics.c.topic_id.in_(self.topic_ids)
            )
            query = query.where(Session.id.in_(on_topics))
        if self.timed:
            query = query.where(Session.starts_at.is_not(None))
        if self.starts_from is not None:
            query = query.where(Session.starts_at >= self.starts_from)
        if self.starts_before is not None:
            query = query.where(Session.starts_at < self.starts_before)
        if self.after is not None:
            query = query.where(Session.starts_at > self.after)
        if self.following is not None:
            start, last_id = self.following
            later = and_(Session.starts_at == start, Session.id > last_id)
            query = query.where(or_(Session.starts_at > start, later))
        if self.limit is not None:
            query = query.limit(self.limit)
        return query


@dataclass(frozen=True)
class SessionBySlug(Ask[SessionView | None]):
    """One session of a conference by slug, retired or not, with its first `papers_listed`
    live papers (by kind, then title) and how many more it has: a poster session of
    thousands of papers costs what its listed lines cost, not a read of them all."""

    conference_id: int
    slug: str
    papers_listed: int

    def on_sqlite(self, rows: Rows) -> SessionView | None:
        found = rows(
            f"SELECT {SESSION_COLUMNS}, {_TOPICS} {_FROM} "
            "WHERE s.conference_id = :conference AND s.slug = :slug",
            {"conference": self.conference_id, "slug": self.slug},
        )
        if not found:
            return None
        ((*row, topics),) = found
        papers = rows(
            self._listing(rows, row[0]),
            {
                "conference": self.conference_id,
                "session": row[0],
                "limit": self.papers_listed + 1,
            },
        )
        more = 0
        if len(papers) > self.papers_listed:
            more = self._count_on_sqlite(rows, row[0]) - self.papers_listed
        listed = tuple(PaperRef(*paper) for paper in papers[: self.papers_listed])
        return replace(stored_session(row, stored_list(topics)), papers=listed, more_papers=more)

    def _listing(self, rows: Rows, session_id: int) -> str:
        """The statement of the session's first live papers by kind and title. A session of
        thousands walks the kind-and-title index, checking each paper against the session,
        and stops at the last line listed; reading and sorting all its papers took 20-30 ms at
        100,000. A smaller session reads its own papers, as walking the index past every
        paper of the conference to find a few would cost far more."""
        ((held,),) = rows(
            "SELECT count(*) FROM paper_sessions WHERE session_id = :session",
            {"session": session_id},
        )
        if held >= WALKED_FROM:
            return (
                f"SELECT {PAPER_REF_COLUMNS} FROM papers AS p INDEXED BY ix_papers_live_kind_title "
                "WHERE p.conference_id = :conference AND p.retired = 0 AND EXISTS "
                "(SELECT 1 FROM paper_sessions AS ps WHERE ps.paper_id = p.id "
                "AND ps.session_id = :session) ORDER BY p.kind, p.title, p.id LIMIT :limit"
            )
        return (
            f"SELECT {PAPER_REF_COLUMNS} FROM paper_sessions AS ps "
            "JOIN papers AS p ON p.id = ps.paper_id "
            "WHERE ps.session_id = :session AND NOT p.retired "
            "ORDER BY p.kind, p.title, p.id LIMIT :limit"
        )

    def _count_on_sqlite(self, rows: Rows, session_id: int) -> int:
        """The session's live papers, from the session index: its rows, less its retired
        papers (few, found through the live-title index), without reading a paper's row."""
        ((count,),) = rows(
            "SELECT (SELECT count(*) FROM paper_sessions WHERE session_id = :session) "
            "- (SELECT count(*) FROM papers AS p WHERE p.conference_id = :conference "
            "AND p.retired = 1 AND EXISTS (SELECT 1 FROM paper_sessions AS ps "
            "WHERE ps.paper_id = p.id AND ps.session_id = :session))",
            {"conference": self.conference_id, "session": session_id},
        )
        return int(count)

    async def on_postgres(self, db: AsyncSession) -> SessionView | None:
        row = await db.scalar(
            select(Session)
            .where(Session.conference_id == self.conference_id, Session.slug == self.slug)
            .options(*SESSION_LOAD)
        )
        if row is None:
            return None
        live = (paper_sessions.c.session_id == row.id, Paper.retired.is_(False))
        papers = list(
            await db.scalars(
                select(Paper)
                .join(paper_sessions, paper_sessions.c.paper_id == Paper.id)
                .where(*live)
                .order_by(Paper.kind, Paper.title, Paper.id)
                .limit(self.papers_listed + 1)
            )
        )
        more = 0
        if len(papers) > self.papers_listed:
            counted = select(func.count()).select_from(Paper).join(paper_sessions)
            more = int(await db.scalar(counted.where(*live)) or 0) - self.papers_listed
        listed = tuple(paper_ref(paper) for paper in papers[: self.papers_listed])
        return replace(session_view(row), papers=listed, more_papers=more)
