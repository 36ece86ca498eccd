"""Papers written in bulk: one statement per kind of change, never an ORM object per paper.

A conference's papers are compared with the store as plain rows; new ones go in with one
executemany, changed ones with another, links and index rows likewise, so 100,000 papers import
in seconds where an object per paper took more than a minute.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.imported import PaperData
from bot.store.dialect import on_postgres
from bot.store.models import Paper, paper_sessions, paper_topics

PAPERS = cast(Table, Paper.__table__)
VALUE_COLUMNS = (
    "slug",
    "title",
    "authors",
    "openreview_id",
    "arxiv_id",
    "kind",
    "award",
    "aliases",
    "day",
    "placement",
    "poster_board",
    "code_url",
    "summary",
    "affiliations",
    "keywords",
    "site_url",
    "summary_source",
    "starts_at",
    "ends_at",
    "retired",
)


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a process does one bulk job and nothing else
    (`confbot seed`, `confbot import`): 100,000 papers make millions of objects that all live
    until the job ends, and every full collection walks them again: an eighth of a seed's time
    at that size. Reference counting still frees everything else as usual.

    The collector is the whole process's, so only an entry point that owns its process uses
    this; a running bot (an import from the console) keeps its collector."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@dataclass
class PaperSync:
    """What a sync did: papers created, updated and retired, the ids to index again (`changed`,
    the created ones among them also in `created_ids`: they have no index rows yet) and every
    paper id of the conference by slug."""

    created: int = 0
    updated: int = 0
    retired: list[int] = field(default_factory=list)
    changed: list[int] = field(default_factory=list)
    created_ids: set[int] = field(default_factory=set)
    ids: dict[str, int] = field(default_factory=dict)


def paper_row(conference_id: int, item: PaperData) -> dict[str, Any]:
    """A paper's column values as the store keeps them."""
    return {
        "conference_id": conference_id,
        "slug": item.slug,
        "title": item.title,
        "authors": list(item.authors),
        "openreview_id": item.openreview_id,
        "arxiv_id": item.arxiv_id,
        "kind": item.kind,
        "award": item.award,
        "aliases": list(item.aliases),
        "day": item.day,
        "placement": item.placement,
        "poster_board": item.poster_board,
        "code_url": item.code_url,
        "summary": item.summary,
        "affiliations": list(item.affiliations),
        "keywords": list(item.keywords),
        "site_url": item.site_url,
        "summary_source": item.summary_source,
        "starts_at": item.starts_at,
        "ends_at": item.ends_at,
        "retired": False,
    }


