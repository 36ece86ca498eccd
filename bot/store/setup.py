"""Opening the store: engine, migrations, and the first seed, so any entry point just works."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.domain.imported import ConferenceData
from bot.store.engine import make_engine, make_session_factory
from bot.store.migrate import migrate
from bot.store.models import Conference
from bot.store.seed import restore_index, seed

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Store:
    """The engine and the factory of sessions (one per interaction or task)."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]

    async def close(self) -> None:
        await self.engine.dispose()


async def open_store(database_url: str, first_seed: Callable[[], list[ConferenceData]]) -> Store:
    """Connect, migrate to the newest schema, and seed with `first_seed()` if the store is
    empty (or index the papers again if a migration emptied the search index). The files are
    read only when needed: a store in use opens without touching them."""
    engine = make_engine(database_url)
    try:
        await migrate(engine)
        sessions = make_session_factory(engine)
        async with sessions() as db:
            conferences = await db.scalar(select(func.count()).select_from(Conference))
        if not conferences:
            report = await seed(sessions, first_seed())
            log.info("first start: seeded %s", report.summary())
        elif await restore_index(sessions):
            log.info("search index rebuilt from the papers")
    except BaseException:
        await engine.dispose()
        raise
    return Store(engine, sessions)
