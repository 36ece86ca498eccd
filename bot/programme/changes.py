"""What changed in the programme since it was first imported, newest first (`/changes`)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.changes import ChangeView
from bot.domain.records import ConferenceView
from bot.store import changes


async def recent_changes(db: AsyncSession, conf: ConferenceView) -> list[ChangeView]:
    return await changes.recent(db, conf.id)