async def insert_rows(db: AsyncSession, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert many rows with one driver executemany: each value goes through its column's own
    bind processing (JSON, UTC times), but none through SQLAlchemy's per-row statement
    machinery, which cost more than SQLite's own work at 100,000 papers. PostgreSQL's driver
    batches a plain executemany itself."""
    if not rows:
        return
    if on_postgres(db):
        await db.execute(insert(table), list(rows))
        return
    connection = await db.connection()
    dialect = connection.dialect
    names = list(rows[0])
    processors = [table.c[name].type.bind_processor(dialect) for name in names]
    quoted = ", ".join(dialect.identifier_preparer.quote(name) for name in names)
    statement = f"INSERT INTO {table.name} ({quoted}) VALUES ({', '.join('?' for _ in names)})"
    values = [
        tuple(
            row[name] if process is None else process(row[name])
            for name, process in zip(names, processors, strict=True)
        )
        for row in rows
    ]
    await connection.exec_driver_sql(statement, values)


async def _stored(db: AsyncSession, conference_id: int) -> dict[str, dict[str, Any]]:
    columns = [PAPERS.c.id, *(PAPERS.c[name] for name in VALUE_COLUMNS)]
    rows = await db.execute(select(*columns).where(PAPERS.c.conference_id == conference_id))
    return {row.slug: dict(row._mapping) for row in rows}


async def _links(
    db: AsyncSession, table: Table, column: str, conference_id: int
) -> dict[int, set[int]]:
    rows = await db.execute(
        select(table.c.paper_id, table.c[column])
        .join(PAPERS, PAPERS.c.id == table.c.paper_id)
        .where(PAPERS.c.conference_id == conference_id)
    )
    found: dict[int, set[int]] = {}
    for paper_id, target in rows:
        found.setdefault(paper_id, set()).add(target)
    return found


async def _replace_links(
    db: AsyncSession, table: Table, column: str, wanted: dict[int, set[int]], new: set[int]
) -> None:
    """Give these papers exactly these links; `new` papers have none yet, so only the others
    lose theirs first."""
    if not wanted:
        return
    replaced = [{"pid": paper_id} for paper_id in wanted if paper_id not in new]
    if replaced:
        await db.execute(delete(table).where(table.c.paper_id == bindparam("pid")), replaced)
    rows = [
        {"paper_id": paper_id, column: target}
        for paper_id, targets in wanted.items()
        for target in sorted(targets)
    ]
    await insert_rows(db, table, rows)


async def sync_papers(
    db: AsyncSession,
    conference_id: int,
    items: Sequence[PaperData],
    topic_ids: dict[str, int],
    session_ids: dict[str, int],
    *,
    retire_missing: bool,
) -> PaperSync:
    """Make the conference's papers those of `items` (by slug); papers missing from `items`
    are retired when `retire_missing`, never deleted (subscriptions point at them)."""
    sync = PaperSync()
    stored = await _stored(db, conference_id)
    topics = await _links(db, paper_topics, "topic_id", conference_id) if stored else {}
    sessions = await _links(db, paper_sessions, "session_id", conference_id) if stored else {}
    new_rows: list[dict[str, Any]] = []
    changed_rows: list[dict[str, Any]] = []
    wanted_topics: dict[str, set[int]] = {}
    wanted_sessions: dict[str, set[int]] = {}
    for item in items:
        row = paper_row(conference_id, item)
        wanted_topics[item.slug] = {topic_ids[name] for name in item.topics}
        wanted_sessions[item.slug] = {session_ids[slug] for slug in item.sessions}
        old = stored.pop(item.slug, None)
        if old is None:
            new_rows.append(row)
        elif any(old[name] != row[name] for name in VALUE_COLUMNS):
            changed_rows.append({**row, "pid": old["id"]})
    await insert_rows(db, PAPERS, new_rows)
    sync.created = len(new_rows)
    if changed_rows:
        statement = update(PAPERS).where(PAPERS.c.id == bindparam("pid"))
        await db.execute(statement, changed_rows)
    ids = sync.ids = await _stored_ids(db, conference_id)
    sync.created_ids = {ids[row["slug"]] for row in new_rows}
    topic_changes = _link_changes(ids, wanted_topics, topics)
    session_changes = _link_changes(ids, wanted_sessions, sessions)
    await _replace_links(db, paper_topics, "topic_id", topic_changes, sync.created_ids)
    await _replace_links(db, paper_sessions, "session_id", session_changes, sync.created_ids)
    touched = sync.created_ids | {row["pid"] for row in changed_rows}
    touched |= topic_changes.keys() | session_changes.keys()
    sync.updated = len(touched) - sync.created
    sync.changed = sorted(touched)
    if retire_missing:
        sync.retired = [row["id"] for row in stored.values() if not row["retired"]]
        if sync.retired:
            await db.execute(
                update(PAPERS).where(PAPERS.c.id == bindparam("pid")).values(retired=True),
                [{"pid": paper_id} for paper_id in sync.retired],
            )
    return sync


async def _stored_ids(db: AsyncSession, conference_id: int) -> dict[str, int]:
    rows = await db.execute(
        select(PAPERS.c.id, PAPERS.c.slug).where(PAPERS.c.conference_id == conference_id)
    )
    return {slug: paper_id for paper_id, slug in rows}


def _link_changes(
    ids: dict[str, int], wanted: dict[str, set[int]], stored: dict[int, set[int]]
) -> dict[int, set[int]]:
    """Papers whose links differ from what is stored, with the links they must have."""
    return {
        ids[slug]: targets
        for slug, targets in wanted.items()
        if stored.get(ids[slug], set()) != targets
    }
