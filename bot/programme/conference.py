"""The conference being served."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.errors import NotFound
from bot.domain.records import ConferenceView
from bot.store.convert import conference_view
from bot.store.models import Conference


async def get_conference(db: AsyncSession, slug: str) -> ConferenceView:
    """The conference named in the settings; NotFound lists the ones the store has."""
    row = await db.scalar(select(Conference).where(Conference.slug == slug))
    if row is None:
        known = list(await db.scalars(select(Conference.slug)))
        raise NotFound("conference", slug, known)
    return conference_view(row)
