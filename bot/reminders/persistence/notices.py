"""Change notices on their way out: claimed, sent, recorded, like deliveries but one per change.

Each step is a short write transaction; a claim left by a crash goes back to pending when a
dispatcher next prepares (its own, or one whose holder's lease lapsed), and is sent again with
the same nonce.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.changes import NoticeJob
from bot.domain.reminders import DeliveryState, route_of
from bot.domain.shards import Shards
from bot.imports.changes import change_view
from bot.reminders.persistence import lease
from bot.reminders.persistence.deliveries import sendable_from
from bot.store.dialect import commit_and_lock_for_write
from bot.store.models import ChangeNotice, ScheduleChange, Session

BATCH = 50


def sendable(shards: Shards | None) -> ColumnElement[bool]:
    return sendable_from(shards, ChangeNotice.recipient, ChangeNotice.guild_id)


async def recover(db: AsyncSession, holder: str, now: datetime, *, mine: bool) -> int:
    """Claims nobody alive is sending go back to pending: a lapsed holder's, and with `mine`
    ours from before (only while this holder has no notice in flight)."""
    await commit_and_lock_for_write(db)
    result = await db.execute(
        update(ChangeNotice)
        .where(
            ChangeNotice.state == DeliveryState.CLAIMED,
            lease.stale_claims(ChangeNotice.claimed_by, holder, now, mine=mine),
        )
        .values(state=DeliveryState.PENDING, claimed_at=None, claimed_by=None)
    )
    await db.commit()
    return int(getattr(result, "rowcount", 0) or 0)


async def any_pending(db: AsyncSession, shards: Shards | None = None) -> bool:
    """A plain read, so an idle dispatcher never takes the write lock for notices."""
    found = await db.scalar(
        select(ChangeNotice.id)
        .where(ChangeNotice.state == DeliveryState.PENDING, sendable(shards))
        .limit(1)
    )
    return found is not None


async def claim(
    db: AsyncSession,
    holder: str,
    now: datetime,
    limit: int = BATCH,
    shards: Shards | None = None,
) -> list[NoticeJob]:
    """Claim pending notices for `holder`, oldest change first, with what rendering them
    needs."""
    await commit_and_lock_for_write(db)
    rows = (
        await db.execute(
            select(ChangeNotice, ScheduleChange, Session.slug)
            .join(ScheduleChange, ScheduleChange.id == ChangeNotice.change_id)
            .join(Session, Session.id == ScheduleChange.session_id)
            .where(ChangeNotice.state == DeliveryState.PENDING, sendable(shards))
            .order_by(ChangeNotice.id)
            .limit(limit)
        )
    ).all()
    jobs = []
    for notice, change, slug in rows:
        notice.state = DeliveryState.CLAIMED
        notice.claimed_at = now
        notice.claimed_by = holder
        jobs.append(
            NoticeJob(
                notice_id=notice.id,
                route=route_of(notice.recipient),
                user_id=notice.user_id,
                guild_id=notice.guild_id,
                channel_id=notice.channel_id,
                change=change_view(change, slug),
            )
        )
    await db.commit()
    return jobs


async def finish(
    db: AsyncSession, notice_id: int, state: DeliveryState, reason: str | None, now: datetime
) -> None:
    await commit_and_lock_for_write(db)
    await db.execute(
        update(ChangeNotice)
        .where(ChangeNotice.id == notice_id)
        .values(state=state, reason=reason, finished_at=now)
    )
    await db.commit()
