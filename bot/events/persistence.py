"""The scheduled events the bot published: one row per server, conference and session, with
the Discord event's id and a digest of what was sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.dialect import commit_and_lock_for_write
from bot.store.models import ScheduledEvent


@dataclass(frozen=True)
class Published:
    session_slug: str
    event_id: int
    digest: str
    starts_at: datetime


async def published(db: AsyncSession, guild_id: int, conference_id: int) -> list[Published]:
    """What the bot published in this server for this conference, soonest first."""
    rows = await db.scalars(
        select(ScheduledEvent)
        .where(ScheduledEvent.guild_id == guild_id, ScheduledEvent.conference_id == conference_id)
        .order_by(ScheduledEvent.starts_at, ScheduledEvent.session_slug)
    )
    return [Published(r.session_slug, r.event_id, r.digest, r.starts_at) for r in rows]


async def event_ids(db: AsyncSession, guild_id: int) -> set[int]:
    """Every event the bot recorded in this server, whatever the conference: an event it made
    and finds nowhere here was left by a run that failed before recording it."""
    rows = await db.scalars(
        select(ScheduledEvent.event_id).where(ScheduledEvent.guild_id == guild_id)
    )
    return set(rows)


async def guilds_with_events(db: AsyncSession, conference_id: int) -> list[int]:
    """Servers where the bot published events of this conference: they follow its changes."""
    rows = await db.scalars(
        select(ScheduledEvent.guild_id)
        .where(ScheduledEvent.conference_id == conference_id)
        .distinct()
        .order_by(ScheduledEvent.guild_id)
    )
    return list(rows)


async def save(
    db: AsyncSession,
    guild_id: int,
    conference_id: int,
    slug: str,
    *,
    event_id: int,
    digest: str,
    starts_at: datetime,
    now: datetime,
) -> None:
    """Remember one published event (new, or sent again after a change), committed at once so
    an interrupted run still knows everything it did. Read under the write lock: a dispatcher
    committing in between can neither make SQLite refuse the write nor let two runs insert."""
    await commit_and_lock_for_write(db)
    row = await db.scalar(
        select(ScheduledEvent).where(
            ScheduledEvent.guild_id == guild_id,
            ScheduledEvent.conference_id == conference_id,
            ScheduledEvent.session_slug == slug,
        )
    )
    if row is None:
        row = ScheduledEvent(guild_id=guild_id, conference_id=conference_id, session_slug=slug)
        db.add(row)
    row.event_id, row.digest, row.starts_at, row.published_at = event_id, digest, starts_at, now
    await db.commit()


async def forget(db: AsyncSession, guild_id: int, conference_id: int, slug: str) -> None:
    await commit_and_lock_for_write(db)
    await db.execute(
        delete(ScheduledEvent).where(
            ScheduledEvent.guild_id == guild_id,
            ScheduledEvent.conference_id == conference_id,
            ScheduledEvent.session_slug == slug,
        )
    )
    await db.commit()
