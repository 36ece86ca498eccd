"""Leases: a named right that one holder has until it expires, kept alive by renewing it.

`confbot run` and `confbot console` can share one SQLite file; only the holder of the
reminders lease may send, so a rehearsal never sends (and marks sent) a real user's reminder.
A holder that dies stops renewing, and the lease passes to whoever asks after it expires.

Times are wall-clock UTC from every process alike, never a rehearsal clock: expiry only means
something if all holders agree on what "now" is.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.deliveries import begin_write
from bot.store.models import DispatcherLease


async def acquire(db: AsyncSession, name: str, holder: str, now: datetime, ttl: timedelta) -> bool:
    """Take the lease if it is free, expired or already ours, until `now + ttl`.

    Read and write in one BEGIN IMMEDIATE transaction, so two processes asking at once
    cannot both see it free.
    """
    await begin_write(db)
    current = (
        await db.execute(
            select(DispatcherLease.holder, DispatcherLease.expires_at).where(
                DispatcherLease.name == name
            )
        )
    ).first()
    if current is not None and current.holder != holder and current.expires_at > now:
        await db.commit()
        return False
    values = {"holder": holder, "expires_at": now + ttl, "heartbeat_at": now}
    if current is None:
        await db.execute(insert(DispatcherLease).values(name=name, **values))
    else:
        await db.execute(
            update(DispatcherLease).where(DispatcherLease.name == name).values(**values)
        )
    await db.commit()
    return True


async def renew(db: AsyncSession, name: str, holder: str, now: datetime, ttl: timedelta) -> bool:
    """Extend our lease to `now + ttl`; False when another holder has taken it over.

    A lease of ours that expired without anyone taking it is renewed: nobody else can have
    acted on it in between.
    """
    await begin_write(db)
    result = await db.execute(
        update(DispatcherLease)
        .where(DispatcherLease.name == name, DispatcherLease.holder == holder)
        .values(expires_at=now + ttl, heartbeat_at=now)
    )
    await db.commit()
    return int(getattr(result, "rowcount", 0) or 0) == 1


async def release(db: AsyncSession, name: str, holder: str) -> None:
    """Give the lease up, if it is still ours, so the next holder need not wait for expiry."""
    await begin_write(db)
    await db.execute(
        delete(DispatcherLease).where(
            DispatcherLease.name == name, DispatcherLease.holder == holder
        )
    )
    await db.commit()


async def holder_of(db: AsyncSession, name: str, now: datetime) -> str | None:
    """Who holds the lease at `now` (None: free or expired), to tell users who is sending."""
    return await db.scalar(
        select(DispatcherLease.holder).where(
            DispatcherLease.name == name, DispatcherLease.expires_at > now
        )
    )
