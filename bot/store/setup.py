"""Opening the store: engine, migrations, the first seed, and the reader that answers the read
paths on SQLite in one hop (see `reader`), so any entry point just works."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.domain.imported import ConferenceData
from bot.store.commits import Commits, commits_of
from bot.store.engine import make_engine, make_session_factory
from bot.store.migrate import migrate
from bot.store.models import Conference
from bot.store.reader import Reader, close_reader, open_reader
from bot.store.seed import Recorder, restore_index, seed

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Store:
    """The engine, the factory of sessions (one per interaction or task) and, on a SQLite
    file, the reader."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    reader: Reader | None = None

    @property
    def commits(self) -> Commits:
        """What the store's commits wrote: features listen here for the changes they follow."""
        return commits_of(self.engine)

    async def close(self) -> None:
        """The reader closes first, so the engine's last connection is the last of all and
        checkpoints the WAL into the file on its way out."""
        if self.reader is not None:
            close_reader(self.engine, self.reader)
        await self.engine.dispose()


async def connect_store(
    database_url: str, first_seed: Callable[[], list[ConferenceData]] | None, record: Recorder
) -> Store:
    """Connect, migrate to the newest schema, and seed with `first_seed()` if the store is
    empty (or index the papers again if a migration emptied the search index). The files are
    read only when needed: a store in use opens without touching them. `record` keeps what a
    seed changed (nothing, on an empty store; the seed needs one all the same)."""
    engine = make_engine(database_url)
    try:
        await migrate(engine)
        sessions = make_session_factory(engine)
        async with sessions() as db:
            conferences = await db.scalar(select(func.count()).select_from(Conference))
        if not conferences and first_seed is not None:
            report = await seed(sessions, first_seed(), record)
            log.info("first start: seeded %s", report.summary())
        elif await restore_index(sessions):
            log.info("search index rebuilt from the papers")
    except BaseException:
        await engine.dispose()
        raise
    return Store(engine, sessions, open_reader(engine))
