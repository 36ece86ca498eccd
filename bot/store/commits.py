"""Which tables each commit wrote, told to the features that depend on them: the write itself
announces the change, so no writer has to remember to wake the reminders or refresh what is
derived from papers, and a writer added later is covered the day it lands.

Every statement that writes passes `before_cursor_execute`, whether it came from the ORM, Core,
a bulk executemany or SQL sent straight to the driver, so the tables are read from its text.
They wait on the connection until its transaction ends (a rollback drops them) and become
pending when the connection goes back to the pool, after the commit has landed: a listener that
reads at once sees the rows. Pending changes are told when a session of the store closes
(`StoreSession.close`), in the writer's own task, so the writer's caller finds whatever followed
from the write already done.
"""

from __future__ import annotations

import logging
import re
import weakref
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

log = logging.getLogger(__name__)

Listener = Callable[[frozenset[str]], Awaitable[None]]
"""Told the tables a commit wrote, among those it listens for."""

_WRITTEN = re.compile(
    r"\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+[\"`]?(\w+)",
    re.IGNORECASE,
)
_WRITING = "confbot_writing"
"""The tables the connection's open transaction wrote, in its info."""
_COMMITTED = "confbot_committed"
"""The tables its committed transactions wrote, told once the connection is back in the pool."""


class Commits:
    """The committed writes of one engine, and who listens for which tables."""

    def __init__(self, engine: Engine) -> None:
        self._listeners: list[tuple[frozenset[str], Listener]] = []
        self._pending: set[str] = set()
        event.listen(engine, "before_cursor_execute", self._note)
        event.listen(engine, "commit", self._committed)
        event.listen(engine, "rollback", self._rolled_back)
        event.listen(engine, "checkin", self._checked_in)

    def listen(self, tables: Iterable[str], listener: Listener) -> Callable[[], None]:
        """Tell `listener` of every commit that writes one of `tables`; returns what stops it."""
        entry = (frozenset(tables), listener)
        self._listeners.append(entry)
        return lambda: self._listeners.remove(entry)

    @property
    def pending(self) -> bool:
        """Whether some commit has written tables not told yet."""
        return bool(self._pending)

    async def tell(self) -> None:
        """Tell each listener of the tables committed since the last telling. A listener that
        fails is logged: the write it followed has landed all the same."""
        if not self._pending:
            return
        written = frozenset(self._pending)
        self._pending.clear()
        for tables, listener in list(self._listeners):
            if touched := written & tables:
                try:
                    await listener(touched)
                except Exception:
                    log.exception("a listener of %s failed", ", ".join(sorted(touched)))

    def _note(self, connection: Connection, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement[:6].upper() == "SELECT":
            return
        if match := _WRITTEN.match(statement):
            connection.info.setdefault(_WRITING, set()).add(match.group(1).lower())

    def _committed(self, connection: Connection) -> None:
        if writing := connection.info.pop(_WRITING, None):
            connection.info.setdefault(_COMMITTED, set()).update(writing)

    def _rolled_back(self, connection: Connection) -> None:
        # A connection the server dropped wrote nothing, and asking it would reconnect.
        if not connection.invalidated:
            connection.info.pop(_WRITING, None)

    def _checked_in(self, _dbapi_connection: Any, record: Any) -> None:
        if record is None:
            return
        record.info.pop(_WRITING, None)
        self._pending.update(record.info.pop(_COMMITTED, ()))


_commits: weakref.WeakKeyDictionary[Engine, Commits] = weakref.WeakKeyDictionary()


def commits_of(engine: AsyncEngine) -> Commits:
    """The engine's commits, watched from the first time they are asked for."""
    return _commits_of_sync(engine.sync_engine)


def _commits_of_sync(engine: Engine) -> Commits:
    found = _commits.get(engine)
    if found is None:
        found = _commits[engine] = Commits(engine)
    return found


class StoreSession(AsyncSession):
    """A session that, as it closes, tells what its commits (and any before) wrote."""

    async def close(self) -> None:
        await super().close()
        if isinstance(self.bind, AsyncEngine):
            await commits_of(self.bind).tell()

    async def __aexit__(self, type_: Any, value: Any, traceback: Any) -> None:
        """Most sessions only read through the store's reader and never begin a transaction:
        with no connection to give back and nothing to tell, closing does no I/O, so it needs
        neither the task that shields it from cancellation nor a greenlet, which cost more than
        such an answer's own work."""
        bind = self.sync_session.bind
        idle = not self.sync_session.in_transaction()
        if idle and isinstance(bind, Engine) and not _commits_of_sync(bind).pending:
            self.sync_session.close()
            return
        await super().__aexit__(type_, value, traceback)
