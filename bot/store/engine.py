"""Engine and session factory, with the connection settings every SQLite connection needs."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.store.commits import StoreSession, commits_of

BUSY_TIMEOUT_MS = 10_000
IMMEDIATE = {"sqlite_immediate": True}
"""Execution options for a session that will write: take the write lock at BEGIN.

A deferred transaction that reads first and writes later can fail at once with "database is
locked" when another writer got there between; BEGIN IMMEDIATE waits (busy_timeout) instead.
"""


def _adapt_datetime(value: datetime) -> str:
    return value.isoformat(" ")


def _adapt_date(value: date) -> str:
    return value.isoformat()


# sqlite3's own adapters for date and datetime are deprecated since Python 3.12: the same
# text, registered explicitly, for the values handed straight to the driver (the reader's
# parameters, driver-level SQL). Columns typed UTCDateTime convert their values themselves.
sqlite3.register_adapter(datetime, _adapt_datetime)
sqlite3.register_adapter(date, _adapt_date)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide when transactions begin (see _on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer (the dispatcher writes while commands read).
    cursor.execute("PRAGMA journal_mode=WAL")
    # NORMAL is durable against a crash of the bot (the failure we plan for); only a power cut
    # can lose the last commits, and FULL would cost an fsync on every reminder marked sent.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _on_begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get("sqlite_immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(database_url: str) -> AsyncEngine:
    """An async engine; for SQLite, creates the parent folder and applies the PRAGMAs."""
    url = make_url(database_url)
    engine = create_async_engine(url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        event.listen(engine.sync_engine, "connect", _on_connect)
        event.listen(engine.sync_engine, "begin", _on_begin)
    return engine


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded values after commit, since async code cannot lazy-load, and
    tell what their commits wrote as they close (see `commits`)."""
    commits_of(engine)
    return async_sessionmaker(engine, class_=StoreSession, expire_on_commit=False)
