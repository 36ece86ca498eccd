"""A failing store told apart from a bug, and told to the operator once per outage.

Every error the database driver raises passes through the engine's `handle_error` hook. Those
that say the store itself is failing (disk full, a damaged or read-only file, a lock held past
the busy timeout, a PostgreSQL server gone or out of resources) become one `StorageFailure`,
whichever query met them: commands then answer that nothing was saved instead of "something
went wrong", and loops back off instead of logging a traceback every few seconds. Errors in
what the bot asked (a constraint, a missing table on a first start) pass through unchanged.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from collections.abc import Callable
from typing import Any, Final

from sqlalchemy import event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.domain.errors import StorageFailure, StorageProblem

log = logging.getLogger(__name__)

RECOVERY_QUIET = 30.0
"""Seconds without a failure before a success counts as recovery: a damaged file still
answers the queries that miss its damaged pages, and the outage must not be logged anew each
time one of them succeeds."""

SQLITE_PROBLEMS: Final = {
    sqlite3.SQLITE_FULL: StorageProblem.FULL,
    sqlite3.SQLITE_CORRUPT: StorageProblem.DAMAGED,
    sqlite3.SQLITE_NOTADB: StorageProblem.DAMAGED,
    sqlite3.SQLITE_READONLY: StorageProblem.READ_ONLY,
    sqlite3.SQLITE_PERM: StorageProblem.READ_ONLY,
    sqlite3.SQLITE_BUSY: StorageProblem.LOCKED,
    sqlite3.SQLITE_LOCKED: StorageProblem.LOCKED,
    sqlite3.SQLITE_IOERR: StorageProblem.UNREACHABLE,
    sqlite3.SQLITE_CANTOPEN: StorageProblem.UNREACHABLE,
    sqlite3.SQLITE_NOMEM: StorageProblem.UNREACHABLE,
    sqlite3.SQLITE_PROTOCOL: StorageProblem.UNREACHABLE,
}
"""By SQLite's primary result code (the low byte of an extended one)."""

POSTGRES_PROBLEMS: Final = (
    ("53100", StorageProblem.FULL),
    ("25006", StorageProblem.READ_ONLY),
    ("XX001", StorageProblem.DAMAGED),
    ("XX002", StorageProblem.DAMAGED),
    ("58", StorageProblem.DAMAGED),
    ("55P03", StorageProblem.LOCKED),
    ("08", StorageProblem.UNREACHABLE),
    ("53", StorageProblem.UNREACHABLE),
    ("57P", StorageProblem.UNREACHABLE),
)
"""By SQLSTATE, its class or its prefix, the most specific first: disk full, a read-only
standby, corrupted data or an I/O error, lock not available, then the connection lost, the
server out of resources or shutting down."""

_READ = re.compile(r"\s*(SELECT|PRAGMA|WITH|BEGIN\s*$|BEGIN\s+DEFERRED)\b", re.IGNORECASE)


def problem_of(error: BaseException | None) -> StorageProblem | None:
    """What the driver's `error` says about the store; None when it is not the store's."""
    if error is None:
        return None
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        return None if code is None else SQLITE_PROBLEMS.get(code & 0xFF)
    sqlstate = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    if isinstance(sqlstate, str):
        return next(
            (found for prefix, found in POSTGRES_PROBLEMS if sqlstate.startswith(prefix)), None
        )
    if isinstance(error, (OSError, ConnectionError)):
        return StorageProblem.UNREACHABLE
    # The asyncpg adapter keeps asyncpg's own error (a lost connection has no SQLSTATE) as the
    # cause of the one it raises.
    return problem_of(error.__cause__) if error.__cause__ is not error else None


def is_read(statement: str | None) -> bool:
    """Whether a failed statement only read: a failed commit or BEGIN IMMEDIATE did not."""
    return statement is not None and _READ.match(statement) is not None


class StorageHealth:
    """Logs one ERROR line when an outage begins, with its cause, and one INFO line when the
    store answers again after `quiet` seconds without a failure."""

    def __init__(
        self, quiet: float = RECOVERY_QUIET, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self.quiet = quiet
        self.clock = monotonic
        self._since: float | None = None
        self._last_failure = 0.0

    @property
    def failing(self) -> bool:
        return self._since is not None

    def failed(self, failure: StorageFailure) -> None:
        now = self.clock()
        self._last_failure = now
        if self._since is not None:
            return
        self._since = now
        log.error(
            "the store is failing: %s (%s); commands answer that nothing was saved and "
            "reminders wait until it works again (`confbot check` tells whether the file is "
            "damaged)",
            failure.problem,
            failure.cause,
        )

    def succeeded(self) -> None:
        if self._since is None:
            return
        now = self.clock()
        if now - self._last_failure < self.quiet:
            return
        log.info("the store works again, after %.0f s of failures", now - self._since)
        self._since = None


def watch(engine: AsyncEngine, health: StorageHealth) -> None:
    """Turn the store's own failures into `StorageFailure` on `engine`, and keep `health`."""

    def on_error(context: ExceptionContext) -> BaseException | None:
        original = context.original_exception
        problem = problem_of(original)
        if problem is None and context.is_disconnect:
            problem = StorageProblem.UNREACHABLE
        if problem is None:
            return None
        failure = StorageFailure(problem, _cause(original), writing=not is_read(context.statement))
        health.failed(failure)
        return failure

    def on_success(*_: Any) -> None:
        health.succeeded()

    event.listen(engine.sync_engine, "handle_error", on_error)
    event.listen(engine.sync_engine, "after_cursor_execute", on_success)


def _cause(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:200]
