"""How much of a conference the store holds, for /conference."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import ConferenceView
from bot.store.models import Paper, Session


async def counts(db: AsyncSession, conf: ConferenceView) -> tuple[int, int]:
    """How many sessions and papers the store holds for a conference (retired ones left out)."""
    sessions = await db.scalar(
        select(func.count())
        .select_from(Session)
        .where(Session.conference_id == conf.id, Session.retired.is_(False))
    )
    papers = await db.scalar(
        select(func.count())
        .select_from(Paper)
        .where(Paper.conference_id == conf.id, Paper.retired.is_(False))
    )
    return int(sessions or 0), int(papers or 0)
