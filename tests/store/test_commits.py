"""A commit tells what it wrote: whoever writes, through the ORM or straight to the driver, the
features listening for those tables hear of it once the rows are there, and a rollback is
never told."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from bot.store.models import DmChannel
from bot.store.setup import Store

OPENED = datetime(2019, 5, 7, 8, 0, tzinfo=UTC)


async def _listening(store: Store) -> list[frozenset[str]]:
    heard: list[frozenset[str]] = []

    async def told(tables: frozenset[str]) -> None:
        async with store.sessions() as db:  # the rows are there when the listener reads
            count = await db.scalar(text("SELECT count(*) FROM dm_channels"))
        heard.append(tables if count else frozenset())

    store.commits.listen({"dm_channels", "subscriptions"}, told)
    return heard


async def test_an_orm_write_is_told_once_committed(store: Store) -> None:
    heard = await _listening(store)
    async with store.sessions() as db, db.begin():
        db.add(DmChannel(user_id=7, channel_id=70, opened_at=OPENED))
    assert heard == [frozenset({"dm_channels"})]


async def test_sql_sent_straight_to_the_driver_is_told_too(store: Store) -> None:
    heard = await _listening(store)
    async with store.sessions() as db, db.begin():
        connection = await db.connection()
        await connection.exec_driver_sql(
            "INSERT INTO dm_channels (user_id, channel_id, opened_at) "
            "VALUES (8, 80, '2019-05-07 08:00:00')"
        )
    assert heard == [frozenset({"dm_channels"})]


async def test_a_rolled_back_write_and_a_read_are_not_told(store: Store) -> None:
    heard = await _listening(store)
    async with store.sessions() as db:
        db.add(DmChannel(user_id=9, channel_id=90, opened_at=OPENED))
        await db.flush()
        await db.rollback()
    async with store.sessions() as db:
        await db.execute(text("SELECT count(*) FROM subscriptions"))
    assert heard == []


async def test_a_listener_that_stopped_hears_nothing(store: Store) -> None:
    heard: list[frozenset[str]] = []

    async def told(tables: frozenset[str]) -> None:
        heard.append(tables)

    stop = store.commits.listen({"dm_channels"}, told)
    stop()
    async with store.sessions() as db, db.begin():
        db.add(DmChannel(user_id=10, channel_id=100, opened_at=OPENED))
    assert heard == []
