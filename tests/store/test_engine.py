"""The engine: every SQLite connection gets the settings the store relies on, and times come back
aware and in UTC."""

from __future__ import annotations

import sqlite3
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, InvalidRequestError, StatementError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from bot.store.engine import BUSY_TIMEOUT_MS, IMMEDIATE, make_engine, make_session_factory
from bot.store.models import Room, Session, Subscription
from bot.store.setup import Store
from tests.datacopy import database_path

CDT = timezone(timedelta(hours=-5))


async def pragmas(connection: AsyncConnection) -> dict[str, object]:
    found = {}
    for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous"):
        found[name] = (await connection.exec_driver_sql(f"PRAGMA {name}")).scalar()
    return found


EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": 1,  # NORMAL
}


async def test_every_connection_gets_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    assert BUSY_TIMEOUT_MS >= 5_000, "long enough to wait out another writer"
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path}/pragmas.db")
    try:
        async with AsyncExitStack() as stack:
            connections = [await stack.enter_async_context(engine.connect()) for _ in range(3)]
            raw = {id(await connection.get_raw_connection()) for connection in connections}
            assert len(raw) == 3, "three distinct SQLite connections"
            for connection in connections:
                assert await pragmas(connection) == EXPECTED_PRAGMAS
        await engine.dispose()
        async with engine.connect() as fresh:
            assert await pragmas(fresh) == EXPECTED_PRAGMAS
    finally:
        await engine.dispose()


@pytest.mark.sqlite_only(reason="WAL is SQLite's journal")
async def test_the_database_file_is_left_in_wal_mode(store: Store) -> None:
    connection = sqlite3.connect(database_path(store))
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        connection.close()


async def test_the_folder_for_a_new_database_is_created(tmp_path: Path) -> None:
    path = tmp_path / "var" / "deeper" / "confbot.db"
    engine = make_engine(f"sqlite+aiosqlite:///{path}")
    try:
        async with engine.connect() as connection:
            await connection.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    finally:
        await engine.dispose()

    assert path.is_file()


async def test_foreign_keys_are_enforced(store: Store) -> None:
    async with store.sessions() as db:
        db.add(Room(conference_id=999_999, slug="nowhere", name="Nowhere", purpose=""))
        with pytest.raises(IntegrityError):
            await db.commit()


async def test_a_reader_is_not_blocked_by_an_open_write_transaction(store: Store) -> None:
    async with store.sessions() as writer, store.sessions() as reader:
        await writer.connection(execution_options=IMMEDIATE)
        await writer.execute(text("UPDATE papers SET title = 'changed' WHERE slug = 'leap'"))

        title = await reader.scalar(text("SELECT title FROM papers WHERE slug = 'leap'"))

        assert title == "Transferring Knowledge across Learning Processes"
        await writer.rollback()


async def test_session_times_come_back_aware_in_utc(db: AsyncSession) -> None:
    row = await db.scalar(select(Session).where(Session.slug == "tue-posters-morning"))

    assert row is not None
    assert row.starts_at is not None
    assert row.ends_at is not None
    assert row.starts_at.tzinfo is UTC
    assert row.starts_at == datetime(2019, 5, 7, 11, 0, tzinfo=CDT)
    assert row.ends_at - row.starts_at == timedelta(hours=2)


async def test_times_are_stored_as_utc(store: Store) -> None:
    async with store.engine.connect() as connection:
        raw = await connection.scalar(
            text("SELECT CAST(starts_at AS TEXT) FROM sessions WHERE slug = 'tue-posters-morning'")
        )

    assert str(raw).startswith("2019-05-07 16:00:00")


async def test_an_aware_time_in_any_zone_round_trips_as_the_same_instant(store: Store) -> None:
    created = datetime(2019, 5, 7, 8, 30, tzinfo=CDT)
    async with store.sessions() as db, db.begin():
        conference_id = await db.scalar(text("SELECT id FROM conferences"))
        row = Subscription(
            conference_id=conference_id,
            user_id=1,
            target_type="kind",
            target_ref="keynote",
            lead_minutes=5,
            via="dm",
            created_at=created,
        )
        db.add(row)
        await db.flush()
        row_id = row.id

    async with store.sessions() as db:
        loaded = await db.get(Subscription, row_id)

    assert loaded is not None
    assert loaded.created_at == created
    assert loaded.created_at.tzinfo is UTC
    assert loaded.created_at.hour == 13


async def test_a_naive_time_is_refused_instead_of_being_stored_ambiguously(store: Store) -> None:
    async with store.sessions() as db:
        conference_id = await db.scalar(text("SELECT id FROM conferences"))
        db.add(
            Subscription(
                conference_id=conference_id,
                user_id=1,
                target_type="kind",
                target_ref="keynote",
                lead_minutes=5,
                via="dm",
                created_at=datetime(2019, 5, 7, 8, 30),  # noqa: DTZ001 - deliberately naive
            )
        )
        with pytest.raises(StatementError, match="naive datetime"):
            await db.commit()


async def test_loaded_rows_stay_readable_after_commit(store: Store) -> None:
    async with store.sessions() as db:
        row = await db.scalar(select(Session).where(Session.slug == "debate"))
        await db.commit()

    assert row is not None
    assert row.title.startswith("Debate")


async def test_an_unloaded_relationship_raises_instead_of_querying_behind_your_back(
    store: Store,
) -> None:
    async with store.sessions() as db:
        row = await db.scalar(select(Session).where(Session.slug == "tue-posters-morning"))
        assert row is not None
        with pytest.raises(InvalidRequestError):
            _ = row.papers


async def test_a_session_factory_can_be_made_for_any_engine(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path}/other.db")
    try:
        async with make_session_factory(engine)() as db:
            assert await db.scalar(text("SELECT 1")) == 1
    finally:
        await engine.dispose()
