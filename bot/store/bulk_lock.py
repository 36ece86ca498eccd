"""One bulk writer at a time: `confbot import`, `seed` and `enrich` each hold the store's bulk
lock while they work, and one that finds it held says so at once.

Without it, a second import waited on the write lock the first held for its whole transaction,
silently, until the busy timeout ran out (ten seconds on SQLite; on PostgreSQL an advisory
lock waits for ever). The bulk lock is tried, never waited for, and only bulk writers take
it, so a running bot's short writes never make an import give up. It dies with its holder:
a file lock on SQLite (released by the system when the process ends, however it ends), a
session advisory lock on PostgreSQL (released when its connection closes).
"""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import AsyncIterator, Iterator

from sqlalchemy import text

from bot.domain.errors import StorageFailure, StorageProblem
from bot.store.dialect import WRITE_LOCK_KEY
from bot.store.setup import Store

BULK_LOCK_KEY = WRITE_LOCK_KEY + 1
"""PostgreSQL's advisory lock key of the bulk lock, beside the write lock's."""
HELD = "another confbot import, seed or enrich is writing to this database"


def _held() -> StorageFailure:
    return StorageFailure(StorageProblem.LOCKED, HELD, writing=True)


@contextlib.asynccontextmanager
async def sole_bulk_writer(store: Store) -> AsyncIterator[None]:
    """Hold the bulk lock for the block; StorageFailure (LOCKED) at once if another holds it."""
    url = store.engine.url
    if url.get_backend_name() == "postgresql":
        async with _advisory(store):
            yield
        return
    with _file_lock(url.database):
        yield


@contextlib.asynccontextmanager
async def _advisory(store: Store) -> AsyncIterator[None]:
    async with store.engine.connect() as connection:
        query = text("SELECT pg_try_advisory_lock(:key)")
        taken = await connection.scalar(query, {"key": BULK_LOCK_KEY})
        await connection.commit()  # a session lock outlives the transaction
        if not taken:
            raise _held()
        try:
            yield
        finally:
            await connection.execute(
                text("SELECT pg_advisory_unlock(:key)"), {"key": BULK_LOCK_KEY}
            )
            await connection.commit()


@contextlib.contextmanager
def _file_lock(database: str | None) -> Iterator[None]:
    """A lock on a file beside the database. None for a database in memory, or when the file
    cannot be made (a read-only folder): the write lock still keeps writers apart."""
    if not database or database == ":memory:":
        yield
        return
    try:
        handle = open(f"{database}.bulk-lock", "a+b")  # noqa: SIM115 (held across the block)
    except OSError:
        yield
        return
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise _held() from None
        yield
