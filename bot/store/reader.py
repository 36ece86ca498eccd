"""One hop per answer on SQLite: a thread of its own with a plain read-only connection.

Through aiosqlite and the ORM every statement is a trip to the database thread and back, plus
SQLAlchemy's work on each row: an answer of seven statements paid about 200 times what SQLite
itself spent on the search. The reader runs a whole plan (see `asks`) in its own thread on a
`sqlite3` connection to the same file, so one answer is one hop. WAL lets it see every
committed write at once and never blocks the writer; `query_only` keeps it from writing.

A session that has written in its open transaction (through the ORM, or as SQL sent straight
to the driver) or holds changes not yet flushed, an in-memory database (every connection its
own database) and an engine opened without a Store have no reader to ask: the same plan then
runs inside the session, one statement at a time, and sees what the session sees.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import sqlite3
import threading
import weakref
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import TextClause, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.engine.interfaces import DBAPICursor, ExecutionContext
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction
from sqlalchemy.pool import Pool

from bot.domain.errors import StorageFailure
from bot.health.metrics import record_reader_error
from bot.store.asks import Plan, run_on_postgres, run_on_sqlite
from bot.store.dialect import on_postgres
from bot.store.engine import BUSY_TIMEOUT_MS
from bot.store.failures import StorageHealth, problem_of

T = TypeVar("T")

_readers: weakref.WeakKeyDictionary[Engine, Reader] = weakref.WeakKeyDictionary()
_WROTE = "confbot_wrote"
"""Set in a session's info, or a connection's, while its open transaction holds writes the
reader cannot see."""
_NOT_WRITES = ("SELECT", "WITH", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA")
"""How statements that write nothing begin (transaction control included)."""


_Job = tuple[asyncio.AbstractEventLoop, asyncio.Future[Any], Plan[Any]]
"""A plan to answer, with the future that awaits its answer and that future's loop."""


def _writes(sql: str) -> bool:
    return not sql.lstrip()[:9].upper().startswith(_NOT_WRITES)


def _settle(answered: asyncio.Future[Any], answer: Any, error: Exception | None) -> None:
    if answered.done():  # its caller was cancelled meanwhile
        return
    if error is None:
        answered.set_result(answer)
    else:
        answered.set_exception(error)


