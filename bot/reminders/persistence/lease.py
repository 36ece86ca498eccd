"""Leases: which dispatcher processes may send, each for as long as it keeps renewing its own.

Every process that would send holds a lease row of its own, of a crew: `live` for `confbot run`,
`rehearsal` for a console on its own clock. A crew never sends beside another, so a rehearsal
sharing the store of `confbot run` never sends (and marks sent) a real user's reminder. On
SQLite one process sends at a time, as one file serves one bot; on PostgreSQL any number of a
crew send side by side, each claiming its own deliveries. A holder that dies stops renewing:
its lease lapses, its claims go back to the queue (`stale_claims`), and a process of another
crew may take over once no live one is left.

Times are wall-clock UTC from every process alike, never a rehearsal clock: expiry only means
something if all holders agree on what "now" is.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, delete, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from bot.store.dialect import commit_and_lock_for_write, on_postgres, upsert
from bot.store.models import DispatcherLease


async def hold(db: AsyncSession, holder: str, crew: str, now: datetime, ttl: timedelta) -> bool:
    """Take or renew `holder`'s lease until `now + ttl`; False (and no lease) while a live
    holder of another crew, or on SQLite any other live holder, has one.

    Read and write in one write-locked transaction, so two processes asking at once cannot
    both see the way clear. A lease of ours that lapsed with nobody taking over is simply
    renewed: nobody else can have acted on it in between.
    """
    await commit_and_lock_for_write(db)
    others = (
        await db.execute(
            select(DispatcherLease.crew).where(
                DispatcherLease.holder != holder, DispatcherLease.expires_at > now
            )
        )
    ).scalars()
    shared = on_postgres(db)
    if any(other != crew or not shared for other in others):
        await db.execute(delete(DispatcherLease).where(DispatcherLease.holder == holder))
        await db.commit()
        return False
    values = {"crew": crew, "expires_at": now + ttl, "heartbeat_at": now}
    await db.execute(
        upsert(db, DispatcherLease)
        .values(holder=holder, **values)
        .on_conflict_do_update(index_elements=["holder"], set_=values)
    )
    await db.commit()
    return True


async def release(db: AsyncSession, holder: str) -> None:
    """Give our lease up, so a process of another crew need not wait for it to expire."""
    await commit_and_lock_for_write(db)
    await db.execute(delete(DispatcherLease).where(DispatcherLease.holder == holder))
    await db.commit()


async def holders(db: AsyncSession, now: datetime) -> list[str]:
    """Who holds a lease at `now`, to tell users who is sending."""
    rows = await db.scalars(
        select(DispatcherLease.holder)
        .where(DispatcherLease.expires_at > now)
        .order_by(DispatcherLease.holder)
    )
    return list(rows)


def stale_claims(
    claimed_by: InstrumentedAttribute[str | None], holder: str, now: datetime, *, mine: bool
) -> ColumnElement[bool]:
    """Claims nobody alive is working on: those of holders whose lease lapsed (or of no
    holder), and, with `mine`, our own, left by an earlier run of this holder or by a failure
    after which it starts over."""
    alive = select(DispatcherLease.holder).where(
        DispatcherLease.expires_at > now, DispatcherLease.holder != holder
    )
    stale = or_(claimed_by.is_(None), claimed_by.not_in(alive))
    return stale if mine else and_(stale, or_(claimed_by.is_(None), claimed_by != holder))


async def forget_lapsed(db: AsyncSession, now: datetime) -> None:
    """Drop the leases that lapsed; the caller commits, after taking over their claims."""
    await db.execute(delete(DispatcherLease).where(DispatcherLease.expires_at <= now))
