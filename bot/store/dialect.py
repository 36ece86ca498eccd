"""Which database a session talks to, and the few statements whose spelling depends on it.

SQLite is the default store; PostgreSQL serves several processes sharing one store. Services
never ask which: the store modules do, here, where the two differ.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Table, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from bot.store.engine import IMMEDIATE
from bot.store.types import UTCDateTime

WRITE_LOCK_KEY = 0x636F6E66626F74
"""The PostgreSQL advisory lock every write transaction takes first, as SQLite's BEGIN
IMMEDIATE takes its write lock: read-then-write steps (claims, leases, planning) of several
processes never interleave, so the reasoning that makes them exactly-once on one SQLite file
holds for one PostgreSQL database too."""


def on_postgres(db: AsyncSession) -> bool:
    """Whether the session's database is PostgreSQL (else SQLite)."""
    return db.get_bind().dialect.name == "postgresql"


def upsert(db: AsyncSession, table: Any) -> Any:
    """An INSERT that takes ON CONFLICT clauses, in the session's dialect. Both dialects spell
    `on_conflict_do_nothing` / `on_conflict_do_update` and `from_select` alike."""
    target: Table = table.__table__ if hasattr(table, "__table__") else table
    if on_postgres(db):
        # Imported here: the PostgreSQL dialect costs a SQLite store 30 ms of every start.
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(target)
    return sqlite.insert(target)


async def lock_for_write(db: AsyncSession) -> None:
    """Start the session's transaction holding the store's write lock (see WRITE_LOCK_KEY):
    BEGIN IMMEDIATE on SQLite, an advisory transaction lock on PostgreSQL."""
    if on_postgres(db):
        await db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
    else:
        await db.connection(execution_options=IMMEDIATE)


async def commit_and_lock_for_write(db: AsyncSession) -> None:
    """Commit whatever the session's open transaction holds, then start a new one holding the
    store's write lock (`lock_for_write`): read-then-write transactions never fail half-way
    (SQLite) nor interleave with another process's (PostgreSQL).

    The commit is why this is not just `lock_for_write`: a transaction the session already
    opened (for reading, or with writes not yet committed) is committed first, which keeps
    loaded objects usable, since the lock can only start a new transaction.
    """
    if db.in_transaction():
        await db.commit()
    await lock_for_write(db)


class minutes_before(FunctionElement[datetime]):
    """`timestamp - minutes`, computed by the database: planning makes a row per subscriber
    without bringing one into Python. SQLite keeps times as fixed-width text, so the result is
    text in the same format (microseconds carried over), comparable as text with stored times;
    PostgreSQL subtracts an interval."""

    type = UTCDateTime()
    inherit_cache = True


@compiles(minutes_before, "sqlite")
def _minutes_before_sqlite(element: minutes_before, compiler: SQLCompiler, **kw: Any) -> str:
    start, minutes = (compiler.process(arg, **kw) for arg in element.clauses)
    shifted = f"strftime('%Y-%m-%d %H:%M:%S', {start}, (-{minutes}) || ' minutes')"
    return f"({shifted} || substr({start}, 20))"


@compiles(minutes_before, "postgresql")
def _minutes_before_pg(element: minutes_before, compiler: SQLCompiler, **kw: Any) -> str:
    start, minutes = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"({start} - make_interval(mins => {minutes}))"


class later_of(FunctionElement[datetime]):
    """The later of two times: SQLite's two-argument max(), PostgreSQL's greatest()."""

    type = UTCDateTime()
    inherit_cache = True


@compiles(later_of, "sqlite")
def _later_of_sqlite(element: later_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


@compiles(later_of, "postgresql")
def _later_of_pg(element: later_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"greatest({compiler.process(element.clauses, **kw)})"


@compiles(JSON, "postgresql")
def _json_is_jsonb(element: JSON, compiler: Any, **kw: Any) -> str:
    """JSON columns are jsonb on PostgreSQL: plain json has no equality, so no DISTINCT."""
    return "JSONB"


class json_length(FunctionElement[int]):
    """The number of items of a JSON array column: SQLite's json_array_length, PostgreSQL's
    jsonb_array_length (JSON columns are jsonb there)."""

    inherit_cache = True


@compiles(json_length, "sqlite")
def _json_length_sqlite(element: json_length, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_array_length({compiler.process(element.clauses, **kw)})"


@compiles(json_length, "postgresql")
def _json_length_pg(element: json_length, compiler: SQLCompiler, **kw: Any) -> str:
    return f"jsonb_array_length({compiler.process(element.clauses, **kw)})"
