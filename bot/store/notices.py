"""Change notices on their way out: claimed, sent, recorded, like deliveries but one per change.

Each step is a short write transaction; a claim left by a crash goes back to pending when the
next dispatcher prepares, and is sent again with the same nonce.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.changes import NoticeJob
from bot.domain.reminders import DeliveryState
from bot.store.changes import change_view
from bot.store.deliveries import begin_write, route_of
from bot.store.models import ChangeNotice, ScheduleChange, Session

BATCH = 50


async def recover(db: AsyncSession) -> int:
    """Claims left by a crash go back to pending."""
    await begin_write(db)
    result = await db.execute(
        update(ChangeNotice)
        .where(ChangeNotice.state == DeliveryState.CLAIMED)
        .values(state=DeliveryState.PENDING, claimed_at=None)
    )
    await db.commit()
    return int(getattr(result, "rowcount", 0) or 0)


async def any_pending(db: AsyncSession) -> bool:
    """A plain read, so an idle dispatcher never takes the write lock for notices."""
    found = await db.scalar(
        select(ChangeNotice.id).where(ChangeNotice.state == DeliveryState.PENDING).limit(1)
    )
    return found is not None


async def claim(db: AsyncSession, now: datetime, limit: int = BATCH) -> list[NoticeJob]:
    """Claim pending notices, oldest change first, with what rendering them needs."""
    await begin_write(db)
    rows = (
        await db.execute(
            select(ChangeNotice, ScheduleChange, Session.slug)
            .join(ScheduleChange, ScheduleChange.id == ChangeNotice.change_id)
            .join(Session, Session.id == ScheduleChange.session_id)
            .where(ChangeNotice.state == DeliveryState.PENDING)
            .order_by(ChangeNotice.id)
            .limit(limit)
        )
    ).all()
    jobs = []
    for notice, change, slug in rows:
        notice.state = DeliveryState.CLAIMED
        notice.claimed_at = now
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
    await begin_write(db)
    await db.execute(
        update(ChangeNotice)
        .where(ChangeNotice.id == notice_id)
        .values(state=state, reason=reason, finished_at=now)
    )
    await db.commit()
