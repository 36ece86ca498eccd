"""Every read-then-write takes the store's write lock before it reads: run beside concurrent
writers of the same rows, each finishes, none fails with "database is locked" (SQLite) nor a
duplicate key (PostgreSQL), no update is lost, and what is kept was written whole."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import ConferenceView
from bot.events import persistence as events
from bot.imports import follow
from bot.imports.sources import Validators
from bot.store.models import FollowedSource, ScheduledEvent
from bot.store.setup import Store

NOW = datetime(2019, 5, 7, 8, 30, tzinfo=UTC)
GUILD = 900_000_000_000_000_002
WRITERS = 8
UNREACHABLE = "http://127.0.0.1:9/programme.json"
"""The discard port: nothing listens, so every poll fails at once and records a failure."""

Writer = Callable[[Store, ConferenceView, int], Awaitable[None]]
Check = Callable[[AsyncSession], Awaitable[None]]


async def save_event(store: Store, conf: ConferenceView, number: int) -> None:
    """/events publish (or a re-import followed) recording an event it created or edited."""
    async with store.sessions() as db:
        await events.save(
            db,
            GUILD,
            conf.id,
            "tue-keynote-morning",
            event_id=number,
            digest=f"d{number}",
            starts_at=NOW,
            now=NOW,
        )


async def save_forget_save(store: Store, conf: ConferenceView, number: int) -> None:
    """/events clear forgetting an event while other runs record it again."""
    await save_event(store, conf, number)
    async with store.sessions() as db:
        await events.forget(db, GUILD, conf.id, "tue-keynote-morning")
    await save_event(store, conf, number)


async def one_event_written_whole(db: AsyncSession) -> None:
    rows = await db.scalar(select(func.count()).select_from(ScheduledEvent))
    kept = await db.scalar(select(ScheduledEvent))
    assert rows == 1, "one row for the session, whoever wrote last"
    assert kept is not None
    assert kept.digest == f"d{kept.event_id}", "written whole"


async def follow_source(store: Store, conf: ConferenceView, number: int) -> None:
    """`confbot import --follow` of the same URL from several shells."""
    async with store.sessions() as db:
        await follow.record_follow(
            db, UNREACHABLE, conf.slug, None, timedelta(minutes=number), NOW, Validators()
        )


async def one_source(db: AsyncSession) -> None:
    assert await db.scalar(select(func.count()).select_from(FollowedSource)) == 1


async def poll_failing_source(store: Store, conf: ConferenceView, number: int) -> None:
    """The watcher recording a failed poll (as several `confbot run` processes may)."""
    async with store.sessions() as db:
        (source,) = await db.scalars(select(FollowedSource))
        db.expunge(source)
    await follow.poll_one(store, source, NOW)


async def every_failure_counted(db: AsyncSession) -> None:
    source = await db.scalar(select(FollowedSource))
    assert source is not None
    assert source.failures == WRITERS, "no failed poll went uncounted"


WRITERS_UNDER_TEST: dict[str, tuple[Writer, Check]] = {
    "saving a published event": (save_event, one_event_written_whole),
    "forgetting a published event": (save_forget_save, one_event_written_whole),
    "following a source": (follow_source, one_source),
    "recording a poll": (poll_failing_source, every_failure_counted),
}


@pytest.mark.parametrize("writer", WRITERS_UNDER_TEST, ids=list(WRITERS_UNDER_TEST))
async def test_each_writer_beside_concurrent_writers_of_the_same_rows(
    store: Store, conf: ConferenceView, writer: str
) -> None:
    write, check = WRITERS_UNDER_TEST[writer]
    if write is poll_failing_source:
        await follow_source(store, conf, 1)
    await asyncio.gather(*(write(store, conf, number) for number in range(1, WRITERS + 1)))
    async with store.sessions() as db:
        await check(db)
