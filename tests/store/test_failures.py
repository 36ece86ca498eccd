"""PostgreSQL failing under the bot, for real: a server gone read-only (as a standby is after a
failover) and a connection the server ended. Each is the store's failure, said as such, and
what the bot asked next works once the server is back."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.domain.errors import StorageFailure, StorageProblem
from bot.store.engine import make_engine
from bot.store.setup import Store

pytestmark = pytest.mark.postgres_only(reason="SQLite's faults are in tests/cogs")

TOUCH = text("UPDATE conferences SET name = name")


async def set_read_only(database_url: str, on: bool) -> None:
    """What a failover to a standby looks like to new sessions: writes refused (SQLSTATE 25006)."""
    name = make_url(database_url).database
    admin = make_engine(database_url)
    try:
        async with admin.connect() as connection:
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            await connection.execute(text("SET default_transaction_read_only = off"))
            value = "on" if on else "off"
            await connection.execute(
                text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = {value}')
            )
    finally:
        await admin.dispose()


async def test_a_read_only_server_is_a_failure_to_save(store: Store, database_url: str) -> None:
    await set_read_only(database_url, True)
    await store.engine.dispose()  # the failover ended the sessions the pool held
    try:
        with pytest.raises(StorageFailure) as caught:
            async with store.sessions() as db, db.begin():
                await db.execute(TOUCH)
    finally:
        await set_read_only(database_url, False)
    assert caught.value.problem is StorageProblem.READ_ONLY
    assert caught.value.writing
    assert "nothing you asked was saved" in caught.value.user_message
    await store.engine.dispose()
    async with store.sessions() as db, db.begin():
        await db.execute(TOUCH)


async def test_a_connection_the_server_ended_is_the_store_out_of_reach(
    store: Store, database_url: str
) -> None:
    async with store.sessions() as db:
        pid = await db.scalar(text("SELECT pg_backend_pid()"))
    admin = make_engine(database_url)
    try:
        async with admin.connect() as connection:
            await connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        await admin.dispose()
    with pytest.raises(StorageFailure) as caught:
        async with store.sessions() as db:
            await db.scalar(text("SELECT count(*) FROM sessions"))
    assert caught.value.problem is StorageProblem.UNREACHABLE
    assert "cannot read its data right now" in caught.value.user_message
    async with store.sessions() as db:
        assert await db.scalar(text("SELECT count(*) FROM sessions"))
