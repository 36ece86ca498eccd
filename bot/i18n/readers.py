"""The Discord language each person last used with the bot: written when they set up
something that will reach them by DM, read when a DM reminder is sent, forgotten on request.
Shared by the features that send DMs (reminders, agenda reminders) and by privacy."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import ReaderLocale


async def remember(db: AsyncSession, user_id: int, locale: str, now: datetime) -> None:
    """Keep `locale` as the person's (within the caller's transaction)."""
    row = await db.get(ReaderLocale, user_id)
    if row is None:
        db.add(ReaderLocale(user_id=user_id, locale=locale, updated_at=now))
    elif row.locale != locale:
        row.locale = locale
        row.updated_at = now


async def locale_of(db: AsyncSession, user_id: int) -> str | None:
    return await db.scalar(select(ReaderLocale.locale).where(ReaderLocale.user_id == user_id))


async def count(db: AsyncSession, user_id: int) -> int:
    found = await db.scalar(
        select(func.count()).select_from(ReaderLocale).where(ReaderLocale.user_id == user_id)
    )
    return found or 0


async def forget(db: AsyncSession, user_id: int) -> None:
    await db.execute(delete(ReaderLocale).where(ReaderLocale.user_id == user_id))
