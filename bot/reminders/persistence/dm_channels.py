"""DM channels by user: Discord opens one per user and keeps it, so once known it is reused,
and a DM reminder costs one request (the message) instead of two (open the DM, then send)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.dialect import commit_and_lock_for_write, upsert
from bot.store.models import DmChannel


async def channels_of(db: AsyncSession, user_ids: Iterable[int]) -> dict[int, int]:
    """The known DM channel of each of these users (users without one are left out)."""
    wanted = sorted(set(user_ids))
    if not wanted:
        return {}
    rows = await db.execute(
        select(DmChannel.user_id, DmChannel.channel_id).where(DmChannel.user_id.in_(wanted))
    )
    return {user_id: channel_id for user_id, channel_id in rows}


async def remember(db: AsyncSession, user_id: int, channel_id: int, now: datetime) -> None:
    """Keep the channel Discord opened (a newer one replaces the old)."""
    await commit_and_lock_for_write(db)
    statement = upsert(db, DmChannel).values(user_id=user_id, channel_id=channel_id, opened_at=now)
    await db.execute(
        statement.on_conflict_do_update(
            index_elements=[DmChannel.user_id],
            set_={"channel_id": channel_id, "opened_at": now},
        )
    )
    await db.commit()


async def forget(db: AsyncSession, user_id: int) -> None:
    """Discord no longer knows the channel (10003): open a new one next time."""
    await commit_and_lock_for_write(db)
    await db.execute(delete(DmChannel).where(DmChannel.user_id == user_id))
    await db.commit()