class Reader:
    """Answers plans in one thread, on one connection opened there.

    The thread takes plans from a queue and hands each answer back to the asking loop itself:
    an executor's future, chained to an asyncio one, cost as much again as the hop's own
    wake-ups, and every answer pays the hop."""

    def __init__(self, path: str, health: StorageHealth) -> None:
        self._path = path
        self._health = health
        self._connection: sqlite3.Connection | None = None
        self._closed = False
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._serve, name="confbot-reader", daemon=True)

    async def run(self, plan: Plan[T]) -> T:
        """The plan's answer, read in one snapshot of the store."""
        if self._closed:
            raise RuntimeError("the store's reader is closed")
        if self._thread.ident is None:
            self._thread.start()
        loop = asyncio.get_running_loop()
        answered: asyncio.Future[T] = loop.create_future()
        self._jobs.put((loop, answered, plan))
        try:
            answer = await answered
        except sqlite3.Error as error:
            problem = problem_of(error)
            if problem is None:
                raise
            failure = StorageFailure(problem, str(error), writing=False)
            self._health.failed(failure)
            raise failure from error
        self._health.succeeded()
        return answer

    def close(self) -> None:
        """Close the connection and end the thread, once running answers are done; again is
        nothing, as a store may be closed by its bot and then by its owner."""
        if self._closed:
            return
        self._closed = True
        if self._thread.ident is not None:
            self._jobs.put(None)
            self._thread.join()

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            loop, answered, plan = job
            if answered.cancelled():  # its caller gave up before it was reached
                continue
            answer, failure = None, None
            try:
                answer = self._answer(plan)
            except Exception as error:
                failure = error
            with contextlib.suppress(RuntimeError):  # its loop closed meanwhile: nobody asks
                loop.call_soon_threadsafe(_settle, answered, answer, failure)
        self._disconnect()

    def _answer(self, plan: Plan[T]) -> T:
        try:
            connection = self._connection or self._connect()
            connection.execute("BEGIN")
            try:
                return run_on_sqlite(plan, self._rows)
            finally:
                if connection.in_transaction:  # SQLite ends it itself on some failures
                    connection.execute("COMMIT")
        except sqlite3.Error as error:
            record_reader_error(error)
            # Opened afresh next time: the file may be back, and under another inode.
            self._disconnect()
            raise

    def _rows(self, sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        assert self._connection is not None
        return self._connection.execute(sql, params).fetchall()

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self._path, isolation_level=None, check_same_thread=True)
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA query_only=ON")
        self._connection = connection
        return connection

    def _disconnect(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def open_reader(engine: AsyncEngine, health: StorageHealth) -> Reader | None:
    """A reader for the engine's SQLite file, known to `run_plan` from then on; none for an
    in-memory database or another store."""
    url = engine.url
    database = url.database or ""
    if url.get_backend_name() != "sqlite" or database in ("", ":memory:"):
        return None
    if database.startswith("file:"):
        return None
    reader = Reader(database, health)
    _readers[engine.sync_engine] = reader
    return reader


def close_reader(engine: AsyncEngine, reader: Reader) -> None:
    """Forget and close the engine's reader."""
    if _readers.get(engine.sync_engine) is reader:
        del _readers[engine.sync_engine]
    reader.close()


async def run_plan(db: AsyncSession, plan: Plan[T]) -> T:
    """The plan's answer for this session: in one hop from the store's reader when it has one
    and the session has nothing uncommitted of its own to see."""
    if on_postgres(db):
        return await run_on_postgres(plan, db)
    bind = db.get_bind()
    reader = _readers.get(bind) if isinstance(bind, Engine) else None
    if reader is not None and not await _has_own_writes(db):
        return await reader.run(plan)
    return await db.run_sync(_in_session, plan)


async def _has_own_writes(db: AsyncSession) -> bool:
    if db.new or db.dirty or db.deleted or db.sync_session.info.get(_WROTE):
        return True
    if not db.in_transaction():
        return False
    # Writes sent straight to the driver (`exec_driver_sql`) pass no ORM event: the
    # transaction's connection notes them (`_note_driver_write`).
    connection = await db.connection()
    return bool(connection.sync_connection and connection.sync_connection.info.get(_WROTE))


@event.listens_for(Engine, "before_cursor_execute")
def _note_driver_write(
    connection: Connection,
    _cursor: DBAPICursor,
    statement: str,
    _parameters: Any,
    _context: ExecutionContext | None,
    _executemany: bool,
) -> None:
    if _writes(statement):
        connection.info[_WROTE] = True


@event.listens_for(Engine, "commit")
@event.listens_for(Engine, "rollback")
def _forget_driver_writes(connection: Connection) -> None:
    # A connection the server dropped has nothing to forget, and asking it would reconnect.
    if not connection.invalidated:
        connection.info.pop(_WROTE, None)


@event.listens_for(Pool, "checkin")
def _forget_on_checkin(_dbapi_connection: Any, record: Any) -> None:
    if record is not None:
        record.info.pop(_WROTE, None)


@event.listens_for(Session, "do_orm_execute")
def _note_write(state: ORMExecuteState) -> None:
    statement = state.statement
    writes = _writes(statement.text) if isinstance(statement, TextClause) else not state.is_select
    if writes:
        state.session.info[_WROTE] = True


@event.listens_for(Session, "after_flush")
def _note_flush(session: Session, _flush: UOWTransaction) -> None:
    session.info[_WROTE] = True


@event.listens_for(Session, "after_transaction_end")
def _forget_writes(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_WROTE, None)


def _in_session(session: Session, plan: Plan[T]) -> T:
    session.flush()
    connection = session.connection()

    def rows(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        return connection.exec_driver_sql(sql, dict(params)).all()

    return run_on_sqlite(plan, rows)
